/**
 * Anchoring imported annotations in the article: matching their selectors
 * (`matchQuotes`), keeping Claimmark's own orphans orphaned, and saying what
 * moved and what could not be placed, as the import report needs.
 */
import type { Annotation, TextSelector } from '../annotation/annotation.ts';
import { withoutUndefined } from '../exchange/nodes.ts';
import { type MatchOptions, type QuoteMatch, matchQuotes, matchThreshold } from './anchoring.ts';
import type { ImportedAnnotation } from '../exchange/import-record.ts';
import type { CodePointIndex } from '../text/text.ts';
import { placeByWords } from './word-alignment.ts';

/** The imported annotations as anchored (code point spans), in input order, with what happened to them. */
export interface AnchoredImport {
  annotations: Annotation[];
  /** How each annotation was matched (position, quote or fuzzy, and its score); null for an orphan. */
  matches: (QuoteMatch | null)[];
  /**
   * Ids placed by a fuzzy match or word alignment (their text changed), below
   * the threshold as a unique long verbatim quote in a new context (the
   * passage moved), or on one of several places a quote without context
   * occurs: the user should review them (`reviews` says why).
   */
  moved: string[];
  /** Ids that could not be placed, or were orphans in the file: kept, shown, never put on a look-alike. */
  orphaned: string[];
  /** For each id of `moved`, why the user should check it, with the file's quote and the text it was placed on. */
  reviews: PlacementReview[];
}

/**
 * Why a placement waits for the user's check ("changed: check"), with what
 * to show: the quote the file gave (the old text) and the words it was placed
 * on (the new text).
 *
 * - `changed`: the quote's words changed (a fuzzy match or word alignment);
 * - `moved`: a unique long quote found word for word in new context;
 * - `ambiguous`: a quote without context found word for word in several
 *   places (`candidates`), none at its position; the nearest was taken.
 */
export interface PlacementReview {
  id: string;
  reason: 'changed' | 'moved' | 'ambiguous';
  /** The file's quote. */
  fileQuote: string;
  /** The article's text where it was placed. */
  placedText: string;
  /** For `ambiguous`: how many places the quote occurs in. */
  candidates?: number;
}

/**
 * Anchors imported annotations in `text`. An annotation our export marked as
 * an orphan stays one (its quote alone could land on a look-alike); an orphan
 * sits, collapsed, at the position it had, clamped to the text. See
 * `mergeAnnotations` for the next step.
 */
export function anchorImported(
  text: CodePointIndex,
  imported: readonly ImportedAnnotation[],
  options: Pick<MatchOptions, 'threshold' | 'exhaustive'> = {},
): AnchoredImport {
  const threshold = options.threshold ?? matchThreshold;
  const toMatch = imported.filter((annotation) => !annotation.orphaned);
  const selectors = toMatch.map((annotation) => ({ ...withArticleSpacing(annotation.selector, text.text), positionUnit: annotation.positionUnit }));
  const found = matchQuotes(text, selectors, { ...options, placeByWords });
  const matchOf = new Map(toMatch.map((annotation, index) => [annotation, found[index]]));
  const result: AnchoredImport = { annotations: [], matches: [], moved: [], orphaned: [], reviews: [] };
  for (const annotation of imported) {
    const match = matchOf.get(annotation) ?? null;
    const placed = place(text, annotation, match);
    result.annotations.push(placed);
    result.matches.push(match);
    const reason = match && reviewReason(match, threshold);
    if (reason) {
      result.moved.push(placed.id);
      const review: PlacementReview = { id: placed.id, reason, fileQuote: annotation.selector.exact ?? '', placedText: placed.exact };
      if (reason === 'ambiguous') review.candidates = match.candidates;
      result.reviews.push(review);
      const { id: _id, ...check } = review;
      placed.placementCheck = check;
    } else if (!match && !annotation.orphaned) {
      // its words are not in this article (one our export marked detached had its text deleted)
      placed.placementCheck = { reason: 'not-found', fileQuote: annotation.selector.exact ?? '', placedText: '' };
    }
    if (placed.status === 'orphaned') result.orphaned.push(placed.id);
  }
  return result;
}

/**
 * The selector's quote and context spaced as the article's text is: another
 * tool may store them with the page's raw whitespace (Hypothesis keeps the
 * tabs, newlines and indentation of the HTML), while the article's text mostly
 * has one space between words and one newline between blocks. A run of
 * whitespace becomes a newline if it holds one, else a space: always in the
 * context, and in the quote when the quote as given is not in the text (an
 * article may have two spaces of its own).
 */
export function withArticleSpacing(selector: TextSelector, text: string): TextSelector {
  const unusual = /\s{2,}|[^\S \n]/;
  const space = (value: string | undefined) => value?.replace(/\s{2,}|[^\S \n]/g, (run) => (run.includes('\n') ? '\n' : ' '));
  const { exact, prefix, suffix } = selector;
  if (![exact, prefix, suffix].some((value) => value !== undefined && unusual.test(value))) return selector;
  const respaceQuote = exact !== undefined && unusual.test(exact) && !text.includes(exact);
  return withoutUndefined({ ...selector, exact: respaceQuote ? space(exact) : exact, prefix: space(prefix), suffix: space(suffix) });
}

function reviewReason(match: QuoteMatch, threshold: number): PlacementReview['reason'] | null {
  if (match.method === 'fuzzy') return 'changed';
  if (match.score < threshold) return 'moved';
  if (match.candidates !== undefined && match.candidates > 1) return 'ambiguous';
  return null;
}

function place(text: CodePointIndex, imported: ImportedAnnotation, match: QuoteMatch | null): Annotation {
  const { selector, positionUnit: unit, source: _source, orphaned: _orphaned, placementCheck: _check, ...record } = imported;
  if (match) return { ...record, start: match.start, end: match.end, exact: text.slice(match.start, match.end), status: 'anchored' };
  let at = selector.start ?? 0;
  if (unit === 'utf-16') at = text.toCodePoint(Math.min(at, text.text.length));
  at = Math.min(at, text.length);
  return { ...record, start: at, end: at, exact: selector.exact ?? '', status: 'orphaned' };
}
