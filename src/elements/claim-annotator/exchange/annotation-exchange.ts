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
  toClaimReviews,
  toJsonLd,
} from '../../../model/index.ts';
import type { ChangeOrigin } from '../events.ts';
import { type ImportReport, claimReviewScript, downloadFile, exportFileName } from './exchange.ts';
import type { ClaimReviewState, UntaggedChoice } from './exchange-dialogs.ts';

/** The dialogs' templates, from the on-demand chunk. */
type ExchangeDialogs = Pick<
  typeof import('../on-demand.ts'),
  'renderImportReport' | 'renderClaimReviewDialog' | 'renderExportChoice' | 'renderUntaggedChoice' | 'importProblem' | 'claimReviewProblem' | 'adoptDialogStyles' | 'readPickedFile'
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
  /** Selects and shows an annotation. */
  show(id: string): void;
  /** Waits for a lazy chunk; the element's `updateComplete` waits for it too. */
  load<T>(chunk: Promise<T>): Promise<T>;
}

export class AnnotationExchange {
  readonly #reportDialog = createRef<HTMLDialogElement>();
  readonly #claimReviewDialog = createRef<HTMLDialogElement>();
  readonly #untaggedDialog = createRef<HTMLDialogElement>();
  readonly #exportDialog = createRef<HTMLDialogElement>();
  /** How many private annotations the Download dialog asks about (counted when it opens). */
  #privateCount = 0;
  /** A picked file with annotations of no kind here, waiting for the user to say which kind they become. */
  #untagged: UntaggedChoice | null = null;
  #report: ImportReport | null = null;
  #error: string | null = null;
  #claimReview: ClaimReviewState | null = null;
  #dialogs: ExchangeDialogs | null = null;

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

  /** Plain schema.org ClaimReview objects for a fact-check page; throws a TypeError for a bad URL or author. */
  exportClaimReviews(options: { url: string; author: { name: string; url?: string } }): object[] {
    if (!options || !isHttpUrl(options.url)) throw new TypeError(`The fact-check page URL ${JSON.stringify(options?.url)} is not an http(s) URL`);
    const name = options.author?.name;
    if (typeof name !== 'string' || name.trim() === '') throw new TypeError('The ClaimReview author needs a name');
    if (options.author.url !== undefined && !isHttpUrl(options.author.url)) {
      throw new TypeError(`The author URL ${JSON.stringify(options.author.url)} is not an http(s) URL`);
    }
    return toClaimReviews({
      article: this.needs.metadata(),
      // a private annotation is never published
      annotations: this.needs.annotations().filter((annotation) => !annotation.private),
      verdicts: this.needs.vocabulary().verdicts,
      url: options.url,
      author: { name: name.trim(), ...(options.author.url ? { url: options.author.url } : {}) },
    });
  }

  /**
   * Imports a JSON-LD (or Hypothesis) file: places its annotations on the
   * article, merges them with the ones here and reports. Rejects with an
   * ImportError when the file is unusable as a whole; then nothing changes.
   */
  async importJsonLd(input: object | string, origin: ChangeOrigin, options: { untaggedKind?: string } = {}): Promise<ImportReport> {
    const { prepareImport } = await import('../on-demand.ts');
    const { parsed, placed, merge } = await prepareImport(input, this.needs.vocabulary(), () => this.needs.text(), () => this.needs.annotations(), {
      ...options,
      articleUrl: this.needs.metadata().url,
    });
    const applied = new Set([...merge.added, ...merge.updated]);
    const moved = placed.moved.filter((id) => applied.has(id));
    const reviews = placed.reviews.filter((review) => applied.has(review.id));
    // each annotation to check carries its placementCheck, kept with it until the user confirms it
    this.needs.apply(merge.add, merge.update, origin);
    return {
      added: merge.added.length,
      updated: merge.updated.length,
      unchanged: merge.unchanged.length,
      moved,
      reviews,
      orphaned: placed.orphaned.filter((id) => applied.has(id)),
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
      private: [...merge.add, ...merge.update].filter((annotation) => annotation.private).length,
    };
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

  /** The Download .jsonld action: asks first whether to include private annotations, when there are any. */
  async download(): Promise<void> {
    this.#privateCount = this.needs.annotations().filter((annotation) => annotation.private).length;
    if (!this.#privateCount) return this.#download(false);
    await this.#loadDialogs();
    await this.#show(this.#exportDialog);
  }

  #download(includePrivate: boolean): void {
    const json = JSON.stringify(this.exportJsonLd({ includePrivate }), null, 2);
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
      this.#error = (this.#dialogs as ExchangeDialogs).importProblem(this.needs.strings(), error);
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
    await this.#loadDialogs();
    this.#claimReview = { script: '', error: null, copied: false };
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
    try {
      const options = { url: value('url'), author: { name: value('author'), ...(value('authorUrl') ? { url: value('authorUrl') } : {}) } };
      const problem = this.#dialogs?.claimReviewProblem(this.needs.strings(), options);
      if (problem) throw new Error(problem);
      const reviews = this.exportClaimReviews(options);
      if (reviews.length === 0) throw new Error(this.needs.strings().noClaimReviews);
      const script = claimReviewScript(reviews);
      let copied = false;
      try {
        await navigator.clipboard.writeText(script);
        copied = true;
      } catch {
        // no clipboard permission here: the block is shown to copy by hand
      }
      this.#claimReview = { script, error: null, copied };
    } catch (error) {
      this.#claimReview = { script: '', error: (error as Error).message, copied: false };
    }
    this.host.requestUpdate();
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
    ${dialogs.renderExportChoice({
      dialog: this.#exportDialog,
      strings,
      privateCount: this.#privateCount,
      onDownload: (includePrivate) => this.#download(includePrivate),
    })}
    ${dialogs.renderClaimReviewDialog({
      dialog: this.#claimReviewDialog,
      strings,
      metadata: this.needs.metadata(),
      review: this.#claimReview,
      onSubmit: (form) => void this.#copyClaimReview(form),
    })}`;
  }

  /** The dialogs' templates: loaded with the on-demand chunk on the first import or Copy ClaimReview. */
  async #loadDialogs(): Promise<ExchangeDialogs> {
    this.#dialogs ??= await this.needs.load(import('../on-demand.ts'));
    this.#dialogs.adoptDialogStyles(this.host.shadowRoot as ShadowRoot);
    return this.#dialogs;
  }
}
