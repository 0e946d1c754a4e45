/**
 * Two tabs saved different text for one article. The store refuses the
 * second tab's text (a 'text-conflict', schema.ts's StoredTextSave); that tab
 * keeps its version whole as another article in the library, "the other
 * version", and saves there from then on, while the first tab keeps the
 * original. Both are told. (Live collaboration later merges the two through
 * the sync engine instead.)
 */
import type { EditorState } from 'prosemirror-state';
import type { Placement } from '../editor/index.ts';
import { type ArticleMetadata, newAnnotationId } from '../model/index.ts';
import type { ArticleSnapshot, StoredDocument, TabMessage } from '../store/index.ts';
import { storedAnnotation, storedDocument } from './stored-placements.ts';

/**
 * Two tabs saved different text for one article at once. The tab that found
 * it (`mine: true`) keeps its version as a copy in the library, `copy`, and
 * from then on saves there; the other tab (`mine: false`) keeps the original
 * and is told where the other version went.
 */
export interface TextConflict {
  mine: boolean;
  copy: { id: string; title: string };
}

/** A tab's announcement of a text conflict it resolved by copying its version. */
export interface ConflictMessage extends TabMessage {
  conflictCopy?: { id: string; title: string };
}

/** Whether `stored` holds the text the editor shows (two tabs that opened the same new article). */
export function holdsSameText(stored: StoredDocument, state: EditorState): boolean {
  return JSON.stringify(stored.doc) === JSON.stringify(state.doc.toJSON());
}

/** The editor's article as a new article of the library, beside the original `originalId`, with every annotation. */
export function otherVersion(originalId: string, metadata: ArticleMetadata, state: EditorState, placements: readonly Placement[]): ArticleSnapshot {
  const id = `${originalId}-copy-${newAnnotationId()}`;
  const now = new Date().toISOString();
  return {
    article: { id, metadata, created: now, modified: now, annotationCount: placements.length },
    document: storedDocument(state, 1, id),
    annotations: placements.map((placement) => storedAnnotation(id, placement, state, 1)),
  };
}

/** What a tab that made the other version tells the tabs showing the original. */
export function conflictMessage(originalId: string, copy: { id: string; title: string }): Omit<ConflictMessage, 'tab'> {
  return { articleId: originalId, annotations: [], conflictCopy: copy };
}
