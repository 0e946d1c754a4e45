/**
 * The store `<claim-library>` reads and changes: the page's one connection to
 * the library (shared with the editors on it), opened on first use and again
 * when the database or the IndexedDB to use changed; a failed open is tried
 * again next time.
 */
import { type LibraryLease, leaseLibrary } from '../../persistence/index.ts';
import type { ArticleStore } from '../../store/index.ts';

/** Which library: a database name (the default one when none) and the IndexedDB to open it in. */
export interface LibraryPlace {
  name?: string;
  factory: IDBFactory | null | undefined;
}

export class LibraryStoreLink {
  #store: { key: string; factory: IDBFactory | null | undefined; lease: LibraryLease } | null = null;

  constructor(
    /** Where the library is now (the element's attributes, else the linked editor's). */
    readonly place: () => LibraryPlace,
    /** A newer Claimmark opened the database elsewhere: read the list again. */
    readonly onNewerVersion: () => void,
  ) {}

  open(): Promise<ArticleStore> {
    const { name, factory } = this.place();
    const key = name ?? '';
    if (this.#store && (this.#store.key !== key || this.#store.factory !== factory)) this.release();
    if (!this.#store) {
      const lease = leaseLibrary({ name, factory }, { onNewerVersion: this.onNewerVersion });
      const entry = { key, factory, lease };
      this.#store = entry;
      lease.store.catch(() => {
        if (this.#store === entry) this.release();
      });
    }
    return this.#store.lease.store;
  }

  /** Lets go of the connection; the next `open` makes a new one. */
  release(): void {
    this.#store?.lease.release();
    this.#store = null;
  }
}
