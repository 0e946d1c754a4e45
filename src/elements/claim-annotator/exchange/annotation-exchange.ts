/**
 * JSON-LD exchange for the element: export (a download, the ClaimReview block
 * for a fact-check page) and import (a file, dropped or picked), with the
 * report the user reads and the review marks on annotations that moved.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { type Ref, createRef } from 'lit/directives/ref.js';
import {
  type Annotation,
  type ArticleMetadata,
  type ImportConflict,
  type Vocabulary,
  isHttpUrl,
  localDay,
  reviewDateProblem,
  toClaimReviews,
  toJsonLd,
} from '../../../model/index.ts';
import type { DocumentSince, SliceOptions } from '../../../editor/index.ts';
import type { ChangeOrigin } from '../events.ts';
import { type ImportReport, claimReviewScript, downloadFile, exportFileName } from './exchange.ts';
import type { ClaimReviewState, FactCheckPublisher, UntaggedChoice } from './exchange-dialogs.ts';

/** The dialogs' templates, from the on-demand chunk. */
type ExchangeDialogs = Pick<
  typeof import('../on-demand.ts'),
  | 'renderImportReport'
  | 'renderClaimReviewDialog'
  | 'renderUntaggedChoice'
  | 'importProblem'
  | 'claimReviewProblem'
  | 'adoptDialogStyles'
  | 'readPickedFile'
  | 'longClaimReviews'
  | 'rememberedPublisher'
  | 'rememberPublisher'
>;
import type { ClaimStrings } from '../../shared/strings/annotator-strings.ts';

/** What exchange needs of the element. */
export interface ExchangeNeeds {
  /** The element's words, read when a message is made. */
  strings(): ClaimStrings;
  metadata(): ArticleMetadata;
  text(): string;
  annotations(): Annotation[];
  vocabulary(): Vocabulary;
  documentId(): string | null;
  creator(): { name: string; url?: string } | null;
  /** Applies merged annotations in one undo step, as `origin`. */
  apply(add: readonly Annotation[], update: readonly Annotation[], origin: ChangeOrigin): void;
  /** Starts following the article's edits: an import worked out on it now is applied later, mapped through them. */
  follow(): DocumentSince;
  /** Applies a large import in slices (one undo step), mapped from `since`; false when cancelled or replaced. */
  applyInSlices(add: readonly Annotation[], update: readonly Annotation[], origin: ChangeOrigin, since: DocumentSince, options: SliceOptions): Promise<boolean>;
  /** Selects and shows an annotation. */
  show(id: string): void;
  /** Waits for a lazy chunk; the element's `updateComplete` waits for it too. */
  load<T>(chunk: Promise<T>): Promise<T>;
}

