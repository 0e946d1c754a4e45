/**
 * The matching half of re-anchoring: where a quote could be in a text (exact
 * and fuzzy matches, near its context), how well each candidate fits (quote,
 * context, position), and the code point span it becomes. `anchoring.ts`
 * decides in which order to look.
 */
import search from 'approx-string-match';
import type { TextSelector } from '../annotation/annotation.ts';
import type { CodePointIndex } from '../text/text.ts';
import type { TextSearcher } from '../text/text-search.ts';

/** How a span was found: at its recorded position, by its exact quote, or by a fuzzy match. */
export type MatchMethod = 'position' | 'quote' | 'fuzzy';

/**
 * A scored match of a text selector: a code point span, how it was found and
 * how sure (0-1). Not yet an anchor: the editor makes it one (a ProseMirror
 * range) when it places the annotation.
 */
export interface QuoteMatch {
  start: number;
  end: number;
  method: MatchMethod;
  score: number;
  /** For a quote without context that occurs word for word in several places: how many; the nearest was taken. */
  candidates?: number;
}

/**
 * The lowest score that places a span. An exact look-alike elsewhere with
 * unrelated context scores about 0.65-0.75; a quote with one word changed and
 * its context intact scores over 0.9.
 */
export const matchThreshold = 0.8;

/**
 * Weights of the score's parts; a part the selector cannot tell (no prefix,
 * say) is left out. Position only breaks ties: text moves, and repetitive
 * text has near look-alikes.
 */
const weights = { quote: 0.55, prefix: 0.2, suffix: 0.2, position: 0.05 };
/** Distance (UTF-16 units) at which the position part of the score reaches 0. */
const positionScale = 2000;
/** Context compared on each side, in UTF-16 units. */
const contextLength = 64;

/**
 * The most edits a fuzzy match may have: a quarter of the quote, at least 1.
 * Hypothesis allows half, which places short quotes on unrelated words.
 */
export function maxErrors(exact: string): number {
  return Math.max(1, Math.floor(exact.length / 4));
}

/** A match in UTF-16 offsets, with its edit count. */
export interface Candidate {
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
  errors: number;
}

/** A match with its score. */
export interface Scored extends Candidate {
  score: number;
}

/** Every exact occurrence of `exact` in `haystack`, which starts at `offset` of the text. */
export function exactMatches(haystack: string, exact: string, offset: number): Candidate[] {
  const matches: Candidate[] = [];
  for (let at = haystack.indexOf(exact); at >= 0; at = haystack.indexOf(exact, at + 1)) {
    matches.push({ start: offset + at, end: offset + at + exact.length, errors: 0 });
  }
  return matches;
}

/** approx-string-match's best matches of `exact` in `haystack` with at most `k` edits. */
export function fuzzyMatches(haystack: string, exact: string, offset: number, k: number): Candidate[] {
  return search(haystack, exact, k).map((match) => ({ start: offset + match.start, end: offset + match.end, errors: match.errors }));
}

/**
 * Fuzzy matches all over the text: approx-string-match reports only the
 * matches with the fewest errors in what it searches, so a far look-alike with
 * fewer errors would hide the right place. Searching in chunks keeps the best
 * of every stretch of text.
 */
export function fuzzyMatchesEverywhere(text: string, exact: string, k: number): Candidate[] {
  const chunk = Math.max(1024, 4 * exact.length);
  const overlap = exact.length + k;
  const matches = new Map<string, Candidate>();
  for (let from = 0; from < text.length; from += chunk) {
    const to = Math.min(text.length, from + chunk + overlap);
    for (const match of fuzzyMatches(text.slice(from, to), exact, from, k)) matches.set(`${match.start}:${match.end}`, match);
    if (to === text.length) break;
  }
  return [...matches.values()];
}

/**
 * Whether both sides of the quote's context are in the window, in order and
 * about a quote apart: then the window is where the quote stood, and it was
 * edited there. (Sides that closed up mean the quote was deleted or moved.)
 */
export function contextInWindow(window: string, selector: TextSelector, quoteLength: number, k: number): boolean {
  const minGap = quoteLength - 2 * k;
  const maxGap = quoteLength + 2 * k + 8;
  const tail = (selector.prefix ?? '').slice(-16);
  const head = (selector.suffix ?? '').slice(0, 16);
  if (tail.length < 8 || head.length < 8) return false;
  for (let at = window.indexOf(tail); at >= 0; at = window.indexOf(tail, at + 1)) {
    const after = at + tail.length;
    const next = window.indexOf(head, after);
    if (next >= 0 && next - after >= minGap && next - after <= maxGap) return true;
  }
  return false;
}

/** Pieces of context looked up in the whole text, and how many hits make a piece too common to tell anything. */
const contextPiece = 16;
const pieceHitLimit = 32;

