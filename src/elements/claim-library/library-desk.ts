/**
 * What `<claim-library>` does: the articles stored on this device, with what a
 * fact-checker does to them: open one in a `<claim-annotator>`, rename, delete
 * (and undo), start a new one, back up everything to one file and restore it.
 * A lazy chunk with the library's templates, styles and words (claim-library.ts).
 */
import type { PropertyValues, TemplateResult } from 'lit';
import { type ArticleSnapshot, type ArticleStore, type ArticleSummary, TabSync, toStoreError } from '../../store/index.ts';
import { EditorLink } from './library-editor-link.ts';
import { deleteArticle, listLibrary, putSnapshot, renameArticle } from '../../store/library-records.ts';

/** Backing up, reading and planning a restore: loaded on the first backup or restore (or to name a record the list leaves out). */
const backupReading = () => import('./library-backup.ts');
import { LibraryBackupEvent, LibraryDeleteEvent, LibraryNewEvent, LibraryOpenEvent, LibraryRenameEvent, LibraryRestoreEvent } from './library-events.ts';
import { LibraryFormat, type LibraryStrings, englishLibraryStrings, titleOf } from '../shared/strings/library-strings.ts';
import { storageProblem } from '../shared/strings/storage-strings.ts';
import { LocaleController } from '../shared/strings/locale-controller.ts';
import { type LibraryAlert, renderLibrary } from './library-view.ts';
import { DeskSearch, deskVocabulary } from './library-search.ts';
import { LibraryStoreLink } from './library-store-link.ts';

export { libraryStyles } from './library-view.ts';
import type { ClaimLibrary } from './claim-library.ts';

/** How long the list waits after the editor's last change before it reads the library again (ms). */
const refreshDelay = 500;
/** The same after a write committed here or in another tab: only to read several writes at once. */
const writtenRefreshDelay = 100;

