/**
 * What saving tells the element (the save state, a text conflict) and what it
 * needs of it (the editor, the metadata, where and whether to save).
 */
import type { Node as DocNode } from 'prosemirror-model';
import type { Transaction } from 'prosemirror-state';
import type { EditorUpdates, Placement } from '../editor/index.ts';
import type { ArticleMetadata } from '../model/index.ts';
import type { StoreError } from '../store/index.ts';
import type { TextConflict } from './text-conflict.ts';

/** Why saving stopped: a storage failure, or `deleted` (the article was deleted in another tab or the library). */
export type SaveProblem = StoreError['reason'] | 'deleted';

/** What the save indicator shows. */
export interface SaveState {
  state: 'memory' | 'opening' | 'saved' | 'saving' | 'unsaved' | 'failed';
  /** Why saving failed (or, while `opening`, waits: `blocked`); the element says it in its language. */
  reason?: SaveProblem;
  /** Whether the browser promised to keep the data (navigator.storage.persist), when known. */
  persisted?: boolean;
}

/** What saving needs of the element. */
export interface SavingNeeds {
  /** Where and whether to save: read whenever saving acts, so a change takes effect at once. */
  options(): SavingOptions;
  /** The editor: its state, and every transaction but another tab's, which are not saved again. */
  readonly editor: EditorUpdates & { dispatchRemote(tr: Transaction): void };
  metadata(): ArticleMetadata;
  /** Shows a stored article (another tab's text). */
  show(article: { metadata: ArticleMetadata; doc: DocNode; placements: Placement[] }): void;
  /** Shows metadata another tab saved (a rename). */
  updateMetadata(metadata: ArticleMetadata): void;
  onSaveState(state: SaveState): void;
  /** The headline of the copy that keeps this tab's text when another tab saved other text first. */
  copyTitle(title: string | undefined): string | Promise<string>;
  onTextConflict(conflict: TextConflict): void;
}


/** Which database saving uses, and whether it saves at all. */
export interface SavingOptions {
  enabled: boolean;
  name?: string;
  factory?: IDBFactory | null;
  timeout?: number;
}
