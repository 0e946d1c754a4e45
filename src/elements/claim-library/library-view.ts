/**
 * The templates of `<claim-library>`: its actions, the list of stored articles,
 * the alert and the status line (the question before a restore overwrites newer
 * work is in library-backup.ts). A lazy chunk with the library's styles
 * (claim-library.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ArticleSummary } from '../../store/index.ts';
import { type LibraryFormat, type LibraryStrings, titleOf } from '../shared/strings/library-strings.ts';

export { claimLibraryStyles as libraryStyles } from './claim-library.styles.ts';

/** A problem shown in the alert; `retry` when reading the list failed and Try again may help. */
export interface LibraryAlert {
  title: string;
  message: string;
  retry?: boolean;
}

export function renderAlert(alert: LibraryAlert, strings: LibraryStrings, actions: { onRetry: () => void; onDismiss: () => void }): TemplateResult {
  return html`
    <div class="alert" role="alert">
      <p><strong>${alert.title}</strong> ${alert.message}</p>
      <div class="form-buttons">
        ${alert.retry ? html`<button type="button" class="retry" @click=${actions.onRetry}>${strings.tryAgain}</button>` : nothing}
        <button type="button" class="dismiss" @click=${actions.onDismiss}>${strings.dismiss}</button>
      </div>
    </div>
  `;
}

/** The stored articles, or what to do when there are none. Items are keyed by id, so focus stays on a button as the list changes. */
export function renderArticleList(
  articles: readonly ArticleSummary[],
  format: LibraryFormat,
  itemContext: (article: ArticleSummary) => Omit<ArticleItemContext, 'article' | 'format'>,
): TemplateResult {
  const { strings } = format;
  if (articles.length === 0) {
    return html`<div class="empty"><p><strong>${strings.emptyTitle}</strong></p><p>${strings.emptyHelp}</p></div>`;
  }
  return html`
    <p class="count">${format.articles(articles.length)}</p>
    <ul class="articles" part="list" role="list" aria-label=${strings.list}>
      ${repeat(articles, (article) => article.id, (article) => renderArticleItem({ article, format, ...itemContext(article) }))}
    </ul>
  `;
}

/** What a list item needs. */
export interface ArticleItemContext {
  article: ArticleSummary;
  format: LibraryFormat;
  /** The article the linked editor shows. */
  isOpen: boolean;
  renaming: boolean;
  onOpen: () => void;
  onStartRename: () => void;
  onRename: (title: string) => void;
  onCancelRename: () => void;
  onDelete: () => void;
}

/** One stored article: headline, publisher and date, counts, and its actions. */
export function renderArticleItem(context: ArticleItemContext): TemplateResult {
  const { article, format, isOpen } = context;
  const { strings } = format;
  const title = titleOf(article, strings);
  const source = [
    article.publisher,
    article.published ? html`${strings.published} <time datetime=${article.published}>${format.day(article.published)}</time>` : undefined,
  ].filter(Boolean);
  // the article's name, for screen readers, after each action's visible word
  const named = html`<span class="visually-hidden"> ${strings.quoted(title)}</span>`;
  return html`
    <li class=${isOpen ? 'article current' : 'article'} part="item" data-article-id=${article.id} aria-current=${isOpen ? 'true' : nothing}>
      ${context.renaming ? renderRename(context, article.title ?? '') : html`<p class="title ${article.title ? '' : 'untitled'}">${title}</p>`}
      ${source.length ? html`<p class="details">${source.map((part, index) => html`${index ? ' · ' : ''}${part}`)}</p>` : nothing}
      <p class="details">
        ${format.annotations(article.annotationCount)} · ${strings.changed} <time datetime=${article.modified}>${format.moment(article.modified)}</time>
      </p>
      ${isOpen ? html`<p class="badge">${strings.openNow}</p>` : nothing}
      <div class="item-actions" part="item-actions">
        <button type="button" class="open" @click=${context.onOpen}>${strings.open}${named}</button>
        <button type="button" class="rename" aria-expanded=${context.renaming ? 'true' : 'false'} @click=${context.onStartRename}>${strings.rename}${named}</button>
        <button type="button" class="delete danger" @click=${context.onDelete}>${strings.delete}${named}</button>
      </div>
    </li>
  `;
}

