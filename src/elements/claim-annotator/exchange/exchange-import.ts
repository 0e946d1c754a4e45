/**
 * Reading and placing an import: loaded on demand (a separate chunk in the
 * build), since most pages never import and the matcher is the heaviest part.
 * A large file is read, placed and merged in a Web Worker, so the page stays
 * responsive; a small one, or any when no worker can start here, on the main
 * thread, with the same result.
 */
import {
  type Annotation,
  AnnotationError,
  type AnnotationErrorReason,
  ImportError,
  type ImportFailure,
  type ImportOptions,
  type PreparedImport,
  type Vocabulary,
  fromJsonLd,
  prepareImport,
} from '../../../model/index.ts';
import type { ImportFailureData, ImportPreview, ImportRequest } from '../workers/anchor-worker.ts';
import { inWorker } from '../workers/worker-task.ts';

/** A file of this many characters, or of this many items, is read in the worker. */
export const workerThreshold = { characters: 200_000, items: 400 };

/** Whether `input` is large enough to be worth a worker's start. */
function isLarge(input: object | string): boolean {
  if (typeof input === 'string') return input.length >= workerThreshold.characters;
  return roughItemCount(input) >= workerThreshold.items;
}

/** The length of the first list of items a file has where other tools put them (without reading it). */
function roughItemCount(input: object): number {
  const node = input as Record<string, unknown>;
  const first = node.first as Record<string, unknown> | undefined;
  for (const list of [input, node.items, node.rows, node['@graph'], node.annotations, first?.items]) {
    if (Array.isArray(list)) return list.length;
  }
  return 0;
}

/**
 * What an import of `input` comes to, worked out on `text` and `existing`
 * (the article as it is when it starts). `signal` stops the worker.
 */
export async function prepareInBackground(
  input: object | string,
  vocabulary: Vocabulary,
  options: ImportOptions,
  text: string,
  existing: readonly Annotation[],
  signal?: AbortSignal,
): Promise<PreparedImport> {
  if (isLarge(input)) {
    const request: ImportRequest = { task: 'prepare', input, vocabulary: plain(vocabulary), options, text, existing: [...existing] };
    const prepared = await inWorker<PreparedImport | ImportFailureData>('anchor-worker', request, signal);
    if (prepared) return rethrowFailure(prepared);
  }
  signal?.throwIfAborted();
  return prepareImport(input, vocabulary, options, text, existing);
}

/**
 * What the user is asked before a file changes anything: how many of its
 * annotations name no kind here (what do they become?), and which other pages
 * than the article (`articleUrl`) they were made on (import them anyway?).
 */
export async function previewImport(input: object | string, vocabulary: Vocabulary, articleUrl: string | undefined): Promise<ImportPreview> {
  const options = articleUrl ? { articleUrl } : {};
  if (isLarge(input)) {
    const request: ImportRequest = { task: 'preview', input, vocabulary: plain(vocabulary), options };
    const preview = await inWorker<ImportPreview | ImportFailureData>('anchor-worker', request);
    if (preview) return rethrowFailure(preview);
  }
  const { untagged, otherSources } = fromJsonLd(input, vocabulary, options);
  return { untagged, otherSources };
}

/** The vocabulary as plain data a worker can be sent (kind definitions may be frozen or carry getters). */
function plain(vocabulary: Vocabulary): Vocabulary {
  return JSON.parse(JSON.stringify({ kinds: vocabulary.kinds, verdicts: vocabulary.verdicts })) as Vocabulary;
}

/** The worker's answer, or the error it reported, made again with its class. */
function rethrowFailure<T extends object>(answer: T | ImportFailureData): T {
  if (!('failure' in answer)) return answer;
  const { name, message, reason, limit, field } = answer.failure;
  if (name === 'AnnotationError') throw new AnnotationError(message, reason as AnnotationErrorReason, field);
  throw new ImportError(message, reason as ImportFailure, limit);
}
