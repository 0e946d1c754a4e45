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
