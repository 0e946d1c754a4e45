/**
 * Re-anchoring, DOM-free (design.md, "Re-anchoring"): matching a text
 * selector in a text that may have changed since the selector was made. The
 * position first, then the exact quote, then a fuzzy match with bounded
 * errors; every match is scored on the quote, its context and its position
 * (`quote-match.ts`), and below `matchThreshold` there is no match: the
 * annotation is an orphan, never put on a look-alike.
 */
import search from 'approx-string-match';
import {
  type Candidate,
  type QuoteMatch,
  type Scored,
  contextInWindow,
  contextRegions,
  exactMatches,
  fuzzyMatches,
  fuzzyMatchesEverywhere,
  matchThreshold,
  maxErrors,
  scoreCandidate,
  toQuoteMatch,
} from './quote-match.ts';

export { type MatchMethod, type QuoteMatch, matchThreshold } from './quote-match.ts';
import type { TextSelector } from '../annotation/annotation.ts';
import type { CodePointIndex } from '../text/text.ts';
import { codePointLength } from '../text/code-point-length.ts';
import { TextSearcher } from '../text/text-search.ts';
import type { WordAligner, WordPlacement } from './word-alignment.ts';

/** What a TextPositionSelector's offsets count: code points (W3C), UTF-16 code units, or not known. */
export type PositionUnit = 'code-point' | 'utf-16' | 'unknown';

/** Options of `matchQuote`. */
export interface MatchOptions {
  /** How `selector.start`/`end` count; `unknown` tries code points, then UTF-16. Default `code-point`. */
  positionUnit?: PositionUnit;
  /** Where to look first (code points) when the span is not at its recorded position; `matchQuotes` passes the drift of earlier spans. */
  expectedStart?: number;
  /** The lowest score that places a span; default `matchThreshold`. */
  threshold?: number;
  /** Score every candidate in the whole text, without the shortcuts; for checking the shortcuts. */
  exhaustive?: boolean;
  /** A searcher over `text.text` shared by many calls (`matchQuotes` passes one), so repeated whole-text searches get an index. */
  searcher?: TextSearcher;
  /**
   * Word alignment (`placeByWords`), for quotes whose words changed. Passed in
   * rather than imported, so that start-up code placing stored annotations
   * (whose text rarely changes) does not carry it; imports pass it.
   */
  placeByWords?: WordAligner;
}

/** A score at which nothing farther away could do better, so the search stops. */
const sureScore = 0.9;
/** Code points from which a unique verbatim quote is placed whatever its context (see `QuoteSearch.verbatim`). */
export const verbatimLength = 32;
/** UTF-16 units searched on each side of the expected span before the whole text. */
const windowRadius = 512;
/** At most this many candidates are scored per search (a short quote occurs thousands of times). */
const candidateLimit = 2000;

/**
 * Places `selector` in `text`: its position if the text there equals `exact`,
 * else the best exact or fuzzy match scoring at least the threshold, else null
 * (an orphan). See `matchQuotes` for many selectors and `matchHypothesisStyle`
 * for the baseline.
 */
export function matchQuote(text: CodePointIndex, selector: TextSelector, options: MatchOptions = {}): QuoteMatch | null {
  const exact = selector.exact ?? '';
  const spans = positionSpans(text, selector, options.positionUnit ?? 'code-point');
  if (!exact) {
    // nothing to check the position against: trust it, as the file asks
    const span = spans.find((s) => s.start < s.end);
    return span ? { ...span, method: 'position', score: 1 } : null;
  }
  for (const span of spans) {
    if (span.end - span.start <= exact.length && text.slice(span.start, span.end) === exact) {
      return { ...span, method: 'position', score: 1 };
    }
  }
  const threshold = options.threshold ?? matchThreshold;
  const expectedCodePoint = options.expectedStart ?? spans[0]?.start;
  const expected = expectedCodePoint === undefined ? undefined : text.toUtf16(clamp(expectedCodePoint, 0, text.length));
  const searcher = options.searcher?.text === text.text ? options.searcher : new TextSearcher(text.text, Infinity);
  const quoteSearch = new QuoteSearch(searcher, exact, selector, expected);
  const byWords = options.placeByWords;
  if (!options.exhaustive && byWords && expected !== undefined) {
    // the exact quote, then its words where it should be, before the (slower) fuzzy search of characters
    const verbatim = quoteSearch.exactOnly();
    if (verbatim && verbatim.score >= threshold) return withAmbiguity(toQuoteMatch(text, verbatim, exact), quoteSearch, selector);
    const placed = byWords(text.text, selector, expected);
    if (placed) return fromWords(text, placed);
  }
  const best = options.exhaustive ? quoteSearch.exhaustive() : quoteSearch.fast(threshold);
  const found = best && best.score >= threshold ? best : null;
  if (found && found.errors === 0) return withAmbiguity(toQuoteMatch(text, found, exact), quoteSearch, selector);
  // words changed (or only whitespace differs): align words where the fuzzy match is, or where the quote should be
  const near = found?.start ?? expected;
  if (near !== undefined && byWords) {
    const placed = byWords(text.text, selector, near);
    if (placed) return fromWords(text, placed);
  }
  if (found) return toQuoteMatch(text, found, exact);
  const verbatim = quoteSearch.verbatim();
  return verbatim ? toQuoteMatch(text, verbatim, exact) : null;
}

