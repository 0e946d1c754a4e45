/**
 * The article's header: its headline and byline (publisher, author, date, a
 * link to the source). The editor's actions are in the bar below it (action-bar.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ArticleMetadata } from '../../../model/index.ts';
import type { ClaimStrings } from '../../shared/strings/annotator-strings.ts';
import { formatDate, hostOf } from './article-loading.ts';

/**
 * The headline and byline; `editor` says it is the editor's (which always names
 * the article). Readers see the headline only when there is one and the text
 * does not begin with it (`inText`), and no header when nothing is left to show.
 */
export function renderArticleHeader(
  metadata: ArticleMetadata,
  strings: ClaimStrings,
  locale: string | undefined,
  editor: boolean,
  inText = false,
): TemplateResult | typeof nothing {
  const { publisher, author, published, url } = metadata;
  const title = editor ? (metadata.title ?? strings.untitled) : inText ? undefined : metadata.title;
  const byline = [publisher, author, published ? formatDate(published, locale) : undefined].filter(Boolean).join(' · ');
  if (!editor && !title && !byline && !url) return nothing;
  return html`
    <header class="article-header" part="header">
      <div>
        ${title ? html`<h2 class="headline">${title}</h2>` : nothing}
        <p class="byline">
          ${byline}${url ? html`${byline ? ' · ' : ''}<a href=${url} target="_blank" rel="noopener noreferrer">${hostOf(url)}</a>` : nothing}
        </p>
      </div>
    </header>
  `;
}
