/**
 * Every annotation of the library read for the desk's search: a page at a
 * time, checked, in one snapshot. Only the library's lazy chunk needs it, so it
 * is not part of the store every page loads at start-up.
 */
import { type ArticleStore, readInPages } from './article-store.ts';
import type { StoredAnnotation } from './schema.ts';

/**
 * Gives `each` every usable annotation record of the library, or of article
 * `articleId`, a page of `perRead` at a time as it is read and checked (the
 * desk keeps a row of each, not the records). Resolves with how many records
 * could not be used and were left out.
 */
export function readAnnotations(store: ArticleStore, each: (page: StoredAnnotation[]) => void, options: { articleId?: string; perRead?: number } = {}): Promise<{ skipped: number }> {
  return store.run('Reading the annotations', async (db) => {
    const { checkStoredAnnotation } = await import('./record-checks.ts');
    const tx = db.transaction('annotations', 'readonly');
    const done = tx.done;
    // awaited below; a failed request rejects first, and this rejection is then not left unhandled
    done.catch(() => undefined);
    let skipped = 0;
    await readInPages(tx.store, options.articleId, options.perRead ?? 2000, (page) => {
      const usable: StoredAnnotation[] = [];
      for (const record of page) {
        try {
          usable.push(checkStoredAnnotation(record, (record as { articleId: string }).articleId, 'annotation'));
        } catch {
          skipped++;
        }
      }
      each(usable);
    });
    await done;
    return { skipped };
  });
}
