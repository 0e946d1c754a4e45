/**
 * How big a slice of a long piece of work is (an import's, a large article's
 * reopening): only that work needs it, and both load when it starts, so this
 * is not in the start-up bundle with slices.ts.
 */
import type { Node } from 'prosemirror-model';

/** How long one slice may take, in ms: well under the 200 ms a page may be blocked, with room for rendering. */
export const sliceBudgetMs = 40;

/**
 * Where a slice that starts at item `from` and holds about `size` items ends:
 * at the end of the top-level block (a paragraph, a list) its last item starts
 * in, so that each block is drawn again once, not once for each slice that
 * reaches into it: with 80 annotations a paragraph, that redrawing grew with
 * the square of them. `startOf(i)` is item i's position in `doc` (items in
 * document order). A block of more than four slices' worth is cut anyway.
 */
export function sliceEnd(count: number, from: number, size: number, startOf: (i: number) => number | null, doc: Node): number {
  let end = Math.min(count, from + size);
  const last = end < count ? startOf(end - 1) : null;
  if (last === null) return end;
  const $last = doc.resolve(Math.min(last, doc.content.size));
  if ($last.depth < 1) return end;
  const blockEnd = $last.end(1);
  const most = Math.min(count, from + size * 4);
  while (end < most && (startOf(end) ?? Infinity) <= blockEnd) end++;
  return end;
}

/** The size of the next slice after one of `size` took `took` ms: as many as fit the budget, 50 to 5,000. */
export function nextSliceSize(size: number, took: number): number {
  return Math.max(50, Math.min(5000, Math.round(size * (sliceBudgetMs / Math.max(1, took)))));
}
