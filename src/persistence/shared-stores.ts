/**
 * One open library per database for the whole page: every `<claim-annotator>`
 * and `<claim-library>` on the same database and IndexedDB shares one
 * ArticleStore (one connection), and hears of its events (an upgrade blocked
 * by another tab, a newer version elsewhere). The connection closes when the
 * last element lets go of it.
 */
import { ArticleStore } from '../store/index.ts';

/** Which library to open. */
export interface LibraryChoice {
  /** The database name; `claimmark` by default. */
  name?: string;
  /** The IndexedDB; the page's by default, null for none (tests pass a failing one). */
  factory?: IDBFactory | null;
  /** How long opening may take (ms). */
  timeout?: number;
}

/** What an element hears of the shared connection. */
export interface LibraryListener {
  /** Another tab holds an older version open, so the upgrade waits. */
  onBlocked?(): void;
  /** Another tab opened a newer version: the connection no longer writes. */
  onNewerVersion?(): void;
}

/** An element's hold on the shared library. */
export interface LibraryLease {
  /** The open library; rejects with a StoreError. */
  readonly store: Promise<ArticleStore>;
  /** Lets go of it; the connection closes when nobody holds it. */
  release(): void;
}

interface SharedLibrary {
  store: Promise<ArticleStore>;
  listeners: Set<LibraryListener>;
}

const shared = new Map<string, SharedLibrary>();
/** A number per IndexedDB factory, so two factories never share a key. */
const factoryIds = new WeakMap<IDBFactory, number>();
let nextFactoryId = 1;

/** The key of a library: its database and IndexedDB (the timeout is the first opener's). */
function keyOf({ name, factory }: LibraryChoice): string {
  let factoryKey = 'page';
  if (factory === null) factoryKey = 'none';
  else if (factory) {
    if (!factoryIds.has(factory)) factoryIds.set(factory, nextFactoryId++);
    factoryKey = `factory-${factoryIds.get(factory)}`;
  }
  return JSON.stringify([name || 'claimmark', factoryKey]);
}

/** Takes a hold on the library `choice` names, opening it unless this page has it open. */
export function leaseLibrary(choice: LibraryChoice, listener: LibraryListener = {}): LibraryLease {
  const key = keyOf(choice);
  let library = shared.get(key);
  if (!library) {
    const listeners = new Set<LibraryListener>();
    const store = ArticleStore.open({
      ...choice,
      onBlocked: () => listeners.forEach((l) => l.onBlocked?.()),
      onNewerVersion: () => {
        // this connection no longer writes: later holds open afresh (and are told why that fails)
        if (shared.get(key) === opened) shared.delete(key);
        listeners.forEach((l) => l.onNewerVersion?.());
      },
    });
    const opened: SharedLibrary = { store, listeners };
    library = opened;
    shared.set(key, opened);
    // a library that failed to open is not kept: the next hold tries again
    store.catch(() => {
      if (shared.get(key) === opened) shared.delete(key);
    });
  }
  const held = library;
  held.listeners.add(listener);
  let released = false;
  return {
    store: held.store,
    release() {
      if (released) return;
      released = true;
      held.listeners.delete(listener);
      if (held.listeners.size === 0 && shared.get(key) === held) {
        shared.delete(key);
        held.store.then((store) => store.close(), () => undefined);
      }
    },
  };
}

/**
 * Whether the browser promised to keep this site's data
 * (`navigator.storage.persist`), asking for it if not; undefined where the
 * browser does not say.
 */
export async function browserKeepsData(): Promise<boolean | undefined> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage?.persist) return undefined;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return undefined; // not offered here: the indicator simply does not say
  }
}
