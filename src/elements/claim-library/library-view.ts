/** The templates of `<claim-library>`: the list of stored articles and the alert (the question before a restore overwrites newer work is in library-backup.ts). */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ArticleSummary } from '../../store/index.ts';
import type { LibraryFormat, LibraryStrings } from '../shared/strings/library-strings.ts';

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

/** The headline, or the words for an untitled article. */
export function titleOf(article: { title?: string }, strings: LibraryStrings): string {
  return article.title?.trim() || strings.untitled;
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
