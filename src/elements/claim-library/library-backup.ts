/**
 * Library backup files: reading one strictly, and deciding what restoring it
 * would overwrite. This is the adapter that turns an untrusted file into typed
 * records: it rebuilds every record from the fields it knows and rejects
 * anything else, so nothing unchecked reaches IndexedDB or the page.
 */
import { Node as DocNode } from 'prosemirror-model';
import { articleSchema } from '../../editor/index.ts';
import { type AnnotationRecord, type ArticleError, type ArticleMetadata, type Source, checkMetadata, isHttpUrl, isZonedTimestamp, stances } from '../../model/index.ts';
import type { ArticleSnapshot, ArticleSummary, LibraryBackup, StoredAnnotation, StoredArticle, StoredDocument } from '../../store/index.ts';
export { backupFileName, maxBackupBytes } from './library-files.ts';
export { backupProblem } from '../shared/strings/backup-strings.ts';

/** Why a backup cannot be restored: the library turns it, with `field` and `value`, into words. */
export type BackupProblem =
  | 'not-json'
  | 'proto-key'
  | 'not-a-backup'
  | 'version'
  | 'duplicate-id'
  | 'unknown-field'
  | 'missing-field'
  | 'invalid-field'
  | 'invalid-url'
  | 'not-an-article'
  | 'too-large';

/** A backup file that cannot be restored; `reason`, `field` (a path such as `articles[0].article.id`) and `value` say why, the message says it for developers, in English. */
export class BackupError extends Error {
  override name = 'BackupError';
  constructor(
    message: string,
    readonly reason: BackupProblem = 'invalid-field',
    readonly field = '',
    readonly value = '',
  ) {
    super(message);
  }
}


/**
 * Reads a backup file's text into a LibraryBackup; throws a BackupError naming
 * the first problem (not JSON, another format or version, a missing or
 * mistyped field, a document that is not an article, a `__proto__` key).
 */
export function parseLibraryBackup(text: string): LibraryBackup {
  let json: unknown;
  try {
    json = JSON.parse(text, (key, value: unknown) => {
      // JSON.parse makes "__proto__" an ordinary key, but a spread or assign elsewhere would not
      if (key === '__proto__') throw new BackupError('The file contains a "__proto__" key, which no backup has', 'proto-key');
      return value;
    });
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`The file is not JSON (${(error as Error).message})`, 'not-json');
  }
  const top = record(json, 'The file', ['format', 'version', 'exported', 'articles']);
  if (top.format !== 'claimmark-backup') {
    throw new BackupError(`The file is not a Claimmark library backup (its format is ${JSON.stringify(top.format ?? null)}, not "claimmark-backup")`, 'not-a-backup', 'format', JSON.stringify(top.format ?? null));
  }
  if (top.version !== 1) {
    throw new BackupError(`The backup is version ${JSON.stringify(top.version ?? null)}; this Claimmark reads version 1`, 'version', 'version', JSON.stringify(top.version ?? null));
  }
  const exported = timestamp(top.exported, 'exported');
  if (!Array.isArray(top.articles)) throw new BackupError('articles must be an array', 'invalid-field', 'articles');
  const articles = top.articles.map((item, index) => snapshot(item, `articles[${index}]`));
  const ids = new Set<string>();
  for (const { article } of articles) {
    if (ids.has(article.id)) throw new BackupError(`The article id ${JSON.stringify(article.id)} appears twice`, 'duplicate-id', 'articles', JSON.stringify(article.id));
    ids.add(article.id);
  }
  return { format: 'claimmark-backup', version: 1, exported, articles };
}

/** What restoring a backup does to each of its articles, given what the library holds now. */
export interface RestorePlan {
  /** Not stored, or stored in an older version: written. */
  write: ArticleSnapshot[];
  /** Stored as last changed at the same moment: the same, left alone. */
  same: ArticleSnapshot[];
  /** Stored in a version changed after the backup: written only if the user says so. */
  newer: ArticleSnapshot[];
  /** Open in the editor in another version: never written under the editor's feet. */
  open: ArticleSnapshot[];
}

/** Sorts a backup's articles by what restoring would do, comparing `modified` with the stored articles. */
export function planRestore(backup: LibraryBackup, stored: readonly ArticleSummary[], openId: string | null): RestorePlan {
  const modifiedOf = new Map(stored.map((article) => [article.id, article.modified]));
  const plan: RestorePlan = { write: [], same: [], newer: [], open: [] };
  for (const item of backup.articles) {
    const storedModified = modifiedOf.get(item.article.id);
    if (storedModified === undefined) plan.write.push(item);
    else if (storedModified === item.article.modified) plan.same.push(item);
    // the editor would write its own version back on its next change
    else if (item.article.id === openId) plan.open.push(item);
    else if (Date.parse(storedModified) > Date.parse(item.article.modified)) plan.newer.push(item);
    else plan.write.push(item);
  }
  return plan;
}

// ---- the records

