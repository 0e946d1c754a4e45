/**
 * Saving as it happens: keeps an editor's article and annotations in
 * IndexedDB. Annotation changes are written in one small transaction right
 * after the keystroke; text edits are debounced (0.8 s, 5 s at most);
 * everything pending is written on pagehide, when the tab is hidden, and on
 * disconnect. What is pending survives a failed write and is written whole
 * once saving works again. A text saved by another tab meanwhile is never
 * overwritten: this tab's version becomes a copy in the library. Any storage
 * failure is reported and the editor keeps working in memory.
 */
import { type AnnotationChanges, ArticleText, type Placement, annotationState, batchCutoff, isImportSlice, isRestoring, replacePlacements } from '../editor/index.ts';
import {
  type ArticleChange,
  type ArticleSnapshot,
  type ArticleStore,
  type StoredAnnotation,
  type StoredArticle,
  type StoredDocument,
  StoreError,
  TabSync,
} from '../store/index.ts';
import { type LibraryLease, browserKeepsData, leaseLibrary } from './shared-stores.ts';
import type { SaveState, SavingNeeds, SavingOptions } from './saving-needs.ts';
import { SaveSchedule } from './save-schedule.ts';
import { loadQuoteSearch, loadedQuoteSearch, searchNeeded, storedAnnotation, storedDocument } from './stored-placements.ts';
import type { ConflictMessage } from './text-conflict.ts';
import type { OwnSaving } from './tab-merge.ts';

/** tab-changes.ts, once loaded: only a second tab on the same article needs it (a failed load is tried again next time). */
let loadingTabChanges: Promise<typeof import('./tab-changes.ts')> | null = null;
function loadTabChanges(): Promise<typeof import('./tab-changes.ts')> {
  return (loadingTabChanges ??= import('./tab-changes.ts').catch((error: unknown) => {
    loadingTabChanges = null;
    throw error;
  }));
}

export class ArticleSaving {
  #lease: LibraryLease | null = null;
  /** The store once open, so that a write starts its transaction in the same task (pagehide). */
  #opened: ArticleStore | null = null;
  #articleId: string | null = null;
  #article: StoredArticle | null = null;
  /** The document revision this tab's text is based on: the last one it wrote or read. */
  #revision = 0;
  #docDirty = false;
  #metadataDirty = false;
  /** Annotations changed and not yet written: kept across failed writes until one succeeds. */
  #pending = new Set<string>();
  readonly #schedule = new SaveSchedule(() => void this.flush());
  #inFlight = new Set<Promise<void>>();
  #failure: StoreError | null = null;
  #sync: TabSync | null = null;
  #saveState: SaveState = { state: 'memory' };
  /** The options last applied; null before the first. */
  #options: SavingOptions | null = null;

  constructor(readonly needs: SavingNeeds) {
    // another tab's changes are its to save; a reopened article's annotations put back are stored already
    needs.editor.subscribe({ update: ({ tr, origin, changes }) => origin !== 'remote' && !isRestoring(tr) && this.noteChanges(changes, { moreToCome: isImportSlice(tr) }) });
  }

  /**
   * Reads the host's options again: saving on or off, another database. A
   * change lets go of the library and clears a failure; the article shown is
   * saved under the new options from its next change or load.
   */
  applyOptions(): SavingOptions {
    const options = this.needs.options();
    const last = this.#options;
    if (last && options.enabled === last.enabled && options.name === last.name && options.factory === last.factory && options.timeout === last.timeout) return last;
    this.#options = options;
    if (last) this.#letGo();
    this.#failure = null;
    this.#report(options.enabled ? { ...this.#saveState, state: 'saved', reason: undefined } : { state: 'memory' });
    return options;
  }

