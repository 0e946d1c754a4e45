/**
 * Which article the element shows, and bringing it in: `loadArticle`, the
 * article dialog, `closeArticle`, a `document-id` the page or the library sets,
 * and the files named by `article-src` and `src`. With storage on, an article
 * comes back as it was stored. article-loading.ts builds the articles and
 * fetches the files; this controller decides what is shown and under which id.
 */
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { type EditorAnnotations, type EditorUpdates, type Placement, emptyArticle, followDocument } from '../../../editor/index.ts';
import { type ArticleMetadata, newAnnotationId } from '../../../model/index.ts';
import { type ArticleInput, type PreparedArticle, documentIdForUrl, fetchText, prepareArticle } from './article-loading.ts';
import { ArticleLoadEvent, type ChangeOrigin } from '../events.ts';
import { type ArticleSaving, type RestoredArticle, maxArticleCharacters, placeAllStored, restoreArticle } from '../../../persistence/index.ts';
import { type ArticleSnapshot, RecordError, type SkippedRecord } from '../../../store/index.ts';
import type { ClaimStrings } from '../../shared/strings/annotator-strings.ts';

/** What the editor shows of an article: its metadata, document and annotations. */
export type ShownArticle = Pick<PreparedArticle, 'metadata' | 'doc' | 'placements'>;

/** What loading needs of the element. */
export interface ArticleLoaderNeeds {
  /** The element's words, read when a message is made. */
  strings(): ClaimStrings;
  /** Reads the element's language again; resolves when its words have loaded. */
  refreshStrings(): Promise<void>;
  readonly persistence: ArticleSaving;
  readonly annotations: EditorAnnotations;
  metadata(): ArticleMetadata;
  /** Puts `article` in the editor, with a fresh history, panel and toolbar. */
  replace(article: ShownArticle): void;
  /** The editor, for a reopened article's annotations put back in slices. */
  readonly editor: Pick<EditorUpdates, 'state' | 'dispatch' | 'subscribe'>;
  /** Imports a JSON-LD file's annotations as the API does (`importJsonLd`). */
  importJsonLd(body: string): Promise<unknown>;
  /** Sets the element's `documentId` to the article now shown and saved. */
  showDocumentId(id: string | null): void;
}

/** Brings articles into the element (not a reactive controller: nothing happens on connect; it asks its host to update). */
export class ArticleLoader {
  #documentId: string | null = null;
  /** Whether the page (or the library) chose the document id, rather than loadArticle deriving it. */
  #documentIdChosen = false;
  /** The files named by `article-src` and `src`. */
  #sources: Record<'articleSrc' | 'src', string | null> = { articleSrc: null, src: null };
  /** Why the article or annotations named by article-src / src could not be loaded, for people. */
  #loadProblem: string | null = null;
  /** While article-src loads: the stored id for that file, when the page chose none. */
  #sourceDocumentId: string | null = null;
  /** A problem with stored data that is not a failure to save (a stored article that cannot be read). */
  #storageProblem: string | null = null;
  #ready: Promise<void> = Promise.resolve();

  constructor(
    readonly host: ReactiveElement,
    readonly needs: ArticleLoaderNeeds,
  ) {}

  /** The stored article shown and saved. */
  get documentId(): string | null {
    return this.#documentId;
  }

