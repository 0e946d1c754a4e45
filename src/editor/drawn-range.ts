/**
 * Highlights drawn where the fact-checker reads: an article with many
 * annotations (100,000 on a long article) draws only the highlights of the
 * blocks around what is on screen, and the rest as the page scrolls to them.
 * A highlight is a `<mark>` that ProseMirror creates, patches and the browser
 * styles; a hundred thousand of them cost the page seconds to open and a
 * share of every keystroke, while the ones far off screen are never seen.
 *
 * The annotation state keeps every piece (ranges, lookups, saving) and,
 * beside it, the drawn part: the pieces inside the drawn range, kept in step
 * with every change (`DrawnHighlights`). Below `drawEveryHighlightUpTo`
 * pieces everything is drawn, as before. The drawn range follows the
 * selection in the state itself (a jump draws its target before the view
 * scrolls to it) and the screen through `followScreen`; printing draws
 * everything. This file is a chunk of its own, loaded when an article first
 * has that many pieces (`loadDrawnRange` in annotation-plugin.ts), so
 * ordinary articles do not pay for it at start-up. docs/architecture.md,
 * "Drawing highlights at scale".
 */
import type { Node } from 'prosemirror-model';
import type { PluginKey, Transaction } from 'prosemirror-state';
import type { AnnotationMeta, AnnotationState } from './annotation-plugin.ts';
import type { Mapping } from 'prosemirror-transform';
import { type Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import { drawEveryHighlightUpTo } from './highlights.ts';

/** How many top-level blocks around what is seen are drawn, each way: several screens, so a page-down lands on drawn text. */
export const blocksDrawnAround = 40;

/** Positions from..to of the document, on top-level block boundaries. */
export interface DrawnRange {
  readonly from: number;
  readonly to: number;
}

/** The blocks holding from..to, and `margin` more blocks each way. */
export function blocksAround(doc: Node, from: number, to: number, margin = blocksDrawnAround): DrawnRange {
  if (doc.childCount === 0) return { from: 0, to: doc.content.size };
  const indexAt = (pos: number) => Math.min(doc.resolve(Math.max(0, Math.min(pos, doc.content.size))).index(0), doc.childCount - 1);
  let first = indexAt(from);
  // a range ending where a block ends takes that block, not the one after it
  let last = Math.max(first, to > from ? indexAt(to - 1) : first);
  let start = doc.resolve(0).posAtIndex(first, 0);
  let end = doc.resolve(0).posAtIndex(last, 0) + doc.child(last).nodeSize;
  for (let i = 0; i < margin && first > 0; i++) start -= doc.child(--first).nodeSize;
  for (let i = 0; i < margin && last < doc.childCount - 1; i++) end += doc.child(++last).nodeSize;
  return { from: start, to: end };
}

function contains(outer: DrawnRange, inner: DrawnRange): boolean {
  return outer.from <= inner.from && inner.to <= outer.to;
}

function inside(range: DrawnRange, piece: Decoration): boolean {
  return piece.from >= range.from && piece.to <= range.to;
}

/**
 * The drawn part of the highlights: the pieces inside `range` when there are
 * more than `drawEveryHighlightUpTo` (`set`), or all of them (`set` null).
 * Immutable; each method returns the next value. The same Decoration objects
 * as the full set, so a removal found in the full set removes them here too.
 */
export class DrawnHighlights {
  private constructor(
    readonly range: DrawnRange,
    /** The drawn pieces, or null when all are drawn. */
    readonly set: DecorationSet | null,
    /** Whether everything is drawn whatever the count (printing). */
    readonly everything: boolean,
  ) {}

  /** Where a new editor state draws: from its start, or around its selection. */
  static start(doc: Node, all: DecorationSet, count: number, around = 0): DrawnHighlights {
    return new DrawnHighlights(blocksAround(doc, around, around), null, false).sized(doc, all, count);
  }

  /** What the view draws, given the full set. */
  drawn(all: DecorationSet): DecorationSet {
    return this.set ?? all;
  }

  /** Draws part or all as the count of pieces now says. */
  sized(doc: Node, all: DecorationSet, count: number): DrawnHighlights {
    const windowed = !this.everything && count > drawEveryHighlightUpTo;
    if (windowed === (this.set !== null)) return this;
    return new DrawnHighlights(this.range, windowed ? DecorationSet.create(doc, all.find(this.range.from, this.range.to)) : null, this.everything);
  }

  /** The same after an edit: the range and the drawn pieces mapped as the full set was (`doc` is the document after `mapping`). */
  map(mapping: Mapping, doc: Node): DrawnHighlights {
    const range = { from: mapping.map(this.range.from, -1), to: mapping.map(this.range.to, 1) };
    return new DrawnHighlights(range, this.set && this.set.map(mapping, doc), this.everything);
  }

  /** The same after the full set lost `removed` and gained `added` pieces. */
  change(doc: Node, removed: readonly Decoration[], added: readonly Decoration[]): DrawnHighlights {
    if (!this.set) return this;
    const gone = removed.filter((piece) => inside(this.range, piece));
    const come = added.filter((piece) => inside(this.range, piece));
    if (!gone.length && !come.length) return this;
    let set = gone.length ? this.set.remove(gone) : this.set;
    if (come.length) set = set.add(doc, come);
    return new DrawnHighlights(this.range, set, this.everything);
  }

  /**
   * Draws the blocks around from..to if they are not all drawn already, with
   * some slack, so that scrolling redraws once every few screens.
   */
  follow(doc: Node, all: DecorationSet, from: number, to: number): DrawnHighlights {
    if (this.covers(doc, { from, to })) return this;
    return this.#moved(doc, all, blocksAround(doc, from, to));
  }

  /** Whether the blocks around `seen` are drawn, with the slack `follow` leaves. */
  covers(doc: Node, seen: DrawnRange): boolean {
    return contains(this.range, blocksAround(doc, seen.from, seen.to, Math.floor(blocksDrawnAround / 4)));
  }

  /** Keeps the range on whole blocks after an edit: joining a block across its edge brings the rest of that block in. */
  onWholeBlocks(doc: Node, all: DecorationSet): DrawnHighlights {
    const whole = blocksAround(doc, this.range.from, this.range.to, 0);
    return whole.from === this.range.from && whole.to === this.range.to ? this : this.#moved(doc, all, whole);
  }

  #moved(doc: Node, all: DecorationSet, range: DrawnRange): DrawnHighlights {
    return new DrawnHighlights(range, this.set && DecorationSet.create(doc, all.find(range.from, range.to)), this.everything);
  }

  /** Everything drawn (`true`, while printing) or the drawn range again. */
  drawEverything(doc: Node, all: DecorationSet, count: number, everything: boolean): DrawnHighlights {
    if (everything === this.everything) return this;
    return new DrawnHighlights(this.range, null, everything).sized(doc, all, count);
  }
}

