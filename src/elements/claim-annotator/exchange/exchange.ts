/**
 * Exchange in the browser: the import report, file names and downloads (the
 * ClaimReview script block is in claim-review-copy.ts, on demand). Reading and placing imports is in
 * `exchange-import.ts`, loaded only when something is imported.
 */
import type { ArticleMetadata, ImportConflict, ImportNote, PlacementReview, Rejection } from '../../../model/index.ts';

/** What `importJsonLd` tells: what was added, changed, left, moved for review, orphaned and rejected. */
export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
  /** Ids placed by fuzzy matching: their text changed, so the user should check them. */
  moved: string[];
  /** For each of `moved`: why ('changed', 'moved', 'ambiguous'), the file's quote (old text) and the text placed on (new text). */
  reviews: PlacementReview[];
  /** Ids that could not be placed: kept and listed, never put on a look-alike. */
  orphaned: string[];
  /** Items of the file that were not imported, with why: `reason` in English, `code` and `value` as data. */
  rejected: Rejection[];
  addedIds: string[];
  updatedIds: string[];
  unchangedIds: string[];
  /** Ids the file had an older version of, or one only this article changed since: the one here stays. */
  kept: string[];
  /**
   * Annotations changed both here and in the file since the file last gave them,
   * or given no date or a future one by the file: the version here stays, and the
   * report offers the file's (`file`), which the user may take.
   */
  conflicts: ImportConflict[];
  /** Other pages than the article that annotations of the file were made on (their target's source), each once; they were placed here by their words. */
  otherSources: string[];
  /** What the import noticed or assumed (position units it had to guess, links it dropped), in English. */
  notes: string[];
  /** The same notes as data (`code`, `value`, the items concerned), which the report says in the element's language. */
  noteDetails: ImportNote[];
  /** How many of the annotations added or updated are private where they came from (left out of exports unless chosen). */
  private: number;
  /** How many links between annotations and how many replies of the file joined their annotations. */
  links: number;
  replies: number;
  /** How many annotations of the file named no kind here and became `untaggedKind`. */
  untagged: number;
  /** The kind they became (`importJsonLd`'s `untaggedKind`, Note by default). */
  untaggedKind: string;
}

/** A file name from the headline and the publication date: `council-approves-tram-2026-03-12.jsonld`. */
export function exportFileName(metadata: ArticleMetadata, extension: string): string {
  let slug = (metadata.title ?? 'annotations')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // at most 60 characters, cut after a whole word (a single longer word is cut at 60)
  const words = slug.slice(0, 61).lastIndexOf('-');
  if (slug.length > 60) slug = words > 0 ? slug.slice(0, words) : slug.slice(0, 60);
  const date = (metadata.published ?? new Date().toISOString()).slice(0, 10);
  return `${slug || 'annotations'}-${date}.${extension}`;
}

export { downloadFile } from '../../shared/download.ts';
