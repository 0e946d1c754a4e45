/**
 * Loading an article: checking what `loadArticle` is given and building the
 * document, the stored id an article gets, fetching files named by
 * `article-src`/`src`, and the byline's formats.
 */
import type { Node } from 'prosemirror-model';
import { type EditorAnnotations, type Placement, articleFromHtml, articleFromText, headlineOfHtml } from '../../../editor/index.ts';
import { type AnnotationInput, type ArticleMetadata, ArticleError, checkMetadata, contentHash, isoDateForm } from '../../../model/index.ts';
import { maxArticleCharacters, maxArticleHtmlCharacters } from '../../../persistence/limits.ts';

/** What `loadArticle` accepts: the article as plain text or HTML, its metadata, and any annotations it starts with. */
export interface ArticleInput extends ArticleMetadata {
  text?: string;
  html?: string;
  /**
   * Annotations to place on the new article at once (no undo step, no
   * per-annotation events). With storage on they seed an article seen for the
   * first time; an article already stored keeps its own annotations.
   */
  annotations?: readonly AnnotationInput[];
}

/** An article ready to show: what `loadArticle` builds before storage is asked about it. */
export interface PreparedArticle {
  metadata: ArticleMetadata;
  doc: Node;
  placements: readonly Placement[];
  sourceHash: string;
}

/** Checks `loadArticle` input and builds the new article; throws an ArticleError or AnnotationError. */
export function prepareArticle(input: ArticleInput, annotations: EditorAnnotations): PreparedArticle {
  if (!input || typeof input !== 'object') throw new ArticleError('loadArticle needs an object with text or html', 'no-content');
  const { html: source, text, annotations: initial, ...rest } = input;
  if (source !== undefined && typeof source !== 'string') throw new ArticleError('html must be a string', 'invalid-field', 'html');
  if (text !== undefined && typeof text !== 'string') throw new ArticleError('text must be a string', 'invalid-field', 'text');
  if (source === undefined && text === undefined) throw new ArticleError('loadArticle needs the article as text or html', 'no-content');
  // longer articles freeze the tab (measured in persistence/limits.ts): refused before any parsing
  const tooLong = (field: 'html' | 'text', limit: number, what: string = field) => new ArticleError(`${what} is over the ${limit} characters the editor opens`, 'too-long', field);
  if ((source?.length ?? 0) > maxArticleHtmlCharacters) throw tooLong('html', maxArticleHtmlCharacters);
  if ((text?.length ?? 0) > maxArticleCharacters) throw tooLong('text', maxArticleCharacters);
  const metadata = checkMetadata(rest);
  if (!metadata.title && source) metadata.title = headlineOfHtml(source);
  const doc = source !== undefined ? articleFromHtml(source) : articleFromText(text as string);
  if (source !== undefined && doc.textContent.length > maxArticleCharacters) throw tooLong('html', maxArticleCharacters, 'its text');
  const placements = initial === undefined ? [] : annotations.placementsIn(doc, initial);
  const sourceHash = contentHash(source !== undefined ? `html:${source}` : `text:${text}`);
  return { metadata, doc, placements, sourceHash };
}

/** The stored article id for an article URL: the same URL opens the same stored article. */
export function documentIdForUrl(url: string | undefined): string | null {
  return url ? `url:${url}` : null;
}

/** Why `fetchText` could not bring a file (the on-demand `loadProblem` says it in words). */
export class FetchFailure extends Error {
  override name = 'FetchFailure';
  constructor(
    /** Which file: the article or the annotations. */
    readonly what: 'article' | 'annotationFile',
    readonly reason: 'bad-url' | 'unreachable' | 'failed',
    readonly url: string,
    /** The server's answer, for `failed`. */
    readonly status?: string,
  ) {
    super(`Could not load ${url} (${reason}${status ? ` ${status}` : ''})`);
  }
}

/**
 * A file's text from `src` (relative to the page), fetched from this origin or
 * with CORS; only http(s). Throws a FetchFailure (`what` names the file).
 */
export async function fetchText(src: string, what: FetchFailure['what']): Promise<{ body: string; type: string; url: string }> {
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    throw new FetchFailure(what, 'bad-url', src);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchFailure(what, 'bad-url', src);
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw new FetchFailure(what, 'unreachable', url.href);
  }
  if (!response.ok) throw new FetchFailure(what, 'failed', url.href, `${response.status} ${response.statusText}`.trim());
  return { body: await response.text(), type: response.headers.get('content-type') ?? '', url: response.url || url.href };
}

/** A publication date as `locale` writes it (undefined: the browser's locale). */
export function formatDate(iso: string, locale: string | undefined): string {
  const date = new Date(isoDateForm(iso) === 'day' ? `${iso}T12:00:00` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
}

/** The host of a URL, for the byline. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
