/**
 * Placing a quote whose words changed, by aligning words: the selector's
 * prefix, quote and suffix, cut into words at whitespace, are aligned with the
 * words of the text around where the quote should be (an edit distance over
 * words, free at both ends of the text: Myers' and Hypothesis's fuzzy search do
 * the same over characters). The context's words on both sides fix where the
 * quote begins and ends, so a replaced first or last word is still inside the
 * span, and whitespace (tabs, newlines, a blank line between paragraphs) never
 * counts. A respelled word (neighbour, neighbor; two letters swapped) costs
 * half a changed one, so it is paired rather than left out. A quote is placed
 * only when at least half its words are still there, in order, the context is
 * mostly still there on one side at least (the other may be a paragraph
 * inserted or deleted beside it), and each end is held by the quote's own word
 * or by the context on that side: a deleted passage has none of this, and
 * stays an orphan. A quote across paragraphs cut apart by new paragraphs is
 * placed by its first and last paragraph's words (`placeCutApart`).
 */
import type { TextSelector } from '../annotation/annotation.ts';
import type { Candidate } from './quote-match.ts';

/** A word of the text: its UTF-16 span. */
interface Word {
  text: string;
  start: number;
  end: number;
}

/** Where a changed quote now is (UTF-16 offsets), and how much of it survives. */
export interface WordPlacement extends Candidate {
  /** The quote's words found unchanged, or respelled (a letter or two: neighbour, neighbor), in order. */
  kept: number;
  /** The quote's words. */
  words: number;
  /** The span's words are the quote's words: only whitespace differs. */
  sameWords: boolean;
  /** 1 minus the alignment's edits over the words of context and quote. */
  score: number;
}

/** How `matchQuote` is given word alignment (see `MatchOptions.placeByWords`). */
export type WordAligner = (text: string, selector: TextSelector, expected: number) => WordPlacement | null;

/** UTF-16 units of text searched on each side of the expected span, for drift the previous spans did not show. */
const alignRadius = 384;
/** The narrow window tried first. */
const nearRadius = 40;
/** The most edits in the quote's span, as a share of its words (plus one), a placement may have. */
const maxEditShare = 0.4;

/**
 * Whether word alignment can place `selector`: it has context, and its quote
 * begins and ends at whitespace (or the text's ends), as a selection of whole
 * words does.
 */
export function alignsByWords(selector: TextSelector): boolean {
  const exact = selector.exact ?? '';
  const prefix = selector.prefix ?? '';
  const suffix = selector.suffix ?? '';
  if (!/\S/.test(exact) || (!prefix.trim() && !suffix.trim())) return false;
  const startsClean = /^\s/.test(exact) || prefix === '' || /\s$/.test(prefix);
  const endsClean = /\s$/.test(exact) || suffix === '' || /^\s/.test(suffix);
  return startsClean && endsClean;
}

/**
 * Aligns the selector's words with the words of `text` around `expected` (the
 * UTF-16 offset where the quote should start) and returns the quote's new
 * span, or null when too little of the quote or its context is there.
 */
export function placeByWords(text: string, selector: TextSelector, expected: number): WordPlacement | null {
  if (!alignsByWords(selector)) return null;
  return placeWhole(text, selector, expected) ?? placeCutApart(text, selector, expected);
}

/** How far apart (UTF-16 units, beyond the quote's own length) the two halves of a cut-apart quote may be. */
const cutApartLimit = 1000;

/**
 * A quote across a paragraph break with new paragraphs put in between: its
 * first paragraph's words are placed with the prefix, its last paragraph's
 * with the suffix, and the span runs from one to the other, the new
 * paragraphs included (as `changed`: its words are no longer the quote's).
 */
function placeCutApart(text: string, selector: TextSelector, expected: number): WordPlacement | null {
  const exact = selector.exact ?? '';
  const firstBreak = exact.search(/\n/);
  const lastBreak = exact.lastIndexOf('\n');
  if (firstBreak < 0 || !(selector.prefix ?? '').trim() || !(selector.suffix ?? '').trim()) return null;
  const head = exact.slice(0, firstBreak).trimEnd();
  const tail = exact.slice(lastBreak + 1).trimStart();
  if (!/\S/.test(head) || !/\S/.test(tail)) return null;
  const first = placeWhole(text, { exact: head, prefix: selector.prefix, suffix: '' }, expected);
  if (!first) return null;
  const last = placeWhole(text, { exact: tail, prefix: '', suffix: selector.suffix }, first.end + (exact.length - tail.length - head.length));
  if (!last || last.start <= first.end || last.start - first.end > exact.length + cutApartLimit) return null;
  const words = first.words + last.words;
  return { start: first.start, end: last.end, errors: first.errors + last.errors + 1, kept: first.kept + last.kept, words, sameWords: false, score: Math.min(first.score, last.score) };
}

