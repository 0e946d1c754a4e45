/**
 * The exchange dialogs' templates: the import report and Copy ClaimReview. They
 * load with the on-demand chunk on the first import or Copy ClaimReview, so the
 * start-up bundle does without them; their state stays in AnnotationExchange.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { type Ref, ref } from 'lit/directives/ref.js';
import {
  type Annotation,
  type ImportConflict,
  type KindDefinition,
  type Vocabulary,
  claimReviewedAdvisedLength,
  claimReviewedOf,
  contentDigest,
  defaultUntaggedKind,
  publishedReviews,
  reviewDateProblem,
  isHttpUrl,
  kindLabel,
  maxImportSize,
} from '../../../model/index.ts';
import { previewImport } from './exchange-import.ts';
import type { ClaimStrings } from '../../shared/strings/annotator-strings.ts';
import { importProblem, noteWords, onDemandWords, rejectionWords } from '../../shared/strings/on-demand-strings.ts';
import type { ImportReport } from './exchange.ts';

/** What the ClaimReview dialog shows after Copy: the block, whether it reached the clipboard, or why not. */
export interface ClaimReviewState {
  script: string;
  error: string | null;
  copied: boolean;
  /** The form's first values: the publisher remembered or the site's, and today. */
  defaults: { name: string; url: string; date: string };
  /** The reviews whose `claimReviewed` is longer than Google advises, to restate. */
  long: { id: string; claimReviewed: string }[];
}

/** The fact-checking organisation that publishes the reviews. */
export interface FactCheckPublisher {
  name: string;
  url?: string;
}

/** Where the dialog remembers the publisher the user last typed (localStorage), the default next time. */
export const publisherStorageKey = 'claimmark:fact-check-publisher';

/** The publisher last used in the dialog in this browser, or null (none, unreadable, or no localStorage here). */
export function rememberedPublisher(): FactCheckPublisher | null {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(publisherStorageKey) ?? 'null');
    const { name, url } = (stored ?? {}) as { name?: unknown; url?: unknown };
    if (typeof name !== 'string' || !name.trim() || name.length > 500) return null;
    return { name, ...(isHttpUrl(url) ? { url } : {}) };
  } catch {
    return null;
  }
}

/** Keeps `publisher` as the dialog's default for next time; a browser without localStorage just does not remember. */
export function rememberPublisher(publisher: FactCheckPublisher): void {
  try {
    localStorage.setItem(publisherStorageKey, JSON.stringify(publisher));
  } catch {
    // storage refused (private mode, sandboxed frame): the site's publisher stays the default
  }
}

/** The reviews `annotations` would publish whose `claimReviewed` is longer than Google advises. */
export function longClaimReviews(annotations: readonly Annotation[]): ClaimReviewState['long'] {
  return publishedReviews(annotations)
    .map((annotation) => ({ id: annotation.id, claimReviewed: claimReviewedOf(annotation) }))
    .filter((review) => [...review.claimReviewed].length > claimReviewedAdvisedLength);
}

/** A picked file waiting for the user's choice: its text and how many of its annotations name no kind here. */
export interface UntaggedChoice {
  body: string;
  /** How many annotations name no kind here. */
  count: number;
  /** Other pages than the article the file's annotations were made on. */
  otherSources: string[];
  /** The article's address, to show beside them. */
  articleUrl?: string;
}

/**
 * A file the user picked or dropped, read: why it cannot be imported (in
 * `strings`' words), or its text and how many of its annotations name no kind
 * here (0: import at once; more: ask first).
 */
export async function readPickedFile(
  file: File,
  strings: ClaimStrings,
  vocabulary: Vocabulary,
  articleUrl: string | undefined,
): Promise<{ error: string; choice: null } | { error: null; choice: UntaggedChoice }> {
  const refused = (error: string) => ({ error, choice: null });
  const words = onDemandWords(strings);
  if (!/\.(jsonld|json)$/i.test(file.name) && !/json/.test(file.type)) return refused(words.importWrongType(file.name));
  if (file.size > maxImportSize) return refused(words.importTooLarge(file.name, maxImportSize / (1024 * 1024)));
  try {
    const body = await file.text();
    const { untagged, otherSources } = await previewImport(body, vocabulary, articleUrl);
    return { error: null, choice: { body, count: untagged, otherSources, ...(articleUrl ? { articleUrl } : {}) } };
  } catch (error) {
    return refused(importProblem(strings, error));
  }
}

