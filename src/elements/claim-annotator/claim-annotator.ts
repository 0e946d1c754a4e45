/**
 * `<claim-annotator>`: a news article in a ProseMirror editor, with claims,
 * quotes and facts tagged on its text, listed in a side panel and edited in a
 * form. The element composes the model and editor layers; it alone touches
 * the page.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { redo, undo } from 'prosemirror-history';
import type { EditorView } from 'prosemirror-view';
import {
  EditorAnnotations,
  annotationPluginKey,
  beginsWithHeadline,
  emptyArticle,
} from '../../editor/index.ts';
import {
  type Annotation,
  type AnnotationInput,
  type AnnotationLink,
  type ArticleMetadata,
  type KindDefinition,
  type LinkType,
  type Reply,
  type ReviewStatus,
  type Verdict,
  checkMetadata,
} from '../../model/index.ts';
import { PanelController } from './panel/panel-controller.ts';
import { RelationsPart } from './relations/relations-part.ts';
import type { ArticleDialogMode } from './article/article-dialog.ts';
import type { ArticleDialog } from './article/article-dialog-state.ts';
import type { ArticleInput } from './article/article-loading.ts';
import { renderArticleHeader } from './article/article-header.ts';
import { ActionBar, type ArticleActions } from './article/action-bar.ts';
import { ArticleLoader, type ShownArticle } from './article/article-loader.ts';
import { AnnotationEvents } from './annotation-events.ts';
import { UndoState } from './undo-state.ts';
import { ReaderCard } from './reader/reader-card.ts';
import { ArticleStates } from './article-states.ts';
import { adoptMoreStyles } from '../shared/adopt-styles.ts';
import { baseStyles } from '../shared/base.styles.ts';
import { claimAnnotatorStyles, prosemirrorStyles } from './claim-annotator.styles.ts';
import { panelStyles } from './panel/panel.styles.ts';
import { EditorController } from './editor-controller.ts';
import { type ImportReport, downloadFile } from './exchange/exchange.ts';
import { AnnotationExchange } from './exchange/annotation-exchange.ts';
import { ArticleSaving, type SaveState, type SavingOptions, backupFileName, libraryBackup } from '../../persistence/index.ts';
import { renderStorageAlert } from './storage/save-indicator.ts';
import { ArticleUpdateEvent, type ChangeOrigin } from './events.ts';
import { historyKeydown } from './tagging/keys.ts';
import type { ListedSuggestion, SuggestionsController } from './suggestions/suggestions.ts';
import { LocaleController } from '../shared/strings/locale-controller.ts';
import { type ClaimStrings, englishStrings } from '../shared/strings/annotator-strings.ts';
import { storageProblem } from '../shared/strings/storage-strings.ts';
import { ElementVocabulary, copyKind } from './vocabulary.ts';
import { publisherFromAttribute, statusScaleFromAttribute } from './element-attributes.ts';
import { ElementFactChecker, type FactChecker, checkerAgent } from './fact-checker.ts';

/**
 * A fact-checking annotation editor for one article.
 *
 * @fires claim-annotation-add - An annotation was created (`AnnotationAddEvent`).
 * @fires claim-annotation-update - An annotation changed, was orphaned or came back (`AnnotationUpdateEvent`).
 * @fires claim-annotation-remove - An annotation was deleted (`AnnotationRemoveEvent`).
 * @fires claim-annotation-select - The selected annotation changed (`AnnotationSelectEvent`).
 * @fires claim-article-load - A new article was loaded (`ArticleLoadEvent`).
 * @fires claim-article-edit - The article's text was edited (`ArticleEditEvent`).
 * @fires claim-article-update - The article's metadata changed (`ArticleUpdateEvent`).
 * @csspart header - The article's headline, byline and actions.
 * @csspart article - The article text.
 * @csspart highlight - Every highlighted span; each also has `highlight-<kind>` (`highlight-claim`, `highlight-quote`, `highlight-fact`).
 * @csspart toolbar - The tagging toolbar shown next to a selection.
 * @csspart panel - The annotation list.
 * @csspart card - The card that shows one annotation in the read-only view.
 * @cssproperty --claim-font-family - The interface font.
 * @cssproperty --claim-font-size - The interface's base font size (16px).
 * @cssproperty --claim-article-font-family - The article's font.
 * @cssproperty --claim-article-font-size - The article's font size.
 * @cssproperty --claim-article-line-height - The article's line height.
 * @cssproperty --claim-spacing - The base unit of gaps and padding (1rem).
 * @cssproperty --claim-panel-width - The side panel's least width (it grows to 32rem).
 * @cssproperty --claim-text-colour - Text.
 * @cssproperty --claim-muted-colour - Secondary text.
 * @cssproperty --claim-surface - The background of the element, dialogs and cards.
 * @cssproperty --claim-panel-surface - The side panel's background.
 * @cssproperty --claim-hover-surface - Buttons and list items under the pointer.
 * @cssproperty --claim-border-colour - Borders and separators.
 * @cssproperty --claim-focus-colour - Focus rings, links and primary buttons.
 * @cssproperty --claim-on-focus-colour - Text on primary buttons.
 * @cssproperty --claim-danger-colour - Errors and delete buttons.
 * @cssproperty --claim-kind-claim-colour - Claims' highlight and badge colour; `--claim-kind-<id>-colour` for any kind.
 * @cssproperty --claim-kind-quote-colour - Quotes' highlight and badge colour.
 * @cssproperty --claim-kind-fact-colour - Facts' highlight and badge colour.
 * @cssproperty --claim-highlight-strength - How strongly a highlight tints its text, as a percentage of the kind colour (16%).
 * @cssproperty --claim-highlight-thickness - The underline's thickness (2px).
 * @attr theme - `light` (the default), `dark`, or `auto` to follow the reader's system setting.
 * @tagname claim-annotator
 */
