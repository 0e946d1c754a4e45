/**
 * The panel's entries as a value mapped through each transaction, the way a
 * plugin's state is: a keystroke that changes no annotation re-derives only
 * the entries whose text it touched (found in the DecorationSet around the
 * edit) and keeps every other entry object; only a change to the annotations
 * themselves (add, update, remove, orphaned, re-anchored) walks them again,
 * and even then reuses the entries it did not change. `ShownEntries` filters
 * them only when the entries or the filter change.
 */
import type { Node } from 'prosemirror-model';
import type { EditorState, Transaction } from 'prosemirror-state';
import type { DecorationSet } from 'prosemirror-view';
import { type AnchoredAnnotation, type AnnotationSpec, type EditorUpdate, annotationState, groupPieces } from '../../../editor/index.ts';
import type { AnnotationRecord } from '../../../model/index.ts';
import type { PanelEntry } from './annotation-panel.ts';
import { type ReviewFilterValue, matchesReview } from './review-filter.ts';

/** The panel's annotations: anchored ones in document order, orphans apart, and how many there are of each kind. */
export class PanelEntries {
  private constructor(
    readonly anchored: readonly PanelEntry[],
    readonly orphans: readonly PanelEntry[],
    /** Annotations of each kind, anchored and orphaned. */
    readonly counts: ReadonlyMap<string, number>,
    /** Where each anchored entry is in `anchored`; shared by mapped values while the order holds. */
    readonly indexOf: ReadonlyMap<string, number>,
  ) {}

  /** All annotations of `state` read afresh (a new article); `previous` lends the entries that did not change. */
  static of(state: EditorState, previous?: PanelEntries, fresh?: ReadonlySet<string>): PanelEntries {
    const annotations = annotationState(state);
    const known = new Map<string, PanelEntry>();
    if (previous) for (const entry of [...previous.anchored, ...previous.orphans]) known.set(entry.id, entry);
    const reuse = (id: string) => (fresh?.has(id) ? undefined : known.get(id));
    const anchored = annotations.anchored().map(({ record, from, to }) => reuse(record.id) ?? anchoredEntry(record, state.doc, from, to));
    const orphans = [...annotations.orphans.values()].map((orphan) => reuse(orphan.record.id) ?? orphanEntry(orphan.record, orphan.exact));
    // the kinds' counts are of what is in the article; the detached are counted under their own heading
    const counts = new Map<string, number>();
    for (const entry of anchored) counts.set(entry.kind, (counts.get(entry.kind) ?? 0) + 1);
    return new PanelEntries(anchored, orphans, counts, new Map(anchored.map((entry, index) => [entry.id, index])));
  }

  /** How many annotations there are. */
  get total(): number {
    return this.anchored.length + this.orphans.length;
  }

  /** The entry of annotation `id`, anchored or orphaned. */
  byId(id: string): PanelEntry | undefined {
    const index = this.indexOf.get(id);
    return index === undefined ? this.orphans.find((entry) => entry.id === id) : this.anchored[index];
  }

