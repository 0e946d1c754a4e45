/**
 * Placing imported annotations in the article: anchoring their selectors
 * (`anchorAll`), keeping Claimmark's own orphans orphaned, and saying what
 * moved and what could not be placed, as the import report needs.
 */
import type { Annotation } from '../annotation/annotation.ts';
import { type Anchor, type AnchorOptions, anchorAll, anchorThreshold } from './anchoring.ts';
import type { ImportedAnnotation } from '../exchange/import-record.ts';
import type { CodePointIndex } from '../text/text.ts';

/** The imported annotations as placed, in input order, with what happened to them. */
export interface PlacementResult {
  annotations: Annotation[];
  /** Each annotation's anchor; null for an orphan. */
  anchors: (Anchor | null)[];
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
export function placeImported(
  text: CodePointIndex,
  imported: readonly ImportedAnnotation[],
  options: Pick<AnchorOptions, 'threshold' | 'exhaustive'> = {},
): PlacementResult {
  const threshold = options.threshold ?? anchorThreshold;
  const toAnchor = imported.filter((annotation) => !annotation.orphaned);
  const found = anchorAll(text, toAnchor.map((annotation) => ({ ...annotation.selector, positionUnit: annotation.positionUnit })), options);
  const anchorOf = new Map(toAnchor.map((annotation, index) => [annotation, found[index]]));
  const result: PlacementResult = { annotations: [], anchors: [], moved: [], orphaned: [] };
  for (const annotation of imported) {
    const anchor = anchorOf.get(annotation) ?? null;
    const placed = place(text, annotation, anchor);
    result.annotations.push(placed);
    result.anchors.push(anchor);
    if (anchor && (anchor.method === 'fuzzy' || anchor.score < threshold)) result.moved.push(placed.id);
    if (placed.status === 'orphaned') result.orphaned.push(placed.id);
  }
  return result;
}

function place(text: CodePointIndex, imported: ImportedAnnotation, anchor: Anchor | null): Annotation {
  const { selector, positionUnit: unit, source: _source, orphaned: _orphaned, ...record } = imported;
  if (anchor) return { ...record, start: anchor.start, end: anchor.end, exact: text.slice(anchor.start, anchor.end), status: 'anchored' };
  let at = selector.start ?? 0;
  if (unit === 'utf-16') at = text.toCodePoint(Math.min(at, text.text.length));
  at = Math.min(at, text.length);
  return { ...record, start: at, end: at, exact: selector.exact ?? '', status: 'orphaned' };
}
