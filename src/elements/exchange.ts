/**
 * Exchange in the browser: placing large imports in a Web Worker, the import
 * report, file names, the ClaimReview script block, and downloads.
 */
import { CodePointIndex, type ImportedAnnotation, type PlacementResult, type ArticleMetadata, placeImported } from '../model/index.ts';

/** What `importJsonLd` tells: what was added, changed, left, moved for review, orphaned and rejected. */
export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
  /** Ids placed by fuzzy matching: their text changed, so the user should check them. */
  moved: string[];
  /** Ids that could not be placed: kept and listed, never put on a look-alike. */
  orphaned: string[];
  /** Items of the file that were not imported, with why. */
  rejected: { index: number; reason: string }[];
  addedIds: string[];
  updatedIds: string[];
  unchangedIds: string[];
  /** Ids the file had an older version of: the one here stays. */
  kept: string[];
  /** What the import noticed or assumed (position units it had to guess, links it dropped). */
  notes: string[];
}

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

/** A file name from the headline and the publication date: `council-approves-tram-2026-03-12.jsonld`. */
export function exportFileName(metadata: ArticleMetadata, extension: string): string {
  const slug = (metadata.title ?? 'annotations')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const date = (metadata.published ?? new Date().toISOString()).slice(0, 10);
  return `${slug || 'annotations'}-${date}.${extension}`;
}

/** ClaimReview objects as the script block a fact-check page embeds; `</` is escaped so the block cannot end early. */
export function claimReviewScript(reviews: readonly object[]): string {
  const json = JSON.stringify(reviews.length === 1 ? reviews[0] : reviews, null, 2).replace(/<\//g, '<\\/');
  return `<script type="application/ld+json">\n${json}\n</script>`;
}

/** Offers `content` as a file download. */
export function downloadFile(name: string, type: string, content: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([content], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