  /** The entries after `update`; `this` when it changed none. */
  map({ tr, before, after, changes }: EditorUpdate): PanelEntries {
    if (annotationState(before) === annotationState(after) && !tr.docChanged) return this;
    const touched = tr.docChanged ? touchedAnnotations(tr, annotationState(before).decorations, annotationState(after).decorations) : new Map<string, Range>();
    if (changes.added.length || changes.changed.length || changes.removed.length) {
      return PanelEntries.of(after, this, new Set([...touched.keys(), ...changes.added, ...changes.changed]));
    }
    if (touched.size === 0) return this;
    const { decorations } = annotationState(after);
    const placed: { index: number; entry: PanelEntry; from: number; to: number }[] = [];
    let replaced = false;
    for (const [id, seed] of touched) {
      const index = this.indexOf.get(id);
      const found = index === undefined ? null : anchoredAround(decorations, id, seed, after.doc);
      // an annotation the panel does not know, or cannot find: read them all again
      if (index === undefined || !found) return PanelEntries.of(after, this, new Set(touched.keys()));
      const old = this.anchored[index];
      const entry = anchoredEntry(found.record, after.doc, found.from, found.to);
      // an edit beside an annotation touches it without changing its words
      const kept = entry.exact === old.exact ? old : entry;
      replaced ||= kept !== old;
      placed.push({ index, entry: kept, from: found.from, to: found.to });
    }
    // Mapping keeps document order, except that a deletion can bring the starts of the annotations
    // it touched together: those few are put in order again among the places they held.
    const slots = placed.map((p) => p.index).sort((a, b) => a - b);
    placed.sort((a, b) => a.from - b.from || a.to - b.to || a.index - b.index);
    const moved = placed.some((p, i) => p.index !== slots[i]);
    if (!replaced && !moved) return this;
    const anchored = [...this.anchored];
    placed.forEach((p, i) => (anchored[slots[i]] = p.entry));
    if (!moved) return new PanelEntries(anchored, this.orphans, this.counts, this.indexOf);
    const indexOf = new Map(this.indexOf);
    placed.forEach((p, i) => indexOf.set(p.entry.id, slots[i]));
    return new PanelEntries(anchored, this.orphans, this.counts, indexOf);
  }
}

/** What an entry shows of a record: every field the panel reads (see `PanelEntry`). */
function entryFields(record: AnnotationRecord): Omit<PanelEntry, 'status' | 'exact'> {
  const { id, kind, attribution, verdict, foreignRating, placementCheck, creator, coCreators, modifiedBy, claim, note, sources, reviewStatus, assignee, reviewer, links, replies } = record;
  return { id, kind, attribution, verdict, foreignRating, placementCheck, creator, coCreators, modifiedBy, private: record.private, claim, note, sources, reviewStatus, assignee, reviewer, links, replies };
}

/** An anchored annotation's entry; its quote is read from `doc` when first drawn or searched (the words are the same until an edit touches them, and then the entry is made again). */
function anchoredEntry(record: AnnotationRecord, doc: Node, from: number, to: number): PanelEntry {
  let exact: string | undefined;
  return {
    ...entryFields(record),
    status: 'anchored',
    get exact() {
      return (exact ??= doc.textBetween(from, to, '\n'));
    },
  };
}

function orphanEntry(record: AnnotationRecord, exact: string): PanelEntry {
  return { ...entryFields(record), status: 'orphaned', exact };
}

type Range = { from: number; to: number };

/**
 * The annotations whose highlights the text edits of `tr` touch, each with a
 * range of the document after it where to look for it: the highlights at each
 * edit afterwards, and those at the edited text before it (a deletion can take
 * one piece of a highlight across paragraphs and leave nothing at its spot).
 */
function touchedAnnotations(tr: Transaction, before: DecorationSet, after: DecorationSet): Map<string, Range> {
  const ids = new Map<string, Range>();
  tr.mapping.maps.forEach((map, index) => {
    const rest = tr.mapping.slice(index + 1);
    const back = tr.mapping.slice(0, index).invert();
    map.forEach((oldStart, oldEnd, newStart, newEnd) => {
      const at = { from: rest.map(newStart, -1), to: rest.map(newEnd, 1) };
      for (const piece of after.find(at.from, at.to)) ids.set((piece.spec as AnnotationSpec).id, piece);
      const from = back.map(oldStart, -1);
      for (const piece of before.find(from, back.map(oldEnd, 1))) {
        const { id } = piece.spec as AnnotationSpec;
        if (!ids.has(id)) ids.set(id, at);
      }
      // text typed into an empty paragraph inside an annotation that crosses it touches no piece of it
      const $from = tr.before.resolve(from);
      if ($from.parent.isTextblock && $from.parent.content.size === 0) {
        const end = previousTextEnd(tr.doc, at.from);
        if (end !== null) for (const piece of after.find(end, end)) if (!(piece.spec as AnnotationSpec).last && piece.to === end) ids.set((piece.spec as AnnotationSpec).id, piece);
      }
    });
  });
  return ids;
}

