/**
 * Import of W3C Web Annotation JSON-LD (ours and other tools') and of the
 * Hypothesis client's export: untrusted input in, ImportedAnnotations,
 * rejections with reasons and notes out. Nothing is fetched and nothing is
 * placed yet: `anchorImported` anchors the result in the article. The inverse
 * of `toJsonLd`; docs/format.md lists what is accepted.
 */
import { type Vocabulary, isHttpUrl, requireKind, samePage } from '../annotation/annotation-input.ts';
import { findKind, untaggedKindId } from '../annotation/kinds.ts';
import { type ArticleError, type ArticleMetadata, checkMetadata } from '../annotation/article.ts';
import { readHypothesisAnnotation, readHypothesisReply } from './hypothesis-import.ts';
import { type ImportedLink, type ImportedReply, RelationRejected, finishRelation, readW3cRelation } from '../relations/relations-import.ts';
import { timestamp } from '../annotation/ids.ts';
import {
  type DraftAgent, type ImportNote, type ImportNoteCode, type ImportedAnnotation, type NoteTaker, type Rejection, type RecordDraft, ItemRejected, contentId, emptyDraft, fileIri, finishRecord,
} from './import-record.ts';
import type { JsonData } from '../annotation/annotation.ts';
import { carryAnnotation, carryTarget } from './carry-import.ts';
import { type JsonObject, type JsonValue, ImportError, isJsonObject, parseUntrustedJson } from './json-input.ts';
import { generatorName } from './jsonld.ts';
import { withoutUndefined } from './nodes.ts';
import {
  type Terms, iri, nameOf, nodeId, nodeTypes, objects, quoted, readContext, readTextSelectors, schemaValue, text, values, w3cTerm,
} from './jsonld-read.ts';
import { ourNoteBody, readBody, resolve } from './jsonld-bodies.ts';
import { readReview } from '../review/review-import.ts';

/** What an import read: annotations to place, items rejected with reasons, notes on what was dropped or assumed. */
export interface ImportResult {
  annotations: ImportedAnnotation[];
  /** The links between annotations the file holds (motivation `linking` from annotation to annotation), for `attachRelations`. */
  links: ImportedLink[];
  /** The replies the file holds (motivation `replying`, Hypothesis `references`), for `attachRelations`. */
  replies: ImportedReply[];
  rejected: Rejection[];
  /** Things the user should know: dropped links, ignored tags, contexts not fetched, assumed position units; in English, for developers. */
  notes: string[];
  /** The same notes as data, for the element to say in its language. */
  noteDetails: ImportNote[];
  /** The article metadata our own exports carry. */
  article?: ArticleMetadata;
  /** How many annotations named no kind of ours and got `untaggedKind`. */
  untagged: number;
  /** The kind they got. */
  untaggedKind: string;
  /** Pages other than the article (`articleUrl`) that annotations of the file were made on, each once. */
  otherSources: string[];
}

/** How to read a file: `untaggedKind` is the kind for annotations that name none of ours (see `defaultUntaggedKind`). */
export interface ImportOptions {
  untaggedKind?: string;
  /** The article's address: an annotation whose target names another page is noted (`other-source`) and counted in `otherSources`. */
  articleUrl?: string;
}

/**
 * The kind untagged annotations get when the caller does not say: `note` when
 * the vocabulary has it, else its first kind.
 */
export function defaultUntaggedKind(vocabulary: Vocabulary): string {
  return findKind(vocabulary.kinds, untaggedKindId)?.id ?? vocabulary.kinds[0].id;
}

/** One candidate annotation found in the file, in document order. */
interface Item {
  node: JsonValue;
  /** `reference`: a page item given only as an IRI, which cannot be read without fetching. */
  format: 'w3c' | 'hypothesis' | 'reference';
  terms: Terms;
}

/** How many distinct notes of one code are listed; the rest are counted (a file with 1,000 contexts an item would else make 300,000 notes). */
const notesPerCode = 20;

/** Collects notes, one line per distinct message with the items it concerns, each item once. */
class NoteLog {
  readonly #messages = new Map<string, number[]>();
  readonly #details = new Map<string, ImportNote>();
  readonly #listed = new Map<ImportNoteCode, number>();
  readonly #unlisted = new Map<ImportNoteCode, number>();
  /** The messages counted in `#unlisted`, so that one said again is not counted twice. */
  readonly #counted = new Set<string>();

