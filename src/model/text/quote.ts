/**
 * Text quote selectors, DOM-free: describe a span by its text and context, and
 * find a quote in a text. Offsets are code points (see `text.ts`).
 */
import type { TextQuote } from '../annotation/annotation.ts';
import { CodePointIndex } from './text.ts';

/** How many code points of context a quote description carries on each side. */
export const quoteContextLength = 32;

/** A span of the text in code points. */
export interface TextSpan {
  start: number;
  end: number;
}

/** The quote (exact text, prefix and suffix) that describes `span` in `text`. */
export function describeQuote(
  text: CodePointIndex,
  span: TextSpan,
  contextLength = quoteContextLength,
): Required<TextQuote> {
  const before = text.slice(Math.max(0, span.start - contextLength), span.start);
  const after = text.slice(span.end, Math.min(text.length, span.end + contextLength));
  return quoteBetween(before, text.slice(span.start, span.end), after, contextLength);
}

/**
 * The quote for `exact` read between `before` and `after`: the prefix is the
 * last `contextLength` code points of `before`, the suffix the first of
 * `after`. The one rule for a quote's context: `describeQuote` (exports) and
 * the editor's `quoteAt` (storage) both build it here.
 */
export function quoteBetween(before: string, exact: string, after: string, contextLength = quoteContextLength): Required<TextQuote> {
  return { exact, prefix: lastCodePoints(before, contextLength), suffix: firstCodePoints(after, contextLength) };
}

function lastCodePoints(text: string, count: number): string {
  // context is short: only a string longer than `count` code units can have more than `count` code points
  if (text.length <= count) return text;
  const points = Array.from(text);
  return points.slice(Math.max(0, points.length - count)).join('');
}

function firstCodePoints(text: string, count: number): string {
  if (text.length <= count) return text;
  return Array.from(text).slice(0, count).join('');
}

/** The outcome of looking a quote up: a span, or why there is none. */
export type QuoteLookup =
  | { found: true; span: TextSpan }
  | { found: false; reason: 'not-found' | 'ambiguous'; candidates: number };

/**
 * Finds the one place where `quote.exact` occurs in `text`. With several
 * occurrences, prefix and suffix choose: the occurrences whose surroundings end
 * with the prefix and start with the suffix; still several is `ambiguous`.
 */
export function findQuote(text: CodePointIndex, quote: TextQuote): QuoteLookup {
  const { exact } = quote;
  const occurrences: number[] = [];
  if (exact.length > 0) {
    for (let at = text.text.indexOf(exact); at >= 0; at = text.text.indexOf(exact, at + 1)) {
      occurrences.push(at);
    }
  }
  if (occurrences.length === 0) return { found: false, reason: 'not-found', candidates: 0 };

  let chosen = occurrences;
  if (occurrences.length > 1 && (quote.prefix || quote.suffix)) {
    chosen = occurrences.filter((at) => contextMatches(text.text, at, exact.length, quote));
    if (chosen.length === 0) return { found: false, reason: 'not-found', candidates: occurrences.length };
  } else if (occurrences.length === 1 && (quote.prefix || quote.suffix)) {
    // a single occurrence whose context disagrees is still not the quoted span
    if (!contextMatches(text.text, occurrences[0], exact.length, quote)) {
      return { found: false, reason: 'not-found', candidates: 1 };
    }
  }
  if (chosen.length > 1) return { found: false, reason: 'ambiguous', candidates: chosen.length };
  const at = chosen[0];
  return { found: true, span: { start: text.toCodePoint(at), end: text.toCodePoint(at + exact.length) } };
}

function contextMatches(text: string, at: number, length: number, quote: TextQuote): boolean {
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  return at >= prefix.length && text.startsWith(prefix, at - prefix.length) && text.startsWith(suffix, at + length);
}
