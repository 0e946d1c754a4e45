/**
 * An import worked out before it changes anything: the file read, its
 * annotations placed on the article's text, and merged with the annotations
 * already there. Pure, so it runs in a Web Worker for large files and on the
 * main thread for small ones, with the same result.
 */
import type { Annotation } from '../annotation/annotation.ts';
import type { Vocabulary } from '../annotation/annotation-input.ts';
import { type AnchoredImport, anchorImported } from '../anchoring/import-anchoring.ts';
import { CodePointIndex } from '../text/text.ts';
import { type ImportOptions, type ImportResult, fromJsonLd } from './jsonld-import.ts';
import { type MergeResult, mergeAnnotations } from './merge.ts';
import type { Rejection } from './import-record.ts';
import { attachRelations } from '../relations/relations-import.ts';

/**
 * What the import will do. The annotations to add and the replacements are
 * top-level lists (`add`, `update`) so that a worker can send them in parts.
 */
export interface PreparedImport {
  /** What reading the file found, without its annotations (they are in `add` and `update`, placed). */
  parsed: Omit<ImportResult, 'annotations' | 'links' | 'replies'>;
  /** How many links and replies of the file joined their annotations. */
  relations: { links: number; replies: number };
  /** How the placing went, for the annotations the merge keeps. */
  placed: Pick<AnchoredImport, 'moved' | 'orphaned' | 'reviews'>;
  merge: Omit<MergeResult, 'add' | 'update'>;
  /** New annotations, placed on `text`, in file order. */
  add: Annotation[];
  /** Replacements for annotations already there, placed on `text`. */
  update: Annotation[];
}

/** Reads `input`, places its annotations on `text` and merges them with `existing` (see `mergeAnnotations`). */
export function prepareImport(input: object | string, vocabulary: Vocabulary, options: ImportOptions, text: string, existing: readonly Annotation[]): PreparedImport {
  const { annotations: imported, links, replies, ...read } = fromJsonLd(input, vocabulary, options);
  const anchored = anchorImported(new CodePointIndex(text), imported);
  const { add, update, ...merge } = mergeAnnotations(existing, anchored.annotations);
  const attached = attachRelations(links, replies, existing, add, update);
  const homeless = attached.homeless.map(({ index, of }): Rejection => ({ index, reason: `a link or a reply of ${of}, an annotation neither in the file nor in the article`, code: 'no-annotation-to-relate', value: of }));
  const parsed = { ...read, rejected: [...read.rejected, ...homeless].sort((a, b) => a.index - b.index) };
  const applied = new Set([...merge.added, ...merge.updated]);
  return {
    parsed,
    placed: {
      moved: anchored.moved.filter((id) => applied.has(id)),
      orphaned: anchored.orphaned.filter((id) => applied.has(id)),
      reviews: anchored.reviews.filter((review) => applied.has(review.id)),
    },
    merge,
    relations: { links: attached.links, replies: attached.replies },
    add,
    update,
  };
}
