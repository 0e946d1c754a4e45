/**
 * The article library in IndexedDB: articles, their documents and their
 * annotations, changed in small transactions. Every method rejects with a
 * StoreError; a connection the browser closed is reopened and the call tried
 * once more.
 */
import { unwrap } from 'idb';
import type { ClaimmarkDatabase, OpenOptions } from './database.ts';
import { StoreError, openDatabase, toStoreError } from './database.ts';
import { RecordError, type SkippedRecord } from './record-error.ts';

/** The record checks (record-checks.ts): a chunk of their own, fetched while the database opens. */
type RecordChecks = typeof import('./record-checks.ts');
let loadingChecks: Promise<RecordChecks> | null = null;
export function recordChecks(): Promise<RecordChecks> {
  loadingChecks ??= import('./record-checks.ts').catch((error: unknown) => {
    loadingChecks = null;
    throw error;
  });
  return loadingChecks;
}
import type { StoredAnnotation, StoredArticle, StoredDocument } from './schema.ts';

/** An article as the library lists it. */
export interface ArticleSummary {
  id: string;
  title?: string;
  publisher?: string;
  published?: string;
  url?: string;
  annotationCount: number;
  modified: string;
}

/** Everything stored for one article. */
export interface ArticleSnapshot {
  article: StoredArticle;
  document: StoredDocument | null;
  annotations: StoredAnnotation[];
  /**
   * Set by `getArticle` when the article's own record or its document cannot
   * be used (then `document` is null and `annotations` empty): open nothing,
   * and leave what is stored as it is.
   */
  unreadable?: RecordError;
  /** Set by `getArticle`: annotation records left out because they cannot be used. */
  skipped?: SkippedRecord[];
}

/** The library's list: the articles that can be listed, and the records that cannot. */
export interface LibraryListing {
  articles: ArticleSummary[];
  skipped: SkippedRecord[];
}

/** One save: the article record, maybe its document, and annotation changes, written together. */
export interface ArticleChange {
  article: StoredArticle;
  document?: StoredDocument;
  put?: readonly StoredAnnotation[];
  /** Ids of annotations to delete. */
  remove?: readonly string[];
}

/**
 * Queues a transaction's writes and commits them together: if queuing one
 * throws (a value that cannot be stored, a full disk), the transaction is
 * aborted, so the writes queued before it are not committed either. It asks
 * IndexedDB to commit at once (IndexedDB 3.0) rather than when the task ends:
 * a page closing right after an edit still gets its last write stored.
 */
export async function allOrNothing(tx: { done: Promise<void> }, queue: (writes: Promise<unknown>[]) => void | Promise<void>): Promise<void> {
  const native = unwrap(tx as unknown as Parameters<typeof unwrap>[0]) as unknown as IDBTransaction;
  const writes: Promise<unknown>[] = [];
  try {
    // queued in this task when it can be: a page closing right after an edit runs no later task or microtask
    const rest = queue(writes);
    if (rest) await rest;
  } catch (error) {
    try {
      native.abort();
    } catch {
      // already finished
    }
    // the failure is reported once, as `error`; the aborted requests must not surface as unhandled rejections
    for (const write of [...writes, tx.done]) write.catch(() => undefined);
    // a write that failed while later ones were queued aborted them: its error is the reason, not theirs
    throw native.error ?? error;
  }
  if (typeof native.commit === 'function') native.commit();
  await Promise.all([...writes, tx.done]);
}

/** How many writes are queued before the page gets the thread back: storing 100,000 annotations must not block it. */
const writesPerTurn = 500;

/** A request's outcome as a promise (its error also aborts the transaction, which reports it). */
function settled(request: IDBRequest): Promise<unknown> {
  return new Promise((resolve, reject) => {
    request.addEventListener('success', () => resolve(request.result));
    request.addEventListener('error', () => reject(request.error));
  });
}

/**
 * Queues `write` of each item, `writesPerTurn` at a time, waiting for the last
 * write of each turn: the page runs between turns, and the transaction stays
 * open, since it is still active while that write's success is handled. The
 * requests are the browser's own, not idb's: a promise for each of 100,000
 * writes cost a second; only each turn's last is awaited, and a failed one
 * aborts the transaction, whose `done` reports it.
 */
