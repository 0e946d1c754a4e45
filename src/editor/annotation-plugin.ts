/**
 * The annotation plugin: annotations live beside the document as a mapped
 * DecorationSet of highlight pieces (their ranges, see `highlights.ts`) and a
 * small map of orphans (annotations whose text was deleted). A keystroke maps
 * the set, which touches only the changed block; nothing scans the document
 * or the annotations per transaction.
 */
import type { Node } from 'prosemirror-model';
import { type EditorState, Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { Mapping, type StepMap } from 'prosemirror-transform';
import { type Decoration, DecorationSet } from 'prosemirror-view';
import type { AnnotationRecord } from '../model/index.ts';
import { AnnotationStep, type OrphanHint, type Placement, mapPlacement } from './annotation-step.ts';
import { ArticleText, batchCutoff } from './article-text.ts';
import type { DrawnHighlights, DrawnRangeMeta } from './drawn-range.ts';
import {
  type AnchoredAnnotation,
  type AnnotationSpec,
  type HighlightStyle,
  groupPieces,
  highlightPieces,
  piecesOf,
  drawEveryHighlightUpTo,
  splitCrossingPieces,
} from './highlights.ts';

/** The drawing of part of a large article's highlights (drawn-range.ts), once loaded. */
let drawnRange: typeof import('./drawn-range.ts') | null = null;
let loadingDrawnRange: Promise<typeof import('./drawn-range.ts')> | null = null;

/**
 * Loads the code that draws only the highlights around what is on screen:
 * until it is here, every highlight is drawn, as in an ordinary article. The
 * view asks for it when an article first has more than
 * `drawEveryHighlightUpTo` pieces (the annotation plugin's view); tests ask directly.
 */
export function loadDrawnRange(): Promise<typeof import('./drawn-range.ts')> {
  loadingDrawnRange ??= import('./drawn-range.ts').then((module) => (drawnRange = module));
  return loadingDrawnRange;
}

/** An annotation whose text is gone: kept, listed, and re-anchored if the text returns. */
export interface Orphan {
  record: AnnotationRecord;
  exact: string;
  hint: OrphanHint | null;
}

/** How the plugin draws highlights: the element passes the kind vocabulary and labels. */
export type AnnotationPluginConfig = HighlightStyle;

/** Metadata a transaction carries: select an annotation (or none), or redraw with a new configuration. */
export interface AnnotationMeta {
  activeId?: string | null;
  config?: AnnotationPluginConfig;
  /** Annotations to draw again (their review state changed). */
  redraw?: readonly string[];
  /** What is on screen, or printing (see `drawn-range.ts`). */
  drawn?: DrawnRangeMeta;
}

export const annotationPluginKey = new PluginKey<AnnotationState>('claimmark-annotations');

type Range = { from: number; to: number };

/** The plugin's immutable state. */
export class AnnotationState {
  constructor(
    /** Highlight pieces of the anchored annotations. */
    readonly decorations: DecorationSet,
    readonly orphans: ReadonlyMap<string, Orphan>,
    readonly activeId: string | null,
    readonly config: AnnotationPluginConfig,
    /** How many pieces `decorations` holds. */
    readonly pieceCount: number,
    /** The part of `decorations` the view draws (`drawn-range.ts`), or null while all are drawn and that code is not needed. */
    readonly drawnPart: DrawnHighlights | null,
  ) {}

  /** The highlight pieces the view draws: all of them, or those around what is on screen in an article with many. */
  get drawn(): DecorationSet {
    return this.drawnPart ? this.drawnPart.drawn(this.decorations) : this.decorations;
  }

  /** The same annotations, with `decorations` changed by taking out `removed` and putting in `added` pieces. */
  #changed(doc: Node, decorations: DecorationSet, removed: readonly Decoration[], added: readonly Decoration[], orphans = this.orphans, activeId = this.activeId): AnnotationState {
    const count = this.pieceCount - removed.length + added.length;
    const drawnPart = this.drawnPart?.change(doc, removed, added).sized(doc, decorations, count) ?? null;
    return new AnnotationState(decorations, orphans, activeId, this.config, count, drawnPart);
  }

  /**
   * The current placement of annotation `id`, or null when there is none. With
   * `near`, a range that contains the annotation, the lookup is local; without
   * it, it scans every annotation.
   */
  find(id: string, doc: Node, near?: Range): Placement | null {
    const orphan = this.orphans.get(id);
    if (orphan) return { record: orphan.record, anchor: null, exact: orphan.exact, hint: orphan.hint };
    const [anchored] = groupPieces(piecesOf(this.decorations, id, near));
    if (!anchored) return null;
    const { from, to } = anchored;
    return { record: anchored.record, anchor: { from, to }, exact: doc.textBetween(from, to, '\n') };
  }

  /** Whether annotation `id` exists, anchored or orphaned. */
  has(id: string): boolean {
    return this.orphans.has(id) || piecesOf(this.decorations, id).length > 0;
  }

  /** The anchored annotations in document order (by start, then end). */
  anchored(): AnchoredAnnotation[] {
    return groupPieces(this.decorations.find());
  }

  /** Every annotation's placement: anchored ones in document order, then orphans. */
  placements(doc: Node): Placement[] {
    const anchored = this.anchored();
    // many quotes are read through the plain-text index: textBetween walks the document from its start each time
    const text = anchored.length > batchCutoff ? ArticleText.of(doc) : null;
    const result: Placement[] = anchored.map(({ record, from, to }) => ({
      record,
      anchor: { from, to },
      exact: text ? text.between(from, to) : doc.textBetween(from, to, '\n'),
    }));
    for (const orphan of this.orphans.values()) {
      result.push({ record: orphan.record, anchor: null, exact: orphan.exact, hint: orphan.hint });
    }
    return result;
  }

  /** The state after transaction `tr`. Returns `this` when nothing changed. */
  apply(tr: Transaction): AnnotationState {
    let next: AnnotationState = this;
    if (tr.steps.length && tr.docChanged) next = next.#mapThrough(tr);
    const steps: { step: AnnotationStep; index: number }[] = [];
    tr.steps.forEach((step, index) => {
      if (step instanceof AnnotationStep) steps.push({ step, index });
    });
    if (steps.length) next = next.#applySteps(steps, tr);
    const meta = tr.getMeta(annotationPluginKey) as AnnotationMeta | undefined;
    if (meta?.config) next = next.reconfigure(tr.doc, meta.config);
    if (meta && meta.activeId !== undefined && meta.activeId !== next.activeId) next = next.#withActive(meta.activeId, tr.doc);
    if (meta?.redraw?.length) next = next.#redraw(meta.redraw, tr.doc);
    return next.#follow(tr, meta?.drawn);
  }

  /** The drawn range moved to what is on screen, or to a selection a transaction put outside it, or to everything while printing (`nextDrawnPart`). */
  #follow(tr: Transaction, drawn: DrawnRangeMeta | undefined): AnnotationState {
    const part = drawnRange ? drawnRange.nextDrawnPart(this.drawnPart, tr, this.decorations, this.pieceCount, drawn) : null;
    return part === this.drawnPart ? this : new AnnotationState(this.decorations, this.orphans, this.activeId, this.config, this.pieceCount, part);
  }

  /** Maps ranges through the text edits of `tr`; annotations whose text is deleted become orphans. */
  #mapThrough(tr: Transaction): AnnotationState {
    let decorations = this.decorations;
    let count = this.pieceCount;
    let drawnPart = this.drawnPart;
    let orphans: Map<string, Orphan> | null = null;
    const insertions: { from: number; to: number; step: number }[] = [];
    tr.mapping.maps.forEach((map, index) => {
      if (!hasChanges(map)) return;
      const docBefore = tr.docs[index];
      const docAfter = index + 1 < tr.docs.length ? tr.docs[index + 1] : tr.doc;
      // pieces wholly inside a deleted range, with where that range went
      const doomed = new Map<string, { pieces: Decoration[]; oldStart: number; newStart: number }>();
      const changed: [number, number][] = [];
      map.forEach((oldStart, oldEnd, newStart, newEnd) => {
        changed.push([newStart, newEnd]);
        if (newEnd > newStart) insertions.push({ from: newStart, to: newEnd, step: index });
        if (oldEnd <= oldStart) return;
        for (const piece of decorations.find(oldStart, oldEnd)) {
          if (piece.from < oldStart || piece.to > oldEnd) continue;
          const id = (piece.spec as AnnotationSpec).id;
          const entry = doomed.get(id) ?? { pieces: [], oldStart, newStart };
          entry.pieces.push(piece);
          doomed.set(id, entry);
        }
      });
      const removed = new Map<string, AnnotationRecord>();
      const before = decorations;
      const mapping = new Mapping([map]);
      decorations = decorations.map(mapping, docAfter, {
        onRemove: (spec) => {
          count--;
          removed.set((spec as AnnotationSpec).id, (spec as AnnotationSpec).record);
        },
      });
      // the drawn part loses the same pieces to the same mapping
      drawnPart = drawnPart?.map(mapping, docAfter) ?? null;
      const split = splitCrossingPieces(decorations, docAfter, changed, this.config);
      if (split.added.length) {
        decorations = split.set;
        count += split.added.length - split.removed.length;
        drawnPart = drawnPart?.change(docAfter, split.removed, split.added) ?? null;
      }
      if (orphans) for (const [id, orphan] of orphans) orphans.set(id, mapOrphan(orphan, map));
      else if (this.orphans.size) orphans = new Map([...this.orphans].map(([id, orphan]) => [id, mapOrphan(orphan, map)]));
      if (removed.size === 0) return;
      // an annotation is gone only when all its pieces are
      const surviving = new Set(decorations.find(undefined, undefined, (spec: AnnotationSpec) => removed.has(spec.id)).map((piece) => (piece.spec as AnnotationSpec).id));
      for (const [id, record] of removed) {
        if (surviving.has(id)) continue;
        const gone = doomed.get(id);
        const range = gone ? spanOf(gone.pieces) : spanOf(piecesOf(before, id));
        const exact = range ? docBefore.textBetween(range.from, range.to, '\n') : '';
        const hint = gone && range
          ? { pos: gone.newStart, relFrom: range.from - gone.oldStart, relTo: range.to - gone.oldStart }
          : range ? { pos: map.map(range.from, -1), relFrom: 0, relTo: 0 } : null;
        (orphans ??= new Map(this.orphans)).set(id, { record, exact, hint });
      }
    });
    drawnPart = drawnPart?.sized(tr.doc, decorations, count) ?? null;
    let next = new AnnotationState(decorations, orphans ?? this.orphans, this.activeId, this.config, count, drawnPart);
    if (insertions.length && next.orphans.size) next = next.#reanchorRestored(tr, insertions);
    return next;
  }

  /**
   * Re-anchors orphans whose text an edit has put back where it was (undoing a
   * deletion does that): the inserted range must cover the orphan's old span
   * and hold exactly its old text.
   */
  #reanchorRestored(tr: Transaction, insertions: { from: number; to: number; step: number }[]): AnnotationState {
    const inserted = insertions.map(({ from, to, step }) => {
      const rest = tr.mapping.slice(step + 1);
      return { from: rest.map(from, -1), to: rest.map(to, 1) };
    });
    let next: AnnotationState = this;
    for (const [id, orphan] of this.orphans) {
      if (!orphan.hint || orphan.hint.relTo <= orphan.hint.relFrom) continue;
      const from = orphan.hint.pos + orphan.hint.relFrom;
      const to = orphan.hint.pos + orphan.hint.relTo;
      if (to > tr.doc.content.size || !inserted.some((range) => range.from <= from && to <= range.to)) continue;
      if (tr.doc.textBetween(from, to, '\n') !== orphan.exact) continue;
      const pieces = highlightPieces(tr.doc, from, to, orphan.record, this.config, id === this.activeId);
      if (pieces.length === 0) continue;
      const orphans = new Map(next.orphans);
      orphans.delete(id);
      next = next.#changed(tr.doc, next.decorations.add(tr.doc, [...pieces]), [], pieces, orphans);
    }
    return next;
  }

  /**
   * Applies a transaction's annotation steps at once: each annotation ends in
   * the placement its last step gives, mapped to the transaction's final
   * document. One removal and one insertion into the set, however many steps.
   */
  #applySteps(steps: { step: AnnotationStep; index: number }[], tr: Transaction): AnnotationState {
    const final = new Map<string, Placement | null>();
    const near: Range[] = [];
    for (const { step, index } of steps) {
      const rest = mappingAfter(tr, index);
      // a change to an annotation that is gone (deleted in another tab, say) changes nothing
      if (step.before && step.after && !final.has(step.id) && !this.orphans.has(step.id)) {
        const was = step.before.anchor && (rest ? mapPlacement(step.before, rest).anchor : step.before.anchor);
        if (!piecesOf(this.decorations, step.id, was ?? undefined).length) continue;
      }
      final.set(step.id, step.after && (rest ? mapPlacement(step.after, rest) : step.after));
      const before = step.before?.anchor ? (rest ? mapPlacement(step.before, rest).anchor : step.before.anchor) : null;
      if (before) near.push(before);
    }
    // the pieces these steps replace: found near their old ranges, or by a scan
    const replaced = (spec: AnnotationSpec) => final.has(spec.id);
    // ranges near each other find the same pieces: each is taken out once
    // (`find` copies a piece, and its copies share its spec)
    let existing = [...new Map(near.flatMap((range) => this.decorations.find(range.from, range.to, replaced)).map((piece) => [piece.spec, piece])).values()];
    if (new Set(existing.map((piece) => (piece.spec as AnnotationSpec).id)).size < near.length) {
      existing = this.decorations.find(undefined, undefined, replaced);
    }
    const orphans = new Map(this.orphans);
    const added: Decoration[] = [];
    let activeId = this.activeId;
    // a large batch finds blocks through the text index; one annotation walks the document
    const blocks = final.size > batchCutoff ? ArticleText.of(tr.doc) : undefined;
    for (const [id, placement] of final) {
      orphans.delete(id);
      const pieces = placement?.anchor
        ? highlightPieces(tr.doc, placement.anchor.from, placement.anchor.to, placement.record, this.config, id === activeId, null, blocks)
        : [];
      if (!placement) {
        if (activeId === id) activeId = null;
      } else if (pieces.length) {
        added.push(...pieces);
      } else {
        // no anchor, or a range with no text left in it
        orphans.set(id, { record: placement.record, exact: placement.exact, hint: placement.hint ?? null });
      }
    }
    // ProseMirror's `remove` and `add` empty the arrays they are given: they get copies, since the drawn part needs them too
    let decorations = existing.length ? this.decorations.remove([...existing]) : this.decorations;
    if (added.length) decorations = decorations.add(tr.doc, [...added]);
    return this.#changed(tr.doc, decorations, existing, added, orphans, activeId);
  }

  /** Redraws the previously and newly selected annotations. */
  #withActive(activeId: string | null, doc: Node): AnnotationState {
    const state = new AnnotationState(this.decorations, this.orphans, activeId, this.config, this.pieceCount, this.drawnPart);
    return state.#redraw([this.activeId, activeId].filter((id): id is string => id !== null), doc);
  }

  /** Draws annotations `ids` again, as the configuration and selection now say. */
  #redraw(ids: readonly string[], doc: Node): AnnotationState {
    const wanted = new Set(ids);
    // one search for all of them: a large import marks many at once
    const pieces = wanted.size > 2 ? this.decorations.find(undefined, undefined, (spec: AnnotationSpec) => wanted.has(spec.id)) : [...wanted].flatMap((id) => piecesOf(this.decorations, id));
    if (pieces.length === 0) return this;
    const blocks = wanted.size > batchCutoff ? ArticleText.of(doc) : undefined;
    const redrawn = groupPieces(pieces).flatMap((anchored) =>
      highlightPieces(doc, anchored.from, anchored.to, anchored.record, this.config, anchored.id === this.activeId, null, blocks),
    );
    return this.#changed(doc, this.decorations.remove([...pieces]).add(doc, [...redrawn]), pieces, redrawn);
  }

  /** The initial state: annotations placed at the given ranges. */
  static create(doc: Node, config: AnnotationPluginConfig, placements: readonly Placement[] = [], drawnAround = 0): AnnotationState {
    const pieces: Decoration[] = [];
    const orphans = new Map<string, Orphan>();
    const blocks = placements.length > batchCutoff ? ArticleText.of(doc) : undefined;
    for (const placement of placements) {
      const drawn = placement.anchor
        ? highlightPieces(doc, placement.anchor.from, placement.anchor.to, placement.record, config, false, null, blocks)
        : [];
      if (drawn.length) pieces.push(...drawn);
      else orphans.set(placement.record.id, { record: placement.record, exact: placement.exact, hint: placement.hint ?? null });
    }
    const decorations = DecorationSet.create(doc, pieces);
    const drawnPart = drawnRange?.firstDrawnPart(doc, decorations, pieces.length, drawnAround) ?? null;
    return new AnnotationState(decorations, orphans, null, config, pieces.length, drawnPart);
  }

  /** The same annotations drawn with another configuration (a new kind vocabulary). */
  reconfigure(doc: Node, config: AnnotationPluginConfig): AnnotationState {
    const placements = this.anchored().map(({ record, from, to }): Placement => ({ record, anchor: { from, to }, exact: '' }));
    for (const orphan of this.orphans.values()) placements.push({ record: orphan.record, anchor: null, exact: orphan.exact, hint: orphan.hint });
    const state = AnnotationState.create(doc, config, placements, this.drawnPart?.range.from);
    return this.activeId === null ? state : state.#withActive(this.activeId, doc);
  }
}

