/**
 * One task in a Web Worker beside this module: the element's heavy model work
 * (placing a large import, suggesting on a long article) runs there so the page
 * stays responsive. Resolves to null when no worker can start or it fails to
 * load (a restrictive CSP, a bundler that did not copy the file), so the caller
 * does the work on the main thread instead; rejects with the worker's own error.
 */
export type WorkerName = 'anchor-worker' | 'suggest-worker';

/** What a worker posts back: the task's result, or why it failed. */
type WorkerAnswer<T> = { result: T; error?: undefined } | { result?: undefined; error: string };

/** In a worker file: answers each message with `work`'s result, or its error. */
export function answerTasks<Request, Result>(work: (request: Request) => Result): void {
  const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<Request>) => void) | null; postMessage(message: WorkerAnswer<Result>): void };
  scope.onmessage = (event) => {
    try {
      scope.postMessage({ result: work(event.data) });
    } catch (error) {
      scope.postMessage({ error: error instanceof Error ? error.message : String(error) });
    }
  };
}

export async function inWorker<T>(name: WorkerName, message: unknown): Promise<T | null> {
  if (typeof Worker !== 'function') return null;
  let worker: Worker;
  try {
    // the source file in development, the bundled file beside the element's chunks in a build
    const file = import.meta.url.endsWith('.ts') ? `./${name}.ts` : `./${name}.js`;
    worker = new Worker(new URL(file, import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  try {
    return await new Promise<T | null>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<WorkerAnswer<T>>) => {
        if (event.data.error !== undefined) reject(new Error(event.data.error));
        else resolve(event.data.result ?? null);
      };
      worker.onerror = (event) => {
        event.preventDefault();
        resolve(null);
      };
      worker.postMessage(message);
    });
  } finally {
    worker.terminate();
  }
}
