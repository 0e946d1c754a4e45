/**
 * One task in a Web Worker beside this module: the element's heavy model work
 * (reading and placing a large import, suggesting on a long article) runs there
 * so the page stays responsive. Resolves to null when no worker can start or it
 * fails to load (a restrictive CSP, a bundler that did not copy the file), so
 * the caller does the work on the main thread instead; rejects with the
 * worker's own error.
 *
 * A result's long lists can travel in parts (`listsInParts`): the page reads
 * each message in a task of its own, so 100,000 annotations never arrive as one
 * message whose reading blocks the page.
 */
export type WorkerName = 'anchor-worker' | 'suggest-worker';

/** What a worker posts: a part of a long list, the rest of the result, or why it failed. */
type WorkerMessage<T> =
  | { part: { list: string; items: unknown[] }; result?: undefined; error?: undefined }
  | { result: T; part?: undefined; error?: undefined }
  | { error: string; part?: undefined; result?: undefined };

/** How many items of a long list one message carries. */
const itemsPerMessage = 2000;

/**
 * In a worker file: answers each message with `work`'s result, or its error.
 * The top-level arrays named in `listsInParts` are sent in parts first.
 */
export function answerTasks<Request, Result>(work: (request: Request) => Result, listsInParts: readonly (keyof Result & string)[] = []): void {
  const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<Request>) => void) | null; postMessage(message: WorkerMessage<Result>): void };
  scope.onmessage = (event) => {
    let result: Result;
    try {
      result = work(event.data);
    } catch (error) {
      scope.postMessage({ error: error instanceof Error ? error.message : String(error) });
      return;
    }
    if (listsInParts.length === 0 || typeof result !== 'object' || result === null || Array.isArray(result)) {
      scope.postMessage({ result });
      return;
    }
    const rest = { ...result };
    for (const list of listsInParts) {
      const items = result[list] as unknown;
      if (!Array.isArray(items) || items.length <= itemsPerMessage) continue;
      for (let i = 0; i < items.length; i += itemsPerMessage) scope.postMessage({ part: { list, items: items.slice(i, i + itemsPerMessage) } });
      (rest as Record<string, unknown>)[list] = [];
    }
    scope.postMessage({ result: rest });
  };
}

/** Runs one task in worker `name`; `signal` stops it (the promise then rejects with an AbortError). */
export async function inWorker<T>(name: WorkerName, message: unknown, signal?: AbortSignal): Promise<T | null> {
  if (typeof Worker !== 'function') return null;
  signal?.throwIfAborted();
  let worker: Worker;
  try {
    // the source file in development, the bundled file beside the element's chunks in a build
    const file = import.meta.url.endsWith('.ts') ? `./${name}.ts` : `./${name}.js`;
    worker = new Worker(new URL(file, import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  let stop = (): void => undefined;
  try {
    return await new Promise<T | null>((resolve, reject) => {
      const parts = new Map<string, unknown[]>();
      stop = () => reject(signal?.reason ?? new DOMException('The task was cancelled', 'AbortError'));
      signal?.addEventListener('abort', stop, { once: true });
      worker.onmessage = (event: MessageEvent<WorkerMessage<T>>) => {
        const data = event.data;
        if (data.part) {
          const list = parts.get(data.part.list) ?? [];
          // one push per item: a spread of 2,000 arguments is fine, but a loop has no limit
          for (const item of data.part.items) list.push(item);
          parts.set(data.part.list, list);
        } else if (data.error !== undefined) {
          reject(new Error(data.error));
        } else {
          const result = data.result as T;
          for (const [list, items] of parts) (result as Record<string, unknown>)[list] = items;
          resolve(result ?? null);
        }
      };
      worker.onerror = (event) => {
        event.preventDefault();
        resolve(null);
      };
      worker.postMessage(message);
    });
  } finally {
    signal?.removeEventListener('abort', stop);
    worker.terminate();
  }
}