function placeWhole(text: string, selector: TextSelector, expected: number): WordPlacement | null {
  const exact = selector.exact ?? '';
  const prefix = selector.prefix ?? '';
  const suffix = selector.suffix ?? '';
  const before = contextWords(prefix, 'prefix');
  const quote = words(exact, 0);
  const after = contextWords(suffix, 'suffix');
  if (!quote.length || before.length + after.length === 0) return null;
  const pattern = [...before, ...quote, ...after].map((word) => word.text);
  // a narrow window first (the expected start is usually right to a few letters), then a wide one for drift
  for (const radius of [nearRadius, alignRadius]) {
    const from = Math.max(0, expected - prefix.length - radius);
    const to = Math.min(text.length, expected + exact.length + suffix.length + radius);
    const found = words(text.slice(from, to), from);
    const aligned = fitWords(pattern, found);
    if (!aligned) continue;
    // in the narrow window, an alignment that runs into its edge may be cut short: look wider
    if (radius === nearRadius && ((aligned.firstWord === 0 && from > 0) || (aligned.lastWord === found.length - 1 && to < text.length))) continue;
    const placed = judge(aligned, found, before.length, quote.length, after.length, pattern);
    if (placed || radius === alignRadius) return placed;
  }
  return null;
}

/**
 * The quote's span from an alignment, if enough of the quote and its context
 * is there (see the file's comment). Edits are counted in the quote's span
 * only: a context side that is gone (a paragraph inserted or deleted beside
 * the quote) does not count against a quote that holds that end itself.
 */
function judge(aligned: Alignment, found: readonly Word[], beforeWords: number, quoteWords: number, afterWords: number, pattern: readonly string[]): WordPlacement | null {
  const { pairs } = aligned;
  const first = beforeWords;
  const last = first + quoteWords - 1;
  let startWord = -1;
  let endWord = -1;
  let paired = 0;
  let kept = 0;
  let identical = 0;
  let keptBefore = 0;
  let keptAfter = 0;
  let firstKept = false;
  let lastKept = false;
  for (let i = 0; i < pattern.length; i++) {
    const j = pairs[i];
    if (j < 0) continue;
    const same = pattern[i] === found[j].text;
    const near = same || respelled(pattern[i], found[j].text);
    if (i >= first && i <= last) {
      if (startWord < 0) startWord = j;
      endWord = j;
      paired++;
      if (near) kept++;
      if (same) identical++;
      if (i === first) firstKept = near;
      if (i === last) lastKept = near;
    } else if (near && i < first) keptBefore++;
    else if (near) keptAfter++;
  }
  if (startWord < 0 || kept * 2 < quoteWords) return null;
  // the context is mostly there on one side at least (the other may be a paragraph inserted or deleted beside it)
  const beforeHeld = beforeWords > 0 && keptBefore * 2 >= beforeWords;
  const afterHeld = afterWords > 0 && keptAfter * 2 >= afterWords;
  if (!beforeHeld && !afterHeld) return null;
  // each end is held by the quote's own word there or by most of the context on that side;
  // neither means the passage was cut or moved apart there
  if (!firstKept && !beforeHeld && beforeWords > 0) return null;
  if (!lastKept && !afterHeld && afterWords > 0) return null;
  const spanWords = endWord - startWord + 1;
  if (Math.abs(spanWords - quoteWords) > Math.max(2, quoteWords / 2)) return null;
  // the quote's words not kept, and words inserted among them
  const edits = quoteWords - kept + (spanWords - paired);
  if (edits > Math.floor(maxEditShare * quoteWords) + 1) return null;
  return {
    start: found[startWord].start,
    end: found[endWord].end,
    errors: edits,
    kept,
    words: quoteWords,
    sameWords: identical === quoteWords && spanWords === quoteWords,
    score: 1 - aligned.edits / pattern.length,
  };
}

/** The words of `value`, with offsets from `offset`. */
function words(value: string, offset: number): Word[] {
  const found: Word[] = [];
  for (const match of value.matchAll(/\S+/g)) found.push({ text: match[0], start: offset + match.index, end: offset + match.index + match[0].length });
  return found;
}

