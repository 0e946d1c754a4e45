/** Article metadata: what identifies the article a fact-checker annotates. */
import { isHttpUrl } from './annotation-input.ts';
import { isoDateForm } from './dates.ts';

/** URL, headline, publisher, author and publication date of an article. */
export interface ArticleMetadata {
  /** The article's address; exports use it as the annotations' target source. */
  url?: string;
  /** The headline. */
  title?: string;
  publisher?: string;
  author?: string;
  /** Date (and time) of publication, ISO 8601. */
  published?: string;
}

/** What is wrong with an article: a field of the wrong type, a URL that is not http(s), a date that is not ISO 8601, no content. */
/** Why an article cannot be opened: `too-long` is more text than the editor opens in reasonable time (persistence/limits.ts). */
export type ArticleProblem = 'invalid-field' | 'invalid-url' | 'invalid-date' | 'no-content' | 'too-long';

/** An error in article metadata or content; `reason` and `field` say what for the UI, the message says it for developers. */
export class ArticleError extends Error {
  override name = 'ArticleError';
  constructor(
    message: string,
    readonly reason: ArticleProblem = 'invalid-field',
    /** The metadata field, such as `url` or `published`, when one is to blame. */
    readonly field = '',
  ) {
    super(message);
  }
}

/** Checks and trims metadata; throws an ArticleError for a bad URL or date. */
export function checkMetadata(input: ArticleMetadata): ArticleMetadata {
  const metadata: ArticleMetadata = {};
  for (const key of ['url', 'title', 'publisher', 'author', 'published'] as const) {
    const value = input[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') throw new ArticleError(`${key} must be a string, not ${typeof value}`, 'invalid-field', key);
    const trimmed = value.trim();
    if (trimmed) metadata[key] = trimmed;
  }
  if (metadata.url !== undefined && !isHttpUrl(metadata.url)) {
    throw new ArticleError(`The article URL ${JSON.stringify(metadata.url)} is not an http(s) URL`, 'invalid-url', 'url');
  }
  if (metadata.published !== undefined && isoDateForm(metadata.published) === null) {
    throw new ArticleError(`The publication date ${JSON.stringify(metadata.published)} is not an ISO 8601 date such as 2026-03-12`, 'invalid-date', 'published');
  }
  return metadata;
}

/**
 * Splits plain text into paragraphs: a blank line starts a new paragraph, and
 * whitespace inside a paragraph collapses to single spaces, as a reader sees it.
 */
export function paragraphsOfPlainText(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\f\v\u00a0]*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '');
}
