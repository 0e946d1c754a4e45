/**
 * Opening the database, with every way that can fail turned into a StoreError
 * whose reason the element can explain: no IndexedDB, an open that never
 * settles, an upgrade blocked by another tab, a newer version elsewhere, a full
 * disk, a connection the browser closed.
 */
import { type IDBPDatabase, type IDBPTransaction, type StoreNames, wrap } from 'idb';
import { type ClaimmarkSchema, databaseName, databaseVersion, upgradeDatabase } from './schema.ts';

/**
 * Why storage failed: `missing` is an article that is no longer stored;
 * `text-conflict` a text revision another tab saved first (schema.ts, StoredTextSave).
 */
export type StoreFailure = 'unavailable' | 'timeout' | 'blocked' | 'newer-version' | 'quota' | 'closed' | 'missing' | 'text-conflict' | 'failed';

/** A storage failure; `reason` says which kind (the elements turn it into words), the message says it for developers, in English. */
export class StoreError extends Error {
  override name = 'StoreError';
  constructor(
    message: string,
    readonly reason: StoreFailure,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** How to open the database. */
export interface OpenOptions {
  /** The IndexedDB to use; tests pass a faulty one. Defaults to the page's. */
  factory?: IDBFactory | null;
  name?: string;
  /** How long an open may take before it counts as failed (ms). */
  timeout?: number;
  /** Another tab holds an older version open, so the upgrade waits. */
  onBlocked?: () => void;
  /** Another tab opened a newer version: this connection has been closed and must not write again. */
  onNewerVersion?: () => void;
  /** The browser closed the connection (storage cleared, disk error). */
  onClosed?: () => void;
}

export type ClaimmarkDatabase = IDBPDatabase<ClaimmarkSchema>;

/** Opens (creating or upgrading) the Claimmark database. Rejects with a StoreError. */
export function openDatabase(options: OpenOptions = {}): Promise<ClaimmarkDatabase> {
  const factory = options.factory === undefined ? globalThis.indexedDB : options.factory;
  const name = options.name ?? databaseName;
  const timeout = options.timeout ?? 5000;
  return new Promise((resolve, reject) => {
    if (!factory) {
      reject(new StoreError('This browser offers no IndexedDB here (private browsing, or storage is turned off)', 'unavailable'));
      return;
    }
    let settled = false;
    let blocked = false;
    const fail = (error: StoreError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(error);
    };
    const timer = setTimeout(
      () =>
        fail(
          blocked
            ? new StoreError('Another Claimmark tab keeps the database open with an older version: close it to finish the update', 'blocked')
            : new StoreError(`Opening the database did not finish within ${timeout / 1000} s`, 'timeout'),
        ),
      timeout,
    );
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, databaseVersion);
    } catch (error) {
      fail(new StoreError(`IndexedDB refused to open: ${describe(error)}`, 'unavailable', { cause: error }));
      return;
    }
    request.onupgradeneeded = (event) => {
      const db = wrap(request.result) as ClaimmarkDatabase;
      const tx = wrap(request.transaction as IDBTransaction) as unknown as IDBPTransaction<ClaimmarkSchema, StoreNames<ClaimmarkSchema>[], 'versionchange'>;
      upgradeDatabase(db, event.oldVersion, tx).catch((error) => {
        try {
          tx.abort();
        } catch {
          // already finished
        }
        fail(new StoreError(`Upgrading the database failed: ${describe(error)}`, 'failed', { cause: error }));
      });
    };
    request.onblocked = () => {
      blocked = true;
      options.onBlocked?.();
    };
    request.onerror = (event) => {
      event.preventDefault();
      fail(toStoreError(request.error, 'Opening the database failed'));
    };
    request.onsuccess = () => {
      const raw = request.result;
      if (settled) {
        raw.close(); // it opened after we gave up: do not keep a connection nobody uses
        return;
      }
      settled = true;
      clearTimeout(timer);
      raw.onversionchange = () => {
        raw.close();
        options.onNewerVersion?.();
      };
      raw.onclose = () => options.onClosed?.();
      resolve(wrap(raw) as ClaimmarkDatabase);
    };
  });
}

/** A StoreError for an IndexedDB error (a DOMException), naming its kind. */
export function toStoreError(error: unknown, doing: string): StoreError {
  if (error instanceof StoreError) return error;
  const name = (error as { name?: string } | null)?.name ?? '';
  const message = describe(error);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) {
    return new StoreError(`${doing}: the browser has no more storage space for this site`, 'quota', { cause: error });
  }
  if (name === 'ConstraintError') {
    // the only unique key we add to is a text revision's claim (schema.ts, StoredTextSave)
    return new StoreError(`${doing}: another tab saved a different text of this article first`, 'text-conflict', { cause: error });
  }
  if (name === 'VersionError') {
    return new StoreError(`${doing}: a newer version of Claimmark uses this database in another tab`, 'newer-version', { cause: error });
  }
  if (name === 'InvalidStateError' || /clos/i.test(message)) {
    return new StoreError(`${doing}: the database connection was closed`, 'closed', { cause: error });
  }
  return new StoreError(`${doing}: ${message}`, 'failed', { cause: error });
}

function describe(error: unknown): string {
  if (error instanceof Error || (error && typeof error === 'object' && 'message' in error)) {
    const { name, message } = error as { name?: string; message?: string };
    return [name, message].filter(Boolean).join(': ') || 'unknown error';
  }
  return String(error);
}