export class ClaimAnnotator extends LitElement {
  static override styles = [baseStyles, prosemirrorStyles, claimAnnotatorStyles, panelStyles];

  static override properties = {
    documentId: { attribute: 'document-id', reflect: true },
    storage: { reflect: true },
    database: {},
    idbFactory: { attribute: false },
    storageTimeout: { attribute: false },
    readonly: { type: Boolean, reflect: true },
    src: {},
    articleSrc: { attribute: 'article-src' },
    theme: { reflect: true },
    strings: { attribute: false },
    factCheckPublisher: { attribute: 'fact-check-publisher', converter: { fromAttribute: publisherFromAttribute } },
    statusScale: { attribute: 'status-scale', converter: { fromAttribute: statusScaleFromAttribute } },
  };

  /** `light` (the default), `dark`, or `auto` to follow the reader's system setting; reflected to the `theme` attribute that the styles read. */
  theme?: 'light' | 'dark' | 'auto';

  /**
   * Words that replace the element's own, by name (`{ annotations: 'Notes' }`);
   * the rest stay in the element's language: its `lang`, else the nearest
   * ancestor's, else the page's (English, and French, built in). Entries such as
   * `showMore` are functions of a count. `updateComplete` waits for a language's
   * words to load.
   */
  strings?: Partial<ClaimStrings>;

