/**
 * The backup format, written: one JSON file with every article of a library
 * (or, from the editor, the one article it shows), each with its document and
 * annotations as IndexedDB stores them. `backup-reading.ts` reads it back; it
 * is loaded on demand, so writing a backup costs start-up only these lines
 * (a whole library's backup, which only the library makes, is library-backup.ts).
 */
import type { ArticleSnapshot } from '../store/index.ts';

/** The backup file's content: every article with its document and annotations. */
export interface LibraryBackup {
  format: typeof backupFormat;
  version: typeof backupVersion;
  /** When the backup was made, ISO 8601 with timezone. */
  exported: string;
  articles: ArticleSnapshot[];
}

/** The `format` every backup names. */
export const backupFormat = 'claimmark-backup';

/** The version of the format this Claimmark writes and reads. */
export const backupVersion = 1;

/** A backup of `articles`, made now. */
export function libraryBackup(articles: readonly ArticleSnapshot[], exported = new Date()): LibraryBackup {
  // only the stored fields: what getArticle adds about unreadable records is not part of the format
  const stored = articles.map(({ article, document, annotations }) => ({ article, document, annotations }));
  return { format: backupFormat, version: backupVersion, exported: exported.toISOString(), articles: stored };
}

/**
 * The name of a backup made on `date` (local day): `claimmark-library-YYYY-MM-DD.json`
 * for the library's, `claimmark-article-YYYY-MM-DD.json` for the one article
 * the editor exports from memory when storage fails.
 */
export function backupFileName(date = new Date(), of: 'library' | 'article' = 'library'): string {
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  return `claimmark-${of}-${day}.json`;
}
