/** A backup of a whole library (backup.ts gives its format); only `<claim-library>` makes one. */
import type { ArticleStore } from '../store/index.ts';
import { type LibraryBackup, libraryBackup } from './backup.ts';

/** A backup of everything in `store`. Rejects with a StoreError. */
export async function backUpLibrary(store: ArticleStore): Promise<LibraryBackup> {
  // the library's own store operations: a chunk that a page with only an editor never loads
  const { allArticles } = await import('../store/library-records.ts');
  return libraryBackup(await allArticles(store));
}