  get enabled(): boolean {
    return this.applyOptions().enabled && !this.#failure;
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
    const lease = this.#lease;
    this.#lease = null;
    this.#opened = null;
    // the connection is let go once the last writes are queued on it
    void Promise.all(this.#inFlight).finally(() => lease?.release());
  }

  /** The open library, opening it on first use. Rejects with a StoreError. */
  store(): Promise<ArticleStore> {
    if (!this.#lease) {
      const { name, factory, timeout } = this.applyOptions();
      const lease = leaseLibrary(
        { name, factory, timeout },
        {
          onBlocked: () => this.#report({ state: 'opening', reason: 'blocked' }),
          onNewerVersion: () => this.#fail(new StoreError('A newer version of Claimmark opened this database in another tab, so this tab stopped saving. Reload this tab.', 'newer-version')),
        },
      );
      this.#lease = lease;
      lease.store.then(
        (store) => {
          if (this.#lease === lease) this.#opened = store;
          void browserKeepsData().then((persisted) => persisted !== undefined && this.#report({ ...this.#saveState, persisted }));
        },
        () => undefined,
      );
    }
    return this.#lease.store;
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
    this.#article = snapshot?.article ?? { id, metadata: this.needs.metadata(), sourceHash, created: now, modified: now, annotationCount: 0 };
    if (sourceHash) this.#article = { ...this.#article, sourceHash };
    this.#revision = snapshot?.document?.revision ?? 0;
    this.#pending.clear();
    // what the editor shows is not what is stored (a new article, or new text for a known one): write it all
    this.#docDirty = !options.showsStored;
    this.#schedule.textWritten();
    if (!options.showsStored) {
      // everything shown, and any stored annotation not shown (it is then removed from storage)
      for (const placement of this.#placements()) this.#pending.add(placement.record.id);
      for (const stored of snapshot?.annotations ?? []) this.#pending.add(stored.id);
    }
    if (this.#failure || !this.applyOptions().enabled) return; // the failure stays on show; Try again writes it all
    if (this.#hasPending()) this.#schedule.soon();
    this.#report({ ...this.#saveState, state: this.#hasPending() ? 'unsaved' : 'saved' });
  }

  /** Stops saving the current article (a new article in memory). */
  untrack(): void {
    this.#flushNow();
    this.#articleId = null;
    this.#article = null;
  }

  /**
   * Records what a transaction changed and schedules the write (none while
   * saving fails: Try again writes it). A slice of a large import with more
   * to come (`moreToCome`) is written with others, at most once a second: a
   * write per slice would read every annotation each time.
   */
  noteChanges(changes: AnnotationChanges, options: { moreToCome?: boolean } = {}): void {
    // a selection or focus change is no change to the work: it must not say "Unsaved changes"
    const changedIds = [...changes.added, ...changes.changed, ...changes.removed];
    if (!changes.docChanged && changedIds.length === 0) return;
    if (!this.#articleId || !this.applyOptions().enabled) return;
    for (const id of changedIds) this.#pending.add(id);
    if (changes.docChanged) this.#docDirty = true;
    if (this.#failure) return;
    if (options.moreToCome) {
      this.#schedule.whileSlicing();
    } else if (changedIds.length) {
      this.#schedule.soon(); // annotation changes: right after this keystroke's work
    } else if (changes.docChanged) {
      this.#schedule.afterTextEdit();
    }
    if (this.#saveState.state === 'saved') this.#report({ ...this.#saveState, state: 'unsaved' });
  }

  /** The metadata changed (rename, details). */
  noteMetadata(): void {
    if (!this.#articleId || !this.#article || !this.applyOptions().enabled) return;
    this.#metadataDirty = true;
    if (!this.#failure) this.#schedule.soon();
  }

  /** Writes everything pending now; resolves when it is stored (or failed, which is reported). */
  flush(): Promise<void> {
    this.#schedule.cancel();
    const change = this.#collect();
    if (!change) return this.#settled();
    // "Saving…" shows only for a write that takes a while: a quick one goes straight to "Saved"
    const slow = setTimeout(() => {
      if (this.#saveState.state !== 'failed') this.#report({ ...this.#saveState, state: 'saving' });
    }, 300);
    const written = this.#write(change).then(
      () => {
        this.#sync?.announce({ articleId: change.article.id, annotations: [...(change.put ?? []).map((a) => a.id), ...(change.remove ?? [])], revision: change.document?.revision });
      },
      (error) => this.#afterFailedWrite(change, error),
    );
    const tracked = written.finally(() => {
      clearTimeout(slow);
      this.#inFlight.delete(tracked);
      if (!this.#failure && !this.#schedule.waiting && !this.#hasPending() && this.#inFlight.size === 0) this.#report({ ...this.#saveState, state: 'saved', reason: undefined });
    });
    this.#inFlight.add(tracked);
    return this.#settled();
  }

  /** Tries saving again after a failure: everything pending (adds, edits, deletions) and the text, whole. */
  retry(): Promise<void> {
    this.#failure = null;
    this.#letGo();
    this.#docDirty = true;
    for (const placement of this.#placements()) this.#pending.add(placement.record.id);
    return this.flush();
  }

  /** The current article as a backup snapshot, built from memory (for "export a backup" when storage fails). */
  snapshot(): ArticleSnapshot {
    const state = this.needs.editor.state;
    const id = this.#articleId ?? 'unsaved';
    const now = new Date().toISOString();
    const placements = this.#placements();
    return {
      article: { ...(this.#article ?? { id, created: now, sourceHash: undefined }), id, metadata: this.needs.metadata(), modified: now, annotationCount: placements.length },
      document: storedDocument(state, this.#revision, id),
      annotations: placements.map((placement) => storedAnnotation(id, placement, state, this.#revision)),
    };
  }

  #flushNow = (): void => {
    if (this.#articleId && this.enabled && this.#hasPending()) void this.flush();
  };

  #onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.#flushNow();
  };

  #hasPending(): boolean {
    return this.#docDirty || this.#metadataDirty || this.#pending.size > 0;
  }

  #placements(): Placement[] {
    const state = this.needs.editor.state;
    return annotationState(state).placements(state.doc);
  }

  /** Resolves when every write started so far has finished. */
  async #settled(): Promise<void> {
    while (this.#inFlight.size) await Promise.all(this.#inFlight);
  }

  /** Starts `change`'s transaction now when the store is open (a page closing does not wait for a later task). */
  #write(change: ArticleChange): Promise<void> {
    if (this.#opened && !this.#opened.stopped) return this.#opened.save(change);
    return this.store().then((store) => store.save(change));
  }

  /** Lets go of the library, so the next write opens it again. */
  #letGo(): void {
    this.#lease?.release();
    this.#lease = null;
    this.#opened = null;
  }

  /** The write that brings storage up to date with the editor, or null when nothing is pending. */
  #collect(): ArticleChange | null {
    if (!this.#articleId || !this.#article || !this.enabled || !this.#hasPending()) return null;
    this.#metadataDirty = false;
    const state = this.needs.editor.state;
    const annotations = annotationState(state);
    const id = this.#articleId;
    let document: StoredDocument | undefined;
    if (this.#docDirty) {
      // a revision no tab has saved yet, or the store refuses it (a text conflict)
      this.#revision++;
      document = storedDocument(state, this.#revision, id);
      this.#docDirty = false;
      this.#schedule.textWritten();
    }
    const put: StoredAnnotation[] = [];
    const remove: string[] = [];
    // many pending (a new article, an import): read every placement once instead of searching for each
    const all = this.#pending.size > batchCutoff ? new Map(this.#placements().map((p) => [p.record.id, p])) : null;
    // and their words' context from the text indexed once
    const text = all ? ArticleText.of(state.doc) : undefined;
    for (const annotationId of this.#pending) {
      const placement = all ? (all.get(annotationId) ?? null) : annotations.find(annotationId, state.doc);
      if (placement) put.push(storedAnnotation(id, placement, state, this.#revision, text));
      else remove.push(annotationId);
    }
    this.#pending.clear();
    // counted when written, from what the editor holds (another tab's annotations included)
    const annotationCount = annotations.anchored().length + annotations.orphans.size;
    this.#article = { ...this.#article, metadata: this.needs.metadata(), modified: new Date().toISOString(), annotationCount };
    return { article: this.#article, document, put, remove };
  }

  /** A write failed: nothing of it was stored, so all of it is pending again; a text conflict is settled by a copy. */
  async #afterFailedWrite(change: ArticleChange, error: unknown): Promise<void> {
    if (change.article.id !== this.#articleId) return; // another article is shown now; its write stays reported as failed
    for (const annotation of change.put ?? []) this.#pending.add(annotation.id);
    for (const id of change.remove ?? []) this.#pending.add(id);
    if (change.document) {
      this.#docDirty = true;
      this.#revision = Math.min(this.#revision, change.document.revision - 1);
    }
    if (error instanceof StoreError && error.reason === 'text-conflict') {
      await this.#settleTextConflict();
      return;
    }
    this.#fail(error);
  }

  /**
   * Another tab saved this article's text first. If its text is the same as
   * ours, ours is simply based on it; else ours is kept whole, as a copy in
   * the library that this tab saves from now on, and both tabs are told.
   */
  async #settleTextConflict(): Promise<void> {
    const id = this.#articleId!;
    try {
      const store = await this.store();
      const stored = await store.getArticle(id);
      const { conflictMessage, holdsSameText, otherVersion, putSnapshot } = await loadTabChanges();
      const state = this.needs.editor.state;
      if (stored?.document && holdsSameText(stored.document, state)) {
        this.#revision = stored.document.revision;
        this.#docDirty = false;
        this.#schedule.soon();
        return;
      }
      const metadata = { ...this.needs.metadata(), title: await this.needs.copyTitle(this.needs.metadata().title) };
      const copy = otherVersion(id, metadata, state, this.#placements());
      await putSnapshot(store, copy);
      this.#articleId = copy.article.id;
      this.#article = copy.article;
      // the editor shows the copy's headline, which later saves keep
      this.needs.updateMetadata(metadata);
      this.#revision = copy.document!.revision;
      this.#docDirty = false;
      this.#pending.clear();
      const named = { id: copy.article.id, title: metadata.title };
      this.#sync?.announce(conflictMessage(id, named));
      this.#sync?.announce({ articleId: named.id, annotations: [], revision: this.#revision });
      this.needs.onTextConflict({ mine: true, copy: named });
    } catch (error) {
      this.#fail(error);
    }
  }

  #own(): OwnSaving {
    return { revision: this.#revision, unsavedText: this.#docDirty, unsavedMetadata: this.#metadataDirty, unsavedAnnotations: this.#pending };
  }

  /** Another tab wrote our article: read what it wrote and merge it (tab-merge.ts). */
  async #onTabMessage(message: ConflictMessage): Promise<void> {
    if (message.articleId !== this.#articleId || !this.enabled) return;
    if (message.conflictCopy) {
      const { id, title } = message.conflictCopy;
      // the message comes from another page: only well-formed words are shown
      if (typeof id === 'string' && typeof title === 'string') this.needs.onTextConflict({ mine: false, copy: { id, title } });
      return;
    }
    if (message.deleted) {
      // deleted elsewhere: stop writing it back; the work stays on screen, with a way to keep it
      this.#articleId = null;
      this.#article = null;
      this.#schedule.cancel();
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
    // the merge's code (a chunk: tab-changes.ts), and a record that cannot be read now (a bad write elsewhere): if
    // either is missing, their write stays in storage and this tab's work stays as it is until it reloads
    const tabs = await loadTabChanges().catch(() => null);
    if (!tabs || !snapshot || snapshot.unreadable || message.articleId !== this.#articleId) return;
    if (tabs.takesTheirMetadata(snapshot, this.needs.metadata(), this.#own())) {
      this.#article = { ...(this.#article ?? snapshot.article), metadata: snapshot.article.metadata };
      this.needs.updateMetadata(snapshot.article.metadata);
    }
    // an annotation record that cannot be read is not one deleted there
    const unreadable = new Set((snapshot.skipped ?? []).map((skipped) => skipped.id));
    const written = message.annotations.filter((id) => !unreadable.has(id));
    let merge = tabs.mergeFromOtherTab(snapshot, written, message.revision, this.needs.editor.state, this.#own(), loadedQuoteSearch());
    if (merge === searchNeeded) {
      // a range of theirs no longer fits here: with the quote search loaded, merge against the state as it is then
      // if the chunk cannot be fetched, their write stays in storage, and this tab shows its own work until it reloads
      const search = await loadQuoteSearch().catch(() => null);
      if (!search || message.articleId !== this.#articleId) return;
      merge = tabs.mergeFromOtherTab(snapshot, written, message.revision, this.needs.editor.state, this.#own(), search);
    }
    if (merge?.take === 'text') {
      this.#revision = merge.revision;
      this.#article = snapshot.article;
      this.needs.show({ metadata: snapshot.article.metadata, doc: merge.doc, placements: merge.placements });
    } else if (merge) {
      this.needs.editor.dispatchRemote(replacePlacements(this.needs.editor.state, merge.put, merge.removed));
    }
  }

  #fail(error: unknown): void {
    const failure = error instanceof StoreError ? error : new StoreError(String((error as Error)?.message ?? error), 'failed');
    this.#failure = failure;
    this.#schedule.cancel();
    this.#report({ ...this.#saveState, state: 'failed', reason: failure.reason });
  }

  #report(state: SaveState): void {
    this.#saveState = state;
    this.needs.onSaveState(state);
  }
}