/**
 * The mapping from after step `index` to the end of `tr`, or null when no later
 * step changes the document (a batch of annotation steps), so nothing need be mapped.
 */
export function mappingAfter(tr: Transaction, index: number): Mapping | null {
  return index < lastTextChange(tr) ? tr.mapping.slice(index + 1) : null;
}

const lastTextChanges = new WeakMap<Transaction, number>();

/** The index of the last step of `tr` that changes the text, or -1; computed once per transaction. */
function lastTextChange(tr: Transaction): number {
  let last = lastTextChanges.get(tr);
  if (last === undefined) {
    last = -1;
    for (let i = tr.mapping.maps.length - 1; i >= 0; i--) {
      if (hasChanges(tr.mapping.maps[i])) {
        last = i;
        break;
      }
    }
    lastTextChanges.set(tr, last);
  }
  return last;
}

function hasChanges(map: StepMap): boolean {
  let changed = false;
  map.forEach(() => {
    changed = true;
  });
  return changed;
}

function mapOrphan(orphan: Orphan, map: StepMap): Orphan {
  return orphan.hint ? { ...orphan, hint: { ...orphan.hint, pos: map.map(orphan.hint.pos, -1) } } : orphan;
}

function spanOf(pieces: readonly Decoration[]): Range | null {
  if (pieces.length === 0) return null;
  return { from: Math.min(...pieces.map((p) => p.from)), to: Math.max(...pieces.map((p) => p.to)) };
}

