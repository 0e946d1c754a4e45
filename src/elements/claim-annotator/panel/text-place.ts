/**
 * Where the fact-checker was in the article when a form took them away from
 * it: on a narrow screen the panel, and so the form of an annotation just
 * tagged, is below the article, and closing the form brings the tagged words
 * back to the same place on screen (docs/architecture.md, "Narrow screens").
 */
import type { EditorView } from 'prosemirror-view';

/**
 * Where an annotation's words start (a document position, so it holds when a
 * cancelled tag's highlight is gone) and their distance from the top of the viewport.
 */
export interface TextPlace {
  readonly pos: number;
  readonly top: number;
}

function highlightOf(view: EditorView, id: string): HTMLElement | null {
  return view.dom.querySelector<HTMLElement>(`mark[data-annotation-id="${CSS.escape(id)}"]`);
}

/** Where annotation `id`'s words are on screen now, or null when they are not drawn. */
export function textPlace(view: EditorView | null, id: string): TextPlace | null {
  const mark = view && highlightOf(view, id);
  if (!view || !mark) return null;
  const pos = view.posAtDOM(mark, 0);
  return { pos, top: view.coordsAtPos(pos, 1).top };
}

/**
 * Scrolls the page so that the words are where `place` says again; where the
 * page does not scroll that far (the article scrolls inside a box of the
 * site's), they are scrolled into view.
 */
export function returnToPlace(view: EditorView | null, place: TextPlace): void {
  if (!view || place.pos > view.state.doc.content.size) return;
  window.scrollBy(0, view.coordsAtPos(place.pos, 1).top - place.top);
  const { top, bottom } = view.coordsAtPos(place.pos, 1);
  if (top < 0 || bottom > window.innerHeight) {
    const node = view.domAtPos(place.pos).node;
    (node instanceof Element ? node : node.parentElement)?.scrollIntoView({ block: 'center' });
  }
}

/**
 * Scrolls the page so that from..to shows whole: centred when it fits the
 * window, else from its first line. ProseMirror's scrollIntoView shows only
 * the selection's head, which left a long claim's first lines above the screen.
 */
export function showWhole(view: EditorView, from: number, to: number): void {
  const start = view.coordsAtPos(from, 1);
  const end = view.coordsAtPos(to, -1);
  const room = window.innerHeight;
  const margin = 16;
  if (start.top >= 0 && end.bottom <= room) return; // in sight already: the page stays still
  const fits = end.bottom - start.top + 2 * margin <= room;
  const shift = fits ? (start.top + end.bottom) / 2 - room / 2 : start.top - margin;
  if (Math.abs(shift) >= 1) window.scrollBy({ top: shift, behavior: 'instant' });
}