/** What the untagged-kind choice shows and does. */
export interface UntaggedChoiceContext {
  dialog: Ref<HTMLDialogElement>;
  strings: ClaimStrings;
  choice: UntaggedChoice | null;
  kinds: readonly KindDefinition[];
  onSubmit(kind: string): void;
  onCancel(): void;
}

/** What the import report shows and does. */
export interface ImportReportContext {
  dialog: Ref<HTMLDialogElement>;
  strings: ClaimStrings;
  report: ImportReport | null;
  error: string | null;
  /** The kinds here, to name the kind untagged annotations became. */
  kinds: readonly KindDefinition[];
  annotations(): Annotation[];
  /** Selects and shows an annotation the report lists. */
  show(id: string): void;
  /** Replaces the version here of a conflicting annotation by the file's; false when it is gone. */
  takeFileVersion(conflict: ImportConflict): boolean;
}

/** What the ClaimReview dialog shows and does. */
export interface ClaimReviewContext {
  dialog: Ref<HTMLDialogElement>;
  strings: ClaimStrings;
  review: ClaimReviewState | null;
  onSubmit(form: HTMLFormElement): void;
  /** Closes the dialog and shows an annotation, to restate its claim. */
  show(id: string): void;
}

/** What the Download dialog shows when some annotations are private, and what it does. */
export interface ExportChoiceContext {
  dialog: Ref<HTMLDialogElement>;
  strings: ClaimStrings;
  /** How many of the annotations are private. */
  privateCount: number;
  onDownload(includePrivate: boolean): void;
}

/** Before a download when some annotations are private: they are left out unless the user ticks the box. */
export function renderExportChoice(context: ExportChoiceContext): TemplateResult {
  const strings = onDemandWords(context.strings);
  const count = context.privateCount;
  return html`
      <dialog class="export-choice" aria-labelledby="export-choice-title" ${ref(context.dialog)}>
        <h2 id="export-choice-title">${strings.exportTitle}</h2>
        <form
          @submit=${(event: SubmitEvent) => {
            event.preventDefault();
            const form = event.currentTarget as HTMLFormElement;
            const include = (form.elements.namedItem('includePrivate') as HTMLInputElement).checked;
            form.closest('dialog')?.close();
            context.onDownload(include);
          }}
        >
          <p class="help">${strings.exportPrivateNote(count)}</p>
          <label><input type="checkbox" name="includePrivate" /> ${strings.includePrivate(count)}</label>
          <div class="form-buttons">
            <button type="button" @click=${(event: Event) => (event.target as HTMLElement).closest('dialog')?.close()}>${strings.cancel}</button>
            <button type="submit" class="primary">${strings.downloadAction}</button>
          </div>
        </form>
      </dialog>
    `;
}

/** What is wrong in the Copy ClaimReview form, in `strings`' words, or null when nothing is. */
export function claimReviewProblem(strings: ClaimStrings, options: { url: string; author: FactCheckPublisher; datePublished: string }): string | null {
  const words = onDemandWords(strings);
  if (!isHttpUrl(options.url)) return words.claimReviewBadUrl;
  if (!options.author.name.trim()) return words.claimReviewNoAuthor;
  if (options.author.url !== undefined && !isHttpUrl(options.author.url)) return words.claimReviewBadAuthorUrl;
  const date = reviewDateProblem(options.datePublished);
  if (date) return date === 'future' ? words.claimReviewFutureDate : words.claimReviewBadDate;
  return null;
}

