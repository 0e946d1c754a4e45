/**
 * Work on the article in slices, so the page is never blocked for long: the
 * document as the work began and every edit made since (`followDocument`),
 * the size of the next slice, and the pause between two. An import
 * (import-slices.ts) and a reopening (restore-slices.ts) use them.
 */
import type { Node } from 'prosemirror-model';
import { Mapping, type StepMap } from 'prosemirror-transform';
import type { EditorUpdates } from '../editor-updates.ts';

/** The document an import was worked out on, and every edit made to it since. */
export interface DocumentSince {
  readonly doc: Node;
  readonly mapping: Mapping;
  /** True once another article replaced this one: the import has nothing left to apply to. */
  readonly replaced: boolean;
  /** How many transactions with steps were applied since (the import's own and others'). */
  readonly stepped: number;
  stop(): void;
}

/** Starts following the editor's document from now on. */
export function followDocument(editor: Pick<EditorUpdates, 'state' | 'subscribe'>): DocumentSince {
  const mapping = new Mapping();
  let replaced = false;
  let stepped = 0;
  const stop = editor.subscribe({
    update: ({ tr }) => {
      if (tr.steps.length) stepped++;
      // annotation steps have empty maps: only text edits move anything
      if (tr.docChanged) for (const map of tr.mapping.maps) if (movesText(map)) mapping.appendMap(map);
    },
    replaced: () => {
      replaced = true;
    },
  });
  return {
    doc: editor.state.doc,
    mapping,
    get replaced() {
      return replaced;
    },
    get stepped() {
      return stepped;
    },
    stop,
  };
}

function movesText(map: StepMap): boolean {
  let moves = false;
  map.forEach(() => (moves = true));
  return moves;
}

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

/**
 * Gives the page the thread back between two parts of a long piece of work
 * (an import's slices, a large article's reopening): resolves in a task queued
 * behind whatever is waiting (input, timers, storage, rendering). Not
 * `scheduler.yield()`, whose continuation goes before other tasks, nor
 * `setTimeout`, which waits at least 4 ms once nested.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