/** A word alignment's span in code points (words end at whitespace, so no surrogate pair is cut). */
function fromWords(text: CodePointIndex, placed: WordPlacement): QuoteMatch {
  return {
    start: text.toCodePoint(placed.start),
    end: text.toCodePoint(placed.end),
    method: placed.sameWords ? 'quote' : 'fuzzy',
    score: Math.round(placed.score * 1000) / 1000,
  };
}

/**
 * A quote without context found word for word in several places, none at its
 * recorded position: the nearest is a guess, so the match says how many
 * places it chose from, and the import asks the user to check it.
 */
function withAmbiguity(match: QuoteMatch, search: QuoteSearch, selector: TextSelector): QuoteMatch {
  if (selector.prefix || selector.suffix) return match;
  const places = search.verbatimCount();
  return places > 1 ? { ...match, candidates: places } : match;
}

/** Searches one quote in one text, keeping the best-scored candidate. */
class QuoteSearch {
  best: Scored | null = null;
  readonly #k: number;
  /** The quote's exact occurrences in the whole text, once searched. */
  #verbatim: Candidate[] | null = null;

  readonly text: string;

  constructor(
    readonly searcher: TextSearcher,
    readonly exact: string,
    readonly selector: TextSelector,
    readonly expected: number | undefined,
  ) {
    this.text = searcher.text;
    this.#k = maxErrors(exact);
  }