export function queueInTurns<T>(writes: Promise<unknown>[], items: readonly T[], write: (item: T) => IDBRequest): Promise<void> | undefined {
  if (items.length === 0) return undefined;
  // the first turn now, in the caller's task (most saves are one turn)
  const first = Math.min(items.length, writesPerTurn);
  let last = write(items[0]!);
  for (let i = 1; i < first; i++) last = write(items[i]!);
  let turnEnd = settled(last);
  writes.push(turnEnd);
  if (first === items.length) return undefined;
  return (async () => {
    for (let i = first; i < items.length; i += writesPerTurn) {
      await turnEnd;
      const end = Math.min(items.length, i + writesPerTurn);
      for (let j = i; j < end; j++) last = write(items[j]!);
      turnEnd = settled(last);
      writes.push(turnEnd);
    }
  })();
}

/** Runs `next` after `turns` (at once when there are none), so that writes that need no turn are queued in this task. */
function afterTurns(turns: Promise<void> | undefined, next: () => Promise<void> | undefined): Promise<void> | undefined {
  return turns ? turns.then(next) : next();
}

/** Every text-save claim of article `id`. */
export function textSavesOf(id: string): IDBKeyRange {
  return IDBKeyRange.bound([id, -Infinity], [id, Infinity]);
}

export class ArticleStore {
  #db: ClaimmarkDatabase | null;
  #stopped: StoreError | null = null;

  private constructor(readonly options: OpenOptions) {
    this.#db = null;
  }

  /** Opens the library; rejects with a StoreError naming why it cannot. */
  static async open(options: OpenOptions = {}): Promise<ArticleStore> {
    const store = new ArticleStore(options);
    // every read checks what it reads: their code comes while the database opens
    void recordChecks().catch(() => undefined);
    try {
      store.#db = await openDatabase(store.#reopenOptions());
    } catch (error) {
      throw toStoreError(error, 'Opening the database');
    }
    return store;
  }

  /**
   * Everything stored for article `id`, checked, or null. An annotation record
   * that cannot be used is left out and named in `skipped`; an article or
   * document record that cannot be used gives `unreadable`.
   */
  getArticle(id: string): Promise<ArticleSnapshot | null> {
    return this.#run('Reading the article', async (db) => {
      // loaded before the transaction starts: a transaction does not wait for a chunk
      const checks = await recordChecks();
      const tx = db.transaction(['articles', 'documents', 'annotations'], 'readonly');
      const done = tx.done;
      // awaited below; a failed request rejects first, and this rejection is then not left unhandled
      done.catch(() => undefined);
      const [article, document] = await Promise.all([tx.objectStore('articles').get(id), tx.objectStore('documents').get(id)]);
      if (!article) {
        await done;
        return null;
      }
      // the annotations a page at a time, each checked as it arrives (readInPages)
      const checked = new CheckedAnnotations(id, checks);
      await readInPages(tx.objectStore('annotations'), id, annotationsPerRead, (page) => checked.add(page));
      await done;
      return checkedSnapshot(id, article, document ?? null, checked, checks);
    });
  }

  /**
   * Runs `work` on the open database as one of the store's operations (a
   * failure becomes a StoreError; a closed connection is reopened once): for
   * the store's readers that load with what needs them (annotation-reading.ts).
   */
  run<T>(doing: string, work: (db: ClaimmarkDatabase) => Promise<T>): Promise<T> {
    return this.#run(doing, work);
  }

  /** Writes one change in one transaction. */
  save(change: ArticleChange): Promise<void> {
    return this.#run('Saving', async (db) => {
      const stores = change.document ? (['articles', 'documents', 'annotations', 'textSaves'] as const) : (['articles', 'annotations'] as const);
      const tx = db.transaction(stores, 'readwrite');
      const annotations = unwrap(tx.objectStore('annotations')) as IDBObjectStore;
      await allOrNothing(tx, (writes) => {
        writes.push(tx.objectStore('articles').put(change.article));
        if (change.document) {
          const { articleId, revision } = change.document;
          // fails with a ConstraintError (a 'text-conflict') when another tab already saved this revision
          writes.push(tx.objectStore('textSaves').add({ articleId, revision, saved: change.article.modified }));
          writes.push(tx.objectStore('documents').put(change.document));
        }
        const puts = queueInTurns(writes, change.put ?? [], (annotation) => annotations.put(annotation));
        return afterTurns(puts, () => queueInTurns(writes, change.remove ?? [], (id) => annotations.delete([change.article.id, id])));
      });
    });
  }

  /** Closes the connection; later calls reopen it. */
  close(): void {
    this.#db?.close();
    this.#db = null;
  }

  /** Why this store no longer writes, or null. */
  get stopped(): StoreError | null {
    return this.#stopped;
  }

  #stop(error: StoreError): void {
    this.#stopped = error;
    this.#db = null;
  }

  /** Runs `work` on an open connection, reopening once when the browser closed it. */
  async #run<T>(doing: string, work: (db: ClaimmarkDatabase) => Promise<T>): Promise<T> {
    if (this.#stopped) throw this.#stopped;
    for (let attempt = 0; ; attempt++) {
      try {
        this.#db ??= await openDatabase(this.#reopenOptions());
        return await work(this.#db);
      } catch (error) {
        const failure = toStoreError(error, doing);
        if (failure.reason === 'closed' && attempt === 0) {
          this.#db = null;
          continue;
        }
        throw failure;
      }
    }
  }

  #reopenOptions(): OpenOptions {
    return {
      ...this.options,
      onNewerVersion: () => {
        this.#stop(new StoreError('A newer version of Claimmark opened this database in another tab; this tab no longer saves', 'newer-version'));
        this.options.onNewerVersion?.();
      },
      onClosed: () => {
        this.#db = null;
        this.options.onClosed?.();
      },
    };
  }
}

