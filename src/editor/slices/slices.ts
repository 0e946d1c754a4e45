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
