/**
 * `<claim-library>`: the articles stored on this device, with what a
 * fact-checker does to them: open one in a `<claim-annotator>`, rename, delete
 * (and undo), start a new one, back up everything to one file and restore it.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { type ArticleSnapshot, ArticleStore, type ArticleSummary, TabSync, toStoreError } from '../../store/index.ts';
import { EditorLink } from './library-editor-link.ts';

/** Backing up, reading and planning a restore: loaded on the first backup or restore, so it stays out of start-up. */
const backupReading = () => import('./library-backup.ts');
import { LibraryBackupEvent, LibraryDeleteEvent, LibraryNewEvent, LibraryOpenEvent, LibraryRenameEvent, LibraryRestoreEvent } from './library-events.ts';
import { LibraryFormat, type LibraryStrings, englishLibraryStrings } from '../shared/strings/library-strings.ts';
import { LocaleController } from '../shared/strings/locale-controller.ts';
import { type LibraryAlert, renderAlert, renderArticleList, titleOf } from './library-view.ts';
import { baseStyles } from '../shared/base.styles.ts';
import { claimLibraryStyles } from './claim-library.styles.ts';

/** How long the list waits after the editor's last change before it reads the library again (ms). */
const refreshDelay = 500;
/** The same after a write committed here or in another tab: only to read several writes at once. */
const writtenRefreshDelay = 100;

/**
 * The library of stored articles, for one database.
 *
 * @fires claim-library-open - The user chose Open (`LibraryOpenEvent`, cancelable).
 * @fires claim-library-new - The user chose New article (`LibraryNewEvent`, cancelable).
 * @fires claim-library-rename - The user renamed an article (`LibraryRenameEvent`).
 * @fires claim-library-delete - The user deleted an article (`LibraryDeleteEvent`).
 * @fires claim-library-restore - Undo or a backup file wrote articles back (`LibraryRestoreEvent`).
 * @fires claim-library-backup - A backup is ready to download (`LibraryBackupEvent`, cancelable).
 * @csspart actions - New article, back up and restore.
 * @csspart list - The list of articles.
 * @csspart item - One article in the list.
 * @csspart item-actions - An article's Open, Rename and Delete.
 * @csspart status - The status line, with Undo after a delete.
 * @csspart unlisted - The note naming stored articles that cannot be read, which the list leaves out.
 * @cssproperty --claim-font-family - The interface font.
 * @cssproperty --claim-focus-colour - Focus rings and primary buttons.
 * @cssproperty --claim-text-colour - Text.
 * @cssproperty --claim-surface - The background.
 * @cssproperty --claim-border-colour - Borders and separators.
 * @cssproperty --claim-font-size - The base font size (16px).
 * @cssproperty --claim-spacing - The base unit of gaps and padding (1rem).
 * @cssproperty --claim-muted-colour - Secondary text.
 * @cssproperty --claim-hover-surface - Buttons under the pointer.
 * @cssproperty --claim-on-focus-colour - Text on primary buttons.
 * @cssproperty --claim-danger-colour - Errors and delete buttons.
 * @attr theme - `light` (the default), `dark`, or `auto` to follow the reader's system setting.
 * @tagname claim-library
 */
export class ClaimLibrary extends LitElement {
  static override styles = [baseStyles, claimLibraryStyles];

  static override properties = {
    for: { reflect: true },
    database: {},
    idbFactory: { attribute: false },
    theme: { reflect: true },
    strings: { attribute: false },
  };

  /** `light` (the default), `dark`, or `auto` to follow the reader's system setting. */
  theme?: 'light' | 'dark' | 'auto';

