/**
 * Bringing an annotation's words into view when the panel goes to it: the
 * whole span where it fits the window, not only its first or last line.
 */
import type { EditorView } from 'prosemirror-view';

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
