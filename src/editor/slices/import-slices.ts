/**
 * A large import applied a slice at a time, so the page is never blocked for
 * long and the fact-checker can go on reading, scrolling and typing while it
 * runs. The import was worked out on the document as it was when it began
 * (`DocumentSince`); each slice maps its ranges through every edit made since.
 * The slices, in document order, form one undo step, unless the user edits
 * meanwhile: the slices after an edit are then a step of their own, so an
 * undo never takes back the user's words with the import's annotations.
 * Cancelling takes back the slices applied so far, so the article is as it was.
 */
import { closeHistory } from 'prosemirror-history';
import type { Transaction } from 'prosemirror-state';
import type { Annotation } from '../../model/index.ts';
import { annotationState } from '../annotation-plugin.ts';
import { AnnotationStep, type Placement, mapPlacement } from '../annotation-step.ts';
import { ArticleText } from '../article-text.ts';
import type { EditorUpdates } from '../editor-updates.ts';
import { importSliceMeta } from '../annotation-changes.ts';
import { type DocumentSince, yieldToPage } from './slices.ts';
import { nextSliceSize, sliceEnd } from './slice-sizes.ts';
import { placementOn } from '../annotations.ts';

export interface SliceOptions {
  /** Stops the import between two slices; what was applied is taken back. */
  signal?: AbortSignal;
  /** After each slice: how many annotations are in, of how many. */
  onProgress?(done: number, total: number): void;
}

/** One annotation the import put in, with what it replaced, and where the mapping stood then. */
interface Applied {
  id: string;
  after: Placement;
  before: Placement | null;
  mapsAt: number;
}

/**
 * Applies `add` and `update` (code point offsets into `since.doc`'s text) in
 * slices sized to take about 40 ms each. Resolves to true when all are in,
 * false when it was cancelled (then nothing of it stays) or another article
 * replaced this one.
 */
export async function applyInSlices(
  editor: Pick<EditorUpdates, 'state' | 'dispatch'>,
  since: DocumentSince,
  add: readonly Annotation[],
  update: readonly Annotation[],
  options: SliceOptions = {},
): Promise<boolean> {
  const text = ArticleText.of(since.doc);
  // document order: each slice redraws one stretch of the article, not all of it
  const items = [...add.map((annotation) => ({ annotation, existing: false })), ...update.map((annotation) => ({ annotation, existing: true }))].sort(
    (a, b) => a.annotation.start - b.annotation.start || a.annotation.end - b.annotation.end,
  );
  const total = items.length;
  const applied: Applied[] = [];
  let first: Transaction | null = null;
  let size = 200;
  let done = 0;
  /** `since.stepped` after the last slice: more means someone else changed the article in between. */
  let steppedAfterSlice = since.stepped;
  while (done < total) {
    if (since.replaced) return false;
    if (options.signal?.aborted) {
      await takeBack(editor, since, applied, since.stepped === steppedAfterSlice ? first : null);
      return false;
    }
    const started = performance.now();
    const { state } = editor;
    const slice = items.slice(done, sliceEnd(total, done, size, (i) => text.posAt(items[i]!.annotation.start), since.doc));
    const mapped = since.mapping.maps.length > 0;
    // the annotations this slice replaces, found once for the slice
    const here = slice.some((item) => item.existing) ? new Map(annotationState(state).anchored().map((a) => [a.id, a])) : null;
    let tr = state.tr;
    for (const { annotation, existing } of slice) {
      const placed = placementOn(text, annotation);
      const after = mapped ? mapPlacement(placed, since.mapping) : placed;
      const near = here?.get(annotation.id);
      const before = existing ? annotationState(state).find(annotation.id, state.doc, near ? { from: near.from, to: near.to } : undefined) : null;
      tr.step(new AnnotationStep(annotation.id, before, after));
      applied.push({ id: annotation.id, after, before, mapsAt: since.mapping.maps.length });
    }
    // one undo step for the import: the first slice starts it, the others join it (history's "appended" rule),
    // unless the user changed something since the last slice: a new step then, not the user's
    if (first && since.stepped === steppedAfterSlice) tr.setMeta('appendedTransaction', first);
    else first = tr = closeHistory(tr);
    if (done + slice.length < total) tr.setMeta(importSliceMeta, true);
    editor.dispatch(tr);
    steppedAfterSlice = since.stepped;
    done += slice.length;
    options.onProgress?.(done, total);
    const took = performance.now() - started;
    size = nextSliceSize(size, took);
    if (done < total) await yieldToPage();
  }
  return true;
}

/**
 * Takes back what the import applied, in slices too: as part of its last undo
 * step (`first`; the step then changes nothing), or as a step of its own when
 * the user changed something since the last slice.
 */
async function takeBack(editor: Pick<EditorUpdates, 'state' | 'dispatch'>, since: DocumentSince, applied: Applied[], first: Transaction | null): Promise<void> {
  let size = 200;
  for (let end = applied.length; end > 0 && !since.replaced; ) {
    const started = performance.now();
    const { state } = editor;
    const tr = state.tr;
    for (const { id, after, before, mapsAt } of applied.slice(Math.max(0, end - size), end).reverse()) {
      const later = since.mapping.slice(mapsAt);
      const near = mapPlacement(after, later).anchor ?? undefined;
      const now = annotationState(state).find(id, state.doc, near);
      tr.step(new AnnotationStep(id, now, before && mapPlacement(before, later)));
    }
    if (first) tr.setMeta('appendedTransaction', first);
    else first = closeHistory(tr);
    if (end - size > 0) tr.setMeta(importSliceMeta, true);
    editor.dispatch(tr);
    end = Math.max(0, end - size);
    size = nextSliceSize(size, performance.now() - started);
    if (end > 0) await yieldToPage();
  }
}