/** What a transaction asks of the drawn range (through the annotation plugin's meta). */
export interface DrawnRangeMeta {
  /** The document range on screen now. */
  seen?: DrawnRange;
  /** Draw every highlight (printing), or the drawn range again. */
  everything?: boolean;
}

/** Where the view's text is on screen: the document range between the top and the bottom of what is visible, or null when none is. */
export function seenRange(view: EditorView): DrawnRange | null {
  const box = view.dom.getBoundingClientRect();
  const top = Math.max(box.top, 0);
  const bottom = Math.min(box.bottom, window.innerHeight);
  if (bottom <= top || box.width === 0) return null;
  // a little inside the text's left edge, where a paragraph's first letters are
  const left = box.left + Math.min(24, box.width / 2);
  const at = (y: number) => view.posAtCoords({ left, top: y })?.pos ?? null;
  const from = at(top + 1);
  const to = at(bottom - 1);
  if (from === null || to === null) return null;
  return { from: Math.min(from, to), to: Math.max(from, to) };
}

/**
 * Tells the state what is on screen as the page (or a box around the editor)
 * scrolls or resizes, once per frame, and to draw every highlight while the
 * page prints, until `destroy`, through the annotation plugin's meta (`key`
 * is its key, given by the plugin's view: this file imports no value from it).
 */
