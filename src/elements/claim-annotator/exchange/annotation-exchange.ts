/**
 * JSON-LD exchange for the element: export (a download, the ClaimReview block
 * for a fact-check page) and import (a file, dropped or picked), with the
 * report the user reads and the review marks on annotations that moved.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { createRef } from 'lit/directives/ref.js';
import {
  type Annotation,
  type ArticleMetadata,
  type Vocabulary,
  isHttpUrl,
  localDay,
  reviewDateProblem,
  toClaimReviews,
  toJsonLd,
} from '../../../model/index.ts';
import type { EditorUpdates } from '../../../editor/index.ts';
import type { ImportFlow } from './import-flow.ts';
import type { ChangeOrigin } from '../events.ts';
import { type ImportReport, downloadFile, exportFileName } from './exchange.ts';
import type { ClaimReviewState, FactCheckPublisher } from './exchange-dialogs.ts';

/** The dialogs' templates, from the on-demand chunk. */
type ExchangeDialogs = Pick<
  typeof import('../on-demand.ts'),
  | 'renderClaimReviewDialog'
  | 'renderExportChoice'
  | 'copyClaimReview'
  | 'downloadCsv'
  | 'printReport'
  | 'adoptDialogStyles'
  | 'ImportFlow'
  | 'longClaimReviews'
  | 'rememberedPublisher'
>;
import type { ClaimStrings } from '../../shared/strings/annotator-strings.ts';

/** What exchange needs of the element. */
export interface ExchangeNeeds {
  /** The element's words, read when a message is made. */
  strings(): ClaimStrings;
  metadata(): ArticleMetadata;
  /** Changes the article's metadata, as `origin` (an import fills in what the file's article adds: `completeMetadata`). */
  changeMetadata(metadata: ArticleMetadata, origin: ChangeOrigin): void;
  text(): string;
  annotations(): Annotation[];
  vocabulary(): Vocabulary;
  documentId(): string | null;
  creator(): { name: string; url?: string } | null;
  /** Applies merged annotations in one undo step, as `origin`. */
  apply(add: readonly Annotation[], update: readonly Annotation[], origin: ChangeOrigin): void;
  /** The editor, its transactions marked as `origin`: a large import follows its edits and applies itself in slices. */
  editorAs(origin: ChangeOrigin): Pick<EditorUpdates, 'state' | 'dispatch' | 'subscribe'>;
  /** Selects and shows an annotation. */
  show(id: string): void;
  /** Says `message` in the status line (politely announced). */
  say(message: string): void;
  /** Waits for a lazy chunk; the element's `updateComplete` waits for it too. */
  load<T>(chunk: Promise<T>): Promise<T>;
}

