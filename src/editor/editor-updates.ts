/**
 * The editor's one fan-out, as its subscribers see it: each applied
 * transaction with the states before and after, who caused it and what it did
 * to the annotations. The element's EditorController publishes it; events,
 * saving, the panel and the suggestions list subscribe.
 */
import type { EditorState, Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { AnnotationChanges } from './annotation-changes.ts';
import type { EditorHost } from './annotations.ts';

/** Who caused a change: the user, an API call, undo/redo, or another tab. */
export type ChangeOrigin = 'user' | 'api' | 'history' | 'remote';

/** One applied transaction, as every subscriber hears of it. */
export interface EditorUpdate {
  readonly tr: Transaction;
  readonly before: EditorState;
  readonly after: EditorState;
  readonly origin: ChangeOrigin;
  /** What it did to the annotations; worked out on first read, once for all subscribers. */
  readonly changes: AnnotationChanges;
}

/** A part that hears of the editor's changes. Both methods are optional. */
export interface EditorListener {
  /** After each transaction is applied. */
  update?(update: EditorUpdate): void;
  /** After a new article replaced the whole state (no transaction, a fresh history). */
  replaced?(state: EditorState): void;
}

/** What a part that reads the editor and hears of its changes is given. */
export interface EditorUpdates extends EditorHost {
  readonly view: EditorView | null;
  subscribe(listener: EditorListener): () => void;
}