export function followScreen(view: EditorView, key: PluginKey<AnnotationState>): { destroy(): void } {
  const drawnPart = () => key.getState(view.state)?.drawnPart ?? null;
  const dispatch = (drawn: DrawnRangeMeta) => view.dispatch(view.state.tr.setMeta(key, { drawn } satisfies AnnotationMeta).setMeta('addToHistory', false));
  const tell = (drawn: DrawnRangeMeta) => {
    const part = drawnPart();
    // most scrolling stays inside what is drawn: no transaction for it
    if (part && drawn.seen && part.covers(view.state.doc, drawn.seen)) return;
    if (part && drawn.everything !== undefined && drawn.everything === part.everything) return;
    dispatch(drawn);
  };
  let frame = 0;
  const look = () => {
    frame = 0;
    if (view.isDestroyed) return;
    const seen = seenRange(view);
    if (seen) tell({ seen });
  };
  const onScroll = () => {
    frame ||= requestAnimationFrame(look);
  };
  const beforePrint = () => tell({ everything: true });
  const afterPrint = () => tell({ everything: false });
  // scroll events do not cross shadow roots: listen in the editor's root and in the document
  const roots: (Document | ShadowRoot)[] = [document];
  const root = view.root;
  if (root !== document && root instanceof ShadowRoot) roots.push(root);
  for (const r of roots) r.addEventListener('scroll', onScroll, { capture: true, passive: true });
  window.addEventListener('resize', onScroll, { passive: true });
  window.addEventListener('beforeprint', beforePrint);
  window.addEventListener('afterprint', afterPrint);
  onScroll();
  return {
    destroy() {
      if (frame) cancelAnimationFrame(frame);
      for (const r of roots) r.removeEventListener('scroll', onScroll, { capture: true });
      window.removeEventListener('resize', onScroll);
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
    },
  };
}

/** The drawn part of a new editor state with `count` pieces, drawn around `around`; null while all are drawn. */
export function firstDrawnPart(doc: Node, all: DecorationSet, count: number, around: number | undefined): DrawnHighlights | null {
  return count > drawEveryHighlightUpTo ? DrawnHighlights.start(doc, all, count, around) : null;
}

/**
 * The drawn part after transaction `tr`: started once the article has many
 * pieces (around what is seen, or the selection), kept on whole blocks after
 * an edit, moved to what is on screen (`meta`) or to a selection the
 * transaction put outside it (a jump), or everything while printing.
 */
export function nextDrawnPart(part: DrawnHighlights | null, tr: Transaction, all: DecorationSet, count: number, meta: DrawnRangeMeta | undefined): DrawnHighlights | null {
  if (!part) {
    if (count <= drawEveryHighlightUpTo) return null;
    part = DrawnHighlights.start(tr.doc, all, count, meta?.seen?.from ?? tr.selection.from);
  }
  if (meta?.everything !== undefined) part = part.drawEverything(tr.doc, all, count, meta.everything);
  if (tr.docChanged) part = part.onWholeBlocks(tr.doc, all);
  if (meta?.seen) return part.follow(tr.doc, all, meta.seen.from, meta.seen.to);
  return selectionLeft(tr, part) ? part.follow(tr.doc, all, tr.selection.from, tr.selection.to) : part;
}

/** Whether a transaction moved the selection's head out of the drawn range (a jump), which then follows it. */
function selectionLeft(tr: Transaction, drawn: DrawnHighlights): boolean {
  if (!tr.selectionSet) return false;
  const { from, to } = tr.selection;
  return from < drawn.range.from || to > drawn.range.to;
}