export class AnnotationExchange {
  readonly #claimReviewDialog = createRef<HTMLDialogElement>();
  readonly #exportDialog = createRef<HTMLDialogElement>();
  /** How many private annotations the Download dialog asks about (counted when it opens). */
  #privateCount = 0;
  #claimReview: ClaimReviewState | null = null;
  #dialogs: ExchangeDialogs | null = null;
  /** Importing (import-flow.ts): made on the first import. */
  #flow: ImportFlow | null = null;
  #sitePublisher: FactCheckPublisher | null = null;

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    readonly needs: ExchangeNeeds,
  ) {
  }

  /** The W3C Web Annotation export of the article's annotations; private ones (see `Annotation.private`) only with `includePrivate`. */
  exportJsonLd(options: { includePrivate?: boolean } = {}): object {
    return toJsonLd({
      includePrivate: options?.includePrivate === true,
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
      // a private annotation is never published
      annotations: this.needs.annotations().filter((annotation) => !annotation.private),
      verdicts: this.needs.vocabulary().verdicts,
      linkTypes: this.needs.vocabulary().linkTypes,
      url: options.url,
      author,
      datePublished,
      name: this.needs.strings().claimReviewName,
    });
  }

  /**
   * Imports a JSON-LD (or Hypothesis) file (import-flow.ts, loaded now): see
   * `ImportFlow.importJsonLd`.
   */
  async importJsonLd(input: object | string, origin: ChangeOrigin, options: { untaggedKind?: string; signal?: AbortSignal } = {}): Promise<ImportReport> {
    return (await this.#importFlow()).importJsonLd(input, origin, options);
  }

  /** The user confirms that an annotation an import placed sits right: its placement check is cleared (and saved). */
  confirmPlace(id: string): void {
    const annotation = this.needs.annotations().find((a) => a.id === id);
    if (!annotation?.placementCheck) return;
    const { placementCheck: _confirmed, ...rest } = annotation;
    this.needs.apply([], [rest], 'user');
  }

  /** The Download .jsonld action: asks first whether to include private annotations, when there are any. */
  async download(): Promise<void> {
    this.#privateCount = this.needs.annotations().filter((annotation) => annotation.private).length;
    if (!this.#privateCount) return this.#download(false);
    await this.#loadDialogs();
    this.host.requestUpdate();
    await (this.host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    this.#exportDialog.value?.showModal();
  }

  /** The Download .csv action: the article's annotations as a CSV report (made and downloaded by the on-demand chunk). */
  async downloadCsv(): Promise<void> {
    (await this.#loadDialogs()).downloadCsv(this.needs);
  }

  /** Print report: the article with numbered highlights and the list of its annotations, for paper (print-report.ts). */
  async printReport(root: ShadowRoot): Promise<void> {
    (await this.#loadDialogs()).printReport(this.needs, root);
  }

  #download(includePrivate: boolean): void {
    const json = JSON.stringify(this.exportJsonLd({ includePrivate }), null, 2);
    const name = exportFileName(this.needs.metadata(), 'jsonld');
    downloadFile(name, 'application/ld+json', json);
    this.needs.say(this.needs.strings().downloaded(name));
  }

  /** Imports a file the user picked or dropped, and shows the report (see `ImportFlow.importFile`). */
  /** The element's drop target: a .jsonld (or .json) file dropped anywhere on it (outside the article dialog) is imported. */
  readonly dropEvents = {
    dragover: (event: DragEvent): void => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    },
    drop: (event: DragEvent): void => {
      const file = event.dataTransfer?.files[0];
      if (!file || !/\.(jsonld|json)$/i.test(file.name)) return;
      event.preventDefault();
      void this.importFile(file);
    },
  };

  async importFile(file: File): Promise<void> {
    await (await this.#importFlow()).importFile(file);
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
    const dialogs = this.#dialogs as ExchangeDialogs;
    this.#claimReview = await dialogs.copyClaimReview(form, this.needs.strings(), this.#claimReview as ClaimReviewState, (options) => this.exportClaimReviews(options));
    this.host.requestUpdate();
  }

  /** While an import runs, its progress with Cancel; after a cancelled one, that nothing changed. */
  renderProgress(): TemplateResult | typeof nothing {
    return this.#flow?.renderProgress() ?? nothing;
  }

  /** The import report and ClaimReview dialogs, once their chunk has loaded. */
  render(): TemplateResult | typeof nothing {
    const dialogs = this.#dialogs;
    if (!dialogs) return nothing;
    const strings = this.needs.strings();
    return html`${this.#flow?.render() ?? nothing}
    ${dialogs.renderExportChoice({
      dialog: this.#exportDialog,
      strings,
      privateCount: this.#privateCount,
      onDownload: (includePrivate) => this.#download(includePrivate),
    })}
    ${dialogs.renderClaimReviewDialog({
      dialog: this.#claimReviewDialog,
      strings,
      review: this.#claimReview,
      onSubmit: (form) => void this.#copyClaimReview(form),
      show: (id) => this.needs.show(id),
    })}`;
  }

  /** The import's flow and dialogs, made on the first import (in the on-demand chunk). */
  async #importFlow(): Promise<ImportFlow> {
    const dialogs = await this.#loadDialogs();
    this.#flow ??= new dialogs.ImportFlow(this.host, this.needs);
    return this.#flow;
  }

  /** The dialogs' templates: loaded with the on-demand chunk on the first import or Copy ClaimReview. */
  async #loadDialogs(): Promise<ExchangeDialogs> {
    this.#dialogs ??= await this.needs.load(import('../on-demand.ts'));
    this.#dialogs.adoptDialogStyles(this.host.shadowRoot as ShadowRoot);
    return this.#dialogs;
  }
}

/** `value` as a publisher: a name (trimmed) and an http(s) URL if any; a TypeError naming `what` otherwise. */
function checkPublisher(value: FactCheckPublisher, what: string): FactCheckPublisher {
  const name = value?.name;
  if (typeof name !== 'string' || name.trim() === '') throw new TypeError(`${what} needs a name`);
  if (value.url !== undefined && !isHttpUrl(value.url)) throw new TypeError(`${what}'s URL ${JSON.stringify(value.url)} is not an http(s) URL`);
  return { name: name.trim(), ...(value.url ? { url: value.url } : {}) };
}