  readonly #editor = new EditorLink(this, () => this.#scheduleRefresh());
  readonly #locale = new LocaleController<LibraryStrings>(this, {
    english: englishLibraryStrings,
    pick: (bundles) => bundles.library,
    overrides: () => this.strings,
  });
  #store: { key: string; factory: IDBFactory | null | undefined; opened: Promise<ArticleStore> } | null = null;
  #sync: TabSync | null = null;
  #refreshTimer: ReturnType<typeof setTimeout> | undefined;
  #refreshRun = 0;
  #articles: ArticleSummary[] | null = null;
  /** The note naming stored article records the list leaves out because they cannot be read. */
  #unlisted: string | null = null;
  #renamingId: string | null = null;
  /** The alert; `retry` when the list itself could not be read. */
  #alert: LibraryAlert | null = null;
  /** The status line; `undo` is the article its Undo button puts back. */
  #status: { message: string; undo?: ArticleSnapshot } | null = null;
  /** The question a restore asks (library-backup.ts draws it), while it asks. */
  #question: (() => TemplateResult) | null = null;

  /** The id of the `<claim-annotator>` (in the same document or shadow root) that Open and New article act on. */
  declare for: string | null;
  /** The IndexedDB database name; defaults to the linked editor's, else `claimmark`. */
  declare database: string | undefined;
  /** The IndexedDB to use; defaults to the linked editor's, else the page's. Tests pass `null` or a failing one. */
  declare idbFactory: IDBFactory | null | undefined;
  /**
   * Words that replace the library's own, by name (`{ list: 'Archive' }`); the
   * rest stay in its language: its `lang`, else the nearest ancestor's, else
   * the page's (English, and French, built in), which also sets how dates and
   * numbers are written. `updateComplete` waits for a language's words to load.
   */
  declare strings: Partial<LibraryStrings> | undefined;

  constructor() {
    super();
    this.for = null;
  }

  /** The stored articles as last read, most recently changed first (empty until read). */
  get articles(): ArticleSummary[] {
    return [...(this.#articles ?? [])];
  }

  // ---- lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    this.#sync ??= new TabSync(() => this.#scheduleRefresh(writtenRefreshDelay));
    void this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#refreshTimer);
    this.#sync?.close();
    this.#sync = null;
    void this.#store?.opened.then((store) => store.close(), () => undefined);
    this.#store = null;
  }

  /** Also waits for the words of the library's language, read again now, to load and show. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.#locale.refresh();
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.isConnected && this.hasUpdated && (changed.has('database') || changed.has('idbFactory') || changed.has('for'))) void this.refresh();
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
      const { articles, skipped } = await (await this.#openStore()).listLibrary();
      if (run !== this.#refreshRun) return;
      // the words for records that cannot be read load with the restore code: such records are rare
      const note = skipped.length ? await backupReading().then((chunk) => chunk.unlistedNote(skipped, this.#strings), () => skipped.map((s) => s.id).join(', ')) : null;
      if (run !== this.#refreshRun) return;
      this.#articles = articles;
      this.#unlisted = note;
      if (this.#alert?.retry) this.#alert = null;
    } catch (error) {
      if (run !== this.#refreshRun) return;
      this.#alert = { title: this.#strings.storageProblem, message: toStoreError(error, 'Reading the library').message, retry: true };
    }
    this.requestUpdate();
    await this.updateComplete;
  }

  // ---- the store and the editor

  /** The library's store, opened on first use and again when the database or IndexedDB to use changed. */
  #openStore(): Promise<ArticleStore> {
    const editor = this.#editor.editor;
    const name = this.database ?? editor?.database;
    const factory = this.idbFactory !== undefined ? this.idbFactory : editor?.idbFactory;
    const key = name ?? '';
    if (this.#store && (this.#store.key !== key || this.#store.factory !== factory)) {
      void this.#store.opened.then((store) => store.close(), () => undefined);
      this.#store = null;
    }
    if (!this.#store) {
      const opened = ArticleStore.open({ name, factory, onNewerVersion: () => void this.refresh() });
      const entry = { key, factory, opened };
      this.#store = entry;
      // a failed open is tried again next time
      opened.catch(() => {
        if (this.#store === entry) this.#store = null;
      });
    }
    return this.#store.opened;
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
      this.#alert = { title: this.#strings.storageProblem, message: toStoreError(error, 'Changing the library').message };
      this.requestUpdate();
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
    if (!this.dispatchEvent(new LibraryOpenEvent(article.id)) || !editor) return;
    if (editor.storage === 'memory') return this.#setStatus(this.#strings.memoryEditor);
    const opened = await this.#editor.open(article.id);
    // when the stored article cannot be read, the editor says so itself
    this.#setStatus(opened ? this.#strings.opened(titleOf(editor.metadata, this.#strings)) : '');
  }

  async #new(): Promise<void> {
    if (this.dispatchEvent(new LibraryNewEvent())) this.#editor.startNew();
  }

  async #startRename(id: string): Promise<void> {
    this.#renamingId = this.#renamingId === id ? null : id;
    this.requestUpdate();
    await this.updateComplete;
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
    this.dispatchEvent(new LibraryRenameEvent(article.id, trimmed));
    await this.refresh();
    this.#focus(article.id, 'rename');
  }

  #cancelRename(id: string): void {
    this.#renamingId = null;
    this.requestUpdate();
    void this.updateComplete.then(() => this.#focus(id, 'rename'));
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
    this.dispatchEvent(new LibraryDeleteEvent(article));
    await this.refresh();
    if (neighbour && this.#row(neighbour.id)) this.#focus(neighbour.id, 'open');
    else this.renderRoot.querySelector<HTMLElement>('.status button.undo')?.focus();
  }

  async #undoDelete(): Promise<void> {
    const snapshot = this.#status?.undo;
    if (!snapshot) return;
    const restored = await this.#change((store) => store.putSnapshot(snapshot));
    if (!restored) return;
    this.#setStatus(this.#strings.undeleted(titleOf(snapshot.article.metadata, this.#strings)));
    this.#announce(snapshot.article.id, snapshot);
    this.dispatchEvent(new LibraryRestoreEvent([snapshot.article.id], snapshot.annotations.length, 'undo'));
    await this.refresh();
    this.#focus(snapshot.article.id, 'open');
  }

  /** Backs up everything into one file (library-backup.ts, loaded now): announced by `claim-library-backup`, then downloaded. */
  async #backUp(): Promise<void> {
    const backupCode = await this.#backupCode();
    const status = await backupCode?.backUp({
      change: (work) => this.#change(work),
      flush: () => this.#editor.flush(),
      announce: (backup, fileName) => this.dispatchEvent(new LibraryBackupEvent(backup, fileName)),
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
        this.requestUpdate();
        return this.#alert;
      },
      show: async (question) => {
        this.#question = question;
        this.requestUpdate();
        await this.updateComplete;
        return this.renderRoot;
      },
    });
    if (report.status !== null) this.#setStatus(report.status);
    if (report.ids.length) this.dispatchEvent(new LibraryRestoreEvent(report.ids, report.annotations, 'backup'));
    if (report.changed) await this.refresh();
  }

  // ---- helpers

  /** The backup code (library-backup.ts), or null when it could not load (said in the alert). */
  #backupCode(): Promise<typeof import('./library-backup.ts') | null> {
    return backupReading().catch((error: unknown) => {
      this.#alert = { title: this.#strings.storageProblem, message: String((error as Error)?.message ?? error) };
      this.requestUpdate();
      return null;
    });
  }

  /** Clears the alert about an earlier action; one about reading the list stays until the list can be read. */
  #clearActionAlert(): void {
    if (!this.#alert || this.#alert.retry) return;
    this.#alert = null;
    this.requestUpdate();
  }

  #setStatus(message: string): void {
    this.#status = message ? { message } : null;
    this.requestUpdate();
  }

  #row(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`li[data-article-id="${CSS.escape(id)}"]`);
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

  protected override render(): TemplateResult {
    const format = this.#format();
    const strings = this.#strings;
    const openId = this.#editor.articleId;
    const articles = this.#articles;
    return html`
      <div class="actions" part="actions">
        <button type="button" class="new primary" @click=${() => void this.#new()}>${strings.newArticle}</button>
        <button type="button" class="backup" @click=${() => void this.#backUp()}>${strings.backUp}</button>
        <button type="button" class="restore" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('input[type="file"]')?.click()}>
          ${strings.restore}
        </button>
        <input type="file" class="visually-hidden" tabindex="-1" aria-label=${strings.restoreHelp} accept=".json,application/json" @change=${this.#onRestoreFile} />
      </div>
      ${this.#alert
        ? renderAlert(this.#alert, strings, {
            onRetry: () => void this.refresh(),
            onDismiss: () => {
              this.#alert = null;
              this.requestUpdate();
            },
          })
        : nothing}
      <div class="status" role="status" part="status">
        ${this.#status
          ? html`<span>${this.#status.message}</span>${this.#status.undo
                ? html`<button type="button" class="undo" @click=${() => void this.#undoDelete()}>${strings.undo}</button>`
                : nothing}`
          : nothing}
      </div>
      ${this.#unlisted ? html`<p class="unlisted" part="unlisted">${this.#unlisted}</p>` : nothing}
      ${articles === null
        ? html`<p class="empty">${this.#alert?.retry ? nothing : strings.loading}</p>`
        : renderArticleList(articles, format, (article) => ({
            isOpen: article.id === openId,
            renaming: article.id === this.#renamingId,
            onOpen: () => void this.#open(article),
            onStartRename: () => void this.#startRename(article.id),
            onRename: (title) => void this.#rename(article, title),
            onCancelRename: () => this.#cancelRename(article.id),
            onDelete: () => void this.#delete(article),
          }))}
      ${this.#question ? this.#question() : nothing}
    `;
  }
}
