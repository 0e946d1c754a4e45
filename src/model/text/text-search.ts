/**
 * Finding every occurrence of a string in one long text, many times over.
 * `indexOf` scans the whole text each time (about 0.2 ms for a 100,000-word
 * article); anchoring a batch where many annotations lost their text would do
 * thousands of such scans. After a few searches the searcher builds a gram
 * index once (each position's 8-character hash, bucketed) and answers from it.
 */

/** Length of the grams the index hashes, in UTF-16 units; shorter needles use `indexOf`. */
const gramLength = 8;
const bucketBits = 20;
const bucketMask = (1 << bucketBits) - 1;
/** 31^gramLength mod 2^32, to roll the hash along. */
const dropFactor = (() => {
  let factor = 1;
  for (let i = 0; i < gramLength; i++) factor = Math.imul(factor, 31);
  return factor;
})();

/** Every occurrence of a needle in `text`, from `indexOf` or, after `indexAfter` searches, a gram index. */
export class TextSearcher {
  #searches = 0;
  #starts: Int32Array | null = null;
  #positions: Int32Array | null = null;

  constructor(
    readonly text: string,
    /** How many whole-text searches to run with `indexOf` before building the index; Infinity never builds it. */
    readonly indexAfter = 16,
  ) {}

  /** UTF-16 offsets of the occurrences of `needle`, ascending; stops after `limit` of them. */
  findAll(needle: string, limit = Infinity): number[] {
    if (!needle) return [];
    if (needle.length >= gramLength && ++this.#searches > this.indexAfter) return this.#fromIndex(needle, limit);
    const found: number[] = [];
    for (let at = this.text.indexOf(needle); at >= 0 && found.length < limit; at = this.text.indexOf(needle, at + 1)) found.push(at);
    return found;
  }

  #fromIndex(needle: string, limit: number): number[] {
    if (!this.#starts) this.#build();
    const starts = this.#starts as Int32Array;
    const positions = this.#positions as Int32Array;
    const bucket = hashAt(needle, 0);
    const found: number[] = [];
    for (let i = starts[bucket]; i < starts[bucket + 1] && found.length < limit; i++) {
      if (this.text.startsWith(needle, positions[i])) found.push(positions[i]);
    }
    return found;
  }

  /** Counting sort of every position by its gram's bucket: two passes, typed arrays only. */
  #build(): void {
    const text = this.text;
    const count = Math.max(0, text.length - gramLength + 1);
    const buckets = new Int32Array(count);
    const starts = new Int32Array((1 << bucketBits) + 1);
    let hash = 0;
    for (let i = 0; i < text.length; i++) {
      hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
      if (i >= gramLength) hash = (hash - Math.imul(text.charCodeAt(i - gramLength), dropFactor)) | 0;
      if (i >= gramLength - 1) {
        const bucket = mix(hash);
        buckets[i - gramLength + 1] = bucket;
        starts[bucket + 1]++;
      }
    }
    for (let b = 0; b < starts.length - 1; b++) starts[b + 1] += starts[b];
    const fill = starts.slice(0, starts.length - 1);
    const positions = new Int32Array(count);
    for (let i = 0; i < count; i++) positions[fill[buckets[i]]++] = i;
    this.#starts = starts;
    this.#positions = positions;
  }
}

/** The bucket of the gram starting at `at` (the same hash `#build` rolls). */
function hashAt(text: string, at: number): number {
  let hash = 0;
  for (let i = at; i < at + gramLength; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return mix(hash);
}

function mix(hash: number): number {
  const mixed = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return (mixed ^ (mixed >>> 16)) & bucketMask;
}
