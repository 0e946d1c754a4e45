/**
 * What one transaction did to the annotations, by id: the steps' adds, changes
 * and removals, and the annotations a text edit orphaned or brought back.
 * Computed once per transaction for everyone who hears of it (events, saving).
 */
import type { EditorState, Transaction } from 'prosemirror-state';
import { annotationState } from './annotation-plugin.ts';
import { AnnotationStep } from './annotation-step.ts';

/** The annotations one transaction added, changed and removed, and whether it changed the text. */
export interface AnnotationChanges {
  readonly docChanged: boolean;
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
}

const none: readonly string[] = [];

/** What `tr` (applied to `before`, giving `after`) did to the annotations; see `AnnotationChanges`. */
export function annotationChanges(tr: Transaction, before: EditorState, after: EditorState): AnnotationChanges {
  const docChanged = before.doc !== after.doc;
  const old = annotationState(before);
  const now = annotationState(after);
  if (old === now) return { docChanged, added: none, changed: none, removed: none };
  const added: string[] = [];
  const changed: string[] = [];
  const removed: string[] = [];
  const stepped = new Set<string>();
  for (const step of tr.steps) {
    if (!(step instanceof AnnotationStep)) continue;
    stepped.add(step.id);
    (!step.after ? removed : !step.before ? added : changed).push(step.id);
  }
  if (old.orphans !== now.orphans) {
    for (const id of now.orphans.keys()) if (!old.orphans.has(id) && !stepped.has(id)) changed.push(id);
    for (const id of old.orphans.keys()) if (!now.orphans.has(id) && !stepped.has(id)) changed.push(id);
  }
  return { docChanged, added, changed, removed };
}

/**
 * The meta of a transaction that puts back annotations a reopened article
 * already had (`restoreInSlices`): not a change of anyone's, so no event fires
 * and nothing is saved for it.
 */
export const restoringMeta = 'claimmark-restoring';

/** Whether `tr` puts back annotations of a reopened article. */
export function isRestoring(tr: Transaction): boolean {
  return tr.getMeta(restoringMeta) === true;
}

/**
 * The meta every slice of an import (or of a reopening) but the last carries: parts that read all
 * annotations on a change (the panel's list) may wait for the last one.
 */
export const importSliceMeta = 'claimmark-import-slice';

/** Whether `tr` is a slice of an import with more to come. */
export function isImportSlice(tr: Transaction): boolean {
  return tr.getMeta(importSliceMeta) === true;
}
