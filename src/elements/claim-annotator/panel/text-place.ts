/**
 * Where the fact-checker was in the article when a form took them away from
 * it: on a narrow screen the panel, and so the form of an annotation just
 * tagged, is below the article, and closing the form brings the tagged words
 * back to the same place on screen (docs/architecture.md, "Narrow screens").
 */
import type { EditorView } from 'prosemirror-view';

/** An annotation's first highlight and its distance from the top of the viewport. */
export interface TextPlace {
  readonly id: string;
  readonly top: number;
}

function highlightOf(view: EditorView, id: string): HTMLElement | null {
  return view.dom.querySelector<HTMLElement>(`mark[data-annotation-id="${CSS.escape(id)}"]`);
}

/** Where annotation `id`'s words are on screen now, or null when they are not drawn. */
export function textPlace(view: EditorView | null, id: string): TextPlace | null {
  const mark = view && highlightOf(view, id);
  return mark ? { id, top: mark.getBoundingClientRect().top } : null;
}

/**
 * Scrolls the page so that the words are where `place` says again; where the
 * page does not scroll that far (the article scrolls inside a box of the
 * site's), they are scrolled into view.
 */
export function returnToPlace(view: EditorView | null, place: TextPlace): void {
  const mark = view && highlightOf(view, place.id);
  if (!mark) return;
  window.scrollBy(0, mark.getBoundingClientRect().top - place.top);
  const { top, bottom } = mark.getBoundingClientRect();
  if (top < 0 || bottom > window.innerHeight) mark.scrollIntoView({ block: 'center' });
}