export class AnnotationExchange {
  readonly #reportDialog = createRef<HTMLDialogElement>();
  readonly #claimReviewDialog = createRef<HTMLDialogElement>();
  readonly #untaggedDialog = createRef<HTMLDialogElement>();
  /** A picked file with annotations of no kind here, waiting for the user to say which kind they become. */
  #untagged: UntaggedChoice | null = null;
  #report: ImportReport | null = null;
  #error: string | null = null;
  #claimReview: ClaimReviewState | null = null;
  #dialogs: ExchangeDialogs | null = null;
  /** The import running now, with how far it got, and the way to cancel it. */
  #running: { done: number; total: number; cancel: AbortController } | null = null;
  /** Said after a cancelled import, until the next one. */
  #cancelled = false;
  #sitePublisher: FactCheckPublisher | null = null;

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    readonly needs: ExchangeNeeds,
  ) {
  }

  /** The W3C Web Annotation export of the article's annotations. */
  exportJsonLd(): object {
    return toJsonLd({
      article: this.needs.metadata(),
      text: this.needs.text(),
      annotations: this.needs.annotations(),
      kinds: this.needs.vocabulary().kinds,
      verdicts: this.needs.vocabulary().verdicts,
      creator: this.needs.creator() ?? undefined,
      documentId: this.needs.documentId() ?? undefined,
    });
  }

  /** The fact-checking organisation the site names as the reviews' publisher (the element's `factCheckPublisher`), or null. */
  get sitePublisher(): FactCheckPublisher | null {
    return this.#sitePublisher && { ...this.#sitePublisher };
  }

  set sitePublisher(value: FactCheckPublisher | null | undefined) {
    this.#sitePublisher = value ? checkPublisher(value, 'The fact-check publisher') : null;
  }

  /**
   * Plain schema.org ClaimReview objects for a fact-check page, published by
   * `author` (the site's publisher by default) on `datePublished` (today);
   * throws a TypeError for a bad URL, author or date.
   */
  exportClaimReviews(options: { url: string; author?: FactCheckPublisher; datePublished?: string }): object[] {
    if (!options || !isHttpUrl(options.url)) throw new TypeError(`The fact-check page URL ${JSON.stringify(options?.url)} is not an http(s) URL`);
    const given = options.author ?? this.#sitePublisher;
    if (!given) throw new TypeError('The ClaimReview author needs a name: pass one, or set the fact-check publisher');
    const author = checkPublisher(given, 'The ClaimReview author');
    const datePublished = options.datePublished ?? localDay();
    const date = reviewDateProblem(datePublished);
    if (date) throw new TypeError(`The review date ${JSON.stringify(datePublished)} ${date === 'future' ? 'is in the future' : 'is not a day such as 2026-03-12'}`);
    return toClaimReviews({
      article: this.needs.metadata(),
      annotations: this.needs.annotations(),
      verdicts: this.needs.vocabulary().verdicts,
      url: options.url,
      author,
      datePublished,
      name: this.needs.strings().claimReviewName,
    });
  }

  /**
   * Imports a JSON-LD (or Hypothesis) file: places its annotations on the
   * article, merges them with the ones here and reports. Rejects with an
   * ImportError when the file is unusable as a whole; then nothing changes.
   */
  async importJsonLd(input: object | string, origin: ChangeOrigin, options: { untaggedKind?: string; signal?: AbortSignal } = {}): Promise<ImportReport> {
    if (this.#running) throw new ImportRunningError();
    const cancel = new AbortController();
    const { signal, ...readOptions } = options ?? {};
    signal?.throwIfAborted();
    const stop = () => cancel.abort(signal?.reason);
    signal?.addEventListener('abort', stop, { once: true });
    this.#running = { done: 0, total: 0, cancel };
    this.#cancelled = false;
    this.host.requestUpdate();
    // the import is worked out on the article as it is now, and applied through the edits made meanwhile
    const since = this.needs.follow();
    try {
      const { prepareInBackground } = await import('../on-demand.ts');
      const prepared = await prepareInBackground(
        input,
        this.needs.vocabulary(),
        { ...readOptions, articleUrl: this.needs.metadata().url },
        this.needs.text(),
        this.needs.annotations(),
        cancel.signal,
      );
      const { parsed, placed, merge } = prepared;
      this.#running.total = prepared.add.length + prepared.update.length;
      // each annotation to check carries its placementCheck, kept with it until the user confirms it
      const applied = await this.needs.applyInSlices(prepared.add, prepared.update, origin, since, {
        signal: cancel.signal,
        onProgress: (done) => {
          if (this.#running) this.#running.done = done;
          this.host.requestUpdate();
        },
      });
      if (!applied) throw cancel.signal.reason ?? new DOMException('The import was cancelled', 'AbortError');
      return {
        added: merge.added.length,
        updated: merge.updated.length,
        unchanged: merge.unchanged.length,
        moved: placed.moved,
        reviews: placed.reviews,
        orphaned: placed.orphaned,
        rejected: parsed.rejected,
        addedIds: merge.added,
        updatedIds: merge.updated,
        unchangedIds: merge.unchanged,
        kept: merge.kept,
        conflicts: merge.conflicts,
        otherSources: parsed.otherSources,
        notes: parsed.notes,
        noteDetails: parsed.noteDetails,
        untagged: parsed.untagged,
        untaggedKind: parsed.untaggedKind,
      };
    } catch (error) {
      if (cancel.signal.aborted) this.#cancelled = true;
      throw error;
    } finally {
      since.stop();
      signal?.removeEventListener('abort', stop);
      this.#running = null;
      this.host.requestUpdate();
    }
  }

  /** Cancels the import running now, if any: what it applied is taken back. */
  cancelImport(): void {
    this.#running?.cancel.abort(new DOMException('The import was cancelled', 'AbortError'));
  }

  /**
   * The user takes the file's version of an annotation the import reported as a
   * conflict: its kind and fields replace the ones here, on the span it has here
   * now. Returns false when the annotation is gone.
   */
  takeFileVersion(conflict: ImportConflict): boolean {
    const here = this.needs.annotations().find((annotation) => annotation.id === conflict.id);
    if (!here) return false;
    const { start, end, exact, status } = here;
    this.needs.apply([], [{ ...conflict.file, start, end, exact, status }], 'user');
    // the report draws its conflicts from the annotations: this one now says it was taken
    this.host.requestUpdate();
    return true;
  }

  /** The user confirms that an annotation an import placed sits right: its placement check is cleared (and saved). */
  confirmPlace(id: string): void {
    const annotation = this.needs.annotations().find((a) => a.id === id);
    if (!annotation?.placementCheck) return;
    const { placementCheck: _confirmed, ...rest } = annotation;
    this.needs.apply([], [rest], 'user');
  }

  /** The Download .jsonld action. */
  download(): void {
    const json = JSON.stringify(this.exportJsonLd(), null, 2);
    downloadFile(exportFileName(this.needs.metadata(), 'jsonld'), 'application/ld+json', json);
  }

  /**
   * Imports a file the user picked or dropped, and shows the report. When some
   * of its annotations name no kind here, the user first chooses which kind
   * they become (Note by default); nothing changes until then.
   */
  async importFile(file: File): Promise<void> {
    const dialogs = await this.#loadDialogs();
    this.#report = null;
    const picked = await dialogs.readPickedFile(file, this.needs.strings(), this.needs.vocabulary(), this.needs.metadata().url);
    this.#error = picked.error;
    this.#untagged = picked.choice;
    // asked first: what untagged annotations become, and whether to place another page's annotations here
    if (picked.choice?.count || picked.choice?.otherSources.length) return this.#show(this.#untaggedDialog);
    if (picked.choice) return this.#importAs(undefined);
    await this.#show(this.#reportDialog);
  }

  /** Imports the picked file, its untagged annotations as `untaggedKind` (the default when undefined), then reports. */
  async #importAs(untaggedKind: string | undefined): Promise<void> {
    const choice = this.#untagged;
    this.#untagged = null;
    this.#untaggedDialog.value?.close();
    if (!choice) return;
    try {
      this.#report = await this.importJsonLd(choice.body, 'user', { untaggedKind });
    } catch (error) {
      // a cancelled import says so beside the article (renderProgress), with no dialog
      if (this.#cancelled) return;
      this.#error = error instanceof ImportRunningError ? this.needs.strings().importRunning : (this.#dialogs as ExchangeDialogs).importProblem(this.needs.strings(), error);
    }
    await this.#show(this.#reportDialog);
  }

  async #show(dialog: Ref<HTMLDialogElement>): Promise<void> {
    this.host.requestUpdate();
    await (this.host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    dialog.value?.showModal();
  }

  /** Opens the Copy ClaimReview dialog. */
  async openClaimReview(): Promise<void> {
    const dialogs = await this.#loadDialogs();
    // what the user typed last time, else the site's setting; never the checked article's publisher
    const publisher = dialogs.rememberedPublisher() ?? this.#sitePublisher;
    this.#claimReview = {
      script: '',
      error: null,
      copied: false,
      defaults: { name: publisher?.name ?? '', url: publisher?.url ?? '', date: localDay() },
      long: dialogs.longClaimReviews(this.needs.annotations()),
    };
    this.host.requestUpdate();
    void (this.host as unknown as { updateComplete: Promise<unknown> }).updateComplete.then(() => {
      const dialog = this.#claimReviewDialog.value;
      dialog?.querySelector('form')?.reset();
      dialog?.showModal();
    });
  }

  async #copyClaimReview(form: HTMLFormElement): Promise<void> {
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '').trim();
    const state = this.#claimReview as ClaimReviewState;
    const dialogs = this.#dialogs as ExchangeDialogs;
    try {
      const author = { name: value('author'), ...(value('authorUrl') ? { url: value('authorUrl') } : {}) };
      const options = { url: value('url'), author, datePublished: value('datePublished') };
      const problem = dialogs.claimReviewProblem(this.needs.strings(), options);
      if (problem) throw new Error(problem);
      const reviews = this.exportClaimReviews(options);
      dialogs.rememberPublisher(author);
      if (reviews.length === 0) throw new Error(this.needs.strings().noClaimReviews);
      const script = claimReviewScript(reviews);
      let copied = false;
      try {
        await navigator.clipboard.writeText(script);
        copied = true;
      } catch {
        // no clipboard permission here: the block is shown to copy by hand
      }
      this.#claimReview = { ...state, script, error: null, copied };
    } catch (error) {
      this.#claimReview = { ...state, script: '', error: (error as Error).message, copied: false };
    }
    this.host.requestUpdate();
  }

  /**
   * While an import runs: how far it got, with Cancel; the article stays
   * usable (it is not a modal dialog). After a cancelled import, that nothing changed.
   */
  renderProgress(): TemplateResult | typeof nothing {
    const strings = this.needs.strings();
    const running = this.#running;
    if (!running) {
      return this.#cancelled
        ? html`<div class="import-progress" part="import-progress" role="status">
            <span>${strings.importCancelled}</span>
            <button type="button" @click=${() => ((this.#cancelled = false), this.host.requestUpdate())}>${strings.close}</button>
          </div>`
        : nothing;
    }
    const label = running.total ? strings.importing(running.done, running.total) : strings.readingImport;
    return html`<div class="import-progress" part="import-progress" role="status">
      <progress aria-label=${label} max=${running.total || 1} value=${running.total ? running.done : nothing}></progress>
      <span>${label}</span>
      <button type="button" @click=${() => this.cancelImport()}>${strings.cancelImport}</button>
    </div>`;
  }

  /** The import report and ClaimReview dialogs, once their chunk has loaded. */
  render(): TemplateResult | typeof nothing {
    const dialogs = this.#dialogs;
    if (!dialogs) return nothing;
    const strings = this.needs.strings();
    const { kinds } = this.needs.vocabulary();
    return html`${dialogs.renderUntaggedChoice({
      dialog: this.#untaggedDialog,
      strings,
      choice: this.#untagged,
      kinds,
      onSubmit: (kind) => void this.#importAs(kind),
      onCancel: () => {
        this.#untagged = null;
        this.host.requestUpdate();
      },
    })}
    ${dialogs.renderImportReport({
      dialog: this.#reportDialog,
      strings,
      report: this.#report,
      error: this.#error,
      kinds,
      annotations: () => this.needs.annotations(),
      show: (id) => this.needs.show(id),
      takeFileVersion: (conflict) => this.takeFileVersion(conflict),
    })}
    ${dialogs.renderClaimReviewDialog({
      dialog: this.#claimReviewDialog,
      strings,
      review: this.#claimReview,
      onSubmit: (form) => void this.#copyClaimReview(form),
      show: (id) => this.needs.show(id),
    })}`;
  }

  /** The dialogs' templates: loaded with the on-demand chunk on the first import or Copy ClaimReview. */
  async #loadDialogs(): Promise<ExchangeDialogs> {
    this.#dialogs ??= await this.needs.load(import('../on-demand.ts'));
    this.#dialogs.adoptDialogStyles(this.host.shadowRoot as ShadowRoot);
    return this.#dialogs;
  }
}

/** An import asked for while another runs: wait for it, or cancel it. */
export class ImportRunningError extends Error {
  override name = 'ImportRunningError';
  constructor() {
    super('An import is already running: wait for its report, or cancel it first');
  }
}

/** `value` as a publisher: a name (trimmed) and an http(s) URL if any; a TypeError naming `what` otherwise. */
function checkPublisher(value: FactCheckPublisher, what: string): FactCheckPublisher {
  const name = value?.name;
  if (typeof name !== 'string' || name.trim() === '') throw new TypeError(`${what} needs a name`);
  if (value.url !== undefined && !isHttpUrl(value.url)) throw new TypeError(`${what}'s URL ${JSON.stringify(value.url)} is not an http(s) URL`);
  return { name: name.trim(), ...(value.url ? { url: value.url } : {}) };
}
