/**
 * Merge rules for an import: which placed annotations of a file to add, which
 * replace existing ones, which change nothing, and which changed on both sides.
 * A file's dates are claims, not a clock: the fact-checker's own edits are never
 * overwritten because a file says it is newer. The rules (docs/format.md):
 *
 * - identity is the id only: an annotation with an id the article lacks is
 *   added, even if another id has the same words and fields (two people tagged
 *   them). Only an item the file gave no usable id (it got a new one) is matched
 *   by content, so that importing an id-less file twice does not double it;
 * - same id, same kind and fields: unchanged (its span here is kept);
 * - same id, different content, and the annotation here has a baseline (the
 *   file version it last came from, `fromFile`): whichever side still equals the
 *   baseline did not change, and the other side's change is taken; when both
 *   changed, it is a conflict: the version here stays and the file's is reported
 *   for the user to choose;
 * - same id, different content, no baseline (made here, or imported before
 *   baselines were kept): the file's version replaces it only when the file
 *   dates it later and that date is neither missing nor in the future; an
 *   undated or future-dated version is a conflict; an older one is `kept`.
 *
 * Every annotation an import adds or replaces records its baseline. Nothing
 * existing is removed, and the existing list is never modified.
 */
import { type Annotation, type AnnotationRecord, recordFieldNames } from '../annotation/annotation.ts';
import { contentHash } from '../annotation/ids.ts';

/** What the import found about an item's dates and id, beside its record (see `ImportedAnnotation`). */
interface ImportFlags {
  /** The file gave no created or modified date: the import dated it. */
  undated?: boolean;
  /** The file gave no usable id: the import made one. */
  newId?: boolean;
}

/** Both the article and the file changed an annotation since it last came from a file (or the file's date cannot be trusted). */
export interface ImportConflict {
  id: string;
  /** Why the file's version was not taken: both changed, the file gave no date, or a date in the future. */
  reason: 'both-changed' | 'undated' | 'future-date';
  /** The file's version, placed on the article, with itself as baseline: the user may take it as it is. */
  file: Annotation;
}

/** What an import does to the article's annotations, and what to tell the user. */
export interface MergeResult {
  /** New annotations to add, in file order. */
  add: Annotation[];
  /** Replacements for existing annotations (same id, changed in the file only), and conflicting ones with their new baseline. */
  update: Annotation[];
  added: string[];
  updated: string[];
  /** Existing ids the file matched without a change (same id and content, or an id-less item with the same content). */
  unchanged: string[];
  /** Existing ids the file had an older version of, or a version only the article has changed since: the one here stays. */
  kept: string[];
  /** Existing ids changed on both sides, or given an untrustworthy date in the file: the one here stays until the user chooses. */
  conflicts: ImportConflict[];
}

/** A clock difference a file's `modified` may show without being "in the future". */
const clockSkewMs = 5 * 60_000;

/** Merges `incoming` (placed, see `anchorImported`) into `existing` by the rules above; `now` for future dates. */
export function mergeAnnotations(existing: readonly Annotation[], incoming: readonly Annotation[], now = Date.now()): MergeResult {
  const result: MergeResult = { add: [], update: [], added: [], updated: [], unchanged: [], kept: [], conflicts: [] };
  const byId = new Map(existing.map((annotation) => [annotation.id, annotation]));
  let byContent: Map<string, string> | null = null;
  for (const item of incoming) {
    const { undated, newId, ...annotation } = item as Annotation & ImportFlags;
    const current = byId.get(annotation.id);
    if (current) {
      mergeSameId(current, annotation, { undated, newId }, now, result, byId);
      continue;
    }
    if (newId) {
      byContent ??= new Map(existing.map((other) => [spanAndContent(other), other.id]));
      const same = byContent.get(spanAndContent(annotation));
      if (same !== undefined) {
        result.unchanged.push(same);
        continue;
      }
    }
    const added = withBaseline(annotation);
    result.add.push(added);
    result.added.push(added.id);
    byId.set(added.id, added);
  }
  return result;
}

function mergeSameId(current: Annotation, incoming: Annotation, flags: ImportFlags, now: number, result: MergeResult, byId: Map<string, Annotation>): void {
  const theirs = contentDigest(incoming);
  if (contentDigest(current) === theirs) {
    result.unchanged.push(current.id);
    return;
  }
  const baseline = current.fromFile?.digest;
  let take: boolean;
  if (baseline !== undefined && (baseline === theirs || baseline === contentDigest(current))) {
    // one side still is what the file said last time: the other side made the change
    take = baseline !== theirs && !(time(incoming.modified) < time(current.fromFile!.modified));
  } else {
    const reason: ImportConflict['reason'] | null =
      baseline !== undefined ? 'both-changed' : flags.undated ? 'undated' : time(incoming.modified) > now + clockSkewMs ? 'future-date' : null;
    if (reason) {
      const file = withBaseline(keepSpanHere(current, incoming));
      result.conflicts.push({ id: current.id, reason, file });
      // the version here stays, now with the file's as its baseline: the same file imported again asks no more
      result.update.push({ ...current, fromFile: file.fromFile });
      return;
    }
    take = time(incoming.modified) > time(current.modified);
  }
  if (!take) {
    result.kept.push(current.id);
    return;
  }
  const winner = withBaseline(keepSpanHere(current, incoming));
  const earlier = result.update.findIndex((annotation) => annotation.id === winner.id);
  if (earlier >= 0) result.update[earlier] = winner;
  else {
    const added = result.add.findIndex((annotation) => annotation.id === winner.id);
    if (added >= 0) result.add[added] = winner;
    else {
      result.update.push(winner);
      result.updated.push(winner.id);
    }
  }
  byId.set(winner.id, winner);
}

/** The file's version, on the span here when it is an orphan here and the one here is anchored (a text edit elsewhere must not orphan it). */
function keepSpanHere(current: Annotation, incoming: Annotation): Annotation {
  return incoming.status === 'orphaned' && current.status === 'anchored'
    ? { ...incoming, start: current.start, end: current.end, exact: current.exact, status: current.status }
    : incoming;
}

/** The annotation with its baseline: the content and date the file gave it. */
export function withBaseline<T extends AnnotationRecord>(annotation: T): T {
  return { ...annotation, fromFile: { digest: contentDigest(annotation), modified: annotation.modified } };
}

/** Milliseconds since 1970; an unreadable date is the oldest. */
function time(value: string): number {
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? -Infinity : parsed;
}

/** What the fact-checker wrote: the kind and the fields, not where the words are. */
export function contentDigest(annotation: AnnotationRecord): string {
  return contentHash(JSON.stringify([annotation.kind, ...recordFieldNames.map((name) => annotation[name] ?? null)], sortedKeys));
}

/** Kind, span, status and fields: what an id-less item must share with an annotation here to be that annotation. */
function spanAndContent(annotation: Annotation): string {
  const span = annotation.status === 'orphaned' ? ['orphaned', annotation.start, annotation.exact] : [annotation.start, annotation.end];
  return JSON.stringify([contentDigest(annotation), ...span]);
}

/** A JSON.stringify replacer that writes object keys in sorted order, so key order never matters. */
function sortedKeys(_key: string, value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