  /** The page or the library chose the stored article to show (the element's `documentId`): opens it, unless it is shown. */
  chooseDocument(value: string | null): void {
    const id = value || null;
    if (id === this.#documentId) return;
    this.#documentId = id;
    this.#documentIdChosen = id !== null;
    if (id) this.#ready = this.#openStored(id);
  }

  /**
   * The files named by `article-src` and `src`: a new article-src loads that
   * article and then imports src into it; a new src alone is imported into the
   * article shown, which is not loaded again. Each file is fetched once per change.
   */
  loadSources(sources: Record<'articleSrc' | 'src', string | null>): void {
    const next = { articleSrc: sources.articleSrc || null, src: sources.src || null };
    if (next.articleSrc === this.#sources.articleSrc && next.src === this.#sources.src) return;
    const articleChanged = next.articleSrc !== this.#sources.articleSrc;
    this.#sources = next;
    this.#ready = this.#loadSources(articleChanged);
  }

  /** Resolves when the last article asked for is shown, or could not be. Never rejects. */
  get ready(): Promise<void> {
    return this.#ready;
  }

  /** Why a stored article could not be read, for people, until dismissed. */
  get storageProblem(): string | null {
    return this.#storageProblem;
  }

  /** Hides the stored-article problem (its alert's Close button). */
  dismissStorageProblem(): void {
    this.#storageProblem = null;
    this.host.requestUpdate();
  }

  /** `loadArticle`: opens `input` as the API; rejects with an ArticleError or AnnotationError and then changes nothing. */
  async load(input: ArticleInput): Promise<void> {
    const opened = this.open(input, 'api');
    this.#ready = opened.catch(() => undefined);
    await opened;
    await this.host.updateComplete;
  }

  /** Builds the article and opens it; bad input throws at once (an ArticleError or AnnotationError). */
  open(input: ArticleInput, origin: ChangeOrigin): Promise<void> {
    return this.#open(prepareArticle(input, this.needs.annotations), origin);
  }

  /** `closeArticle`: saves what is pending and shows an empty article that is not stored. */
  async close(): Promise<void> {
    const persistence = this.needs.persistence;
    const written = persistence.flush();
    persistence.untrack();
    this.#setDocumentId(null, false);
    this.show({ metadata: {}, doc: emptyArticle(), placements: [] }, 'api');
    await written;
  }

  /**
   * Puts an article in the editor, with a fresh history, and fires
   * `claim-article-load` once all its annotations are in. An article reopened
   * as stored (`asStored`) with many annotations shows its text with the
   * first of them, and the others are put back in slices after the first
   * frame (`restoreInSlices`): drawing 100,000 highlights at once would block
   * the page for seconds. Any other article's annotations are shown at once,
   * since saving writes what the editor shows.
   */
  async show(article: ShownArticle, origin: ChangeOrigin, options: { asStored?: boolean } = {}): Promise<void> {
    const { first, later } = options.asStored ? firstToDraw(article.placements) : { first: article.placements, later: [] };
    this.needs.replace({ ...article, placements: first });
    if (later.length) {
      const since = followDocument(this.needs.editor);
      try {
        // the slicing code is a chunk of its own, for the few articles with this many annotations; another article shown meanwhile: this one's load is over
        const { restoreInSlices } = await import('../../../editor/slices/restore-slices.ts');
        if (!(await restoreInSlices(this.needs.editor, since, later))) return;
      } finally {
        since.stop();
      }
    }
    this.host.dispatchEvent(new ArticleLoadEvent(this.needs.metadata(), origin));
  }

  /** Why article-src or src could not be loaded, when that is so. */
  renderProblem(): TemplateResult | typeof nothing {
    return this.#loadProblem ? html`<div class="storage-alert" role="alert"><p>${this.#loadProblem}</p></div>` : nothing;
  }

  #setDocumentId(id: string | null, chosen: boolean): void {
    this.#documentId = id;
    this.#documentIdChosen = chosen;
    // the element's document-id follows; chooseDocument then finds it shown
    this.needs.showDocumentId(id);
  }

  /**
   * Opens a prepared article. With storage on, an article stored under the
   * same id (the document-id, or one derived from the URL) comes back: as
   * stored when the page gives the same content, else its annotations are
   * placed on the new text by their quotes.
   */
  async #open(article: PreparedArticle, origin: ChangeOrigin): Promise<void> {
    const persistence = this.needs.persistence;
    // what the editor shows now is written under its own id before anything else
    void persistence.flush();
    if (!persistence.enabled) {
      persistence.untrack();
      this.show(article, origin);
      return;
    }
    // an id the page chose is kept for API loads; the New article dialog always starts a new one
    const chosen = origin === 'api' && this.#documentIdChosen ? this.#documentId : null;
    const id = chosen ?? this.#sourceDocumentId ?? documentIdForUrl(article.metadata.url) ?? newAnnotationId();
    const stored = await persistence.read(id);
    await this.#sayStoredProblem(id, stored?.unreadable ?? null, stored?.skipped);
    if (stored?.unreadable) {
      // its record cannot be used: show the new article in memory, and leave what is stored as it is
      persistence.untrack();
      this.show(article, origin);
      this.#setDocumentId(chosen, chosen !== null);
      return;
    }
    const restored = stored && stored.article.sourceHash === article.sourceHash ? await restoreArticle(stored) : null;
    let shown: Promise<void>;
    if (stored && restored) {
      shown = this.show({ ...article, metadata: { ...stored.article.metadata, ...article.metadata }, doc: restored.doc, placements: restored.placements }, origin, { asStored: true });
    } else if (stored) {
      // the stored annotations, found on the new text by their quotes
      const carried = await placeAllStored(stored.annotations, article.doc, -1);
      shown = this.show({ ...article, placements: carried }, origin);
    } else {
      shown = this.show(article, origin);
    }
    this.#setDocumentId(id, chosen !== null);
    persistence.track(id, stored, { sourceHash: article.sourceHash, showsStored: Boolean(stored && restored) });
    await shown;
  }

