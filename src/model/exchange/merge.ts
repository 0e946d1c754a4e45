/**
 * Merge rules for an import: which placed annotations of a file to add, which
 * replace existing ones, and which change nothing. The rules (docs/format.md):
 *
 * - same id, same content: unchanged;
 * - same id, the file's `modified` later: the file's version replaces the
 *   existing one (its span too, unless it is an orphan here and the existing
 *   one is anchored: a text edit elsewhere must not orphan it here);
 * - same id, the file's `modified` not later: the existing one is kept and the
 *   file's is reported as `kept`;
 * - another id but the same kind, span, status and fields as an annotation
 *   already here: a duplicate, unchanged (the existing id is reported). Two
 *   ids in one file are two annotations (two people tagged the same words),
 *   and both are added: dropping one would lose it on the next export;
 * - otherwise: added.
 *
 * Nothing existing is removed, and the existing list is never modified.
 */
import { type Annotation, recordFieldNames } from '../annotation/annotation.ts';

/** What an import does to the article's annotations, and what to tell the user. */
export interface MergeResult {
  /** New annotations to add, in file order. */
  add: Annotation[];
  /** Replacements for existing annotations (same id, newer in the file). */
  update: Annotation[];
  added: string[];
  updated: string[];
  /** Existing ids the file matched without a change (same id and content, or a duplicate under another id). */
  unchanged: string[];
  /** Existing ids the file had an older (or equally old, different) version of; the existing one stays. */
  kept: string[];
}

/** Merges `incoming` (placed, see `anchorImported`) into `existing` by the rules above. */
export function mergeAnnotations(existing: readonly Annotation[], incoming: readonly Annotation[]): MergeResult {
  const result: MergeResult = { add: [], update: [], added: [], updated: [], unchanged: [], kept: [] };
  const byId = new Map(existing.map((annotation) => [annotation.id, annotation]));
  const bySignature = new Map<string, string>();
  for (const annotation of existing) bySignature.set(signature(annotation), annotation.id);
  for (const annotation of incoming) {
    const current = byId.get(annotation.id);
    if (current) {
      mergeSameId(current, annotation, result, byId);
      continue;
    }
    // (no signature to work out when the article has no annotations yet, as for most imports)
    const duplicateOf = bySignature.size ? bySignature.get(signature(annotation)) : undefined;
    if (duplicateOf !== undefined) {
      result.unchanged.push(duplicateOf);
      continue;
    }
    result.add.push(annotation);
    result.added.push(annotation.id);
    byId.set(annotation.id, annotation);
  }
  return result;
}

function mergeSameId(current: Annotation, incoming: Annotation, result: MergeResult, byId: Map<string, Annotation>): void {
  if (signature(current) === signature(incoming) && current.created === incoming.created && current.modified === incoming.modified) {
    result.unchanged.push(current.id);
    return;
  }
  if (!(time(incoming.modified) > time(current.modified))) {
    result.kept.push(current.id);
    return;
  }
  const keepSpan = incoming.status === 'orphaned' && current.status === 'anchored';
  const winner: Annotation = keepSpan ? { ...incoming, start: current.start, end: current.end, exact: current.exact, status: current.status } : incoming;
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

/** Milliseconds since 1970; an unreadable date is the oldest. */
function time(value: string): number {
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? -Infinity : parsed;
}

/** Kind, span, status and fields: what makes two annotations the same annotation. */
function signature(annotation: Annotation): string {
  const span = annotation.status === 'orphaned' ? ['orphaned', annotation.start, annotation.exact] : [annotation.start, annotation.end];
  return JSON.stringify([annotation.kind, ...span, ...recordFieldNames.map((name) => annotation[name] ?? null)], sortedKeys);
}

/** A JSON.stringify replacer that writes object keys in sorted order, so key order never matters. */
function sortedKeys(_key: string, value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
