/**
 * A reopened article's annotations put back in slices after its first frame
 * (article-loader.ts): drawing 100,000 highlights at once blocks the page for
 * seconds.
 */
import { importSliceMeta, restoringMeta } from '../annotation-changes.ts';
import { AnnotationStep, type Placement, mapPlacement } from '../annotation-step.ts';
import type { EditorUpdates } from '../editor-updates.ts';
import { type DocumentSince, yieldToPage } from './slices.ts';
import { nextSliceSize, sliceEnd } from './slice-sizes.ts';

/**
 * Puts back a stored article's annotations (`placements`, positions in
 * `since.doc`, already in the editor's document order) in slices of about
 * 40 ms, mapped through any edit made meanwhile. They were there before: the
 * slices are marked `restoringMeta` (no events, nothing to save) and stay out
 * of the undo history. Resolves to false when another article replaced this
 * one first.
 */
export async function restoreInSlices(editor: Pick<EditorUpdates, 'state' | 'dispatch'>, since: DocumentSince, placements: readonly Placement[]): Promise<boolean> {
  let size = 200;
  for (let done = 0; done < placements.length; ) {
    if (since.replaced) return false;
    const started = performance.now();
    const mapped = since.mapping.maps.length > 0;
    const slice = placements.slice(done, sliceEnd(placements.length, done, size, (i) => placements[i]!.anchor?.from ?? null, since.doc));
    const tr = editor.state.tr;
    for (const placement of slice) tr.step(new AnnotationStep(placement.record.id, null, mapped ? mapPlacement(placement, since.mapping) : placement));
    tr.setMeta(restoringMeta, true).setMeta('addToHistory', false);
    done += slice.length;
    if (done < placements.length) tr.setMeta(importSliceMeta, true);
    editor.dispatch(tr);
    size = nextSliceSize(size, performance.now() - started);
    if (done < placements.length) await yieldToPage();
  }
  return true;
}