/**
 * Where the quote could be, judging by its context: the text after each
 * occurrence of a 16-character piece of the prefix, and before each of the
 * suffix. Null when the selector has no context to go by.
 */
export function contextRegions(searcher: TextSearcher, selector: TextSelector, quoteLength: number, k: number): [number, number][] | null {
  const { text } = searcher;
  const prefix = (selector.prefix ?? '').slice(-2 * contextPiece);
  const suffix = (selector.suffix ?? '').slice(0, 2 * contextPiece);
  const pieces: { piece: string; quoteAt: (hit: number) => number }[] = [];
  for (let cut = prefix.length; cut >= contextPiece / 2; cut -= contextPiece) {
    const piece = prefix.slice(Math.max(0, cut - contextPiece), cut);
    const after = prefix.length - cut; // characters between the piece and the quote
    pieces.push({ piece, quoteAt: (hit) => hit + piece.length + after });
  }
  for (let cut = 0; suffix.length - cut >= contextPiece / 2; cut += contextPiece) {
    const piece = suffix.slice(cut, cut + contextPiece);
    pieces.push({ piece, quoteAt: (hit) => hit - cut - quoteLength });
  }
  if (!pieces.length) return null;
  const regions: [number, number][] = [];
  const slack = k + 8;
  for (const { piece, quoteAt } of pieces) {
    const hits = searcher.findAll(piece, pieceHitLimit + 1);
    if (hits.length > pieceHitLimit) continue;
    for (const hit of hits) {
      const at = quoteAt(hit);
      regions.push([Math.max(0, at - slack), Math.min(text.length, at + quoteLength + slack)]);
    }
  }
  return regions;
}

/** The weighted score of a candidate: quote similarity, prefix and suffix similarity, nearness. */
export function scoreCandidate(text: string, candidate: Candidate, quoteLength: number, selector: TextSelector, expected: number | undefined): number {
  let total = weights.quote * (1 - candidate.errors / quoteLength);
  let weight = weights.quote;
  if (selector.prefix) {
    const prefix = selector.prefix.slice(-contextLength);
    total += weights.prefix * similarity(prefix, text.slice(Math.max(0, candidate.start - prefix.length), candidate.start));
    weight += weights.prefix;
  }
  if (selector.suffix) {
    const suffix = selector.suffix.slice(0, contextLength);
    total += weights.suffix * similarity(suffix, text.slice(candidate.end, candidate.end + suffix.length));
    weight += weights.suffix;
  }
  if (expected !== undefined) {
    total += weights.position * (1 - Math.min(1, Math.abs(candidate.start - expected) / positionScale));
    weight += weights.position;
  }
  return total / weight;
}

/** 1 minus the edit distance over the longer length: 1 for equal strings, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  return 1 - editDistance(a, b) / longer;
}

/** Levenshtein distance, two rows; for contexts of a few dozen characters. */
function editDistance(a: string, b: string): number {
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const unit = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (unit === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, previous[j] + 1, current[j - 1] + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/**
 * Converts a UTF-16 match to code points, widening it to whole surrogate
 * pairs, and a fuzzy match to whole words where the quote began and ended on
 * word edges (the matcher stops at the cheapest end, which may be mid-word).
 */
export function toQuoteMatch(text: CodePointIndex, match: Scored, exact: string): QuoteMatch {
  const source = text.text;
  let { start, end } = match;
  if (match.errors > 0) [start, end] = snapToWords(source, start, end, exact);
  if (start > 0 && isLowSurrogate(source, start) && isHighSurrogate(source, start - 1)) start--;
  if (end < source.length && isLowSurrogate(source, end) && isHighSurrogate(source, end - 1)) end++;
  return {
    start: text.toCodePoint(start),
    end: text.toCodePoint(end),
    method: match.errors === 0 ? 'quote' : 'fuzzy',
    score: Math.round(match.score * 1000) / 1000,
  };
}

const wordCharacter = /[\p{L}\p{N}]/u;
/** How far a fuzzy match's edge may move to reach a word edge. */
const snapLimit = 24;

function snapToWords(text: string, start: number, end: number, exact: string): [number, number] {
  const isWord = (at: number) => at >= 0 && at < text.length && wordCharacter.test(text[at]);
  if (wordCharacter.test(exact[0]) && isWord(start) && isWord(start - 1)) {
    let at = start;
    while (at > start - snapLimit && isWord(at - 1)) at--;
    if (!isWord(at - 1)) start = at;
  }
  if (wordCharacter.test(exact[exact.length - 1]) && isWord(end - 1) && isWord(end)) {
    let at = end;
    while (at < end + snapLimit && isWord(at)) at++;
    if (!isWord(at)) end = at;
  }
  return [start, end];
}

function isHighSurrogate(text: string, at: number): boolean {
  const unit = text.charCodeAt(at);
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(text: string, at: number): boolean {
  const unit = text.charCodeAt(at);
  return unit >= 0xdc00 && unit <= 0xdfff;
}

