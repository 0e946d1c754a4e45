/**
 * The tab-merge policy: what a tab does when another tab saved the article it
 * shows. Only ids travel between tabs (TabSync); what changed is read back
 * from IndexedDB and merged here:
 * - metadata: theirs, unless this tab has an unsaved change of its own;
 * - text: theirs, with every annotation, when it is newer and this tab has no
 *   unsaved text edit (with one, saving finds the conflict: article-saving.ts);
 * - annotations, one by one: the newer `modified` wins; one deleted there is
 *   deleted here unless this tab changed it since its last save.
 */
import type { Node as DocNode } from 'prosemirror-model';
import type { EditorState } from 'prosemirror-state';
import { type Placement, annotationState } from '../editor/index.ts';
import type { ArticleSnapshot } from '../store/index.ts';
import { type QuoteSearch, placeStored, restoreWith, searchNeeded } from './stored-placements.ts';

/** What this tab knows of its own saving when another tab's write arrives. */
export interface OwnSaving {
  /** The document revision this tab's text is based on. */
  revision: number;
  /** This tab has a text edit it has not written yet. */
  unsavedText: boolean;
  /** This tab has a metadata change it has not written yet. */
  unsavedMetadata: boolean;
  /** Annotations this tab changed and has not written yet. */
  unsavedAnnotations: ReadonlySet<string>;
}

/** What to take from another tab's write. */
export type TabMerge =
  | { take: 'text'; doc: DocNode; placements: Placement[]; revision: number }
  | { take: 'annotations'; put: Placement[]; removed: string[] };

/**
 * What to take of `snapshot`, just written by another tab that changed
 * annotations `written` (and the text, when `textRevision` is given), with
 * the quote search for ranges that no longer fit (`searchNeeded` without it).
 */
export function mergeFromOtherTab(
  snapshot: ArticleSnapshot, written: readonly string[], textRevision: number | undefined, state: EditorState, own: OwnSaving, search: QuoteSearch,
): TabMerge | null;
export function mergeFromOtherTab(
  snapshot: ArticleSnapshot, written: readonly string[], textRevision: number | undefined, state: EditorState, own: OwnSaving, search: QuoteSearch | null,
): TabMerge | null | typeof searchNeeded;
export function mergeFromOtherTab(
  snapshot: ArticleSnapshot,
  written: readonly string[],
  textRevision: number | undefined,
  state: EditorState,
  own: OwnSaving,
  search: QuoteSearch | null,
): TabMerge | null | typeof searchNeeded {
  if (textRevision !== undefined && snapshot.document && !own.unsavedText && snapshot.document.revision > own.revision) {
    const restored = restoreWith(snapshot, search);
    if (restored === searchNeeded) return searchNeeded;
    if (restored) return { take: 'text', doc: restored.doc, placements: restored.placements, revision: snapshot.document.revision };
  }
  const wanted = new Set(written);
  const stored = new Map(snapshot.annotations.filter((a) => wanted.has(a.id)).map((a) => [a.id, a]));
  const current = annotationState(state);
  const put: Placement[] = [];
  const removed: string[] = [];
  // their ranges are trusted only when their text is the one shown here
  const revision = snapshot.document?.revision === own.revision ? own.revision : -1;
  for (const id of wanted) {
    const theirs = stored.get(id);
    const ours = current.find(id, state.doc);
    if (!theirs) {
      if (ours && !own.unsavedAnnotations.has(id)) removed.push(id);
      continue;
    }
    if (ours && ours.record.modified > theirs.record.modified) continue;
    const placement = placeStored(theirs, state.doc, revision, search);
    if (placement === searchNeeded) return searchNeeded;
    put.push(placement);
  }
  return put.length || removed.length ? { take: 'annotations', put, removed } : null;
}

/** Whether another tab's metadata should replace this tab's. */
export function takesTheirMetadata(snapshot: ArticleSnapshot, ours: unknown, own: OwnSaving): boolean {
  return !own.unsavedMetadata && JSON.stringify(snapshot.article.metadata) !== JSON.stringify(ours);
}