  add(message: string, code: ImportNoteCode, value?: string, index?: number): void {
    let indexes = this.#messages.get(message);
    if (!indexes) {
      const listed = this.#listed.get(code) ?? 0;
      if (listed >= notesPerCode) {
        if (!this.#counted.has(message)) this.#unlisted.set(code, (this.#unlisted.get(code) ?? 0) + 1);
        this.#counted.add(message);
        return;
      }
      this.#listed.set(code, listed + 1);
      indexes = [];
      this.#messages.set(message, indexes);
      this.#details.set(message, { code, ...(value !== undefined ? { value } : {}), items: indexes });
    }
    // items come in order: the same item noted again is not listed twice
    if (index !== undefined && indexes[indexes.length - 1] !== index) indexes.push(index);
  }

  details(): ImportNote[] {
    const more = [...this.#unlisted.values()].map((count): ImportNote => ({ code: 'more-notes', value: String(count), items: [] }));
    return [...[...this.#details.values()].map((note) => ({ ...note, items: [...note.items] })), ...more];
  }

  lines(): string[] {
    const unlisted = [...this.#unlisted.values()].map((count) => `${count} more notes like the ones above were not listed`);
    return [...this.#messages].map(([message, indexes]) => {
      if (!indexes.length) return message;
      const shown = indexes.slice(0, 5).join(', ');
      const more = indexes.length > 5 ? ` and ${indexes.length - 5} more` : '';
      return `${message} (${indexes.length === 1 ? 'item' : 'items'} ${shown}${more})`;
    }).concat(unlisted);
  }
}

/**
 * Reads an export (JSON text or a parsed object): our AnnotationCollection, a
 * bare Annotation, an array, a page, a `@graph`, or a Hypothesis export. Throws
 * an ImportError when the whole input is unusable (not JSON, over 100 MB, nested
 * over 64 levels, no annotation document); each bad item is rejected with a
 * reason and the good ones come through. Annotations that name no kind of
 * ours get `options.untaggedKind`; an unknown one throws an AnnotationError.
 */
export function fromJsonLd(input: unknown, vocabulary: Vocabulary, options: ImportOptions = {}): ImportResult {
  const untaggedKind = options?.untaggedKind === undefined ? defaultUntaggedKind(vocabulary) : requireKind(vocabulary, options.untaggedKind).id;
  const { value, report } = parseUntrustedJson(input);
  const notes = new NoteLog();
  if (report.droppedKeys) notes.add(`${report.droppedKeys} keys named __proto__, constructor or prototype were ignored`, 'dropped-keys', String(report.droppedKeys));
  const finder = new ItemFinder((message, code, value) => notes.add(message, code, value));
  finder.root(value);
  const articleUrl = isHttpUrl(options?.articleUrl) ? options.articleUrl : undefined;
  const result: ImportResult = { annotations: [], links: [], replies: [], rejected: [], notes: [], noteDetails: [], untagged: 0, untaggedKind, otherSources: [] };
  const now = timestamp();
  const seen = new Map<string, number>();
  /** How many items without an id said the same, by the id the first of them got. */
  const identical = new Map<string, number>();
  let assumed = 0;
  finder.items.forEach((item, index) => {
    const note: NoteTaker = (message, code, value) => notes.add(message, code, value, index);
    try {
      if (item.format === 'reference') {
        throw new ItemRejected(`only the IRI ${quoted(String(item.node))} of an annotation that is not in the file, and nothing is fetched`, 'reference-only', String(item.node));
      }
      const node = asObject(item.node);
      const relation = item.format === 'hypothesis' ? readHypothesisReply(node) : readW3cRelation(node, item.terms, readAgent);
      if (relation) {
        const read = finishRelation(relation, index, fileIri, now);
        if ('on' in read) result.replies.push(read);
        else result.links.push(read);
        return;
      }
      const draft = item.format === 'hypothesis' ? readHypothesisAnnotation(node, note) : readW3cAnnotation(node, item.terms, finder.graph, note);
      const annotation = finishRecord(draft, vocabulary, note, untaggedKind);
      if (annotation.newId) {
        const said = contentId(draft, 0);
        const occurrence = (identical.get(said) ?? -1) + 1;
        identical.set(said, occurrence);
        annotation.id = occurrence ? contentId(draft, occurrence) : said;
      }
      const first = seen.get(annotation.id);
      if (first !== undefined) throw new ItemRejected(`duplicate id ${quoted(annotation.id)} (item ${first} has it too)`, 'duplicate-id', annotation.id);
      seen.set(annotation.id, index);
      if (annotation.untagged) result.untagged++;
      if (articleUrl && annotation.source && isHttpUrl(annotation.source) && !samePage(annotation.source, articleUrl)) {
        note(`An annotation of another page, ${annotation.source}, was placed on this article (${articleUrl})`, 'other-source', annotation.source);
        if (!result.otherSources.includes(annotation.source)) result.otherSources.push(annotation.source);
      }
      if (annotation.positionUnit === 'unknown' && annotation.selector.start !== undefined) assumed++;
      result.annotations.push(annotation);
    } catch (error) {
      // an unforeseen shape must not cost the other items their import
      if (error instanceof RelationRejected) {
        result.rejected.push({ index, reason: error.message, code: 'invalid-field', ...(error.field ? { value: error.field } : {}) });
        return;
      }
      const reason = error instanceof ItemRejected ? error.message : `could not be read (${(error as Error).message})`;
      const value = error instanceof ItemRejected ? error.value : undefined;
      result.rejected.push({ index, reason, code: error instanceof ItemRejected ? error.code : 'unreadable', ...(value !== undefined ? { value } : {}) });
    }
  });
  if (assumed) {
    notes.add(`${assumed} positions from another tool were read as code points, as the W3C model counts them; where the text there did not match, UTF-16 code units were tried`, 'assumed-code-points', String(assumed));
  }
  result.notes = notes.lines();
  result.noteDetails = notes.details();
  if (finder.article) result.article = finder.article;
  return result;
}

function asObject(node: JsonValue): JsonObject {
  if (!isJsonObject(node)) throw new ItemRejected(`not an annotation but ${Array.isArray(node) ? 'an array' : node === null ? 'null' : `a ${typeof node}`}`, 'not-an-annotation');
  return node;
}

/** Walks the document the way the W3C checker does, collecting candidate annotations in order. */
class ItemFinder {
  readonly items: Item[] = [];
  /** Top-level `@graph` nodes by id, for bodies given as references. */
  readonly graph = new Map<string, JsonObject>();
  article?: ArticleMetadata;

  constructor(readonly note: NoteTaker) {}

  root(value: JsonValue): void {
    const terms: Terms = { schemaBare: false };
    if (Array.isArray(value)) {
      for (const entry of value) if (!isJsonObject(entry) || !this.#container(entry, terms)) this.#candidate(entry, terms);
      return;
    }
    if (!isJsonObject(value)) throw new ImportError('The file holds no annotations: expected a JSON object or array', 'no-annotations');
    if (!this.#container(value, terms) && !this.#hypothesisExport(value)) {
      if (!isAnnotationLike(value, terms)) {
        throw new ImportError('The file is not a W3C annotation, collection, page or @graph, a Readium AnnotationSet, nor a Hypothesis export', 'no-annotations');
      }
      this.#candidate(value, terms);
    }
  }

  /** A collection, page or `@graph`: walks it and returns true. */
  #container(node: JsonObject, parent: Terms): boolean {
    const terms = readContext(node['@context'], parent, this.note);
    const types = nodeTypes(node, terms);
    if (Array.isArray(node['@graph'])) {
      for (const entry of objects(node['@graph'])) {
        const id = nodeId(entry);
        if (id !== undefined) this.graph.set(id, entry);
      }
      for (const entry of node['@graph']) {
        if (!isJsonObject(entry)) this.#candidate(entry, terms);
        else if (!this.#container(entry, terms) && isAnnotationLike(entry, terms)) this.#candidate(entry, terms);
        // other nodes (a schema:Claim, say) are there for bodies that refer to them
      }
      return true;
    }
    if (types.includes('AnnotationCollection')) {
      this.#readArticle(schemaValue(node, 'about', { schemaBare: false }));
      const first = node.first;
      if (isJsonObject(first)) this.#page(first, terms);
      else if (typeof first === 'string') this.note(`The collection's first page ${quoted(first)} is not in the file, and nothing is fetched`, 'page-not-in-file', first);
      return true;
    }
    // Readium's AnnotationSet (Thorium and other EPUB readers' export): its items, like a page's
    if (types.includes('AnnotationPage') || (types.includes('AnnotationSet') && Array.isArray(node.items))) {
      this.#page(node, terms);
      return true;
    }
    return false;
  }

  /** A page's items, then the pages embedded as `next`. */
  #page(page: JsonObject, parent: Terms): void {
    let current: JsonObject | undefined = page;
    for (let count = 0; current && count < 10_000; count++) {
      const terms = readContext(current['@context'], parent, this.note);
      for (const item of values(current.items)) {
        if (typeof item === 'string') this.items.push({ node: item, format: 'reference', terms });
        else this.#candidate(item, terms);
      }
      const next: JsonValue | undefined = current.next;
      if (typeof next === 'string') this.note(`The page ${quoted(next)} is not in the file, and nothing is fetched`, 'page-not-in-file', next);
      current = isJsonObject(next) ? next : undefined;
    }
  }

  /** A Hypothesis client export (`annotations`) or API search result (`rows`). */
  #hypothesisExport(node: JsonObject): boolean {
    const list = Array.isArray(node.annotations) ? node.annotations : Array.isArray(node.rows) ? node.rows : undefined;
    if (!list || 'type' in node || '@type' in node) return false;
    for (const entry of list) this.items.push({ node: entry, format: 'hypothesis', terms: { schemaBare: false } });
    return true;
  }

  #candidate(value: JsonValue, terms: Terms): void {
    const format = isJsonObject(value) && isHypothesisAnnotation(value) ? 'hypothesis' : 'w3c';
    this.items.push({ node: value, format, terms: isJsonObject(value) ? readContext(value['@context'], terms, this.note) : terms });
  }

  #readArticle(about: JsonValue | undefined): void {
    if (!isJsonObject(about)) return;
    const terms: Terms = { schemaBare: false };
    const metadata: ArticleMetadata = {
      url: iri(schemaValue(about, 'url', terms)),
      title: text(schemaValue(about, 'headline', terms)),
      publisher: nameOf(schemaValue(about, 'publisher', terms), terms),
      author: nameOf(schemaValue(about, 'author', terms), terms),
      published: text(schemaValue(about, 'datePublished', terms)),
    };
    try {
      this.article = checkMetadata(metadata);
    } catch (error) {
      this.note(`The article metadata was not imported: ${(error as Error).message}`, 'article-metadata', (error as ArticleError).field);
    }
  }
}

function isAnnotationLike(node: JsonObject, terms: Terms): boolean {
  return nodeTypes(node, terms).includes('Annotation') || 'target' in node || 'body' in node || 'bodyValue' in node;
}

/** Hypothesis's own annotation JSON: no `type`, a `uri` or `user`, `target` a list. */
function isHypothesisAnnotation(node: JsonObject): boolean {
  return !('type' in node) && !('@type' in node) && ('uri' in node || 'user' in node) && Array.isArray(node.target);
}

/** Reads one W3C Annotation into a draft: kind, fields, selectors. */
function readW3cAnnotation(node: JsonObject, terms: Terms, graph: Map<string, JsonObject>, note: NoteTaker): RecordDraft {
  const types = nodeTypes(node, terms);
  if (!types.includes('Annotation') && !('target' in node)) throw new ItemRejected('not an annotation: it has no type Annotation and no target', 'not-an-annotation');
  const ours = values(node.generator).some((generator) => nameOf(generator, terms) === generatorName);
  const draft = emptyDraft(ours ? 'code-point' : 'unknown');
  draft.id = nodeId(node);
  draft.created = text(node.created);
  draft.modified = text(node.modified);
  [draft.creator, ...draft.coCreators] = values(node.creator).map((entry) => readAgent(entry, terms)).filter((agent) => agent !== undefined);
  if (!draft.coCreators.length) delete draft.coCreators;
  draft.modifiedBy = readAgent(schemaValue(node, 'editor', terms), terms);
  draft.review = readReview(node, terms, readAgent);
  const motivation = values(node.motivation).length === 1 ? text(node.motivation) : undefined;
  const noteBodies: JsonData[] = [];
  for (const body of values(node.body)) readBody(resolve(body, graph), draft, terms, motivation && w3cTerm(motivation), note, noteBodies);
  // carried only when one of them is not as ours are: then all of them, in order, to write back together
  if (noteBodies.some((body) => body !== null)) draft.carried.noteBodies = noteBodies.map((body, index) => body ?? ourNoteBody(draft.notes[index]));
  const bodyValue = text(node.bodyValue);
  if (bodyValue !== undefined) {
    draft.notes.push(bodyValue);
    // the shorthand for a TextualBody with only a value (model §3.2.5)
    draft.carried.noteBodies?.push({ type: 'TextualBody', value: bodyValue });
  }
  const properties = carryAnnotation(node, generatorName);
  if (properties) draft.carried.annotation = properties;
  readTarget(node, draft, terms, note, ours);
  draft.orphaned = ours && draft.selector.exact !== undefined && draft.selector.start !== undefined && draft.selector.start === draft.selector.end;
  return draft;
}

/** Agent type names as files write them: W3C's, FOAF's, schema.org's, ActivityStreams'. */
const agentTypeNames: Record<string, string> = {
  Person: 'Person', Organization: 'Organization', Software: 'Software',
  'foaf:Person': 'Person', 'foaf:Organization': 'Organization', 'schema:Person': 'Person', 'schema:Organization': 'Organization',
  'as:Person': 'Person', 'as:Organization': 'Organization', 'as:Application': 'Software', 'as:Service': 'Software', 'schema:SoftwareApplication': 'Software',
};

/** An agent as written: an IRI alone, or a node with the W3C Agent's terms (§3.3.2); schema.org's `name` and `url` too. */
function readAgent(value: JsonValue | undefined, terms: Terms): DraftAgent | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return { id: first };
  if (!isJsonObject(first)) return undefined;
  const type = nodeTypes(first, terms).map((name) => (Object.hasOwn(agentTypeNames, name) ? agentTypeNames[name] : name))[0];
  return withoutUndefined({
    id: nodeId(first),
    type,
    name: nameOf(first, terms),
    nickname: text(first.nickname),
    homepage: iri(first.homepage) ?? iri(schemaValue(first, 'url', terms)),
    email: iri(first.email),
    emailSha1: text(first.email_sha1),
  });
}