function renderRename(context: ArticleItemContext, current: string): TemplateResult {
  const { strings } = context.format;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('title') as HTMLInputElement;
    context.onRename(input.value);
  };
  const keydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation(); // Escape here closes the field, not a surrounding dialog or panel
    context.onCancelRename();
  };
  return html`
    <form class="rename-form" @submit=${submit} @keydown=${keydown}>
      <label>${strings.newTitle}<input type="text" name="title" .value=${current} autocomplete="off" /></label>
      <div class="form-buttons">
        <button type="submit" class="primary">${strings.save}</button>
        <button type="button" @click=${context.onCancelRename}>${strings.cancel}</button>
      </div>
    </form>
  `;
}

/** What the library shows. */
export interface LibraryModel {
  strings: LibraryStrings;
  format: LibraryFormat;
  /** The article open in the linked editor. */
  openId: string | null;
  /** The stored articles, or null until read. */
  articles: readonly ArticleSummary[] | null;
  alert: LibraryAlert | null;
  status: { message: string; undo?: unknown } | null;
  renamingId: string | null;
  /** The note naming stored articles the list leaves out because they cannot be read. */
  unlisted: string | null;
  /** The question a restore asks (library-backup.ts draws it), while it asks. */
  question: (() => TemplateResult) | null;
  /** What the list shows: the stored articles, or the results of a search over their annotations. */
  search: 'articles' | 'results';
  /** The search form, with its results while searching (library-search.ts). */
  renderSearch: (format: LibraryFormat) => TemplateResult;
}

/** What the library's buttons do. */
export interface LibraryActions {
  onNew(): void;
  onBackUp(): void;
  onRestoreFile(event: Event): void;
  onRetry(): void;
  onDismissAlert(): void;
  onUndoDelete(): void;
  article(article: ArticleSummary): Pick<ArticleItemContext, 'onOpen' | 'onStartRename' | 'onRename' | 'onCancelRename' | 'onDelete'>;
}

/** The whole library. */
export function renderLibrary(model: LibraryModel, actions: LibraryActions): TemplateResult {
  const { strings, format, articles, alert, status, unlisted, question } = model;
  return html`
    <div class="actions" part="actions">
      <button type="button" class="new primary" @click=${actions.onNew}>${strings.newArticle}</button>
      <button type="button" class="backup" @click=${actions.onBackUp}>${strings.backUp}</button>
      <button type="button" class="restore" @click=${(event: Event) => ((event.currentTarget as HTMLElement).nextElementSibling as HTMLInputElement).click()}>
        ${strings.restore}
      </button>
      <input type="file" class="visually-hidden" tabindex="-1" aria-label=${strings.restoreHelp} accept=".json,application/json" @change=${actions.onRestoreFile} />
    </div>
    ${alert ? renderAlert(alert, strings, { onRetry: actions.onRetry, onDismiss: actions.onDismissAlert }) : nothing}
    <div class="status" role="status" part="status">
      ${status
        ? html`<span>${status.message}</span>${status.undo ? html`<button type="button" class="undo" @click=${actions.onUndoDelete}>${strings.undo}</button>` : nothing}`
        : nothing}
    </div>
    ${unlisted ? html`<p class="unlisted" part="unlisted">${unlisted}</p>` : nothing}
    ${articles?.length ? model.renderSearch(format) : nothing}
    ${model.search === 'results' && articles?.length
      ? nothing
      : articles === null
      ? html`<p class="empty">${alert?.retry ? nothing : strings.loading}</p>`
      : renderArticleList(articles, format, (article) => ({ isOpen: article.id === model.openId, renaming: article.id === model.renamingId, ...actions.article(article) }))}
    ${question ? question() : nothing}
  `;
}
