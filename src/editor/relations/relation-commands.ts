/**
 * What removing an annotation does to the links of the others: deleting an
 * annotation deletes the links to it (`dropLinksTo`, in the same transaction,
 * so undo brings them back). The rest of links and replies (making them,
 * replying) is `relations.ts`, loaded with the code that uses it.
 */
import type { EditorState, Transaction } from 'prosemirror-state';
import type { AnnotationRecord } from '../../model/index.ts';
import { annotationState } from '../annotation-plugin.ts';
import { AnnotationStep, type Placement } from '../annotation-step.ts';

/** `current` with its record replaced by `record`. */
export const withRecord = (current: Placement, record: AnnotationRecord): Placement => ({ ...current, record });

/** The record of `record` with `key` set to `list`, or without `key` when the list is empty. */
export function withList<K extends 'links' | 'replies'>(record: AnnotationRecord, key: K, list: NonNullable<AnnotationRecord[K]>): AnnotationRecord {
  const next = { ...record, [key]: list };
  if (!list.length) delete next[key];
  return next;
}

/** Every annotation's record, anchored and orphaned, without reading their text. */
export function records(state: EditorState): AnnotationRecord[] {
  const annotations = annotationState(state);
  return [...annotations.anchored().map((anchored) => anchored.record), ...[...annotations.orphans.values()].map((orphan) => orphan.record)];
}

/**
 * The steps that take away every link to annotation `id` from the others, for
 * the transaction that removes it: deleting an annotation deletes its links
 * (undo brings them back with it).
 */
export function dropLinksTo(state: EditorState, id: string, tr: Transaction): void {
  for (const record of records(state)) {
    if (!record.links?.some((link) => link.to === id)) continue;
    const placement = annotationState(state).find(record.id, state.doc);
    if (!placement) continue;
    tr.step(new AnnotationStep(record.id, placement, withRecord(placement, withList(record, 'links', record.links.filter((link) => link.to !== id)))));
  }
}

