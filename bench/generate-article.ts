/**
 * Deterministic benchmark input: an invented news-like article of N words as HTML, and
 * annotation ranges picked from the element's plain text. No Math.random: the same seed
 * gives the same article and ranges on every machine and run.
 */

export type AnnotationKind = 'claim' | 'quote' | 'fact';

export interface AnnotationInput {
  kind: AnnotationKind;
  /** Offset in the element's plain text (`el.text`), inclusive. */
  start: number;
  /** Offset in the element's plain text, exclusive. */
  end: number;
}

export interface GeneratedArticle {
  html: string;
  words: number;
  paragraphs: number;
  headings: number;
  quotes: number;
}

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FUNCTION_WORDS = [
  'the', 'the', 'the', 'of', 'of', 'and', 'and', 'to', 'to', 'in', 'in', 'a', 'a', 'that',
  'for', 'on', 'with', 'by', 'from', 'at', 'as', 'was', 'would', 'has', 'had', 'not', 'its',
  'their', 'which', 'more', 'than', 'over', 'after', 'before', 'under', 'since', 'while',
];
const CONTENT_WORDS = [
  'council', 'tram', 'budget', 'report', 'ministry', 'residents', 'route', 'audit', 'scheme',
  'transport', 'committee', 'plan', 'vote', 'contract', 'harbour', 'district', 'survey',
  'figures', 'review', 'office', 'spokesperson', 'statement', 'petition', 'project',
  'estimate', 'funding', 'levy', 'quarry', 'bridge', 'ferry', 'warned', 'claimed', 'denied',
  'approved', 'rejected', 'published', 'expected', 'estimated', 'rose', 'fell', 'doubled',
  'consultation', 'inquiry', 'traders', 'passengers', 'workers', 'union', 'strike', 'wages',
  'housing', 'rents', 'school', 'hospital', 'waiting', 'lists', 'emissions', 'flood',
  'defences', 'grain', 'prices', 'exports', 'tariff', 'ruling', 'court', 'appeal', 'mayor',
  'opposition', 'coalition', 'election', 'turnout', 'poll', 'record', 'annual', 'regional',
  'national', 'independent', 'official', 'former', 'new', 'final', 'public', 'private',
];
const FIRST_NAMES = [
  'Sigrid', 'Bram', 'Aled', 'Renée', 'Tomasz', 'Ines', 'Oren', 'Mira', 'Halvard', 'Juno',
  'Casimir', 'Edda', 'Piet', 'Yolande', 'Rafe', 'Signe',
];
const LAST_NAMES = [
  'Løvstad', 'Eddowes', 'Hartwick', 'Castaldo', 'Quill', 'Barrowclough', 'Vaske',
  'Thistlewood', 'Marrable', 'Ostrander', 'Fenwicke', 'Dalgarno', 'Penhallow', 'Ruskell',
];
const PLACES = [
  'Vellmoor', 'Kilnworth', 'Saltmarsh', 'Orchard Cross', 'Ferrier Street', 'Dunmere',
  'Ashcombe', 'Tollgate', 'Marrowby', 'Quayside',
];
const ORGS = [
  'Vellmoor Transit', 'the Regional Council', 'the Audit Office', 'the Harbour Board',
  'the Ministry of Works', 'the Gazette', 'the Traders’ Guild',
];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function withThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** One "token" of prose: a word, a name, a place or a figure, with its word count. */
function token(rand: () => number): string[] {
  const r = rand();
  if (r < 0.04) return [pick(rand, FIRST_NAMES), pick(rand, LAST_NAMES)];
  if (r < 0.07) return pick(rand, PLACES).split(' ');
  if (r < 0.085) return pick(rand, ORGS).split(' ');
  if (r < 0.095) return [`${(rand() * 60).toFixed(1)}%`];
  if (r < 0.103) return [`€${(0.5 + rand() * 90).toFixed(1)}`, 'million'];
  if (r < 0.113) return [withThousands(Math.floor(100 + rand() * 99_900))];
  if (r < 0.12) return [String(2015 + Math.floor(rand() * 15))];
  if (r < 0.55) return [pick(rand, FUNCTION_WORDS)];
  return [pick(rand, CONTENT_WORDS)];
}

/** A sentence of exactly `length` words (length >= 1). */
function sentence(rand: () => number, length: number): string {
  const words: string[] = [];
  while (words.length < length) {
    for (const w of token(rand)) if (words.length < length) words.push(w);
  }
  words[0] = capitalise(words[0]!);
  // Occasional commas inside longer sentences.
  if (length > 8 && rand() < 0.5) {
    const i = 3 + Math.floor(rand() * (length - 6));
    words[i] = `${words[i]},`;
  }
  const text = words.join(' ');
  if (length >= 6 && rand() < 0.08) {
    return `“${text},” said ${pick(rand, FIRST_NAMES)} ${pick(rand, LAST_NAMES)}.`;
  }
  return `${text}.`;
}

/** A paragraph's text of exactly `length` words, in sentences of 6-22 words. */
function paragraphText(rand: () => number, length: number): string {
  const sentences: string[] = [];
  let left = length;
  while (left > 0) {
    let n = Math.min(left, 6 + Math.floor(rand() * 17));
    if (left - n < 4) n = left;
    // A quoted sentence adds two words ("said Name"): keep the count exact.
    const s = sentence(rand, n);
    sentences.push(s);
    left -= s.split(' ').length;
  }
  return sentences.join(' ');
}