function snapshot(value: unknown, path: string): ArticleSnapshot {
  const fields = record(value, path, ['article', 'document', 'annotations']);
  const article = storedArticle(fields.article, `${path}.article`);
  const document = fields.document === null ? null : storedDocument(fields.document, `${path}.document`, article.id);
  if (!Array.isArray(fields.annotations)) throw new BackupError(`${path}.annotations must be an array`, 'invalid-field', `${path}.annotations`);
  const annotations = fields.annotations.map((item, index) => storedAnnotation(item, `${path}.annotations[${index}]`, article.id));
  const ids = new Set<string>();
  for (const annotation of annotations) {
    if (ids.has(annotation.id)) throw new BackupError(`${path}: the annotation id ${JSON.stringify(annotation.id)} appears twice`, 'duplicate-id', `${path}.annotations`, JSON.stringify(annotation.id));
    ids.add(annotation.id);
  }
  return { article: { ...article, annotationCount: annotations.length }, document, annotations };
}

function storedArticle(value: unknown, path: string): StoredArticle {
  const fields = record(value, path, ['id', 'metadata', 'sourceHash', 'created', 'modified', 'annotationCount'], ['sourceHash']);
  const article: StoredArticle = {
    id: text(fields.id, `${path}.id`, true),
    metadata: metadata(fields.metadata, `${path}.metadata`),
    created: timestamp(fields.created, `${path}.created`),
    modified: timestamp(fields.modified, `${path}.modified`),
    annotationCount: count(fields.annotationCount, `${path}.annotationCount`),
  };
  if (fields.sourceHash !== undefined) article.sourceHash = text(fields.sourceHash, `${path}.sourceHash`);
  return article;
}

function metadata(value: unknown, path: string): ArticleMetadata {
  const keys = ['url', 'title', 'publisher', 'author', 'published'] as const;
  const fields = record(value, path, keys, keys);
  for (const key of keys) if (fields[key] !== undefined) text(fields[key], `${path}.${key}`);
  try {
    return checkMetadata(fields as ArticleMetadata);
  } catch (error) {
    throw new BackupError(`${path}: ${(error as Error).message}`, (error as ArticleError).reason === 'invalid-url' ? 'invalid-url' : 'invalid-field', `${path}.${(error as ArticleError).field}`);
  }
}

function storedDocument(value: unknown, path: string, articleId: string): StoredDocument {
  const fields = record(value, path, ['articleId', 'doc', 'revision', 'anchors']);
  if (fields.articleId !== articleId) throw new BackupError(`${path}.articleId must be the article's id ${JSON.stringify(articleId)}`, 'invalid-field', `${path}.articleId`);
  try {
    DocNode.fromJSON(articleSchema, fields.doc).check();
  } catch (error) {
    throw new BackupError(`${path}.doc is not a Claimmark article (${(error as Error).message})`, 'not-an-article', `${path}.doc`);
  }
  if (!Array.isArray(fields.anchors)) throw new BackupError(`${path}.anchors must be an array`, 'invalid-field', `${path}.anchors`);
  const anchors = fields.anchors.map((anchor, index): [string, number, number] => {
    const where = `${path}.anchors[${index}]`;
    if (!Array.isArray(anchor) || anchor.length !== 3) throw new BackupError(`${where} must be [id, from, to]`, 'invalid-field', where);
    const [from, to] = range([anchor[1], anchor[2]], where);
    return [text(anchor[0], `${where}[0]`, true), from, to];
  });
  return { articleId, doc: fields.doc, revision: count(fields.revision, `${path}.revision`), anchors };
}

function storedAnnotation(value: unknown, path: string, articleId: string): StoredAnnotation {
  const fields = record(value, path, ['articleId', 'id', 'record', 'anchor', 'revision', 'quote', 'hint'], ['hint']);
  if (fields.articleId !== articleId) throw new BackupError(`${path}.articleId must be the article's id ${JSON.stringify(articleId)}`, 'invalid-field', `${path}.articleId`);
  const id = text(fields.id, `${path}.id`, true);
  const quote = record(fields.quote, `${path}.quote`, ['exact', 'prefix', 'suffix']);
  const annotation: StoredAnnotation = {
    articleId,
    id,
    record: annotationRecord(fields.record, `${path}.record`, id),
    anchor: fields.anchor === null ? null : range(fields.anchor, `${path}.anchor`),
    revision: count(fields.revision, `${path}.revision`),
    quote: { exact: text(quote.exact, `${path}.quote.exact`), prefix: text(quote.prefix, `${path}.quote.prefix`), suffix: text(quote.suffix, `${path}.quote.suffix`) },
  };
  if (fields.hint !== undefined && fields.hint !== null) {
    const hint = record(fields.hint, `${path}.hint`, ['pos', 'relFrom', 'relTo']);
    annotation.hint = { pos: count(hint.pos, `${path}.hint.pos`), relFrom: integer(hint.relFrom, `${path}.hint.relFrom`), relTo: integer(hint.relTo, `${path}.hint.relTo`) };
  } else if (fields.hint === null) {
    annotation.hint = null;
  }
  return annotation;
}

const recordKeys = ['id', 'kind', 'created', 'modified', 'attribution', 'claim', 'verdict', 'sources', 'note', 'quoteStyle', 'occasion'] as const;

