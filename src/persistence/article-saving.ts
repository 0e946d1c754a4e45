/**
 * Saving as it happens: keeps an editor's article
 * and annotations in IndexedDB. Annotation changes are written in one small
 * transaction right after the keystroke; text edits are debounced; everything
 * pending is written on pagehide, when the tab is hidden, and on disconnect.
 * Any storage failure is shown and the editor keeps working in memory.
 */
import type { Node as DocNode } from 'prosemirror-model';
import type { EditorState, Transaction } from 'prosemirror-state';
import { type AnnotationChanges, type EditorUpdates, type Placement, annotationState, batchCutoff, replacePlacements } from '../editor/index.ts';
import type { ArticleMetadata } from '../model/index.ts';
import {
  ArticleStore,
  type ArticleSnapshot,
  type StoredAnnotation,
  type StoredArticle,
  type StoredDocument,
  type StoredRange,
  StoreError,
  TabSync,
  type TabMessage,
} from '../store/index.ts';
import { placeStored, restoreArticle, storedAnnotation } from './stored-placements.ts';

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

/** What the controller needs of the element. */
export interface PersistenceHost {
  /** The editor: its state, and every transaction but another tab's, which are not saved again. */
  readonly editor: EditorUpdates & { dispatchRemote(tr: Transaction): void };
  metadata(): ArticleMetadata;
  /** Shows a stored article (a reload, another tab's text). */
  show(article: { metadata: ArticleMetadata; doc: DocNode; placements: Placement[] }): void;
  /** Shows metadata another tab saved (a rename). */
  updateMetadata(metadata: ArticleMetadata): void;
  onSaveState(state: SaveState): void;
}

/** How long typing may go on before the text is written, and the longest it waits. */
const textSaveDelay = 800;
const textSaveMaxDelay = 5000;

export class ArticleSaving {
  #store: Promise<ArticleStore> | null = null;
  #articleId: string | null = null;
  #article: StoredArticle | null = null;
  #revision = 0;
  #docDirty = false;
  #metadataDirty = false;
  #pending = new Set<string>();
  #count = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #firstDirtyAt = 0;
  #writing: Promise<void> = Promise.resolve();
  #failure: StoreError | null = null;
  #sync: TabSync | null = null;
  #saveState: SaveState = { state: 'memory' };
  #options: { enabled: boolean; name?: string; factory?: IDBFactory | null; timeout?: number } = { enabled: true };

  constructor(readonly host: PersistenceHost) {
    host.editor.subscribe({ update: ({ origin, changes }) => origin !== 'remote' && this.noteChanges(changes) });
  }

  /** Turns saving on or off and chooses the database; takes effect for the next article. */
  configure(options: { enabled: boolean; name?: string; factory?: IDBFactory | null; timeout?: number }): void {
    const changed =
      options.enabled !== this.#options.enabled ||
      options.name !== this.#options.name ||
      options.factory !== this.#options.factory ||
      options.timeout !== this.#options.timeout;
    this.#options = options;
    if (changed) {
      this.#store = null;
      this.#failure = null;
      this.#report(options.enabled ? { state: 'saved' } : { state: 'memory' });
    }
  }

  get enabled(): boolean {
    return this.#options.enabled && !this.#failure;
  }

  get articleId(): string | null {
    return this.#articleId;
  }

  get saveState(): SaveState {
    return this.#saveState;
  }

  /** Starts listening to the page (pagehide, hidden tab) and to other tabs. */
  connect(): void {
    addEventListener('pagehide', this.#flushNow);
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#sync ??= new TabSync((message) => void this.#onTabMessage(message));
  }

  /** Writes what is pending and stops listening. */
  disconnect(): void {
    removeEventListener('pagehide', this.#flushNow);
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#flushNow();
    this.#sync?.close();
    this.#sync = null;
  }

  /** The open library, opening it on first use. Rejects with a StoreError. */
  store(): Promise<ArticleStore> {
    if (!this.#store) {
      const { name, factory, timeout } = this.#options;
      this.#store = ArticleStore.open({
        name,
        factory,
        timeout,
        onBlocked: () => this.#report({ state: 'opening', reason: 'blocked' }),
        onNewerVersion: () => this.#fail(new StoreError('A newer version of Claimmark opened this database in another tab, so this tab stopped saving. Reload this tab.', 'newer-version')),
      });
      this.#store.then(() => this.#askToPersist(), () => undefined);
    }
    return this.#store;
  }

  /**
   * The stored article with this id, or null (also when storage is off or
   * failed: the failure is reported, never thrown).
   */
  async read(id: string): Promise<ArticleSnapshot | null> {
    if (!this.enabled) return null;
    this.#report({ ...this.#saveState, state: 'opening' });
    try {
      const snapshot = await (await this.store()).getArticle(id);
      this.#report({ ...this.#saveState, state: 'saved' });
      return snapshot;
    } catch (error) {
      this.#fail(error);
      return null;
    }
  }