  /** Opens the stored article `id` (a document-id set by the page or the library). */
  async #openStored(id: string): Promise<void> {
    const persistence = this.needs.persistence;
    void persistence.flush(); // the article shown until now is written under its own id first
    if (!persistence.enabled || id === persistence.articleId) return;
    const stored = await persistence.read(id);
    if (id !== this.#documentId || !stored) return;
    const restored = stored.unreadable ? null : await restoreArticle(stored);
    const problem = stored.unreadable ?? documentProblem(stored, restored);
    await this.#sayStoredProblem(id, problem, stored.skipped);
    if (id !== this.#documentId || problem || !restored) return;
    const shown = this.show({ metadata: stored.article.metadata, doc: restored.doc, placements: restored.placements }, 'api', { asStored: true });
    persistence.track(id, stored, { showsStored: true });
    await shown;
  }

  /** Saving moved this tab's text to a copy in the library (a text conflict): the element now shows that article. */
  followSavedCopy(id: string): void {
    this.#setDocumentId(id, this.#documentIdChosen);
  }

  /**
   * Says why a stored article cannot be opened (`unreadable`), or which of its
   * annotations are left out (`skipped`); clears the alert when neither.
   */
  async #sayStoredProblem(id: string, unreadable: RecordError | null, skipped: readonly SkippedRecord[] = []): Promise<void> {
    this.#storageProblem = null;
    if (unreadable || skipped.length) {
      const strings = this.needs.strings();
      // said by the on-demand chunk, which has the English words for it: a stored record that cannot be read is rare
      this.#storageProblem = await import('../on-demand.ts').then(
        (chunk) => chunk.storedProblem(id, unreadable, skipped, strings),
        () => id, // the alert's title says what happened
      );
    }
    this.host.requestUpdate();
  }

  /** Loads article-src when it changed, then src (every attribute set with them has arrived: this runs from willUpdate). */
  async #loadSources(articleChanged: boolean): Promise<void> {
    // messages about the files are in the element's language
    await this.needs.refreshStrings();
    const strings = this.needs.strings();
    const { articleSrc, src } = this.#sources;
    this.#loadProblem = null;
    try {
      if (articleSrc && articleChanged) {
        const { body, type, url } = await fetchText(articleSrc, 'article');
        if (articleSrc !== this.#sources.articleSrc) return;
        const isHtml = /html/.test(type) || /\.html?$/i.test(new URL(url).pathname);
        // the same file opens the same stored article, with what was added to it
        this.#sourceDocumentId = `src:${url}`;
        try {
          await this.load(isHtml ? { html: body } : { text: body });
        } finally {
          this.#sourceDocumentId = null;
        }
      }
      if (src) {
        const { body } = await fetchText(src, 'annotationFile');
        if (src !== this.#sources.src) return;
        await this.needs.importJsonLd(body);
      }
    } catch (error) {
      // a file that could not be fetched (a FetchFailure) or is no annotation file (an ImportError, known by name so that
      // its module stays out of start-up): said in the element's words, from the on-demand chunk
      const words = await import('../on-demand.ts').catch(() => null);
      const unusable = (error as Error | null)?.name === 'ImportError';
      this.#loadProblem = !words ? (error as Error).message : unusable ? words.importProblem(strings, error) : words.loadProblem(strings, error);
      this.host.requestUpdate();
    }
  }
}

/**
 * Why the editor cannot open a stored article's document (`restored`, what
 * restoreArticle made of it), or null: none stored, one the schema refuses
 * (restoreArticle checks it), or more text than the editor opens in
 * reasonable time (an older version, a hand edit).
 */
function documentProblem(stored: ArticleSnapshot, restored: RestoredArticle | null): RecordError | null {
  if (!stored.document) return new RecordError('document', 'no-document');
  if (stored.document.doc === null) return new RecordError('document.doc', 'missing');
  if (!restored || restored.doc.type.name !== 'doc') return new RecordError('document.doc', 'not-article');
  if (restored.doc.textContent.length > maxArticleCharacters) return new RecordError('document.doc', 'too-long');
  return null;
}

/** Above this many, a reopened article's annotations are put back in slices. */
const drawnAtOnce = 2000;

/**
 * A reopened article's annotations: those drawn with the text (the detached
 * ones, and the first anchored ones in document order, at the top where the
 * reader is), and the others, in document order, to put back in slices.
 */
function firstToDraw(placements: readonly Placement[]): { first: Placement[]; later: Placement[] } {
  if (placements.length <= drawnAtOnce) return { first: [...placements], later: [] };
  const anchored = placements.filter((placement) => placement.anchor).sort((a, b) => a.anchor!.from - b.anchor!.from || a.anchor!.to - b.anchor!.to);
  const detached = placements.filter((placement) => !placement.anchor);
  const top = 200;
  return { first: [...detached, ...anchored.slice(0, top)], later: anchored.slice(top) };
}