function annotationRecord(value: unknown, path: string, id: string): AnnotationRecord {
  const fields = record(value, path, recordKeys, recordKeys.slice(4));
  if (fields.id !== id) throw new BackupError(`${path}.id must be the annotation's id ${JSON.stringify(id)}`, 'invalid-field', `${path}.id`);
  const result: AnnotationRecord = {
    id,
    kind: text(fields.kind, `${path}.kind`, true),
    created: timestamp(fields.created, `${path}.created`),
    modified: timestamp(fields.modified, `${path}.modified`),
  };
  for (const key of ['claim', 'verdict', 'note', 'occasion'] as const) {
    if (fields[key] !== undefined) result[key] = text(fields[key], `${path}.${key}`);
  }
  if (fields.quoteStyle !== undefined) {
    if (fields.quoteStyle !== 'direct' && fields.quoteStyle !== 'indirect') throw new BackupError(`${path}.quoteStyle must be "direct" or "indirect"`, 'invalid-field', `${path}.quoteStyle`);
    result.quoteStyle = fields.quoteStyle;
  }
  if (fields.attribution !== undefined) {
    const attribution = record(fields.attribution, `${path}.attribution`, ['name', 'role', 'organization'], ['role', 'organization']);
    result.attribution = { name: text(attribution.name, `${path}.attribution.name`) };
    if (attribution.role !== undefined) result.attribution.role = text(attribution.role, `${path}.attribution.role`);
    if (attribution.organization !== undefined) result.attribution.organization = text(attribution.organization, `${path}.attribution.organization`);
  }
  if (fields.sources !== undefined) {
    if (!Array.isArray(fields.sources)) throw new BackupError(`${path}.sources must be an array`, 'invalid-field', `${path}.sources`);
    result.sources = fields.sources.map((item, index) => source(item, `${path}.sources[${index}]`));
  }
  return result;
}

function source(value: unknown, path: string): Source {
  const fields = record(value, path, ['url', 'title', 'stance', 'accessed'], ['title', 'stance', 'accessed']);
  if (!isHttpUrl(fields.url)) throw new BackupError(`${path}.url ${JSON.stringify(fields.url)} is not an http(s) URL`, 'invalid-url', `${path}.url`);
  const result: Source = { url: fields.url };
  if (fields.title !== undefined) result.title = text(fields.title, `${path}.title`);
  if (fields.stance !== undefined) {
    if (!stances.includes(fields.stance as Source['stance'] & string)) throw new BackupError(`${path}.stance must be supports, refutes or context`, 'invalid-field', `${path}.stance`);
    result.stance = fields.stance as Source['stance'];
  }
  if (fields.accessed !== undefined) result.accessed = text(fields.accessed, `${path}.accessed`);
  return result;
}

// ---- the values

/** A plain object with only `keys`, all present except `optional`. */
function record<K extends string>(value: unknown, path: string, keys: readonly K[], optional: readonly K[] = []): Partial<Record<K, unknown>> {
  if (!value || typeof value !== 'object' || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) {
    throw new BackupError(`${path} must be an object`, 'invalid-field', path);
  }
  for (const key of Object.keys(value)) {
    if (!(keys as readonly string[]).includes(key)) throw new BackupError(`${path} has an unknown field ${JSON.stringify(key)}`, 'unknown-field', path, JSON.stringify(key));
  }
  for (const key of keys) {
    if (!optional.includes(key) && !(key in value)) throw new BackupError(`${path} has no ${key}`, 'missing-field', path, key);
  }
  return value as Partial<Record<K, unknown>>;
}

function text(value: unknown, path: string, nonEmpty = false): string {
  if (typeof value !== 'string') throw new BackupError(`${path} must be a string, not ${describe(value)}`, 'invalid-field', path);
  if (nonEmpty && value === '') throw new BackupError(`${path} must not be empty`, 'invalid-field', path);
  return value;
}

function integer(value: unknown, path: string): number {
  if (!Number.isSafeInteger(value)) throw new BackupError(`${path} must be a whole number, not ${describe(value)}`, 'invalid-field', path);
  return value as number;
}

function count(value: unknown, path: string): number {
  const number = integer(value, path);
  if (number < 0) throw new BackupError(`${path} must not be negative`, 'invalid-field', path);
  return number;
}

function range(value: unknown, path: string): [number, number] {
  if (!Array.isArray(value) || value.length !== 2) throw new BackupError(`${path} must be [from, to]`, 'invalid-field', path);
  const from = count(value[0], `${path}[0]`);
  const to = count(value[1], `${path}[1]`);
  if (to < from) throw new BackupError(`${path} ends before it starts`, 'invalid-field', path);
  return [from, to];
}

function timestamp(value: unknown, path: string): string {
  if (!isZonedTimestamp(value)) {
    throw new BackupError(`${path} must be an ISO 8601 timestamp with a timezone, not ${describe(value)}`, 'invalid-field', path);
  }
  return value;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  const shown = JSON.stringify(value);
  return shown.length > 40 ? `${shown.slice(0, 40)}…` : shown;
}