/** The import report: counts, the annotations to check or that could not be placed, rejected items and notes. */
export function renderImportReport(context: ImportReportContext): TemplateResult {
  const { report } = context;
  const strings = onDemandWords(context.strings);
  return html`
      <dialog class="import-report" aria-labelledby="import-report-title" ${ref(context.dialog)}>
        <h2 id="import-report-title">${strings.importReport}</h2>
        ${context.error ? html`<p class="error" role="alert">${context.error}</p>` : nothing}
        ${report
          ? html`
              <ul class="report-counts">
                <li>${strings.reportAdded(report.added)}</li>
                <li>${strings.reportUpdated(report.updated)}</li>
                <li>${strings.reportUnchanged(report.unchanged)}</li>
                ${report.kept.length ? html`<li>${strings.reportKept(report.kept.length)}</li>` : nothing}
                ${report.untagged ? html`<li class="report-untagged">${strings.reportUntagged(report.untagged, kindLabel(context.kinds, report.untaggedKind))}</li>` : nothing}
                ${report.links || report.replies ? html`<li class="report-relations">${strings.reportRelations(report.links, report.replies)}</li>` : nothing}
                ${report.private ? html`<li class="report-private">${strings.reportPrivate(report.private)}</li>` : nothing}
              </ul>
              ${conflictList(context, report.conflicts)}
              ${idList(context, strings.reportMoved, report.moved)} ${idList(context, strings.reportOrphaned, report.orphaned)}
              ${report.rejected.length
                ? html`<h3>${strings.reportRejected(report.rejected.length)}</h3>
                    <ul>
                      ${report.rejected.slice(0, 50).map((item) => html`<li>${strings.reportItem(item.index)}: ${rejectionWords(strings, item)}</li>`)}
                    </ul>`
                : nothing}
              ${report.noteDetails.length
                ? html`<h3>${strings.reportNotes}</h3>
                    <ul>
                      ${report.noteDetails.slice(0, 50).map((note) => html`<li>${noteWords(strings, note)}</li>`)}
                    </ul>`
                : nothing}
            `
          : nothing}
        <div class="form-buttons">
          <button type="button" class="primary" @click=${(event: Event) => (event.target as HTMLElement).closest('dialog')?.close()}>${strings.close}</button>
        </div>
      </dialog>
    `;
}

/**
 * Before an import whose file has annotations of no kind here: which kind they
 * become, Note (or the site's first kind) preselected. Cancel imports nothing.
 */
export function renderUntaggedChoice(context: UntaggedChoiceContext): TemplateResult {
  const strings = onDemandWords(context.strings);
  const { choice, kinds } = context;
  const preselected = defaultUntaggedKind({ kinds, verdicts: [] });
  return html`
      <dialog class="untagged-choice" aria-labelledby="untagged-choice-title" ${ref(context.dialog)} @cancel=${() => context.onCancel()}>
        <h2 id="untagged-choice-title">${choice?.count ? strings.untaggedTitle : strings.otherPageTitle}</h2>
        <form
          @submit=${(event: SubmitEvent) => {
            event.preventDefault();
            const form = event.currentTarget as HTMLFormElement;
            context.onSubmit(String(new FormData(form).get('kind') ?? preselected));
          }}
        >
          ${choice?.otherSources.length
            ? html`<p class="other-page" role="alert">
                ${strings.otherPageWarning(choice.otherSources.length)}
                ${choice.otherSources.slice(0, 3).map((url) => html`<span class="url">${url}</span> `)}
                ${choice.articleUrl ? html`${strings.thisArticleIs} <span class="url">${choice.articleUrl}</span>` : nothing}
              </p>`
            : nothing}
          ${choice?.count
            ? html`<p>${strings.untaggedQuestion(choice.count)}</p>
                <label
                  >${strings.untaggedKind}
                  <select name="kind">
                    ${kinds.map((kind) => html`<option value=${kind.id} ?selected=${kind.id === preselected}>${kind.label}</option>`)}
                  </select>
                </label>`
            : nothing}
          <div class="form-buttons">
            <button
              type="button"
              @click=${(event: Event) => {
                (event.target as HTMLElement).closest('dialog')?.close();
                context.onCancel();
              }}
            >
              ${strings.cancel}
            </button>
            <button type="submit" class="primary">${strings.importAction}</button>
          </div>
        </form>
      </dialog>
    `;
}

/**
 * The Copy ClaimReview dialog: the fact-check page's URL, its publisher (the
 * fact-checking organisation, never the checked article's) and date, the
 * claims to restate for Google, then the block to paste.
 */