/**
 * An invented news article of about `words` words (exactly, give or take the two-word
 * attribution of a quote at the very end) as HTML: <p> paragraphs of 40-120 words, an
 * <h2> every ~15 paragraphs, an occasional <blockquote><p>.
 */
export function generateArticle(words = 100_000, seed = 20_260_313): GeneratedArticle {
  const rand = seededRandom(seed);
  const parts: string[] = [];
  let count = 0;
  let paragraphs = 0;
  let headings = 0;
  let quotes = 0;
  let untilHeading = 12 + Math.floor(rand() * 7);
  while (count < words) {
    if (untilHeading === 0 && words - count > 60) {
      const n = 3 + Math.floor(rand() * 5);
      const text = paragraphText(rand, n).replace(/\.$/, '');
      parts.push(`<h2>${text}</h2>`);
      count += text.split(' ').length;
      headings++;
      untilHeading = 12 + Math.floor(rand() * 7);
      continue;
    }
    const n = Math.min(words - count, 40 + Math.floor(rand() * 81));
    const text = paragraphText(rand, n);
    count += text.split(' ').length;
    paragraphs++;
    untilHeading--;
    if (rand() < 0.04) {
      parts.push(`<blockquote><p>${text}</p></blockquote>`);
      quotes++;
    } else {
      parts.push(`<p>${text}</p>`);
    }
  }
  return { html: parts.join('\n'), words: count, paragraphs, headings, quotes };
}

const KINDS: readonly AnnotationKind[] = ['claim', 'quote', 'fact'];

/**
 * `count` annotation inputs over `text` (the element's plain text, blocks separated by
 * line breaks): spans of 3-30 whole words, kinds cycling claim/quote/fact. Most lie
 * within one block; about 2% cross a block boundary, and about 10% deliberately nest
 * inside or overlap an earlier span (random placement adds more overlaps).
 * Offsets are UTF-16 indices into `text`; the generated article has no characters outside
 * the BMP, so they equal the code point offsets the element's API counts in.
 */
export function pickAnnotationRanges(text: string, count: number, seed = 7): AnnotationInput[] {
  const rand = seededRandom(seed);
  const starts: number[] = [];
  const ends: number[] = [];
  const block: number[] = [];
  const blockFirst: number[] = [];
  const re = /\S+/g;
  let b = -1;
  let prevEnd = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (b < 0 || text.slice(prevEnd, m.index).includes('\n')) {
      b++;
      blockFirst.push(starts.length);
    }
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    block.push(b);
    prevEnd = m.index + m[0].length;
  }
  const words = starts.length;
  if (words < 3) throw new Error(`pickAnnotationRanges: text has only ${words} words`);
  const blocks = blockFirst.length;
  const blockLast = (i: number) => (i + 1 < blocks ? blockFirst[i + 1]! - 1 : words - 1);
  const length = () => 3 + Math.floor(rand() * 28); // 3..30 words

  const out: AnnotationInput[] = [];
  const spans: [number, number][] = []; // word indices, inclusive
  for (let i = 0; i < count; i++) {
    let first: number;
    let last: number;
    const r = rand();
    if (r < 0.02 && blocks > 1) {
      // Across a block boundary: end of block k into the start of block k+1.
      const k = Math.floor(rand() * (blocks - 1));
      const n = length();
      const before = 1 + Math.floor(rand() * (n - 1));
      first = Math.max(blockFirst[k]!, blockLast(k) - before + 1);
      last = Math.min(blockLast(k + 1), blockFirst[k + 1]! + (n - before) - 1);
    } else if (r < 0.12 && spans.length > 0) {
      const [pf, pl] = spans[Math.floor(rand() * spans.length)]!;
      if (rand() < 0.5 && pl - pf >= 4) {
        // Nested: a strict sub-span of an earlier span.
        first = pf + 1 + Math.floor(rand() * (pl - pf - 3)); // pf+1 .. pl-3
        last = first + 2 + Math.floor(rand() * (pl - first - 2)); // first+2 .. pl-1
      } else {
        // Overlapping: starts inside an earlier span and runs past its end, same block.
        first = pf + Math.floor(rand() * (pl - pf + 1));
        last = Math.min(blockLast(block[first]!), pl + 1 + Math.floor(rand() * 10), first + 29);
        if (last - first < 2) first = Math.max(blockFirst[block[last]!]!, last - 2);
      }
    } else {
      const n = length();
      first = Math.floor(rand() * words);
      const bl = block[first]!;
      last = Math.min(blockLast(bl), first + n - 1);
      first = Math.max(blockFirst[bl]!, Math.min(first, last - n + 1));
    }
    spans.push([first, last]);
    out.push({ kind: KINDS[i % KINDS.length]!, start: starts[first]!, end: ends[last]! });
  }
  return out;
}

/**
 * A copy of an article's HTML with about `rate` of its words changed (a letter
 * replaced, a word dropped or doubled), for re-anchoring benchmarks. Tags stay.
 */
export function editWords(html: string, rate = 0.01, seed = 99): string {
  const random = seededRandom(seed);
  return html.replace(/>([^<]+)</g, (_match, text: string) => {
    const edited = text.replace(/[A-Za-z]{3,}/g, (word) => {
      if (random() >= rate) return word;
      const choice = random();
      if (choice < 0.5) {
        const at = 1 + Math.floor(random() * (word.length - 1));
        return word.slice(0, at) + 'x' + word.slice(at + 1);
      }
      return choice < 0.75 ? '' : `${word} ${word}`;
    });
    return `>${edited}<`;
  });
}
