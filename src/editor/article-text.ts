/**
 * The one place that maps between ProseMirror positions and the plain-text
 * offsets selectors use: the text of the article's text blocks joined by "\n",
 * counted in Unicode code points.
 */
import type { Node } from 'prosemirror-model';
import { CodePointIndex, type TextQuote, countBelow, quoteBetween, quoteContextLength } from '../model/index.ts';

const cache = new WeakMap<Node, ArticleText>();

/**
 * The batch cut-off: work on more annotations than this at once (opening an
 * article, an import, saving many) reads through one whole-document index
 * (`ArticleText.of`, or every placement listed once) instead of one
 * `textBetween` walk or search per annotation. Each walk starts at the
 * document's start; the index costs one pass over the whole article, so it
 * pays only for a batch.
 */
export const batchCutoff = 32;

/** The plain text of a document, with position <-> offset conversions. */
export class ArticleText {
  /** The plain text, UTF-16, as `el.text` returns it. */
  readonly text: string;
  /** Code point view of `text`. */
  readonly index: CodePointIndex;
  /** Per text block: the position where its content starts. */
  readonly #contentStart: number[] = [];
  /** Per text block: the UTF-16 offset of its first character in `text`. */
  readonly #textStart: number[] = [];
  readonly #length: number[] = [];

  private constructor(doc: Node) {
    const parts: string[] = [];
    let offset = 0;
    doc.descendants((node, pos) => {
      if (!node.isTextblock) return true;
      const content = node.textContent;
      this.#contentStart.push(pos + 1);
      this.#textStart.push(offset);
      this.#length.push(content.length);
      parts.push(content);
      offset += content.length + 1;
      return false;
    });
    this.text = parts.join('\n');
    this.index = new CodePointIndex(this.text);
  }

  /** The plain text of `doc`, computed once per document. */
  static of(doc: Node): ArticleText {
    let text = cache.get(doc);
    if (!text) {
      text = new ArticleText(doc);
      cache.set(doc, text);
    }
    return text;
  }

  /** The code point offset of document position `pos` (clamped into the nearest text block). */
  offsetAt(pos: number): number {
    const blocks = this.#contentStart;
    if (blocks.length === 0) return 0;
    const block = Math.max(0, lastAtOrBelow(blocks, pos));
    const within = Math.min(Math.max(pos - blocks[block], 0), this.#length[block]);
    return this.index.toCodePoint(this.#textStart[block] + within);
  }

  /** The document position of code point offset `offset` (0 <= offset <= length). */
  posAt(offset: number): number {
    const blocks = this.#textStart;
    if (blocks.length === 0) return 0;
    const utf16 = this.index.toUtf16(Math.max(0, Math.min(offset, this.index.length)));
    const block = Math.max(0, lastAtOrBelow(blocks, utf16));
    return this.#contentStart[block] + Math.min(utf16 - blocks[block], this.#length[block]);
  }

  /** The text-block parts of document range from..to, found by binary search (see `textRanges`). */
  textRanges(from: number, to: number): [number, number][] {
    const starts = this.#contentStart;
    const ranges: [number, number][] = [];
    for (let block = Math.max(0, lastAtOrBelow(starts, from)); block < starts.length && starts[block] < to; block++) {
      const start = Math.max(from, starts[block]);
      const end = Math.min(to, starts[block] + this.#length[block]);
      if (start < end) ranges.push([start, end]);
    }
    return ranges;
  }

  /** The plain text between two document positions. */
  between(from: number, to: number): string {
    return this.index.slice(this.offsetAt(from), this.offsetAt(to));
  }
}

/** The index of the last element of ascending `sorted` that is <= value, or -1. */
function lastAtOrBelow(sorted: number[], value: number): number {
  return countBelow(sorted, value, true) - 1;
}

/**
 * The quote that describes `exact` at `from`..`to` in `doc`, its context read
 * from the text around the range without indexing the whole document, or from
 * `text` when a batch has indexed it (see `quoteBetween` for the rule). Positions count UTF-16 units and a block
 * boundary two, so twice the context length in positions holds enough text.
 */
export function quoteAt(doc: Node, from: number, to: number, exact: string, text?: ArticleText): Required<TextQuote> {
  const window = 2 * quoteContextLength;
  const start = Math.max(0, from - window);
  const end = Math.min(doc.content.size, to + window);
  // with the article's text indexed (a batch), the same words by binary search instead of a walk
  const before = text ? text.between(start, from) : doc.textBetween(start, from, '\n');
  const after = text ? text.between(to, end) : doc.textBetween(to, end, '\n');
  return quoteBetween(before, exact, after);
}

