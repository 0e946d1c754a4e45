/**
 * Anchoring imported annotations in the article: matching their selectors
 * (`matchQuotes`), keeping Claimmark's own orphans orphaned, and saying what
 * moved and what could not be placed, as the import report needs.
 */
import type { Annotation } from '../annotation/annotation.ts';
import { type MatchOptions, type QuoteMatch, matchQuotes, matchThreshold } from './anchoring.ts';
import type { ImportedAnnotation } from '../exchange/import-record.ts';
import type { CodePointIndex } from '../text/text.ts';

/** The imported annotations as anchored (code point spans), in input order, with what happened to them. */
export interface AnchoredImport {
  annotations: Annotation[];
  /** How each annotation was matched (position, quote or fuzzy, and its score); null for an orphan. */
  matches: (QuoteMatch | null)[];
  /**
   * Ids placed by a fuzzy match (their text changed) or, below the threshold,
   * as a unique long verbatim quote in a new context (the passage moved): the
   * user should review them.
   */
  moved: string[];
  /** Ids that could not be placed, or were orphans in the file: kept, shown, never put on a look-alike. */
  orphaned: string[];
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
  const found = matchQuotes(text, toMatch.map((annotation) => ({ ...annotation.selector, positionUnit: annotation.positionUnit })), options);
  const matchOf = new Map(toMatch.map((annotation, index) => [annotation, found[index]]));
  const result: AnchoredImport = { annotations: [], matches: [], moved: [], orphaned: [] };
  for (const annotation of imported) {
    const match = matchOf.get(annotation) ?? null;
    const placed = place(text, annotation, match);
    result.annotations.push(placed);
    result.matches.push(match);
    if (match && (match.method === 'fuzzy' || match.score < threshold)) result.moved.push(placed.id);
    if (placed.status === 'orphaned') result.orphaned.push(placed.id);
  }
  return result;
}

function place(text: CodePointIndex, imported: ImportedAnnotation, match: QuoteMatch | null): Annotation {
  const { selector, positionUnit: unit, source: _source, orphaned: _orphaned, ...record } = imported;
  if (match) return { ...record, start: match.start, end: match.end, exact: text.slice(match.start, match.end), status: 'anchored' };
  let at = selector.start ?? 0;
  if (unit === 'utf-16') at = text.toCodePoint(Math.min(at, text.text.length));
  at = Math.min(at, text.length);
  return { ...record, start: at, end: at, exact: selector.exact ?? '', status: 'orphaned' };
}