  /**
   * The exact quote near the expected position, then anywhere (an exact match
   * elsewhere beats a fuzzy look-alike nearby); then fuzzy matches near the
   * expected position, then where pieces of the quote's context occur (a far
   * match with unrelated context could not reach the threshold), or over the
   * whole text when the selector has no context. When the quote's own context
   * is still in the window and nothing there matches, the quote was edited or
   * deleted where it stood: a match elsewhere could only be a look-alike, so
   * the search stops.
   */
  fast(threshold: number): Scored | null {
    const from = Math.max(0, (this.expected ?? 0) - windowRadius);
    const to = Math.min(this.text.length, (this.expected ?? 0) + this.exact.length + windowRadius);
    const window = this.expected === undefined ? null : this.text.slice(from, to);
    if (window !== null) {
      this.consider(exactMatches(window, this.exact, from));
      if (this.#sure()) return this.best;
    }
    this.consider(this.#everywhere());
    if (this.#sure()) return this.best;
    if (window !== null) {
      this.consider(fuzzyMatches(window, this.exact, from, this.#k));
      if (this.#sure()) return this.best;
      if (contextInWindow(window, this.selector, this.exact.length, this.#k)) {
        return this.best && this.best.score >= threshold ? this.best : null;
      }
    }
    const regions = contextRegions(this.searcher, this.selector, this.exact.length, this.#k);
    if (regions === null) this.consider(fuzzyMatchesEverywhere(this.text, this.exact, this.#k));
    else for (const [from, to] of regions) this.consider(fuzzyMatches(this.text.slice(from, to), this.exact, from, this.#k));
    return this.best;
  }

  /** The exact quote near the expected position, else anywhere: the first step of `fast`. */
  exactOnly(): Scored | null {
    const from = Math.max(0, (this.expected ?? 0) - windowRadius);
    const to = Math.min(this.text.length, (this.expected ?? 0) + this.exact.length + windowRadius);
    if (this.expected !== undefined) this.consider(exactMatches(this.text.slice(from, to), this.exact, from));
    if (!this.#sure()) this.consider(this.#everywhere());
    return this.best;
  }

  /** Every exact and fuzzy match in the whole text. */
  exhaustive(): Scored | null {
    this.consider(this.#everywhere(), Infinity);
    this.consider(fuzzyMatchesEverywhere(this.text, this.exact, this.#k), Infinity);
    return this.best;
  }

  consider(candidates: Candidate[], limit = candidateLimit): void {
    if (candidates.length > limit && this.expected !== undefined) {
      // keep the fewest errors, then the nearest; scoring thousands of "the" is waste
      const expected = this.expected;
      candidates.sort((a, b) => a.errors - b.errors || Math.abs(a.start - expected) - Math.abs(b.start - expected));
    }
    for (const candidate of candidates.length > limit ? candidates.slice(0, limit) : candidates) {
      const score = scoreCandidate(this.text, candidate, this.exact.length, this.selector, this.expected);
      if (!this.best || score > this.best.score) this.best = { ...candidate, score };
    }
  }

  /**
   * A quote of at least `verbatimLength` code points that occurs exactly once,
   * word for word, is the same passage even when its context changed (a
   * paragraph moved): it is placed whatever its score. Shorter quotes are too
   * often a phrase repeated elsewhere.
   */
  verbatim(): Scored | null {
    const only = this.#verbatim?.length === 1 ? this.#verbatim[0] : null;
    if (!only || codePointLength(this.exact) < verbatimLength) return null;
    return { ...only, score: scoreCandidate(this.text, only, this.exact.length, this.selector, this.expected) };
  }

  /** How many times the quote occurs word for word in the whole text. */
  verbatimCount(): number {
    return this.#everywhere().length;
  }

  #everywhere(): Candidate[] {
    const exact = this.exact;
    this.#verbatim ??= this.searcher.findAll(exact).map((at) => ({ start: at, end: at + exact.length, errors: 0 }));
    return [...this.#verbatim];
  }

  #sure(): boolean {
    return this.best !== null && this.best.score >= sureScore;
  }
}

/**
 * Places many selectors in one text, in input order. Spans are visited in
 * order of their recorded start, and each search starts where the previous
 * span's shift puts it, so an inserted paragraph costs one wide search, not one
 * per annotation after it.
 */
export function matchQuotes(
  text: CodePointIndex,
  selectors: readonly (TextSelector & { positionUnit?: PositionUnit })[],
  options: Omit<MatchOptions, 'expectedStart' | 'positionUnit'> = {},
): (QuoteMatch | null)[] {
  const recorded = selectors.map((selector) => recordedStart(text, selector));
  const order = selectors.map((_, index) => index);
  order.sort((a, b) => (recorded[a] ?? Number.MAX_SAFE_INTEGER) - (recorded[b] ?? Number.MAX_SAFE_INTEGER));
  const matches: (QuoteMatch | null)[] = new Array(selectors.length).fill(null);
  const searcher = options.searcher ?? new TextSearcher(text.text);
  let shift = 0;
  for (const index of order) {
    const selector = selectors[index];
    const start = recorded[index];
    const expectedStart = start === undefined ? undefined : Math.max(0, start + shift);
    const match = matchQuote(text, selector, { ...options, positionUnit: selector.positionUnit, expectedStart, searcher });
    if (match && start !== undefined) shift = match.start - start;
    matches[index] = match;
  }
  return matches;
}

/** A selector's recorded start in code points, for ordering and drift. */
function recordedStart(text: CodePointIndex, selector: TextSelector & { positionUnit?: PositionUnit }): number | undefined {
  const { start } = selector;
  if (!Number.isInteger(start) || (start as number) < 0) return undefined;
  if (selector.positionUnit === 'utf-16' && (start as number) <= text.text.length) return text.toCodePoint(start as number);
  return start;
}

/**
 * The baseline for benchmarks, after Hypothesis's `match-quote.js`: every
 * exact occurrence in the whole text, or else an approximate search of the
 * whole text with up to half the quote in errors; the best-scored match is
 * returned whatever its score. No threshold, no window.
 */
export function matchHypothesisStyle(text: CodePointIndex, selector: TextSelector): QuoteMatch | null {
  const exact = selector.exact ?? '';
  if (!exact) return null;
  let matches: Candidate[] = exactMatches(text.text, exact, 0);
  if (matches.length === 0) matches = fuzzyMatches(text.text, exact, 0, Math.min(256, Math.floor(exact.length / 2)));
  const hint = selector.start === undefined ? undefined : text.toUtf16(clamp(selector.start, 0, text.length));
  let best: Scored | null = null;
  for (const match of matches) {
    // Hypothesis's weights: quote 50, prefix 20, suffix 20, position 2 (relative to the whole text)
    const prefix = selector.prefix ? textMatchScore(text.text.slice(Math.max(0, match.start - selector.prefix.length), match.start), selector.prefix) : 1;
    const suffix = selector.suffix ? textMatchScore(text.text.slice(match.end, match.end + selector.suffix.length), selector.suffix) : 1;
    const position = hint === undefined ? 1 : 1 - Math.abs(match.start - hint) / text.text.length;
    const score = (50 * (1 - match.errors / exact.length) + 20 * prefix + 20 * suffix + 2 * position) / 92;
    if (!best || score > best.score) best = { ...match, score };
  }
  return best ? toQuoteMatch(text, best, exact) : null;
}

function textMatchScore(text: string, pattern: string): number {
  if (!text || !pattern) return 0;
  const matches = search(text, pattern, pattern.length);
  return matches.length ? 1 - matches[0].errors / pattern.length : 0;
}

/** The recorded span in code points, in each reading of its unit that fits the text. */
function positionSpans(text: CodePointIndex, selector: TextSelector, unit: PositionUnit): { start: number; end: number }[] {
  const { start, end } = selector;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return [];
  const s = start as number;
  const e = end as number;
  if (s < 0 || s > e) return [];
  const spans: { start: number; end: number }[] = [];
  if (unit !== 'utf-16' && e <= text.length) spans.push({ start: s, end: e });
  if (unit !== 'code-point' && e <= text.text.length) {
    const span = { start: text.toCodePoint(s), end: text.toCodePoint(e) };
    if (!spans.some((other) => other.start === span.start && other.end === span.end)) spans.push(span);
  }
  return spans;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
