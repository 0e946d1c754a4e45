/**
 * Whether there is a change to undo and one to redo, for the header's Undo and
 * Redo buttons: kept from every transaction, and the element asked to draw
 * again only when one of them flips.
 */
import { redoDepth, undoDepth } from 'prosemirror-history';
import type { EditorUpdates } from './editor-controller.ts';

export class UndoState {
  #undo = false;
  #redo = false;

  constructor(
    editor: EditorUpdates,
    readonly changed: () => void,
  ) {
    editor.subscribe({
      update: ({ after }) => this.#set(undoDepth(after) > 0, redoDepth(after) > 0),
      // a new article has nothing to undo or redo
      replaced: () => this.#set(false, false),
    });
  }

  get canUndo(): boolean {
    return this.#undo;
  }

  get canRedo(): boolean {
    return this.#redo;
  }

  #set(undo: boolean, redo: boolean): void {
    if (undo === this.#undo && redo === this.#redo) return;
    this.#undo = undo;
    this.#redo = redo;
    this.changed();
  }
}
