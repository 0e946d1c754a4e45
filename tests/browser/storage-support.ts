/** What the storage tests share: a database of each test's own, editors on it, and what the database holds. */
import { openDB } from 'idb';
import type { ClaimAnnotator } from '../../src/index.ts';
import { createAnnotator, shadow } from './support.ts';

export const story = 'The mayor said rents rose 4% last year.\n\nCritics said the figure was 9%.';

/** A database of this test's own, so tests never see each other's articles. */
export function freshDatabase(): string {
  return `storage-test-${crypto.randomUUID()}`;
}

export function storedEditor(database: string, article: Parameters<typeof createAnnotator>[0] = {}, more: (el: ClaimAnnotator) => void = () => {}) {
  return createAnnotator(article, (element) => {
    element.database = database;
    more(element);
  });
}

/** What the annotations look like, without timestamps that differ per run. */
export function shape(element: ClaimAnnotator) {
  return element.annotations.map(({ id, kind, start, end, exact, status, attribution, verdict }) => ({ id, kind, start, end, exact, status, attribution, verdict }));
}

/** Everything in a database, read directly. */
export async function readDatabase(name: string) {
  const db = await openDB(name);
  const result = {
    stores: [...db.objectStoreNames].sort(),
    articles: await db.getAll('articles'),
    documents: db.objectStoreNames.contains('documents') ? await db.getAll('documents') : [],
    annotations: await db.getAll('annotations'),
    textSaves: db.objectStoreNames.contains('textSaves') ? await db.getAll('textSaves') : [],
  };
  db.close();
  return result;
}

/** Collects unhandled promise rejections while a test runs. */
export function watchRejections() {
  const reasons: unknown[] = [];
  const listener = (event: PromiseRejectionEvent) => reasons.push(event.reason);
  addEventListener('unhandledrejection', listener);
  return { reasons, stop: () => removeEventListener('unhandledrejection', listener) };
}

export function alertText(element: ClaimAnnotator): string | null {
  return shadow(element, '.storage-alert')?.textContent?.replace(/\s+/g, ' ').trim() ?? '(no alert)';
}


/** Resolves when a frame posts `{ [key]: database }` (a frame's script says it got this far). */
export function messageFromFrame(key: string, database: string): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    addEventListener('message', function onMessage(event) {
      if (event.data?.[key] === database) {
        removeEventListener('message', onMessage);
        resolve(event.data);
      }
    });
  });
}

/** Opens `database` at version 1 as the first Claimmark wrote it (articles with their document inside, annotations); the caller closes it. */
export function openVersion1(database: string): Promise<IDBDatabase> {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(database, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('articles', { keyPath: 'id' });
      request.result.createObjectStore('annotations', { keyPath: ['articleId', 'id'] }).createIndex('byArticle', 'articleId');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}