  readonly #vocabulary = new ElementVocabulary(this, () => this.#applyKinds());
  readonly #states = new ArticleStates({
    vocabulary: this.#vocabulary,
    strings: () => this.#locale.strings,
    readonly: () => this.readonly,
    checker: () => checkerAgent(this.#checker.current),
    toolbarCode: () => this.#whileLoading(import('./on-demand.ts')),
  });
  #metadata: ArticleMetadata = {};
  /** The static container the editor view lives in, and the hidden file input of Import. */
  readonly #editorMount = createRef<HTMLElement>();
  readonly #importFile = createRef<HTMLInputElement>();
  readonly #editor: EditorController;
  readonly #annotations: EditorAnnotations;
  readonly #persistence: ArticleSaving;
  readonly #loader: ArticleLoader;
  readonly #undoState: UndoState;
  readonly #bar = new ActionBar(this);
  readonly #exchange: AnnotationExchange;
  /** The article dialog, once it was opened (a lazy chunk). */
  #articleDialog: ArticleDialog | null = null;
  readonly #panel: PanelController;
  readonly #card: ReaderCard;
  readonly #relations: RelationsPart;
  /** Chunks on their way (the article dialog's, the exchange dialogs'): `updateComplete` waits for them. */
  readonly #loading = new Set<Promise<unknown>>();
  /** Whether the editor, highlights and card show the read-only view now (readonly, as last applied in willUpdate). */
  #showsReadonly = false;
  /** The Suggest action's list and highlights, once a suggestion was asked for (a lazy chunk). */
  #suggestions: SuggestionsController | null = null;
  readonly #locale = new LocaleController<ClaimStrings>(this, {
    english: englishStrings,
    pick: (bundles) => bundles.claim,
    overrides: () => this.strings,
    // the article text's label is ProseMirror's attribute, and highlights announce
    // their start and end in these words: have the view read both again
    changed: (strings) => {
      // new kind names redraw the highlights already; else the announcements' words need it
      if (!this.#vocabulary.localize(strings)) this.#redrawHighlights();
    },
  });
  readonly #checker = new ElementFactChecker(this, {
    strings: () => this.#locale.strings,
    remembers: () => this.storage !== 'memory',
    load: (chunk) => this.#whileLoading(chunk),
  });
  #saveState: SaveState = { state: 'saved' };
  /** Two tabs saved different text: the notice of where the other version went (text-conflict-notice.ts), until dismissed. */
  #textConflict: (() => TemplateResult) | null = null;

  constructor() {
    super();
    this.documentId = null;
    this.readonly = false;
    this.storage = 'indexeddb';
    this.articleSrc = null;
    this.src = null;
    const strings = () => this.#locale.strings;
    this.#editor = new EditorController(this, this.#states.create(emptyArticle()), () => ({
      // a reader's view is an article to read, not a text field: screen readers then
      // read its highlights (and their start and end) in browse mode
      attributes: (): Record<string, string> =>
        this.readonly
          ? { role: 'article', 'aria-label': this.#locale.strings.articleLabel }
          : { role: 'textbox', 'aria-multiline': 'true', 'aria-label': this.#locale.strings.articleLabel, spellcheck: 'true' },
    }));
    this.#annotations = new EditorAnnotations(this.#editor, () => this.#vocabulary.current());
    this.#panel = new PanelController(this, {
      strings,
      locale: () => this.#locale.locale,
      editor: this.#editor,
      annotations: this.#annotations,
      kinds: () => this.#vocabulary.kinds,
      verdicts: () => this.#vocabulary.verdicts,
      statuses: () => this.#vocabulary.statuses,
      linkTypes: () => this.#vocabulary.linkTypes,
      library: () => {
        const articleId = this.#persistence.articleId;
        return articleId && this.storage === 'indexeddb' ? { store: () => this.#persistence.store(), articleId } : null;
      },
      confirmPlace: (id) => this.#exchange.confirmPlace(id),
      load: (chunk) => this.#whileLoading(chunk),
    });
    this.#relations = new RelationsPart(this, { editor: this.#editor, annotations: this.#annotations, load: (chunk) => this.#whileLoading(chunk) });
    this.#card = new ReaderCard(this, {
      strings,
      annotation: (id) => this.#annotations.get(id),
      kinds: () => this.#vocabulary.kinds,
      verdicts: () => this.#vocabulary.verdicts,
      linkTypes: () => this.#vocabulary.linkTypes,
      load: (chunk) => this.#whileLoading(chunk),
      readonly: () => this.readonly,
    });
    this.#exchange = new AnnotationExchange(this, {
      strings,
      metadata: () => this.metadata,
      changeMetadata: (metadata, origin) => void this.#changeMetadata(metadata, origin),
      text: () => this.text,
      annotations: () => this.annotations,
      vocabulary: () => this.#vocabulary.current(),
      documentId: () => this.#loader.documentId,
      creator: () => this.#checker.current,
      apply: (add, update, origin) => {
        const run = () => this.#annotations.applyImport(add, update);
        if (origin === 'api') this.#editor.asApi(run);
        else run();
      },
      editorAs: (origin) => {
        const editor = this.#editor;
        // a large import dispatches its slices later, outside the API call: each says its origin itself
        return {
          get state() {
            return editor.state;
          },
          dispatch: (tr) => (origin === 'api' ? editor.asApi(() => editor.dispatch(tr)) : editor.dispatch(tr)),
          subscribe: (listener) => editor.subscribe(listener),
        };
      },
      show: (id) => this.#panel.jumpTo(id),
      say: (message) => this.#panel.setStatus(message),
      load: (chunk) => this.#whileLoading(chunk),
    });
    this.#persistence = new ArticleSaving({
      options: () => this.#savingOptions(),
      editor: this.#editor,
      metadata: () => this.metadata,
      show: (article) => void this.#loader.show(article, 'remote'),
      updateMetadata: (metadata) => void this.#changeMetadata(metadata, 'remote'),
      onSaveState: (state) => {
        this.#saveState = state;
        this.requestUpdate();
      },
      copyTitle: async (title) => (await this.#whileLoading(import('./on-demand.ts'))).conflictCopyTitle(this.#locale.strings, title),
      onTextConflict: (conflict) => {
        // this tab's text is now saved as the copy: the element shows and saves that article
        if (conflict.mine) this.#loader.followSavedCopy(conflict.copy.id);
        // the notice comes with the on-demand chunk, with its words
        void this.#whileLoading(import('./on-demand.ts')).then(({ renderTextConflict }) => {
          this.#textConflict = () => renderTextConflict(conflict, this.#locale.strings, () => ((this.#textConflict = null), this.requestUpdate()));
          this.requestUpdate();
        });
      },
    });
    this.addController({ hostConnected: () => this.#persistence.connect(), hostDisconnected: () => this.#persistence.disconnect() });
    this.#loader = new ArticleLoader(this, {
      strings,
      refreshStrings: () => this.#locale.refresh(),
      persistence: this.#persistence,
      annotations: this.#annotations,
      metadata: () => this.metadata,
      replace: (article) => this.#replaceArticle(article),
      editor: this.#editor,
      importJsonLd: (body) => this.importJsonLd(body),
      showDocumentId: (id) => (this.documentId = id),
    });
    new AnnotationEvents(this, this.#editor, this.#annotations);
    this.#undoState = new UndoState(this.#editor, () => this.requestUpdate());
  }

  // ---- properties

  /** The kind vocabulary (label, colour, underline, fields, shortcut). Setting it validates and redraws. */
  get kinds(): KindDefinition[] {
    return this.#vocabulary.kinds.map(copyKind);
  }

  set kinds(value: readonly Partial<KindDefinition>[]) {
    this.#vocabulary.chooseKinds(value);
  }

  /** The verdict scale offered for claims and facts. */
  get verdicts(): Verdict[] {
    return [...this.#vocabulary.verdicts];
  }

  set verdicts(value: readonly Verdict[]) {
    this.#vocabulary.chooseVerdicts(value);
  }

  /** The review status scale of claims and facts (to check … published), or the `status-scale` attribute; checked whole, a bad one throws a TypeError. */
  get statusScale(): ReviewStatus[] {
    return this.#vocabulary.statuses.map((status) => ({ ...status }));
  }

  set statusScale(value: readonly ReviewStatus[]) {
    this.#vocabulary.chooseStatuses(value);
  }

  /** The types of links between annotations (supported by, refuted by, states, contradicts, repeats); a site may give its own, checked whole (a bad list throws a TypeError). */
  get linkTypes(): LinkType[] {
    return this.#vocabulary.linkTypes.map((type) => ({ ...type }));
  }

  set linkTypes(value: readonly LinkType[]) {
    this.#vocabulary.chooseLinkTypes(value);
  }

  /** The plain text that offsets address: the article's text blocks joined by "\n". */
  get text(): string {
    return this.#annotations.text;
  }

  /** Every annotation in document order, orphans included (status "orphaned"). */
  get annotations(): Annotation[] {
    return this.#annotations.list();
  }

  /** The article's URL, headline, publisher, author and publication date. */
  get metadata(): ArticleMetadata {
    return { ...this.#metadata };
  }

  /**
   * The stored article this element shows and saves (attribute `document-id`).
   * Setting it opens that stored article. Without it, `loadArticle` derives an
   * id from the article URL, or makes a new one, and sets it.
   */
  declare documentId: string | null;
  /**
   * The read-only view for readers (attribute `readonly`): the article with its
   * highlights, no editing; focusing or hovering a highlight shows its card.
   * Nothing is stored in this view.
   */
  declare readonly: boolean;
  /**
   * An HTML or text file to show as the article (attribute `article-src`),
   * fetched from this origin or with CORS. A failure is shown in the element.
   */
  declare articleSrc: string | null;
  /** A JSON-LD file of annotations to place on the article (attribute `src`), fetched like `article-src`. */
  declare src: string | null;
  /** `"indexeddb"` (the default) saves as you work; `"memory"` keeps everything in this page only. */
  declare storage: 'indexeddb' | 'memory';
  /** The IndexedDB database name (default `claimmark`); pages with several independent editors may separate them. */
  declare database: string | undefined;
  /** The IndexedDB implementation to use (default the page's); tests pass one that fails. */
  declare idbFactory: IDBFactory | null | undefined;
  /** How long opening the database may take before it counts as failed, in ms (default 5000). */
  declare storageTimeout: number | undefined;

  /** Resolves when the stored article and its annotations are shown (or there was none to show). Never rejects. */
  get ready(): Promise<void> {
    // a document-id or article-src set just now starts opening in the coming update
    const opening = () => this.#loader.ready;
    return this.updateComplete.then(opening, opening);
  }

  /**
   * Whether the work is saved: `saved`, `saving`, `unsaved`, `opening`, `memory`
   * or `failed`; with a `reason` code when it failed or waits for another tab,
   * and a `message` saying it in the element's language.
   */
  get saveState(): SaveState & { message?: string } {
    const { reason } = this.#saveState;
    return { ...this.#saveState, ...(reason ? { message: storageProblem(this.#locale.strings.storageProblems, reason) } : {}) };
  }

  /**
   * The fact-checker (`{ name, url? }`), or null: the creator of the annotations
   * they make, the last editor of others' they change, and in exports the
   * creator of annotations that name none. Without one set by the site, the
   * name given in "Your name" (kept in this browser) counts.
   */
  get creator(): FactChecker | null {
    const checker = this.#checker.current;
    return checker ? { ...checker } : null;
  }

  set creator(value: FactChecker | null) {
    this.#checker.choose(value);
  }

  /**
   * The fact-checking organisation that publishes this site's ClaimReviews
   * (`{ name, url? }`, or null; attribute `fact-check-publisher`, a name or
   * that object as JSON): `exportClaimReviews`' author, and the Copy
   * ClaimReview dialog's until the user types another (which the dialog then
   * remembers in this browser). Never the checked article's publisher.
   */
  get factCheckPublisher(): { name: string; url?: string } | null {
    return this.#exchange.sitePublisher;
  }

  set factCheckPublisher(value: { name: string; url?: string } | null) {
    this.#exchange.sitePublisher = value;
  }

  /**
   * The annotations as W3C Web Annotation JSON-LD: an AnnotationCollection
   * with schema.org Claim, Quotation and ClaimReview bodies (docs/format.md).
   * Annotations private where they came from are left out unless `includePrivate`.
   */
  exportJsonLd(options: { includePrivate?: boolean } = {}): object {
    return this.#exchange.exportJsonLd(options);
  }

  /**
   * Plain schema.org ClaimReview JSON-LD for a fact-check page at `url`, one per
   * claim or fact with a verdict, published by `author` (`factCheckPublisher`
   * by default) on `datePublished` (a day, today by default). Throws a
   * TypeError for a bad URL, author or date.
   */
  exportClaimReviews(options: { url: string; author?: { name: string; url?: string }; datePublished?: string }): object[] {
    return this.#exchange.exportClaimReviews(options);
  }

  /**
   * Imports annotations from JSON-LD (ours, other W3C tools', or a Hypothesis
   * export), as an object or JSON text: they are placed on this article (by
   * position, quote, or fuzzy match), merged with the ones here as one undo
   * step, and reported. Annotations that name none of the kinds here become
   * `options.untaggedKind` (Note by default). Rejects with an ImportError when
   * the file is unusable, an AnnotationError for an unknown `untaggedKind`;
   * then nothing changes. A large file is read in a worker and applied in
   * slices while the article stays usable; `options.signal` (or the Cancel
   * button shown meanwhile) cancels it, and it rejects with that AbortError
   * after taking back what it applied. One import runs at a time.
   */
  importJsonLd(input: object | string, options?: { untaggedKind?: string; signal?: AbortSignal }): Promise<ImportReport> {
    return this.#exchange.importJsonLd(input, 'api', options);
  }

  /** Writes every pending change now; resolves when stored (a failure is shown, not thrown). */
  save(): Promise<void> {
    return this.#persistence.flush();
  }

  /** The ProseMirror view while the element is in the page: an escape hatch for advanced embedding and benchmarks. */
  get editorView(): EditorView | null {
    return this.#editor.view;
  }

  // ---- lifecycle

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot() as ShadowRoot;
    adoptMoreStyles(root, this.#vocabulary.sheet);
    return root;
  }

  /** Property changes take effect here, together, whatever order the page set them in. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) this.#checker.restore();
    if (changed.has('storage') && this.storage !== 'memory' && this.storage !== 'indexeddb') this.storage = 'indexeddb';
    if (changed.has('readonly')) this.#applyReadonly();
    if (['storage', 'database', 'idbFactory', 'storageTimeout', 'readonly'].some((name) => changed.has(name as keyof ClaimAnnotator))) this.#persistence.applyOptions();
    if (changed.has('documentId')) this.#loader.chooseDocument(this.documentId);
    if (changed.has('src') || changed.has('articleSrc')) this.#loader.loadSources({ articleSrc: this.articleSrc, src: this.src });
  }

  protected override firstUpdated(_changed: PropertyValues): void {
    this.#editor.attach(this.#editorMount.value as HTMLElement);
  }

  /** Also waits for the words of the element's language, read again now, to load and show. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await Promise.all([this.#locale.refresh(), ...this.#loading]);
    return super.getUpdateComplete();
  }

  /** Keeps `chunk` in `#loading` until it settles, and returns it. */
  #whileLoading<T>(chunk: Promise<T>): Promise<T> {
    this.#loading.add(chunk);
    const done = () => this.#loading.delete(chunk);
    chunk.then(done, done);
    return chunk;
  }

  // ---- public methods

  /**
   * Replaces the article with `input.html` (parsed through the schema) or
   * `input.text` (blank lines separate paragraphs) and its metadata. The new
   * article starts with `input.annotations` placed on it, or none. Rejects with
   * an ArticleError (bad URL, date, missing content) or an AnnotationError (a
   * bad annotation, named by index), and then changes nothing.
   */
  loadArticle(input: ArticleInput): Promise<void> {
    return this.#loader.load(input);
  }

  /** Changes the article's metadata; fields absent from `patch` stay. Fires `claim-article-update`. */
  updateMetadata(patch: ArticleMetadata): ArticleMetadata {
    return this.#editor.asApi(() => this.#changeMetadata(patch, 'api'));
  }

  /**
   * Closes the article: what is pending is saved, and the editor is left with
   * an empty article that is not stored (until something is loaded or typed
   * into a new one). Resolves when the last write is done.
   */
  closeArticle(): Promise<void> {
    return this.#loader.close();
  }

  #changeMetadata(patch: ArticleMetadata, origin: ChangeOrigin): ArticleMetadata {
    this.#metadata = checkMetadata({ ...this.#metadata, ...patch });
    if (origin !== 'remote') this.#persistence.noteMetadata();
    this.requestUpdate();
    this.dispatchEvent(new ArticleUpdateEvent(this.metadata, origin));
    return this.metadata;
  }

  /** Adds an annotation; throws an AnnotationError naming the problem, and then changes nothing. */
  addAnnotation(input: AnnotationInput): Annotation {
    return this.#editor.asApi(() => this.#annotations.add(input));
  }

  /**
   * Adds many annotations as one change (one undo step), much faster than one by
   * one. All are checked first: one bad input throws, naming its index, and adds none.
   */
  addAnnotations(inputs: readonly AnnotationInput[]): Annotation[] {
    if (!Array.isArray(inputs)) throw new TypeError('addAnnotations needs an array of annotation inputs');
    return this.#editor.asApi(() => this.#annotations.addAll(inputs));
  }

  /** Changes an annotation's kind, fields or span (a span re-attaches an orphan). */
  updateAnnotation(id: string, patch: Partial<AnnotationInput>): Annotation {
    return this.#editor.asApi(() => this.#annotations.update(id, patch));
  }

  /** Deletes an annotation; undo brings it back. */
  removeAnnotation(id: string): void {
    this.#editor.asApi(() => this.#annotations.remove(id));
  }

  /**
   * Links annotation `from` to annotation `to` (here or in another article) by
   * a type of `linkTypes` ("supported-by": `to` is evidence for `from`); undo
   * takes it back. Resolves to the link; rejects with an AnnotationError when it
   * cannot be made. `options.article` names the stored article `to` is in, when
   * it is another one of the library. (Links and replies come with the on-demand chunk.)
   */
  async linkAnnotations(from: string, to: string, type: string, options: { article?: string } = {}): Promise<AnnotationLink> {
    return this.#relations.link(from, to, type, options.article);
  }

  /** Removes link `linkId` of annotation `from`. */
  async unlinkAnnotations(from: string, linkId: string): Promise<void> {
    return this.#relations.unlink(from, linkId);
  }

  /** Replies to annotation `id` as the fact-checker (`creator`); the annotation itself is not changed. Resolves to the reply. */
  async addReply(id: string, text: string): Promise<Reply> {
    return this.#relations.reply(id, text);
  }

  /** Changes the text of one of the fact-checker's own replies on annotation `id`. */
  async editReply(id: string, replyId: string, text: string): Promise<void> {
    return this.#relations.changeReply(id, replyId, text);
  }

  /** Deletes one of the fact-checker's own replies on annotation `id`. */
  async removeReply(id: string, replyId: string): Promise<void> {
    return this.#relations.changeReply(id, replyId, null);
  }

  /** Selects annotation `id` (or none): highlights it, selects its text and scrolls to it. */
  selectAnnotation(id: string | null): void {
    if (id !== null && !this.#annotations.get(id)) throw new RangeError(`There is no annotation with id ${id}`);
    this.#editor.asApi(() => this.#annotations.select(id, { selectText: true }));
  }

  /** Undoes the last change to the text or the annotations. Returns false when there is nothing to undo. */
  undo(): boolean {
    return undo(this.#editor.state, (tr) => this.#editor.dispatch(tr));
  }

  /** Redoes the last undone change. */
  redo(): boolean {
    return redo(this.#editor.state, (tr) => this.#editor.dispatch(tr));
  }

  /**
   * Proposes quotes (with their speakers), attributed claims and checkable
   * facts in the article, shows them as dashed highlights with a list to
   * accept, edit or dismiss them, and resolves to them (offsets in code points
   * into `text`). Nothing becomes an annotation until the fact-checker accepts
   * it, and nothing already tagged is proposed again. Asynchronous because the
   * suggester loads on first use, outside the start-up bundle.
   */
  async suggest(): Promise<ListedSuggestion[]> {
    const { SuggestionsController } = await import('./on-demand.ts');
    this.#suggestions ??= new SuggestionsController(this, {
      strings: () => this.#locale.strings,
      editor: this.#editor,
      annotations: this.#annotations,
      kinds: () => this.#vocabulary.kinds,
      accept: (inputs) => this.#annotations.tagAll(inputs),
      edit: (id) => void this.#panel.openForm(id, 'list'),
      say: (message) => this.#panel.setStatus(message),
    });
    // the reader's view has no list to accept them from: return them without showing them
    return this.#suggestions.run({ show: !this.readonly });
  }

  /** The Suggest button: a failure (the chunk could not load, the suggester threw) is said in the status line. */
  #suggestFromButton = (): void => {
    this.suggest().catch((error: unknown) => this.#panel.setStatus(this.#locale.strings.suggestFailed(error instanceof Error ? error.message : String(error))));
  };

  // ---- storage

  /** Where and whether to save, from the properties: read by saving whenever it acts. */
  #savingOptions(): SavingOptions {
    return {
      enabled: this.storage !== 'memory' && !this.readonly,
      name: this.database || undefined,
      factory: this.idbFactory,
      timeout: this.storageTimeout,
    };
  }

  /** The read-only view on or off: the view's editability, the card, the suggestions, focusable highlights. */
  #applyReadonly(): void {
    if (this.#showsReadonly === this.readonly) return;
    this.#showsReadonly = this.readonly;
    // the selection toolbar hears of it from the view, which is no longer editable
    this.#editor.editable = !this.readonly;
    this.#card.hide();
    this.#suggestions?.close(false);
    // highlights take focus in the read-only view: draw them again
    this.#redrawHighlights();
  }

  /** Downloads everything of this article as a backup file, from memory: the way out when storage fails. */
  exportBackup(): void {
    const backup = libraryBackup([this.#persistence.snapshot()]);
    downloadFile(backupFileName(new Date(), 'article'), 'application/json', JSON.stringify(backup));
  }

  // ---- editor state

  /** Draws every highlight again with the current configuration (focusability, words). */
  #redrawHighlights(): void {
    this.#editor.dispatch(this.#editor.state.tr.setMeta(annotationPluginKey, { config: this.#states.pluginConfig() }).setMeta('addToHistory', false));
  }

  /** New kinds: highlights drawn again, and the editor's plugins made again (each kind's shortcut is a key binding). */
  #applyKinds(): void {
    // the plugins first: making the keymap is what could throw, and then nothing has changed yet
    const plugins = this.#states.create(this.#editor.state.doc).plugins;
    this.#editor.reconfigure(this.#editor.state.reconfigure({ plugins }));
    this.#redrawHighlights();
    this.#panel.invalidate();
  }

  /** Puts an article in the editor, with a fresh history, panel and toolbar (the loader announces it). */
  #replaceArticle(article: ShownArticle): void {
    this.#metadata = article.metadata;
    this.#editor.replaceState(this.#states.create(article.doc, article.placements));
  }

  // ---- article dialog

  /** Opens the dialog that starts a new article (`'new'`) or edits this one's details. */
  openArticleDialog(mode: ArticleDialogMode = 'new'): void {
    // `updateComplete` waits for the dialog's chunk, so the dialog is open once it resolves
    const opening = import('./on-demand.ts').then(({ ArticleDialog }) => {
      this.#articleDialog ??= new ArticleDialog(this, {
        strings: () => this.#locale.strings,
        metadata: () => this.metadata,
        changeMetadata: (metadata) => void this.#changeMetadata(metadata, 'user'),
        open: (input) => void this.#loader.open(input, 'user'),
        focusText: () => this.#editor.view?.focus(),
      });
      this.#articleDialog.open(mode);
    });
    this.#whileLoading(opening);
  }

  // ---- render

  protected override render(): TemplateResult {
    const strings = this.#locale.strings;
    return html`
      <div class="layout ${this.readonly ? 'readonly' : ''}" @dragover=${this.#exchange.dropEvents.dragover} @drop=${this.#exchange.dropEvents.drop}>
        ${renderArticleHeader(this.#metadata, strings, this.#locale.locale, !this.readonly, beginsWithHeadline(this.#editor.state.doc, this.#metadata.title))}
        ${this.readonly ? nothing : this.#bar.render(strings, this.#actions())}
        ${this.#loader.renderProblem()}
        ${this.#textConflict?.() ?? nothing}
        ${this.readonly ? nothing : this.#exchange.renderProgress()}
        ${renderStorageAlert(this.#saveState, this.#loader.storageProblem, this.#locale.strings, {
          exportBackup: () => this.exportBackup(),
          retry: () => void this.#persistence.retry(),
          dismiss: () => this.#loader.dismissStorageProblem(),
        })}
        <div
          class="article ${this.readonly ? '' : this.#panel.articleClasses}"
          part="article"
          @focusout=${this.#card.articleEvents.leave}
          @focusin=${this.#card.articleEvents.pointer}
          @mouseover=${this.#card.articleEvents.pointer}
          @mouseout=${this.#card.articleEvents.leave}
          @keydown=${this.#card.articleEvents.keydown}
        >
          <div class="editor-mount" ${ref(this.#editorMount)}></div>
          ${this.readonly ? this.#card.render() : nothing}
        </div>
        ${this.readonly
          ? nothing
          : html`<div class="side" @keydown=${this.#onSideKeydown}>${this.#panel.renderStatus()} ${this.#suggestions?.render() ?? nothing} ${this.#panel.render()}</div>
              ${this.#exchange.render()} ${this.#articleDialog?.render() ?? nothing}
              ${this.#checker.render()}`}
      </div>
    `;
  }

  /** Undo and Redo work from the panel too (focus stays there after Delete), except in a text field, which has its own. */
  #onSideKeydown = (event: KeyboardEvent): void => {
    const view = this.#editor.view;
    const target = event.composedPath()[0];
    if (!view || event.defaultPrevented || (target instanceof Element && target.matches('textarea, input:not([type="checkbox"], [type="radio"])'))) return;
    if (historyKeydown(this.#states.keys)(view, event)) event.preventDefault();
  };

  /** What the header's actions bar shows and does. */
  #actions(): ArticleActions {
    return {
      saveState: this.#saveState,
      keys: this.#states.keys,
      canUndo: this.#undoState.canUndo,
      canRedo: this.#undoState.canRedo,
      importFile: this.#importFile,
      checkerName: this.#checker.current?.name ?? null,
      openArticleDialog: (mode) => this.openArticleDialog(mode),
      openCheckerDialog: () => this.#checker.openDialog(),
      importFileChosen: (file) => void this.#exchange.importFile(file),
      download: () => void this.#exchange.download(),
      downloadCsv: () => void this.#exchange.downloadCsv(),
      printReport: () => void this.#exchange.printReport(this.renderRoot as ShadowRoot),
      copyClaimReview: () => void this.#exchange.openClaimReview(),
      suggest: this.#suggestFromButton,
      undo: () => this.undo(),
      redo: () => this.redo(),
    };
  }
}