/** Where the text of the last text block with text before `pos` ends, or null. */
function previousTextEnd(doc: Node, pos: number): number | null {
  let at = doc.resolve(pos).start() - 1;
  while (at > 0) {
    const $at = doc.resolve(at);
    if ($at.parent.isTextblock && $at.parent.content.size > 0) return $at.end();
    at = $at.parent.isTextblock ? $at.before() - 1 : at - 1;
  }
  return null;
}

/**
 * Annotation `id`'s whole range, looked for in a window around `seed` that
 * widens until it holds the annotation's first and last pieces (a highlight
 * crossing paragraphs has one piece per paragraph).
 */
function anchoredAround(decorations: DecorationSet, id: string, seed: Range, doc: Node): AnchoredAnnotation | null {
  const matches = (spec: AnnotationSpec) => spec.id === id;
  for (let width = 512; ; width *= 8) {
    const from = Math.max(0, seed.from - width);
    const to = Math.min(doc.content.size, seed.to + width);
    const pieces = decorations.find(from, to, matches);
    const whole = pieces.some((piece) => (piece.spec as AnnotationSpec).first) && pieces.some((piece) => (piece.spec as AnnotationSpec).last);
    if (whole || (from === 0 && to === doc.content.size)) return groupPieces(pieces)[0] ?? null;
  }
}

/** What the list shows: annotations of these kinds and verdict whose speaker, quote, restated claim, note or a source's title or address contains the query. */
export interface PanelFilter {
  hiddenKinds: ReadonlySet<string>;
  /** '' for any verdict. */
  verdict: string;
  query: string;
  /** The review filters (review-filter.ts), when any is set. */
  review?: ReviewFilterValue;
}

/** Whether `entry` passes `filter`. */
export function matchesFilter(filter: PanelFilter, entry: PanelEntry): boolean {
  if (filter.hiddenKinds.has(entry.kind)) return false;
  if (filter.verdict && entry.verdict !== filter.verdict) return false;
  if (filter.review && !matchesReview(filter.review, entry)) return false;
  const query = filter.query.trim().toLocaleLowerCase();
  if (!query) return true;
  const has = (text: string | undefined) => text !== undefined && text.toLocaleLowerCase().includes(query);
  // the quote last: reading it may mean reading the document
  return has(entry.attribution?.name) || has(entry.claim) || has(entry.note) || (entry.sources ?? []).some((source) => has(source.title) || has(source.url)) || has(entry.exact);
}

/**
 * The anchored entries that pass the filters: the entries themselves when
 * nothing is filtered, else filtered once per change of the entries or the
 * filter (the panel asks only when it draws, after typing pauses).
 */
export class ShownEntries {
  #entries: PanelEntries | null = null;
  #key = '';
  #shown: readonly PanelEntry[] = [];

  /** The entries of `entries` that `filter` lets through, in document order. */
  of(entries: PanelEntries, filter: PanelFilter): readonly PanelEntry[] {
    const key = filterKey(filter);
    if (entries !== this.#entries || key !== this.#key) {
      this.#shown = key === '' ? entries.anchored : entries.anchored.filter((entry) => matchesFilter(filter, entry));
      if (filter.review?.arrange) this.#shown = filter.review.arrange(this.#shown);
      this.#entries = entries;
      this.#key = key;
    }
    return this.#shown;
  }
}

/** '' when the filter lets everything through. */
function filterKey(filter: PanelFilter): string {
  const query = filter.query.trim().toLocaleLowerCase();
  if (!filter.hiddenKinds.size && !filter.verdict && !query && !filter.review) return '';
  return JSON.stringify([[...filter.hiddenKinds].sort(), filter.verdict, query, filter.review ?? null]);
}
