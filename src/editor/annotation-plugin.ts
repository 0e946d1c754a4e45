/**
 * The annotation plugin: annotations live beside the document as a mapped
 * DecorationSet (their ranges) and a small map of orphans (annotations whose
 * text was deleted). A keystroke maps the set, which touches only the changed
 * block; nothing scans the document per transaction.
 */
import type { Node } from 'prosemirror-model';
import { type EditorState, Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { Mapping, type StepMap } from 'prosemirror-transform';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { AnnotationRecord, KindDefinition } from '../model/index.ts';
import { AnnotationStep, type OrphanHint, type Placement, mapPlacement } from './annotation-step.ts';

/** What each annotation decoration carries: the annotation's identity and fields. */
export interface AnnotationSpec {
  id: string;
  record: AnnotationRecord;
  inclusiveStart: boolean;
  inclusiveEnd: boolean;
}

/** An annotation whose text is gone: kept, listed, and re-anchored if the text returns. */
export interface Orphan {
  record: AnnotationRecord;
  exact: string;
  hint: OrphanHint | null;
}

/** How the plugin draws highlights; the element passes the kind vocabulary and labels. */
export interface AnnotationPluginConfig {
  kinds: readonly KindDefinition[];
  /** Accessible one-line description of an annotation, for the highlight's title. */
  describe?: (record: AnnotationRecord) => string;
}

/** Metadata a transaction carries: select an annotation (or none), or redraw with a new configuration. */
export interface AnnotationMeta {
  activeId?: string | null;
  config?: AnnotationPluginConfig;
}

export const annotationPluginKey = new PluginKey<AnnotationState>('claimmark-annotations');

/** The plugin's immutable state. */
export class AnnotationState {
  constructor(
    readonly decorations: DecorationSet,
    readonly orphans: ReadonlyMap<string, Orphan>,
    readonly activeId: string | null,
    readonly config: AnnotationPluginConfig,
  ) {}

  /**
   * The current placement of annotation `id`, or null when there is none. With
   * `near`, a range that contains the annotation, the lookup is local; without
   * it, it scans every annotation.
   */
  find(id: string, doc: Node, near?: { from: number; to: number }): Placement | null {
    const orphan = this.orphans.get(id);
    if (orphan) return { record: orphan.record, anchor: null, exact: orphan.exact, hint: orphan.hint };
    const matches = (spec: AnnotationSpec) => spec.id === id;
    let found = near ? this.decorations.find(near.from, near.to, matches) : [];
    if (found.length === 0) found = this.decorations.find(undefined, undefined, matches);
    if (found.length === 0) return null;
    const { from, to } = found[0];
    return { record: (found[0].spec as AnnotationSpec).record, anchor: { from, to }, exact: doc.textBetween(from, to, '\n') };
  }

  /** Whether annotation `id` exists, anchored or orphaned. */
  has(id: string): boolean {
    return this.orphans.has(id) || this.decorations.find(undefined, undefined, (spec: AnnotationSpec) => spec.id === id).length > 0;
  }

  /** The anchored annotations' decorations in document order (by start, then end). */
  anchored(from?: number, to?: number): Decoration[] {
    return this.decorations.find(from, to).sort((a, b) => a.from - b.from || a.to - b.to);
  }

  /** Every annotation's placement: anchored ones in document order, then orphans. */
  placements(doc: Node): Placement[] {
    const result: Placement[] = this.anchored().map((deco) => ({
      record: (deco.spec as AnnotationSpec).record,
      anchor: { from: deco.from, to: deco.to },
      exact: doc.textBetween(deco.from, deco.to, '\n'),
    }));
    for (const orphan of this.orphans.values()) {
      result.push({ record: orphan.record, anchor: null, exact: orphan.exact, hint: orphan.hint });
    }
    return result;
  }

  /** How many annotations there are, orphans included. */
  get size(): number {
    return this.decorations.find().length + this.orphans.size;
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
    return next;
  }

  /** Maps ranges through the text edits of `tr`; annotations whose text is deleted become orphans. */
  #mapThrough(tr: Transaction): AnnotationState {
    let decorations = this.decorations;
    let orphans: Map<string, Orphan> | null = null;
    const insertions: { from: number; to: number; step: number }[] = [];
    tr.mapping.maps.forEach((map, index) => {
      if (!hasChanges(map)) return;
      const docBefore = tr.docs[index];
      const docAfter = index + 1 < tr.docs.length ? tr.docs[index + 1] : tr.doc;
      const doomed = new Map<string, { from: number; to: number; hint: OrphanHint }>();
      map.forEach((oldStart, oldEnd, newStart, newEnd) => {
        if (newEnd > newStart) insertions.push({ from: newStart, to: newEnd, step: index });
        if (oldEnd <= oldStart) return;
        for (const deco of decorations.find(oldStart, oldEnd)) {
          if (deco.from >= oldStart && deco.to <= oldEnd) {
            const hint = { pos: newStart, relFrom: deco.from - oldStart, relTo: deco.to - oldStart };
            doomed.set((deco.spec as AnnotationSpec).id, { from: deco.from, to: deco.to, hint });
          }
        }
      });
      const removed: AnnotationSpec[] = [];
      const before = decorations;
      decorations = decorations.map(new Mapping([map]), docAfter, { onRemove: (spec) => removed.push(spec as AnnotationSpec) });
      if (orphans) for (const [id, orphan] of orphans) orphans.set(id, mapOrphan(orphan, map));
      else if (this.orphans.size) orphans = new Map([...this.orphans].map(([id, orphan]) => [id, mapOrphan(orphan, map)]));
      for (const spec of removed) {
        const range = doomed.get(spec.id) ?? rangeOf(before, spec.id);
        const exact = range ? docBefore.textBetween(range.from, range.to, '\n') : '';
        const hint = doomed.get(spec.id)?.hint ?? (range ? { pos: map.map(range.from, -1), relFrom: 0, relTo: 0 } : null);
        (orphans ??= new Map(this.orphans)).set(spec.id, { record: spec.record, exact, hint });
      }
    });
    let next = new AnnotationState(decorations, orphans ?? this.orphans, this.activeId, this.config);
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
      const orphans = new Map(next.orphans);
      orphans.delete(id);
      const decoration = next.#decoration(from, to, orphan.record);
      next = new AnnotationState(next.decorations.add(tr.doc, [decoration]), orphans, next.activeId, next.config);
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
    const near: { from: number; to: number }[] = [];
    for (const { step, index } of steps) {
      const rest = mappingAfter(tr, index);
      final.set(step.id, step.after && (rest ? mapPlacement(step.after, rest) : step.after));
      const before = step.before?.anchor ? (rest ? mapPlacement(step.before, rest).anchor : step.before.anchor) : null;
      if (before) near.push(before);
    }
    // the decorations these steps replace: found near their old ranges, or by a scan
    const replaced = (spec: AnnotationSpec) => final.has(spec.id);
    let existing = near.flatMap((range) => this.decorations.find(range.from, range.to, replaced));
    const anchoredBefore = steps.filter(({ step }) => step.before?.anchor).length;
    if (new Set(existing.map((deco) => deco.spec.id)).size < anchoredBefore) {
      existing = this.decorations.find(undefined, undefined, replaced);
    }
    const orphans = new Map(this.orphans);
    const added: Decoration[] = [];
    let activeId = this.activeId;
    for (const [id, placement] of final) {
      orphans.delete(id);
      if (!placement) {
        if (activeId === id) activeId = null;
      } else if (placement.anchor) {
        added.push(this.#decoration(placement.anchor.from, placement.anchor.to, placement.record));
      } else {
        orphans.set(id, { record: placement.record, exact: placement.exact, hint: placement.hint ?? null });
      }
    }
    let decorations = existing.length ? this.decorations.remove(existing) : this.decorations;
    if (added.length) decorations = decorations.add(tr.doc, added);
    return new AnnotationState(decorations, orphans, activeId, this.config);
  }

  #withActive(activeId: string | null, doc: Node): AnnotationState {
    let decorations = this.decorations;
    for (const id of [this.activeId, activeId]) {
      if (id === null) continue;
      const found = decorations.find(undefined, undefined, (spec: AnnotationSpec) => spec.id === id);
      if (found.length === 0) continue;
      const { from, to, spec } = found[0];
      decorations = decorations.remove(found).add(doc, [this.#decoration(from, to, (spec as AnnotationSpec).record, id === activeId)]);
    }
    return new AnnotationState(decorations, this.orphans, activeId, this.config);
  }

  /** The highlight of one annotation: a <mark> per annotation, so overlaps nest. */
  #decoration(from: number, to: number, record: AnnotationRecord, active = record.id === this.activeId): Decoration {
    const kind = this.config.kinds.find((k) => k.id === record.kind);
    // few attributes, no inline style (the element's kind stylesheet styles the kind class): 10,000 highlights stay cheap to draw
    const classes = `cm-annotation ${kindClass(record.kind)}${active ? ' cm-annotation-active' : ''}`;
    const spec: AnnotationSpec = {
      id: record.id,
      record,
      inclusiveStart: kind?.inclusiveStart ?? false,
      inclusiveEnd: kind?.inclusiveEnd ?? false,
    };
    return Decoration.inline(
      from,
      to,
      {
        nodeName: 'mark',
        class: classes,
        'data-annotation-id': record.id,
        title: this.config.describe?.(record) ?? kind?.label ?? record.kind,
      },
      spec,
    );
  }

  /** The initial state: annotations placed at the given ranges. */
  static create(doc: Node, config: AnnotationPluginConfig, placements: readonly Placement[] = []): AnnotationState {
    const empty = new AnnotationState(DecorationSet.empty, new Map(), null, config);
    const decorations: Decoration[] = [];
    const orphans = new Map<string, Orphan>();
    for (const placement of placements) {
      if (placement.anchor) decorations.push(empty.#decoration(placement.anchor.from, placement.anchor.to, placement.record));
      else orphans.set(placement.record.id, { record: placement.record, exact: placement.exact, hint: placement.hint ?? null });
    }
    return new AnnotationState(DecorationSet.create(doc, decorations), orphans, null, config);
  }

  /** The same annotations drawn with another configuration (a new kind vocabulary). */
  reconfigure(doc: Node, config: AnnotationPluginConfig): AnnotationState {
    const placements = this.anchored().map((deco): Placement => ({
      record: (deco.spec as AnnotationSpec).record,
      anchor: { from: deco.from, to: deco.to },
      exact: '',
    }));
    for (const orphan of this.orphans.values()) placements.push({ record: orphan.record, anchor: null, exact: orphan.exact, hint: orphan.hint });
    const state = AnnotationState.create(doc, config, placements);
    return state.activeId === this.activeId ? state : state.#withActive(this.activeId, doc);
  }
}

/** The class that marks a kind's highlights, list items and buttons. */
export function kindClass(kindId: string): string {
  return `cm-kind-${kindId}`;
}

/**
 * The mapping from after step `index` to the end of `tr`, or null when no later
 * step changes the document (a batch of annotation steps), so nothing need be mapped.
 */
export function mappingAfter(tr: Transaction, index: number): Mapping | null {
  for (let i = index + 1; i < tr.mapping.maps.length; i++) {
    if (hasChanges(tr.mapping.maps[i])) return tr.mapping.slice(index + 1);
  }
  return null;
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

function rangeOf(decorations: DecorationSet, id: string): { from: number; to: number } | null {
  const found = decorations.find(undefined, undefined, (spec: AnnotationSpec) => spec.id === id);
  return found.length ? { from: found[0].from, to: found[0].to } : null;
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
      decorations: (state) => annotationPluginKey.getState(state)?.decorations,
    },
  });
}

/** The annotation state of an editor state. */
export function annotationState(state: EditorState): AnnotationState {
  const value = annotationPluginKey.getState(state);
  if (!value) throw new RangeError('The editor state has no annotation plugin');
  return value;
}
