/**
 * The panel's status line, as data: what it says, and what it is about — the
 * annotation its Undo brings back (`deleted`, kept mapped through later
 * edits), the one just tagged (`about`), the ones an edit detached
 * (`detached`). It goes when an undo or redo makes it untrue. The panel
 * controller draws it and runs its buttons.
 */
import { type Placement, annotationState, mapPlacement } from '../../../editor/index.ts';
import type { EditorUpdate } from '../editor-controller.ts';

export interface Status {
  message: string;
  deleted?: Placement;
  about?: string;
  detached?: readonly string[];
}

export class StatusLine {
  current: Status | null = null;

  /**
   * Follows a transaction: the deleted annotation's place is mapped; a status
   * an undo or redo made untrue goes ("Tagged as quote." once that tag is
   * undone, "Deleted … Undo" once the annotation is back, "detached" once its
   * text is back); an edit that detached annotations says so, with
   * `detachedWords(n)`. Returns whether the line changed.
   */
  follow(update: EditorUpdate, detachedWords: (count: number) => string): boolean {
    const { tr, before, after, changes } = update;
    const status = this.current;
    if (tr.docChanged && status?.deleted) this.current = { ...status, deleted: mapPlacement(status.deleted, tr.mapping) };
    const old = annotationState(before);
    const now = annotationState(after);
    if (old === now) return false;
    let changed = false;
    if (status) {
      const undone = status.about !== undefined && changes.removed.includes(status.about);
      const back = status.deleted !== undefined && changes.added.includes(status.deleted.record.id);
      // undoing the deletion puts the detached annotations back on their text
      const reattached = status.detached !== undefined && !status.detached.some((id) => now.orphans.has(id));
      if (undone || back || reattached) {
        this.current = null;
        changed = true;
      }
    }
    if (old.orphans !== now.orphans) {
      const detached = [...now.orphans.keys()].filter((id) => !old.orphans.has(id) && !changes.added.includes(id));
      if (detached.length) {
        this.current = { message: detachedWords(detached.length), detached };
        changed = true;
      }
    }
    return changed;
  }
}