/** What `<claim-library>` does once its chunk loaded: reads, lists and changes the stored articles. */
export class LibraryDesk {
  readonly #editor: EditorLink;
  readonly #locale: LocaleController<LibraryStrings>;
  readonly #store = new LibraryStoreLink(
    () => {
      const editor = this.#editor.editor;
      return { name: this.host.database ?? editor?.database, factory: this.host.idbFactory !== undefined ? this.host.idbFactory : editor?.idbFactory };
    },
    () => void this.refresh(),
  );
  #sync: TabSync | null = null;
  #refreshTimer: ReturnType<typeof setTimeout> | undefined;
  #refreshRun = 0;
  #articles: ArticleSummary[] | null = null;
  #renamingId: string | null = null;
  /** The alert; `retry` when the list itself could not be read. */
  #alert: LibraryAlert | null = null;
  /** The status line; `undo` is the article its Undo button puts back. */
  #status: { message: string; undo?: ArticleSnapshot } | null = null;
  /** The question a restore asks (library-backup.ts draws it), while it asks. */
  #question: (() => TemplateResult) | null = null;
  /** The note naming stored article records the list leaves out because they cannot be read. */
  #unlisted: string | null = null;
  /** Whether the linked editor was offered the article changed last (once, at the first read that finds it). */
  #reopened = false;

  /** The search over every article's annotations. */
  readonly #search = new DeskSearch({
    store: () => this.#openStore(),
    vocabulary: () => deskVocabulary(this.#editor.editor, this.#strings),
    open: (articleId, annotationId) => void this.#openAt(articleId, annotationId),
    requestUpdate: async () => {
      this.host.requestUpdate();
      await this.host.updateComplete;
      return this.host.renderRoot;
    },
  });

  constructor(readonly host: ClaimLibrary) {
    this.#editor = new EditorLink(host, () => this.#scheduleRefresh());
    this.#locale = new LocaleController<LibraryStrings>(host, {
      english: englishLibraryStrings,
      pick: (bundles) => bundles.library,
      overrides: () => host.strings,
    });
  }

  /** The stored articles as last read, most recently changed first (empty until read). */
  get articles(): ArticleSummary[] {
    return [...(this.#articles ?? [])];
  }

  // ---- lifecycle

  /** The last refresh begun. */
  #latestRefresh: Promise<void> = Promise.resolve();

  /** The element joined the page. */
  connect(): void {
    this.#sync ??= new TabSync(() => this.#scheduleRefresh(writtenRefreshDelay));
    void this.refresh();
  }

  /** The element left the page. */
  disconnect(): void {
    clearTimeout(this.#refreshTimer);
    this.#sync?.close();
    this.#sync = null;
    this.#search.disconnect();
    this.#store.release();
  }

  /** Resolves when the words of the library's language, read again now, have loaded. */
  wordsLoaded(): Promise<void> {
    return this.#locale.refresh();
  }

  willUpdate(changed: PropertyValues<ClaimLibrary>): void {
    if (this.host.isConnected && this.host.hasUpdated && (changed.has('database') || changed.has('idbFactory') || changed.has('for'))) void this.refresh();
  }

  // ---- event handlers

  #onRestoreFile = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again is a new restore
    if (file) void this.#restore(file);
  };

  // ---- public methods

  /**
   * Reads the list of articles again now. Never rejects: a failure is shown in
   * the alert. When another refresh starts meanwhile (another tab wrote), this
   * one resolves when that one has shown its list.
   */
  async refresh(): Promise<void> {
    clearTimeout(this.#refreshTimer);
    let latest = this.#readList(++this.#refreshRun);
    this.#latestRefresh = latest;
    await latest;
    while (this.#latestRefresh !== latest) {
      latest = this.#latestRefresh;
      await latest;
    }
  }

  /** Refresh number `run`: reads the list and shows it, unless a later run began. */
  async #readList(run: number): Promise<void> {
    try {
      const { articles, skipped } = await listLibrary(await this.#openStore());
      if (run !== this.#refreshRun) return;
      // the words for records that cannot be read load with the restore code: such records are rare
      const note = skipped.length ? await backupReading().then((chunk) => chunk.unlistedNote(skipped, this.#strings), () => skipped.map((s) => s.id).join(', ')) : null;
      if (run !== this.#refreshRun) return;
      this.#articles = articles;
      this.#unlisted = note;
      void this.#search.articlesListed(articles);
      if (this.#alert?.retry) this.#alert = null;
      await this.#reopenLast(articles);
    } catch (error) {
      if (run !== this.#refreshRun) return;
      this.#alert = { title: this.#strings.storageProblem, message: storageProblem(this.#strings.storageProblems, toStoreError(error, 'Reading the library').reason), retry: true };
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  // ---- the store and the editor

  /** The library's store (library-store-link.ts). */
  #openStore(): Promise<ArticleStore> {
    return this.#store.open();
  }

  #scheduleRefresh(delay = refreshDelay): void {
    clearTimeout(this.#refreshTimer);
    this.#refreshTimer = setTimeout(() => void this.refresh(), delay);
  }

  /** Runs a change to the library; a storage failure goes to the alert. Returns false when it failed. */
  async #change(work: (store: ArticleStore) => Promise<void>): Promise<boolean> {
    try {
      await work(await this.#openStore());
      this.#clearActionAlert();
      return true;
    } catch (error) {
      this.#alert = { title: this.#strings.storageProblem, message: storageProblem(this.#strings.storageProblems, toStoreError(error, 'Changing the library').reason) };
      this.host.requestUpdate();
      return false;
    }
  }

  /**
   * Tells other tabs (their editors and libraries) that this library wrote or
   * deleted an article; a written article's annotations and revision let an
   * editor showing it read them back. Never the linked editor's article: that
   * editor is the one writing it.
   */
  #announce(articleId: string, change: ArticleSnapshot | 'renamed' | 'deleted'): void {
    if (articleId === this.#editor.articleId) return;
    if (change === 'deleted') this.#sync?.announce({ articleId, annotations: [], deleted: true });
    else if (change === 'renamed') this.#sync?.announce({ articleId, annotations: [] });
    else this.#sync?.announce({ articleId, annotations: change.annotations.map((a) => a.id), revision: change.document?.revision });
  }

  /**
   * A reload brings the work back: an editor that the page gave nothing to show
   * (no stored article, no text) opens the article changed last. Once, so
   * that closing an article later does not bring it back.
   */
  async #reopenLast(articles: readonly ArticleSummary[]): Promise<void> {
    const editor = this.#editor.editor;
    if (this.#reopened || !editor) return;
    this.#reopened = true;
    await editor.ready; // what the page asked for (document-id, article-src) comes first
    const last = articles[0];
    if (last && editor.storage !== 'memory' && editor.documentId === null && editor.text === '') {
      editor.documentId = last.id;
      await editor.ready;
    }
  }

  // ---- actions

  async #open(article: ArticleSummary): Promise<void> {
    const editor = this.#editor.editor;
    if (!this.host.dispatchEvent(new LibraryOpenEvent(article.id)) || !editor) return;
    if (editor.storage === 'memory') return this.#setStatus(this.#strings.memoryEditor);
    const opened = await this.#editor.open(article.id);
    // when the stored article cannot be read, the editor says so itself
    this.#setStatus(opened ? this.#strings.opened(titleOf(editor.metadata, this.#strings)) : '');
  }

  /** Opens a search result: its article in the editor, with the annotation selected and in view. */
  async #openAt(articleId: string, annotationId: string): Promise<void> {
    const article = this.#articles?.find((listed) => listed.id === articleId);
    if (!article) return;
    await this.#open(article);
    const editor = this.#editor.editor;
    if (!editor || editor.documentId !== articleId) return;
    try {
      editor.selectAnnotation(annotationId);
      editor.editorView?.focus();
    } catch {
      // deleted since the search read it
      this.#setStatus(this.#strings.annotationGone(titleOf(article, this.#strings)));
    }
  }

  async #new(): Promise<void> {
    if (this.host.dispatchEvent(new LibraryNewEvent())) this.#editor.startNew();
  }

  async #startRename(id: string): Promise<void> {
    this.#renamingId = this.#renamingId === id ? null : id;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const input = this.#row(id)?.querySelector<HTMLInputElement>('input[name="title"]');
    if (input) {
      input.focus();
      input.select();
    } else this.#focus(id, 'rename');
  }

  async #rename(article: ArticleSummary, title: string): Promise<void> {
    const trimmed = title.trim();
    const renamed = await this.#change(async (store) => {
      await renameArticle(store, article.id, trimmed);
      this.#editor.renamed(article.id, trimmed);
    });
    if (!renamed) return;
    this.#renamingId = null;
    this.#announce(article.id, 'renamed');
    this.host.dispatchEvent(new LibraryRenameEvent(article.id, trimmed));
    await this.#refreshWithStatus(this.#strings.renamed(trimmed || this.#strings.untitled));
    this.#focus(article.id, 'rename');
  }

  #cancelRename(id: string): void {
    this.#renamingId = null;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.#focus(id, 'rename'));
  }

  async #delete(article: ArticleSummary): Promise<void> {
    const title = titleOf(article, this.#strings);
    if (article.id === this.#editor.articleId) {
      this.#setStatus(this.#strings.deleteOpen(title));
      return;
    }
    const list = this.#articles ?? [];
    const index = list.findIndex((a) => a.id === article.id);
    const neighbour = list[index + 1] ?? list[index - 1] ?? null;
    let snapshot: ArticleSnapshot | null = null;
    const deleted = await this.#change(async (store) => {
      snapshot = await deleteArticle(store, article.id);
    });
    if (!deleted) return;
    if (this.#renamingId === article.id) this.#renamingId = null;
    this.#announce(article.id, 'deleted');
    this.host.dispatchEvent(new LibraryDeleteEvent(article));
    await this.#refreshWithStatus(snapshot ? { message: this.#strings.deleted(title), undo: snapshot } : null);
    if (neighbour && this.#row(neighbour.id)) this.#focus(neighbour.id, 'open');
    else this.host.renderRoot.querySelector<HTMLElement>('.status button.undo')?.focus();
  }

  async #undoDelete(): Promise<void> {
    const snapshot = this.#status?.undo;
    if (!snapshot) return;
    const restored = await this.#change((store) => putSnapshot(store, snapshot));
    if (!restored) return;
    this.#announce(snapshot.article.id, snapshot);
    this.host.dispatchEvent(new LibraryRestoreEvent([snapshot.article.id], snapshot.annotations.length, 'undo'));
    await this.#refreshWithStatus(this.#strings.undeleted(titleOf(snapshot.article.metadata, this.#strings)));
    this.#focus(snapshot.article.id, 'open');
  }

  /** Backs up everything into one file (library-backup.ts, loaded now): announced by `claim-library-backup`, then downloaded. */
  async #backUp(): Promise<void> {
    const backupCode = await this.#backupCode();
    const status = await backupCode?.backUp({
      change: (work) => this.#change(work),
      flush: () => this.#editor.flush(),
      announce: (backup, fileName) => this.host.dispatchEvent(new LibraryBackupEvent(backup, fileName)),
      format: this.#format(),
    });
    if (status) this.#setStatus(status);
  }

  /**
   * Restores a backup file (library-backup.ts, loaded now): every article in
   * it that can be opened, but those changed here since only if the user says
   * so. A file over the size limit is refused before it is read.
   */
  async #restore(file: File): Promise<void> {
    this.#clearActionAlert();
    const restoring = await this.#backupCode();
    if (!restoring) return;
    const report = await restoring.restoreBackup(file, {
      strings: this.#strings,
      format: (strings) => new LibraryFormat(this.#locale.locale, strings),
      openId: this.#editor.articleId,
      flush: () => this.#editor.flush(),
      change: (work) => this.#change(work),
      written: (snapshot) => this.#announce(snapshot.article.id, snapshot),
      alert: (alert) => {
        if (alert) this.#alert = alert;
        this.host.requestUpdate();
        return this.#alert;
      },
      show: async (question) => {
        this.#question = question;
        this.host.requestUpdate();
        await this.host.updateComplete;
        return this.host.renderRoot;
      },
    });
    if (report.ids.length) this.host.dispatchEvent(new LibraryRestoreEvent(report.ids, report.annotations, 'backup'));
    if (report.changed) await this.refresh();
    // the report shows with the list it describes, never before it
    if (report.status !== null) this.#setStatus(report.status);
    await this.host.updateComplete;
  }

  /** The backup code (library-backup.ts), or null when it could not load (said in the alert). */
  #backupCode(): Promise<typeof import('./library-backup.ts') | null> {
    return backupReading().catch((error: unknown) => {
      this.#alert = { title: this.#strings.storageProblem, message: String((error as Error)?.message ?? error) };
      this.host.requestUpdate();
      return null;
    });
  }

  // ---- helpers

  /** Clears the alert about an earlier action; one about reading the list stays until the list can be read. */
  #clearActionAlert(): void {
    if (!this.#alert || this.#alert.retry) return;
    this.#alert = null;
    this.host.requestUpdate();
  }

  /** Reads the list again, then shows the status line that describes it: a reader never sees "Deleted X" beside a list that still holds X. */
  async #refreshWithStatus(status: string | { message: string; undo?: ArticleSnapshot } | null): Promise<void> {
    await this.refresh();
    this.#status = typeof status === 'string' ? (status ? { message: status } : null) : status;
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  #setStatus(message: string): void {
    this.#status = message ? { message } : null;
    this.host.requestUpdate();
  }

  #row(id: string): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(`li[data-article-id="${CSS.escape(id)}"]`);
  }

  #focus(id: string, button: 'open' | 'rename'): void {
    this.#row(id)?.querySelector<HTMLElement>(`button.${button}`)?.focus();
  }

  /** The library's words: its language's, with the `strings` property laid over them. */
  get #strings(): LibraryStrings {
    return this.#locale.strings;
  }

  #format(): LibraryFormat {
    return new LibraryFormat(this.#locale.locale, this.#strings);
  }

  // ---- render

  render(): TemplateResult {
    return renderLibrary(
      {
        strings: this.#strings,
        format: this.#format(),
        openId: this.#editor.articleId,
        articles: this.#articles,
        alert: this.#alert,
        status: this.#status,
        renamingId: this.#renamingId,
        unlisted: this.#unlisted,
        question: this.#question,
        search: this.#search.active ? 'results' : 'articles',
        renderSearch: (format) => this.#search.render(format),
      },
      {
        onNew: () => void this.#new(),
        onBackUp: () => void this.#backUp(),
        onRestoreFile: this.#onRestoreFile,
        onRetry: () => void this.refresh(),
        onDismissAlert: () => {
          this.#alert = null;
          this.host.requestUpdate();
        },
        onUndoDelete: () => void this.#undoDelete(),
        article: (article) => ({
          onOpen: () => void this.#open(article),
          onStartRename: () => void this.#startRename(article.id),
          onRename: (title) => void this.#rename(article, title),
          onCancelRename: () => this.#cancelRename(article.id),
          onDelete: () => void this.#delete(article),
        }),
      },
    );
  }
}
