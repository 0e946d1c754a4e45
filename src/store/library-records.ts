/**
 * What only the library does to the store: list every article, back up all
 * of it, rename, delete, and write a whole article back (a restore, an undone
 * deletion, a text conflict's copy). Functions beside ArticleStore rather
 * than its methods, so that a page with only an editor does not load them at
 * start-up: the bundler keeps a function out of the chunks that never call it,
 * but a class whole.
 */
import { unwrap } from 'idb';
import { type ArticleSnapshot, type ArticleStore, type ArticleSummary, type LibraryListing, allOrNothing, asRecordError, queueInTurns, recordChecks, textSavesOf } from './article-store.ts';
import { StoreError } from './database.ts';
import type { SkippedRecord } from './record-error.ts';
import type { StoredAnnotation } from './schema.ts';

/** Every article that can be listed, most recently changed first. */
export async function listArticles(store: ArticleStore): Promise<ArticleSummary[]> {
  return (await listLibrary(store)).articles;
}

/**
 * Every article, most recently changed first, and the article records that
 * cannot be listed (a field of the wrong type, from an older version or a
 * hand edit): one bad record is reported, never the end of the list.
 */
export function listLibrary(store: ArticleStore): Promise<LibraryListing> {
  return store.run('Listing the articles', async (db) => {
    const { checkStoredArticle, recordId } = await recordChecks();
    // all records, not the byModified index: a record without a usable `modified` is not in the index, and would vanish unreported
    const records: unknown[] = await db.getAll('articles');
    const articles: ArticleSummary[] = [];
    const skipped: SkippedRecord[] = [];
    for (const record of records) {
      try {
        const { id, metadata, annotationCount, modified } = checkStoredArticle(record);
        articles.push({ id, title: metadata.title, publisher: metadata.publisher, published: metadata.published, url: metadata.url, annotationCount, modified });
      } catch (error) {
        skipped.push({ id: recordId(record), problem: asRecordError(error) });
      }
    }
    // the order of the byModified index: ISO timestamps compare as strings
    articles.sort((a, b) => (a.modified < b.modified ? 1 : a.modified > b.modified ? -1 : 0));
    return { articles, skipped };
  });
}

/** Every article, document and annotation as stored, unchecked: a backup keeps even what cannot be opened, and restoring it reports that. */
export function allArticles(store: ArticleStore): Promise<ArticleSnapshot[]> {
  return store.run('Backing up', async (db) => {
    const tx = db.transaction(['articles', 'documents', 'annotations'], 'readonly');
    const [articles, documents, annotations] = await Promise.all([
      tx.objectStore('articles').getAll(),
      tx.objectStore('documents').getAll(),
      tx.objectStore('annotations').getAll(),
      tx.done,
    ]);
    const documentOf = new Map(documents.map((document) => [document.articleId, document]));
    const annotationsOf = new Map<string, StoredAnnotation[]>();
    for (const annotation of annotations) {
      const list = annotationsOf.get(annotation.articleId) ?? [];
      list.push(annotation);
      annotationsOf.set(annotation.articleId, list);
    }
    return articles.map((article) => ({
      article,
      document: documentOf.get(article.id) ?? null,
      annotations: annotationsOf.get(article.id) ?? [],
    }));
  });
}

/** Gives article `id` a new headline. */
export function renameArticle(store: ArticleStore, id: string, title: string): Promise<void> {
  return store.run('Renaming the article', async (db) => {
    const tx = db.transaction('articles', 'readwrite');
    const article = await tx.store.get(id);
    if (!article) throw new StoreError(`There is no stored article ${id}`, 'missing');
    const metadata = { ...article.metadata, title: title.trim() || undefined };
    await Promise.all([tx.store.put({ ...article, metadata, modified: new Date().toISOString() }), tx.done]);
  });
}

/** Deletes article `id` with its document and annotations; returns them, so the deletion can be undone. */
export function deleteArticle(store: ArticleStore, id: string): Promise<ArticleSnapshot | null> {
  return store.run('Deleting the article', async (db) => {
    const tx = db.transaction(['articles', 'documents', 'annotations', 'textSaves'], 'readwrite');
    const annotationStore = tx.objectStore('annotations');
    const [article, document, annotations] = await Promise.all([
      tx.objectStore('articles').get(id),
      tx.objectStore('documents').get(id),
      annotationStore.index('byArticle').getAll(id),
    ]);
    const deletes: Promise<unknown>[] = [tx.objectStore('articles').delete(id), tx.objectStore('documents').delete(id), tx.objectStore('textSaves').delete(textSavesOf(id))];
    for (const annotation of annotations) deletes.push(annotationStore.delete([id, annotation.id]));
    await Promise.all([...deletes, tx.done]);
    return article ? { article, document: document ?? null, annotations } : null;
  });
}

/** Writes back a whole article (an undone deletion, or one from a backup), replacing what is stored under its id. */
export function putSnapshot(store: ArticleStore, snapshot: ArticleSnapshot): Promise<void> {
  return store.run('Restoring the article', async (db) => {
    const { article, document, annotations } = snapshot;
    const tx = db.transaction(['articles', 'documents', 'annotations', 'textSaves'], 'readwrite');
    const annotationStore = tx.objectStore('annotations');
    const old = await annotationStore.index('byArticle').getAllKeys(article.id);
    await allOrNothing(tx, async (writes) => {
      const native = unwrap(annotationStore) as IDBObjectStore;
      const deletes = queueInTurns(writes, old, (key) => native.delete(key));
      if (deletes) await deletes;
      writes.push(tx.objectStore('articles').put({ ...article, annotationCount: annotations.length }));
      if (document) {
        // claims of the text it replaces stay, so a tab still showing that text cannot write over this one unseen
        const textSaves = tx.objectStore('textSaves');
        writes.push(textSaves.put({ articleId: article.id, revision: document.revision, saved: article.modified }));
        writes.push(tx.objectStore('documents').put(document));
      }
      const puts = queueInTurns(writes, annotations, (annotation) => native.put({ ...annotation, articleId: article.id }));
      if (puts) await puts;
    });
  });
}