/** A context's whole words: the word the selector cut at its outer end is left out. */
function contextWords(context: string, side: 'prefix' | 'suffix'): Word[] {
  const list = words(context, 0);
  if (side === 'prefix' && list.length > 1 && !/^\s/.test(context)) list.shift();
  if (side === 'suffix' && list.length > 1 && !/\s$/.test(context)) list.pop();
  return list;
}

/**
 * The alignment of `pattern` (all of it) with a stretch of `text` (free at
 * both ends) with the fewest word edits (a word replaced, inserted or
 * deleted): for each pattern word the text word it is paired with, or -1.
 */
/** A word alignment: its edits, the text word each pattern word is paired with (or -1), and the first and last paired text words. */
interface Alignment {
  edits: number;
  pairs: Int32Array;
  firstWord: number;
  lastWord: number;
}

function fitWords(pattern: readonly string[], found: readonly Word[]): Alignment | null {
  const n = pattern.length;
  const m = found.length;
  if (m === 0) return null;
  // words as numbers, so the inner loop compares integers; a text word not in the pattern is -1
  const ids = new Map<string, number>();
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let id = ids.get(pattern[i]);
    if (id === undefined) ids.set(pattern[i], (id = ids.size));
    a[i] = id;
  }
  const b = new Int32Array(m);
  for (let j = 0; j < m; j++) b[j] = ids.get(found[j].text) ?? -1;
  // costs in halves: the same word 0, a respelled one 1, another word 2, a word left out or added 2;
  // so a respelled word is paired rather than left out when the two cost the same otherwise
  const replace = new Uint8Array(n * m);
  const width = m + 1;
  const cost = new Int32Array((n + 1) * width);
  for (let i = 1; i <= n; i++) {
    cost[i * width] = 2 * i;
    const word = a[i - 1];
    for (let j = 1; j <= m; j++) {
      const change = word === b[j - 1] ? 0 : respelled(pattern[i - 1], found[j - 1].text) ? 1 : 2;
      replace[(i - 1) * m + j - 1] = change;
      const diagonal = cost[(i - 1) * width + j - 1] + change;
      const up = cost[(i - 1) * width + j] + 2;
      const left = cost[i * width + j - 1] + 2;
      cost[i * width + j] = Math.min(diagonal, up, left);
    }
  }
  let end = 1;
  for (let j = 2; j <= m; j++) if (cost[n * width + j] < cost[n * width + end]) end = j;
  const pairs = new Int32Array(n).fill(-1);
  let i = n;
  let j = end;
  while (i > 0 && j > 0) {
    const here = cost[i * width + j];
    if (here === cost[(i - 1) * width + j - 1] + replace[(i - 1) * m + j - 1]) {
      pairs[i - 1] = j - 1;
      i--;
      j--;
    } else if (here === cost[(i - 1) * width + j] + 2) i--;
    else j--;
  }
  let firstWord = -1;
  let lastWord = -1;
  for (const paired of pairs) {
    if (paired < 0) continue;
    if (firstWord < 0) firstWord = paired;
    lastWord = paired;
  }
  return { edits: Math.ceil(cost[n * width + end] / 2), pairs, firstWord, lastWord };
}

/**
 * The same word spelt a little differently: at most one edit in four letters
 * (an adjacent swap counts as one), as neighbour and neighbor, or a typo. A
 * word of three letters or fewer (a number, "of") must be the same.
 */
export function respelled(a: string, b: string): boolean {
  const limit = Math.floor(Math.max(a.length, b.length) / 4);
  if (limit === 0) return false;
  // most pairs of words differ at both ends: not worth a distance
  if (a[0] !== b[0] && a[a.length - 1] !== b[b.length - 1]) return false;
  if (Math.abs(a.length - b.length) > limit) return false;
  return swapDistance(a, b) <= limit;
}

/** Edit distance where swapping two adjacent letters is one edit (optimal string alignment); for single words. */
function swapDistance(a: string, b: string): number {
  const width = b.length + 1;
  const d = new Uint16Array((a.length + 1) * width);
  for (let j = 0; j <= b.length; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    d[i * width] = i;
    for (let j = 1; j <= b.length; j++) {
      const same = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[(i - 1) * width + j - 1] + same, d[(i - 1) * width + j] + 1, d[i * width + j - 1] + 1);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[(i - 2) * width + j - 2] + 1);
      d[i * width + j] = best;
    }
  }
  return d[a.length * width + b.length];
}