/** The annotation plugin, drawing highlights for the annotations in its state. */
export function annotationPlugin(config: AnnotationPluginConfig, placements: readonly Placement[] = []): Plugin<AnnotationState> {
  return new Plugin<AnnotationState>({
    key: annotationPluginKey,
    state: {
      init: (_, state) => AnnotationState.create(state.doc, config, placements),
      apply: (tr, value) => value.apply(tr),
    },
    props: {
      decorations: (state) => annotationPluginKey.getState(state)?.drawn,
    },
    // from the first time the article has more than `drawEveryHighlightUpTo` pieces, drawn-range.ts follows the screen
    view(view) {
      let follower: { destroy(): void } | undefined;
      let asked = false;
      const update = () => {
        if (asked || annotationState(view.state).pieceCount <= drawEveryHighlightUpTo) return;
        asked = true;
        // if the code cannot load, every highlight is drawn, as in an ordinary article
        loadDrawnRange().then((module) => void (view.isDestroyed || (follower = module.followScreen(view, annotationPluginKey))), () => undefined);
      };
      update();
      return { update, destroy: () => follower?.destroy() };
    },
  });
}

/** The annotation state of an editor state. */
export function annotationState(state: EditorState): AnnotationState {
  const value = annotationPluginKey.getState(state);
  if (!value) throw new RangeError('The editor state has no annotation plugin');
  return value;
}

/**
 * One transaction that puts `put` in place of the annotations with their ids and
 * removes `removed` (another tab's changes): the caller marks its origin.
 */
export function replacePlacements(state: EditorState, put: readonly Placement[], removed: readonly string[]): Transaction {
  const annotations = annotationState(state);
  const tr = state.tr;
  for (const placement of put) tr.step(new AnnotationStep(placement.record.id, annotations.find(placement.record.id, state.doc), placement));
  for (const id of removed) tr.step(new AnnotationStep(id, annotations.find(id, state.doc), null));
  return tr;
}