/** A RecordError for anything a check threw (a check only throws RecordErrors, but a getter on odd input might not). */
export function asRecordError(error: unknown): RecordError {
  return error instanceof RecordError ? error : new RecordError('record', 'not-object');
}

/**
 * Reads the annotation records of article `articleId` (or all) a page of
 * `perRead` at a time: one getAll of 100,000 records deserializes them all in
 * one task of a second or more. Each page is asked for from the last one's
 * success, so the transaction (one snapshot) stays active throughout, and the
 * page runs between two pages.
 */
export async function readInPages(
  annotations: { getAll(range?: IDBKeyRange, count?: number): Promise<unknown[]> },
  articleId: string | undefined,
  perRead: number,
  each: (page: unknown[]) => void,
): Promise<void> {
  const within = (from: [string, string] | [string], open = false) =>
    articleId === undefined ? IDBKeyRange.lowerBound(from, open) : IDBKeyRange.bound(from, [articleId, []], open);
  let range = articleId === undefined ? undefined : within([articleId]);
  let page: unknown[];
  do {
    page = await annotations.getAll(range, perRead);
    each(page);
    const last = page[page.length - 1] as { articleId: string; id: string } | undefined;
    if (last) range = within([last.articleId, last.id], true);
  } while (page.length === perRead);
}

/** How many annotation records `getArticle` reads at a time: about 50-100 ms of deserializing and checking. */
const annotationsPerRead = 2000;

/** An article's annotation records, checked as they are read: the usable ones, and those left out with why. */
class CheckedAnnotations {
  readonly usable: StoredAnnotation[] = [];
  readonly skipped: SkippedRecord[] = [];
  #count = 0;

  constructor(
    readonly articleId: string,
    readonly checks: RecordChecks,
  ) {}

  add(records: readonly unknown[]): void {
    for (const record of records) {
      const index = this.#count++;
      try {
        this.usable.push(this.checks.checkStoredAnnotation(record, this.articleId, `annotations[${index}]`));
      } catch (error) {
        this.skipped.push({ id: this.checks.recordId(record), problem: asRecordError(error) });
      }
    }
  }
}

/** What getArticle returns: the records checked, bad annotations left out and named. */
function checkedSnapshot(id: string, article: unknown, document: unknown, annotations: CheckedAnnotations, { checkStoredArticle, checkStoredDocument }: RecordChecks): ArticleSnapshot {
  let checked: StoredArticle;
  let checkedDocument: StoredDocument | null;
  try {
    checked = checkStoredArticle(article);
    checkedDocument = document === null ? null : checkStoredDocument(document, id);
  } catch (error) {
    const placeholder: StoredArticle = { id, metadata: {}, created: '', modified: '', annotationCount: 0 };
    return { article: placeholder, document: null, annotations: [], unreadable: asRecordError(error) };
  }
  const { usable, skipped } = annotations;
  return { article: checked, document: checkedDocument, annotations: usable, ...(skipped.length ? { skipped } : {}) };
}
