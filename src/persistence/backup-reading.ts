/**
 * The backup format, read: the adapter that turns an untrusted file into
 * typed records. Every record is rebuilt from the fields it may have and
 * checked (types, ranges, kind ids, http(s) links, timestamps); each document
 * is checked against the article schema and the text limit. A file that is
 * not a backup is refused whole; an article in it that cannot be used is
 * skipped and named with its reason, and the others restore. Loaded on
 * demand (the library's `library-backup.ts` chunk), never at start-up.
 */
import { isZonedTimestamp } from '../model/index.ts';
import {
  type ArticleSnapshot,
  RecordError,
  type StoredAnnotation,
  checkStoredAnnotation,
  checkStoredArticle,
  checkStoredDocument,
  recordId,
} from '../store/index.ts';
import { type LibraryBackup, backupFormat, backupVersion } from './backup.ts';
import { checkArticleDocument } from './document-check.ts';
import { maxBackupBytes } from './limits.ts';
export { checkArticleDocument } from './document-check.ts';

/** Why a whole file cannot be restored. */
export type BackupFault = 'too-large' | 'not-json' | 'proto-key' | 'not-backup' | 'other-version' | 'bad-field';

/** A file that cannot be restored at all; `fault` says why, `problem` names the field for `bad-field`. */
export class BackupError extends Error {
  override name = 'BackupError';
  constructor(
    readonly fault: BackupFault,
    readonly detail?: string,
    readonly problem?: RecordError,
  ) {
    super(`${fault}${detail ? `: ${detail}` : ''}${problem ? `: ${problem.message}` : ''}`);
  }
}

/** An article of a backup that is not restored: where it is in the file, its id and headline when readable, and why. */
export interface SkippedArticle {
  index: number;
  id: string | null;
  title: string | null;
  problem: RecordError;
}

/** A backup as read: the articles that can be restored, and those skipped. */
export interface BackupReading {
  backup: LibraryBackup;
  skipped: SkippedArticle[];
}

/** Refuses a file larger than `maxBackupBytes` before it is read. */
export function checkBackupSize(bytes: number): void {
  if (bytes > maxBackupBytes) throw new BackupError('too-large', String(bytes));
}

/**
 * Reads a backup file's text. Throws a BackupError when the file is not a
 * backup this Claimmark reads (too large, not JSON, a `__proto__` key, another
 * format or version, `exported` or `articles` of the wrong type); skips and
 * names each article that cannot be used.
 */
export function parseLibraryBackup(text: string): BackupReading {
  checkBackupSize(text.length);
  let json: unknown;
  try {
    json = JSON.parse(text, (key, value: unknown) => {
      // JSON.parse makes "__proto__" an ordinary key, but a spread or assign elsewhere would not
      if (key === '__proto__') throw new BackupError('proto-key');
      return value;
    });
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError('not-json', (error as Error).message);
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new BackupError('not-backup', describe(json));
  const top = json as Record<string, unknown>;
  if (top.format !== backupFormat) throw new BackupError('not-backup', describe(top.format));
  if (top.version !== backupVersion) throw new BackupError('other-version', describe(top.version));
  for (const key of Object.keys(top)) {
    if (!['format', 'version', 'exported', 'articles'].includes(key)) throw new BackupError('bad-field', undefined, new RecordError(key, 'unknown-field'));
  }
  if (!isZonedTimestamp(top.exported)) {
    throw new BackupError('bad-field', undefined, new RecordError('exported', 'not-timestamp'));
  }
  if (!Array.isArray(top.articles)) throw new BackupError('bad-field', undefined, new RecordError('articles', 'not-list'));
  const articles: ArticleSnapshot[] = [];
  const skipped: SkippedArticle[] = [];
  const ids = new Set<string>();
  top.articles.forEach((item, index) => {
    try {
      const snapshot = checkSnapshot(item);
      if (ids.has(snapshot.article.id)) throw new RecordError('article.id', 'duplicate');
      ids.add(snapshot.article.id);
      articles.push(snapshot);
    } catch (error) {
      const article = item && typeof item === 'object' ? (item as { article?: unknown }).article : undefined;
      const title = article && typeof article === 'object' ? (article as { metadata?: { title?: unknown } }).metadata?.title : undefined;
      const problem = error instanceof RecordError ? error : new RecordError('article', 'not-object', String((error as Error)?.message ?? error));
      skipped.push({ index, id: recordId(article), title: typeof title === 'string' && title.trim() ? title.trim() : null, problem });
    }
  });
  return { backup: { format: backupFormat, version: backupVersion, exported: top.exported, articles }, skipped };
}

/** One article of a backup, checked whole: its record, its document against the schema, every annotation. */
function checkSnapshot(value: unknown): ArticleSnapshot {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new RecordError('article', 'not-object');
  const fields = value as Record<string, unknown>;
  for (const key of Object.keys(fields)) if (!['article', 'document', 'annotations'].includes(key)) throw new RecordError(key, 'unknown-field');
  const article = checkStoredArticle(fields.article, 'article');
  // an article without its document cannot be opened, so it is not restored as one
  if (fields.document === null || fields.document === undefined) throw new RecordError('document', 'no-document');
  const document = checkStoredDocument(fields.document, article.id, 'document');
  const size = checkArticleDocument(document.doc, 'document.doc').content.size;
  for (const [index, [, , to]] of document.anchors.entries()) if (to > size) throw new RecordError(`document.anchors[${index}]`, 'not-range');
  if (!Array.isArray(fields.annotations)) throw new RecordError('annotations', 'not-list');
  const annotations: StoredAnnotation[] = [];
  const annotationIds = new Set<string>();
  fields.annotations.forEach((item, index) => {
    const field = `annotations[${index}]`;
    const annotation = checkStoredAnnotation(item, article.id, field);
    if (annotationIds.has(annotation.id)) throw new RecordError(`${field}.id`, 'duplicate');
    annotationIds.add(annotation.id);
    if (annotation.anchor && annotation.anchor[1] > size) throw new RecordError(`${field}.anchor`, 'not-range');
    if (annotation.hint && annotation.hint.pos > size) throw new RecordError(`${field}.hint.pos`, 'not-range');
    annotations.push(annotation);
  });
  return { article: { ...article, annotationCount: annotations.length }, document, annotations };
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const shown = JSON.stringify(value) ?? String(value);
  return shown.length > 40 ? `${shown.slice(0, 40)}…` : shown;
}