/**
 * The first target with a text selector: its source and selectors; that
 * target as the file gave it (`fileTarget`, its other properties carried) and
 * the file's other targets, carried.
 */
function readTarget(node: JsonObject, draft: RecordDraft, terms: Terms, note: NoteTaker, ours: boolean): void {
  const pageOnly: string[] = [];
  const targets = values(node.target);
  const chosen = targets.findIndex((target) => {
    if (!isJsonObject(target)) return false;
    const read = readTextSelectors(target.selector, terms, note);
    for (const type of read.pageOnly) if (!pageOnly.includes(type)) pageOnly.push(type);
    if (read.selector.exact === undefined && read.selector.start === undefined) return false;
    draft.selector = read.selector;
    draft.source = iri(target.source);
    return true;
  });
  if (chosen < 0) {
    if (pageOnly.length === 1 && pageOnly[0] === 'RangeSelector') throw new ItemRejected('only a RangeSelector, which needs the page it was made in; no TextQuoteSelector or TextPositionSelector', 'range-selector-only');
    if (pageOnly.length) throw new ItemRejected(`only selectors of the page's structure (${pageOnly.join(', ')}), which need the page it was made in, and no quote in their refinedBy`, 'page-selector-only', pageOnly.join(', '));
    return;
  }
  const { fileTarget, properties } = carryTarget(targets[chosen] as JsonObject, ours);
  if (fileTarget) draft.fileTarget = fileTarget;
  if (properties) draft.carried.target = properties;
  const others = targets.filter((_, index) => index !== chosen);
  if (others.length) draft.carried.targets = others as JsonData[];
}