  /**
   * From now on saves the editor's article under `id`. `snapshot` is what is
   * stored for it (null for a new article, which is written at once).
   */
  track(id: string, snapshot: ArticleSnapshot | null, options: { sourceHash?: string; showsStored: boolean }): void {
    this.#flushNow();
    this.#articleId = id;
    const now = new Date().toISOString();
    const { sourceHash } = options;
    this.#article = snapshot?.article ?? { id, metadata: this.host.metadata(), sourceHash, created: now, modified: now, annotationCount: 0 };
    if (sourceHash) this.#article = { ...this.#article, sourceHash };
    this.#revision = snapshot?.document?.revision ?? 0;
    const placements = annotationState(this.host.editor.state).placements(this.host.editor.state.doc);
    this.#count = placements.length;
    this.#pending.clear();
    // what the editor shows is not what is stored (a new article, or new text for a known one): write it all
    this.#docDirty = !options.showsStored;
    if (!options.showsStored) {
      // everything shown, and any stored annotation not shown (it is then removed from storage)
      for (const placement of placements) this.#pending.add(placement.record.id);
      for (const stored of snapshot?.annotations ?? []) this.#pending.add(stored.id);
    }
    if (this.#failure || !this.#options.enabled) return; // the failure stays on show; Try again writes it all
    if (this.#docDirty || this.#pending.size) this.#schedule(0);
    this.#report({ ...this.#saveState, state: this.#docDirty || this.#pending.size ? 'unsaved' : 'saved' });
  }

  /** Stops saving the current article (a new article in memory). */
  untrack(): void {
    this.#flushNow();
    this.#articleId = null;
    this.#article = null;
  }

  /** Records what a transaction changed and schedules the write. */
  noteChanges(changes: AnnotationChanges): void {
    if (!this.#articleId || !this.enabled) return;
    for (const id of [...changes.added, ...changes.changed, ...changes.removed]) this.#pending.add(id);
    this.#count += changes.added.length - changes.removed.length;
    if (changes.docChanged) {
      if (!this.#docDirty) this.#firstDirtyAt = Date.now();
      this.#docDirty = true;
    }
    if (changes.added.length || changes.changed.length || changes.removed.length) {
      this.#schedule(0); // annotation changes: right after this keystroke's work
    } else if (changes.docChanged) {
      const waited = Date.now() - this.#firstDirtyAt;
      this.#schedule(Math.max(0, Math.min(textSaveDelay, textSaveMaxDelay - waited)));
    }
    if (this.#saveState.state === 'saved') this.#report({ ...this.#saveState, state: 'unsaved' });
  }

  /** The metadata changed (rename, details). */
  noteMetadata(): void {
    if (!this.#articleId || !this.#article || !this.enabled) return;
    this.#metadataDirty = true;
    this.#schedule(0);
  }

  /** Writes everything pending now; resolves when it is stored (or failed, which is reported). */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const change = this.#collect();
    if (!change) return this.#writing;
    // "Saving…" shows only for a write that takes a while: a quick one goes straight to "Saved"
    const slow = setTimeout(() => {
      if (this.#saveState.state !== 'failed') this.#report({ ...this.#saveState, state: 'saving' });
    }, 300);
    const written = this.#writing.then(async () => {
      const store = await this.store();
      await store.save(change);
      this.#sync?.announce({ articleId: change.article.id, annotations: [...(change.put ?? []).map((a) => a.id), ...(change.remove ?? [])], revision: change.document?.revision });
    });
    this.#writing = written.then(
      () => {
        clearTimeout(slow);
        if (!this.#timer && !this.#docDirty && !this.#metadataDirty && this.#pending.size === 0) this.#report({ ...this.#saveState, state: 'saved', reason: undefined });
      },
      (error) => {
        clearTimeout(slow);
        this.#fail(error);
      },
    );
    return this.#writing;
  }

  /** Tries saving again after a failure. */
  retry(): Promise<void> {
    this.#failure = null;
    this.#store = null;
    this.#docDirty = true;
    for (const placement of annotationState(this.host.editor.state).placements(this.host.editor.state.doc)) this.#pending.add(placement.record.id);
    return this.flush();
  }

  /** The current article as a backup snapshot, built from memory (for "export a backup" when storage fails). */
  snapshot(): ArticleSnapshot {
    const state = this.host.editor.state;
    const id = this.#articleId ?? 'unsaved';
    const now = new Date().toISOString();
    const placements = annotationState(state).placements(state.doc);
    return {
      article: { ...(this.#article ?? { id, created: now, sourceHash: undefined }), id, metadata: this.host.metadata(), modified: now, annotationCount: placements.length },
      document: this.#documentOf(state, this.#revision, id),
      annotations: placements.map((placement) => storedAnnotation(id, placement, state, this.#revision)),
    };
  }

  #flushNow = (): void => {
    if (this.#articleId && (this.#docDirty || this.#metadataDirty || this.#pending.size)) void this.flush();
  };

  #onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.#flushNow();
  };

  #schedule(delay: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), delay);
  }

  /** The write that brings storage up to date with the editor, or null when nothing is pending. */
  #collect(): { article: StoredArticle; document?: StoredDocument; put: StoredAnnotation[]; remove: string[] } | null {
    if (!this.#articleId || !this.#article || !this.enabled || (!this.#docDirty && !this.#metadataDirty && this.#pending.size === 0)) return null;
    this.#metadataDirty = false;
    const state = this.host.editor.state;
    const annotations = annotationState(state);
    const id = this.#articleId;
    let document: StoredDocument | undefined;
    if (this.#docDirty) {
      this.#revision++;
      document = this.#documentOf(state, this.#revision, id);
      this.#docDirty = false;
    }
    const put: StoredAnnotation[] = [];
    const remove: string[] = [];
    // many pending (a new article, an import): read every placement once instead of searching for each
    const all = this.#pending.size > batchCutoff ? new Map(annotations.placements(state.doc).map((p) => [p.record.id, p])) : null;
    for (const annotationId of this.#pending) {
      const placement = all ? (all.get(annotationId) ?? null) : annotations.find(annotationId, state.doc);
      if (placement) put.push(storedAnnotation(id, placement, state, this.#revision));
      else remove.push(annotationId);
    }
    this.#pending.clear();
    this.#article = { ...this.#article, metadata: this.host.metadata(), modified: new Date().toISOString(), annotationCount: Math.max(0, this.#count) };
    return { article: this.#article, document, put, remove };
  }

  #documentOf(state: EditorState, revision: number, articleId: string): StoredDocument {
    const ranges = annotationState(state)
      .anchored()
      .map(({ id, from, to }): StoredRange => [id, from, to]);
    return { articleId, doc: state.doc.toJSON(), revision, anchors: ranges };
  }

  /** Another tab wrote our article: read what it wrote and show it. */
  async #onTabMessage(message: TabMessage): Promise<void> {
    if (message.articleId !== this.#articleId || !this.enabled) return;
    if (message.deleted) {
      // deleted elsewhere: stop writing it back; the work stays on screen, with a way to keep it
      this.#articleId = null;
      this.#article = null;
      clearTimeout(this.#timer);
      this.#report({ ...this.#saveState, state: 'failed', reason: 'deleted' });
      return;
    }
    let snapshot: ArticleSnapshot | null;
    try {
      snapshot = await (await this.store()).getArticle(message.articleId);
    } catch (error) {
      this.#fail(error);
      return;
    }
    if (!snapshot || message.articleId !== this.#articleId) return;
    if (!this.#metadataDirty && JSON.stringify(snapshot.article.metadata) !== JSON.stringify(this.host.metadata())) {
      this.#article = { ...(this.#article ?? snapshot.article), metadata: snapshot.article.metadata };
      this.host.updateMetadata(snapshot.article.metadata);
    }
    if (message.revision !== undefined && snapshot.document && !this.#docDirty && snapshot.document.revision > this.#revision) {
      // their text is newer and ours has no unsaved edit: take theirs, with every annotation
      const restored = restoreArticle(snapshot);
      if (restored) {
        this.#revision = snapshot.document.revision;
        this.#article = snapshot.article;
        this.host.show({ metadata: snapshot.article.metadata, doc: restored.doc, placements: restored.placements });
        this.#count = restored.placements.length;
      }
      return;
    }
    const wanted = new Set(message.annotations);
    const stored = new Map(snapshot.annotations.filter((a) => wanted.has(a.id)).map((a) => [a.id, a]));
    const state = this.host.editor.state;
    const current = annotationState(state);
    const put: Placement[] = [];
    const removed: string[] = [];
    for (const id of wanted) {
      const theirs = stored.get(id);
      const ours = current.find(id, state.doc);
      if (!theirs) {
        if (ours && !this.#pending.has(id)) removed.push(id);
        continue;
      }
      // per annotation, the newer change wins
      if (ours && ours.record.modified > theirs.record.modified) continue;
      put.push(placeStored(theirs, state.doc, snapshot.document?.revision === this.#revision ? this.#revision : -1));
    }
    if (put.length || removed.length) this.host.editor.dispatchRemote(replacePlacements(this.host.editor.state, put, removed));
  }

  #fail(error: unknown): void {
    const failure = error instanceof StoreError ? error : new StoreError(String((error as Error)?.message ?? error), 'failed');
    this.#failure = failure;
    clearTimeout(this.#timer);
    this.#report({ ...this.#saveState, state: 'failed', reason: failure.reason });
  }

  #report(state: SaveState): void {
    this.#saveState = state;
    this.host.onSaveState(state);
  }

  async #askToPersist(): Promise<void> {
    const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
    if (!storage?.persist) return;
    try {
      const persisted = (await storage.persisted()) || (await storage.persist());
      this.#report({ ...this.#saveState, persisted });
    } catch {
      // not offered here: the indicator simply does not say
    }
  }
}