export function renderClaimReviewDialog(context: ClaimReviewContext): TemplateResult {
  const { review } = context;
  const defaults = review?.defaults ?? { name: '', url: '', date: '' };
  const strings = onDemandWords(context.strings);
  return html`
      <dialog class="claim-review" aria-labelledby="claim-review-title" ${ref(context.dialog)}>
        <h2 id="claim-review-title">${strings.claimReviewTitle}</h2>
        <p class="help">${strings.claimReviewHelp}</p>
        <form
          @submit=${(event: SubmitEvent) => {
            event.preventDefault();
            context.onSubmit(event.currentTarget as HTMLFormElement);
          }}
        >
          <div class="metadata-grid">
            <label>${strings.factCheckUrl}<input type="url" name="url" required placeholder="https://" /></label>
            <label>${strings.reviewAuthor}<input type="text" name="author" required value=${defaults.name} /></label>
            <label>${strings.reviewAuthorUrl}<input type="url" name="authorUrl" placeholder="https://" value=${defaults.url} /></label>
            <label>${strings.reviewDate}<input type="date" name="datePublished" required value=${defaults.date} /></label>
          </div>
          ${review?.long.length ? longClaimWarning(context, review.long) : nothing}
          ${review?.error ? html`<p class="error" role="alert">${review.error}</p>` : nothing}
          ${review?.script
            ? html`<p role="status">${review.copied ? strings.claimReviewCopied : strings.claimReviewCopyByHand}</p>
                <label>${strings.claimReviewBlock}<textarea readonly rows="8" .value=${review.script}></textarea></label>`
            : nothing}
          <div class="form-buttons">
            <button type="button" @click=${(event: Event) => (event.target as HTMLElement).closest('dialog')?.close()}>${strings.close}</button>
            <button type="submit" class="primary">${strings.copyClaimReview}</button>
          </div>
        </form>
      </dialog>
    `;
}

/** The reviews whose claimReviewed is long, each with a button to restate its claim. */
function longClaimWarning(context: ClaimReviewContext, long: ClaimReviewState['long']): TemplateResult {
  const strings = onDemandWords(context.strings);
  const { quoted } = context.strings;
  return html`<div class="long-claims" role="status">
    <p>${strings.claimReviewLong(claimReviewedAdvisedLength)}</p>
    <ul>
      ${long.slice(0, 20).map((review) => {
        const length = [...review.claimReviewed].length;
        const shown = length > 80 ? `${[...review.claimReviewed].slice(0, 79).join('')}…` : review.claimReviewed;
        return html`<li>
          ${strings.claimReviewLength(quoted(shown), length)}
          <button
            type="button"
            @click=${(event: Event) => {
              (event.target as HTMLElement).closest('dialog')?.close();
              context.show(review.id);
            }}
          >
            ${strings.restateClaim}
          </button>
        </li>`;
      })}
    </ul>
  </div>`;
}

function idList(context: ImportReportContext, title: (count: number) => string, ids: readonly string[]): TemplateResult | typeof nothing {
  if (ids.length === 0) return nothing;
  const byId = new Map(context.annotations().map((annotation) => [annotation.id, annotation]));
  const { quoted } = context.strings;
    return html`
      <h3>${title(ids.length)}</h3>
      <ul>
        ${ids.slice(0, 50).map((id) => {
          const annotation = byId.get(id);
          const quote = annotation?.exact ?? id;
          return html`<li>
            <button
              type="button"
              class="link"
              data-annotation-id=${id}
              @click=${(event: Event) => {
                (event.target as HTMLElement).closest('dialog')?.close();
                context.show(id);
              }}
            >
              ${quoted(quote.length > 80 ? `${quote.slice(0, 79)}…` : quote)}
            </button>
          </li>`;
        })}
      </ul>
    `;
}

/** The conflicts: each annotation's words here, why the file's version was not taken, and a button to take it. */
function conflictList(context: ImportReportContext, conflicts: readonly ImportConflict[]): TemplateResult | typeof nothing {
  if (!conflicts.length) return nothing;
  const strings = onDemandWords(context.strings);
  const { quoted } = context.strings;
  const byId = new Map(context.annotations().map((annotation) => [annotation.id, annotation]));
  return html`
    <h3>${strings.reportConflicts(conflicts.length)}</h3>
    <ul class="report-conflicts">
      ${conflicts.slice(0, 50).map((conflict) => {
        const here = byId.get(conflict.id);
        const quote = here?.exact ?? conflict.file.exact;
        const taken = here !== undefined && contentDigest(here) === conflict.file.fromFile?.digest;
        return html`<li>
          ${quoted(quote.length > 80 ? `${quote.slice(0, 79)}…` : quote)}: ${strings.conflictReasons[conflict.reason]}
          ${here === undefined
            ? nothing
            : taken
              ? html`<span role="status">${strings.fileVersionTaken}</span>`
              : html`<button type="button" @click=${() => context.takeFileVersion(conflict)}>${strings.takeFileVersion}</button>`}
        </li>`;
      })}
    </ul>
  `;
}
