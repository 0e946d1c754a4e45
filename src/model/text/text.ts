/**
 * Code point arithmetic. JavaScript strings count UTF-16 code units, selectors
 * count Unicode code points (W3C Web Annotation, TextPositionSelector), so an
 * emoji before a span shifts the two by one each.
 */

/**
 * Converts between UTF-16 and code point offsets of one string in O(log n),
 * after an O(n) scan for astral characters (none, in most articles).
 */
export class CodePointIndex {
  /** UTF-16 offsets of the high surrogate of each astral character, ascending. */
  readonly #astral: number[] = [];
  readonly length: number;

  constructor(readonly text: string) {
    for (let i = 0; i < text.length - 1; i++) {
      const unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          this.#astral.push(i);
          i++;
        }
      }
    }
    this.length = text.length - this.#astral.length;
  }

  /** The code point offset of UTF-16 offset `offset`; an offset inside a surrogate pair maps to its character. */
  toCodePoint(offset: number): number {
    // astral characters that start strictly before `offset`
    return offset - countBelow(this.#astral, offset);
  }

  /** The UTF-16 offset of code point offset `offset`. */
  toUtf16(offset: number): number {
    const astral = this.#astral;
    let low = 0;
    let high = astral.length;
    // the number of astral characters whose code point offset is below `offset`
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (astral[mid] - mid < offset) low = mid + 1;
      else high = mid;
    }
    return offset + low;
  }

  /** The text between two code point offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }
}

/** How many elements of ascending `sorted` are below `value` (or at most `value`, with `orEqual`). */
export function countBelow(sorted: readonly number[], value: number, orEqual = false): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] < value || (orEqual && sorted[mid] === value)) low = mid + 1;
    else high = mid;
  }
  return low;
}
