/**
 * Reading and placing an import: loaded on demand (a separate chunk in the
 * build), since most pages never import and the matcher is the heaviest part.
 */
import {
  type AnchoredImport,
  type Annotation,
  CodePointIndex,
  type ImportResult,
  type ImportedAnnotation,
  type MergeResult,
  type Vocabulary,
  anchorImported,
  fromJsonLd,
  mergeAnnotations,
} from '../../../model/index.ts';
import { inWorker } from '../workers/worker-task.ts';

/** Above this many annotations, placing runs in a Web Worker. */
export const workerThreshold = 400;

/**
 * Places imported annotations in `text`: in a Worker for large imports, so the
 * page stays responsive; on the main thread when small, or when no Worker can
 * start here.
 */
export async function placeInBackground(text: string, imported: ImportedAnnotation[]): Promise<AnchoredImport> {
  const placed = imported.length < workerThreshold ? null : await inWorker<AnchoredImport>('anchor-worker', { text, imported });
  return placed ?? anchorImported(new CodePointIndex(text), imported);
}

/** A large file read and placed in a worker from the start of the import (see `readInBackground`), on the text it was given. */
export interface EarlyImport {
  text: string;
  result: Promise<{ parsed: ImportResult; placed: AnchoredImport } | null>;
}

/** What an import comes to: the file read, its annotations placed on `text`, and merged with `existing`. */
export async function prepareImport(
  input: object | string,
  vocabulary: Vocabulary,
  text: () => string,
  existing: () => Annotation[],
  early: EarlyImport | null = null,
): Promise<{ parsed: ImportResult; placed: AnchoredImport; merge: MergeResult }> {
  // the worker's reading is used when it succeeded on the text that is still there; a file it could
  // not read is read again here, so the error the user sees is the reader's own
  const done = early && (await early.result.catch(() => null));
  if (done && early.text === text()) return { ...done, merge: mergeAnnotations(existing(), done.placed.annotations) };
  const parsed = fromJsonLd(input, vocabulary);
  const before = text();
  let placed = await placeInBackground(before, parsed.annotations);
  // the article changed while the worker placed them: place again on what is there now
  if (text() !== before) placed = anchorImported(new CodePointIndex(text()), parsed.annotations);
  return { parsed, placed, merge: mergeAnnotations(existing(), placed.annotations) };
}
