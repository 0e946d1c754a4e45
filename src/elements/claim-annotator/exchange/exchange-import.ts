/**
 * Reading and placing an import: loaded on demand (a separate chunk in the
 * build), since most pages never import and the matcher is the heaviest part.
 */
import {
  type AnchoredImport,
  type Annotation,
  CodePointIndex,
  type ImportOptions,
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

/** What an import comes to: the file read, its annotations placed on `text`, and merged with `existing`. */
export async function prepareImport(
  input: object | string,
  vocabulary: Vocabulary,
  text: () => string,
  existing: () => Annotation[],
  options: ImportOptions = {},
): Promise<{ parsed: ImportResult; placed: AnchoredImport; merge: MergeResult }> {
  const parsed = fromJsonLd(input, vocabulary, options);
  const before = text();
  let placed = await placeInBackground(before, parsed.annotations);
  // the article changed while the worker placed them: place again on what is there now
  if (text() !== before) placed = anchorImported(new CodePointIndex(text()), parsed.annotations);
  return { parsed, placed, merge: mergeAnnotations(existing(), placed.annotations) };
}

/**
 * What the user is asked before a file changes anything: how many of its
 * annotations name no kind here (what do they become?), and which other pages
 * than the article (`articleUrl`) they were made on (import them anyway?).
 */
export function previewImport(input: object | string, vocabulary: Vocabulary, articleUrl: string | undefined): { untagged: number; otherSources: string[] } {
  const { untagged, otherSources } = fromJsonLd(input, vocabulary, { articleUrl });
  return { untagged, otherSources };
}
