/**
 * Reading and placing an import: loaded on demand (a separate chunk in the
 * build), since most pages never import and the matcher is the heaviest part.
 */
import {
  type Annotation,
  CodePointIndex,
  type ImportResult,
  type ImportedAnnotation,
  type MergeResult,
  type PlacementResult,
  type Vocabulary,
  fromJsonLd,
  mergeAnnotations,
  placeImported,
} from '../model/index.ts';

/** Above this many annotations, placing runs in a Web Worker. */
export const workerThreshold = 400;

/**
 * Places imported annotations in `text`: in a Worker for large imports, so the
 * page stays responsive; on the main thread when small, or when no Worker can
 * start here (a restrictive CSP, say).
 */
export async function placeInBackground(text: string, imported: ImportedAnnotation[]): Promise<PlacementResult> {
  if (imported.length < workerThreshold || typeof Worker !== 'function') return placeImported(new CodePointIndex(text), imported);
  let worker: Worker;
  try {
    // the source file in development, the bundled file beside dist/claim-annotator.js in a build
    const name = import.meta.url.endsWith('.ts') ? './anchor-worker.ts' : './anchor-worker.js';
    worker = new Worker(new URL(name, import.meta.url), { type: 'module' });
  } catch {
    return placeImported(new CodePointIndex(text), imported);
  }
  try {
    return await new Promise<PlacementResult>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<{ result?: PlacementResult; error?: string }>) => {
        if (event.data.result) resolve(event.data.result);
        else reject(new Error(event.data.error ?? 'Placing the annotations failed'));
      };
      worker.onerror = (event) => {
        event.preventDefault();
        reject(new Error('worker-failed'));
      };
      worker.postMessage({ text, imported });
    });
  } catch (error) {
    if ((error as Error).message === 'worker-failed') return placeImported(new CodePointIndex(text), imported);
    throw error;
  } finally {
    worker.terminate();
  }
}

/** What an import comes to: the file read, its annotations placed on `text`, and merged with `existing`. */
export async function prepareImport(
  input: object | string,
  vocabulary: Vocabulary,
  text: () => string,
  existing: () => Annotation[],
): Promise<{ parsed: ImportResult; placed: PlacementResult; merge: MergeResult }> {
  const parsed = fromJsonLd(input, vocabulary);
  const before = text();
  let placed = await placeInBackground(before, parsed.annotations);
  // the article changed while the worker placed them: place again on what is there now
  if (text() !== before) placed = placeImported(new CodePointIndex(text()), parsed.annotations);
  return { parsed, placed, merge: mergeAnnotations(existing(), placed.annotations) };
}
