/**
 * What `<claim-library>` does: the articles stored on this device, with what a
 * fact-checker does to them: open one in a `<claim-annotator>`, rename, delete
 * (and undo), start a new one, back up everything to one file and restore it.
 * A lazy chunk with the library's templates, styles and words (claim-library.ts).
 */
import type { PropertyValues, TemplateResult } from 'lit';
import { type LibraryLease, leaseLibrary } from '../../persistence/index.ts';
import { type ArticleSnapshot, type ArticleStore, type ArticleSummary, type LibraryBackup, TabSync, toStoreError } from '../../store/index.ts';
import { EditorLink } from './library-editor-link.ts';
import type { RestorePlan } from './library-backup.ts';
import { backupFileName, maxBackupBytes } from './library-files.ts';

/** Reading and planning a restore: loaded on the first restore, so it stays out of start-up. */
const backupReading = () => import('./library-backup.ts');
import { LibraryBackupEvent, LibraryDeleteEvent, LibraryNewEvent, LibraryOpenEvent, LibraryRenameEvent, LibraryRestoreEvent } from './library-events.ts';
import { LibraryFormat, type LibraryStrings, englishLibraryStrings, titleOf } from '../shared/strings/library-strings.ts';
import { storageProblem } from '../shared/strings/storage-strings.ts';
import { LocaleController } from '../shared/strings/locale-controller.ts';
import { type LibraryAlert, renderLibrary } from './library-view.ts';

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
  #store: { key: string; factory: IDBFactory | null | undefined; lease: LibraryLease } | null = null;
  #sync: TabSync | null = null;
  #refreshTimer: ReturnType<typeof setTimeout> | undefined;
  #refreshRun = 0;
  #articles: ArticleSummary[] | null = null;
  #renamingId: string | null = null;
  /** The alert; `retry` when the list itself could not be read. */
  #alert: LibraryAlert | null = null;
  /** The status line; `undo` is the article its Undo button puts back. */
  #status: { message: string; undo?: ArticleSnapshot } | null = null;
  #newer: { snapshots: ArticleSnapshot[]; answer: (choice: 'keep' | 'replace' | 'cancel') => void } | null = null;

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
    this.#store?.lease.release();
    this.#store = null;
  }

  /** Resolves when the words of the library's language, read again now, have loaded. */
  wordsLoaded(): Promise<void> {
    return this.#locale.refresh();
  }

  willUpdate(changed: PropertyValues<ClaimLibrary>): void {
    if (this.host.isConnected && this.host.hasUpdated && (changed.has('database') || changed.has('idbFactory') || changed.has('for'))) void this.refresh();
  }

  updated(): void {
    const dialog = this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.newer-dialog');
    if (dialog && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('button.keep')?.focus();
    }
  }

  // ---- event handlers

  #onRestoreFile = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again is a new restore
    if (file) void this.#restore(file);
  };

  // ---- public methods

  /** Reads the list of articles again now. Never rejects: a failure is shown in the alert. */
  async refresh(): Promise<void> {
    clearTimeout(this.#refreshTimer);
    const run = ++this.#refreshRun;
    try {
      const articles = await (await this.#openStore()).listArticles();
      if (run !== this.#refreshRun) return;
      this.#articles = articles;
      if (this.#alert?.retry) this.#alert = null;
    } catch (error) {
      if (run !== this.#refreshRun) return;
      this.#alert = { title: this.#strings.storageProblem, message: storageProblem(this.#strings.storageProblems, toStoreError(error, 'Reading the library').reason), retry: true };
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  // ---- the store and the editor

  /** The library's store, opened on first use and again when the database or IndexedDB to use changed. */
  #openStore(): Promise<ArticleStore> {
    const editor = this.#editor.editor;
    const name = this.host.database ?? editor?.database;
    const factory = this.host.idbFactory !== undefined ? this.host.idbFactory : editor?.idbFactory;
    const key = name ?? '';
    if (this.#store && (this.#store.key !== key || this.#store.factory !== factory)) {
      this.#store.lease.release();
      this.#store = null;
    }
    if (!this.#store) {
      // the page's one connection to this library, shared with the editors on it
      const lease = leaseLibrary({ name, factory }, { onNewerVersion: () => void this.refresh() });
      const entry = { key, factory, lease };
      this.#store = entry;
      // a failed open is tried again next time
      lease.store.catch(() => {
        if (this.#store === entry) {
          lease.release();
          this.#store = null;
        }
      });
    }
    return this.#store.lease.store;
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

  // ---- actions

  async #open(article: ArticleSummary): Promise<void> {
    const editor = this.#editor.editor;
    if (!this.host.dispatchEvent(new LibraryOpenEvent(article.id)) || !editor) return;
    if (editor.storage === 'memory') return this.#setStatus(this.#strings.memoryEditor);
    const opened = await this.#editor.open(article.id);
    // when the stored article cannot be read, the editor says so itself
    this.#setStatus(opened ? this.#strings.opened(titleOf(editor.metadata, this.#strings)) : '');
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
      await store.renameArticle(article.id, trimmed);
      this.#editor.renamed(article.id, trimmed);
    });
    if (!renamed) return;
    this.#renamingId = null;
    this.#setStatus(this.#strings.renamed(trimmed || this.#strings.untitled));
    this.#announce(article.id, 'renamed');
    this.host.dispatchEvent(new LibraryRenameEvent(article.id, trimmed));
    await this.refresh();
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
      snapshot = await store.deleteArticle(article.id);
    });
    if (!deleted) return;
    if (this.#renamingId === article.id) this.#renamingId = null;
    this.#status = snapshot ? { message: this.#strings.deleted(title), undo: snapshot } : null;
    this.#announce(article.id, 'deleted');
    this.host.dispatchEvent(new LibraryDeleteEvent(article));
    await this.refresh();
    if (neighbour && this.#row(neighbour.id)) this.#focus(neighbour.id, 'open');
    else this.host.renderRoot.querySelector<HTMLElement>('.status button.undo')?.focus();
  }

  async #undoDelete(): Promise<void> {
    const snapshot = this.#status?.undo;
    if (!snapshot) return;
    const restored = await this.#change((store) => store.putSnapshot(snapshot));
    if (!restored) return;
    this.#setStatus(this.#strings.undeleted(titleOf(snapshot.article.metadata, this.#strings)));
    this.#announce(snapshot.article.id, snapshot);
    this.host.dispatchEvent(new LibraryRestoreEvent([snapshot.article.id], snapshot.annotations.length, 'undo'));
    await this.refresh();
    this.#focus(snapshot.article.id, 'open');
  }

  async #backUp(): Promise<void> {
    let backup: LibraryBackup | null = null;
    const read = await this.#change(async (store) => {
      await this.#editor.flush();
      backup = await store.exportBackup();
    });
    if (!read || !backup) return;
    const { articles } = backup as LibraryBackup;
    const fileName = backupFileName();
    const format = this.#format();
    const annotations = articles.reduce((sum, item) => sum + item.annotations.length, 0);
    if (this.host.dispatchEvent(new LibraryBackupEvent(backup, fileName))) download(JSON.stringify(backup), fileName);
    this.#setStatus(this.#strings.backedUp(format.articles(articles.length), format.annotations(annotations), fileName));
  }

  /** The backup in `file`, or null when it cannot be restored (said in the alert). */
  async #readBackup(file: File): Promise<LibraryBackup | null> {
    const { BackupError, backupProblem, parseLibraryBackup } = await backupReading();
    try {
      if (file.size > maxBackupBytes) throw new BackupError('The file is too large', 'too-large', '', String(maxBackupBytes / 1024 / 1024));
      return parseLibraryBackup(await file.text());
    } catch (error) {
      const why = error instanceof BackupError ? backupProblem(this.#strings.backupProblems, error) : this.#strings.backupUnreadable(String((error as Error)?.message ?? error));
      this.#alert = { title: this.#strings.backupProblem, message: this.#strings.restoreRejected(file.name, why.replace(/\.$/, '')) };
      this.host.requestUpdate();
      return null;
    }
  }

  /** Restores a backup file: every article in it, but those changed here since only if the user says so. */
  async #restore(file: File): Promise<void> {
    this.#clearActionAlert();
    const backup = await this.#readBackup(file);
    let stored: ArticleSummary[] | null = null;
    if (!backup || !(await this.#change(async (store) => {
      await this.#editor.flush();
      stored = await store.listArticles();
    }))) return;
    if (backup.articles.length === 0) return this.#setStatus(this.#strings.emptyBackup(file.name));
    const plan = (await backupReading()).planRestore(backup, stored ?? [], this.#editor.articleId);
    const answer = plan.newer.length ? await this.#ask(plan.newer) : 'keep';
    if (answer === 'cancel') return this.#setStatus(this.#strings.nothingRestored);
    const writes = answer === 'replace' ? [...plan.write, ...plan.newer] : plan.write;
    const written: ArticleSnapshot[] = [];
    const done = await this.#change(async (store) => {
      for (const snapshot of writes) {
        await store.putSnapshot(snapshot);
        written.push(snapshot);
        this.#announce(snapshot.article.id, snapshot);
      }
    });
    if (!done && this.#alert) this.#alert = { ...this.#alert, message: `${this.#alert.message} ${this.#strings.restoreStopped(written.length, writes.length)}` };
    const annotations = written.reduce((sum, snapshot) => sum + snapshot.annotations.length, 0);
    this.#setStatus(this.#restoreReport(plan, answer, written.length, annotations));
    if (written.length) this.host.dispatchEvent(new LibraryRestoreEvent(written.map((s) => s.article.id), annotations, 'backup'));
    await this.refresh();
  }

  #restoreReport(plan: RestorePlan, answer: 'keep' | 'replace', written: number, annotations: number): string {
    const format = this.#format();
    const strings = this.#strings;
    const report: string[] = [];
    if (written) report.push(strings.restored(format.articles(written), format.annotations(annotations)));
    if (plan.same.length) report.push(strings.alreadyThere(format.articles(plan.same.length), plan.same.length));
    if (answer === 'keep' && plan.newer.length) report.push(strings.keptNewer(format.articles(plan.newer.length), plan.newer.length));
    if (plan.open.length) report.push(strings.skippedOpen(plan.open.map((s) => strings.quoted(titleOf(s.article.metadata, strings))).join(', ')));
    return report.join(' ') || strings.nothingRestored;
  }

  /** Asks what to do with articles stored in a newer version than the backup's. */
  #ask(snapshots: ArticleSnapshot[]): Promise<'keep' | 'replace' | 'cancel'> {
    return new Promise((resolve) => {
      this.#newer = {
        snapshots,
        answer: (choice) => {
          this.#newer = null;
          this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.newer-dialog')?.close();
          this.host.requestUpdate();
          void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('button.restore')?.focus());
          resolve(choice);
        },
      };
      this.host.requestUpdate();
    });
  }

  // ---- helpers

  /** Clears the alert about an earlier action; one about reading the list stays until the list can be read. */
  #clearActionAlert(): void {
    if (!this.#alert || this.#alert.retry) return;
    this.#alert = null;
    this.host.requestUpdate();
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
        newer: this.#newer,
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

/** Saves `text` as a file named `fileName` through the browser's downloads. */
function download(text: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
