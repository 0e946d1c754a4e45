/**
 * Highlights: the inline decorations that both draw annotations and hold their
 * ranges. An annotation that crosses paragraphs is kept as one piece per text
 * block, so every decoration lives inside one block: ProseMirror then maps and
 * redraws only the block an edit touches, instead of checking document-wide
 * decorations against every block on every keystroke.
 */
import type { Node } from 'prosemirror-model';
import { Decoration, type DecorationSet } from 'prosemirror-view';
import { type AnnotationRecord, type KindDefinition, findKind } from '../model/index.ts';
import type { ArticleText } from './article-text.ts';

/** What each highlight piece carries: the annotation's identity and fields. */
export interface AnnotationSpec {
  id: string;
  record: AnnotationRecord;
  /** Whether text typed at this piece's start or end joins it: the kind's choice at the annotation's own ends, true inside it. */
  inclusiveStart: boolean;
  inclusiveEnd: boolean;
  /** Whether this is the selected annotation (drawn stronger). */
  active: boolean;
  /** Whether this piece begins, or ends, the annotation (where its start and end are announced). */
  first: boolean;
  last: boolean;
}

/** One anchored annotation: its record and its range, from its first piece's start to its last piece's end. */
export interface AnchoredAnnotation {
  id: string;
  record: AnnotationRecord;
  from: number;
  to: number;
}

/** How highlights look: the kind vocabulary and an accessible description. */
export interface HighlightStyle {
  kinds: readonly KindDefinition[];
  /** A one-line description of an annotation, for the highlight's title. */
  describe?: (record: AnnotationRecord) => string;
  /**
   * Whether highlights are drawn for readers (the read-only view): they take
   * keyboard focus, where focusing one shows its card, and carry none of the
   * fact-checker's marks (the review mark of an import placed on changed words).
   */
  forReaders?: boolean;
  /**
   * What a screen reader says where a highlight begins and ends ("Claim
   * start", "Claim end"): the first piece carries `data-cm-start`, the last
   * `data-cm-end`, and the element's styles read them as visually hidden
   * generated content, which is in the accessibility tree but not in the text.
   */
  announce?: (kind: KindDefinition | null, kindId: string) => { start: string; end: string };
}

/**
 * Up to this many highlight pieces, every one is drawn; above it, only those
 * around what is on screen (drawn-range.ts, which loads when an article first
 * has more).
 */
export const drawEveryHighlightUpTo = 3_000;

/** The class that marks a kind's highlights, list items and buttons. */
export function kindClass(kindId: string): string {
  return `cm-kind-${kindId}`;
}

/** Kind id -> the `part` names of its highlights; one string per kind, so building thousands of pieces allocates none. */
const highlightParts = new Map<string, string>();

/**
 * The `part` attribute of a kind's highlights: `highlight` and
 * `highlight-<kind>`, which a page styles with `::part()` (see `kindClass`).
 */
export function highlightPart(kindId: string): string {
  let part = highlightParts.get(kindId);
  if (part === undefined) {
    part = `highlight highlight-${kindId}`;
    highlightParts.set(kindId, part);
  }
  return part;
}

/** The text-block parts of from..to: where a highlight's pieces go. */
export function textRanges(doc: Node, from: number, to: number): [number, number][] {
  const ranges: [number, number][] = [];
  doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isTextblock) return true;
    const start = Math.max(from, pos + 1);
    const end = Math.min(to, pos + 1 + node.content.size);
    if (start < end) ranges.push([start, end]);
    return false;
  });
  return ranges;
}

/**
 * The pieces that highlight `record` over from..to: a `<mark>` per annotation
 * (so overlaps nest), with few attributes and no inline style (the element's
 * kind stylesheet styles the kind class), which keeps 10,000 of them cheap.
 */
export function highlightPieces(
  doc: Node,
  from: number,
  to: number,
  record: AnnotationRecord,
  style: HighlightStyle,
  active: boolean,
  /** For a piece that is re-split: its own ends, and whether it began or ended its annotation. */
  ends?: { inclusiveStart: boolean; inclusiveEnd: boolean; first?: boolean; last?: boolean } | null,
  /** For many highlights at once: the document's text index, which finds blocks by binary search. */
  blocks?: ArticleText,
): Decoration[] {
  const kind = findKind(style.kinds, record.kind);
  const attrs = {
    nodeName: 'mark',
    class: `cm-annotation ${kindClass(record.kind)}${active ? ' cm-annotation-active' : ''}${!style.forReaders && needsCheck(record) ? ' cm-annotation-review' : ''}`,
    part: highlightPart(record.kind),
    'data-annotation-id': record.id,
    title: style.describe?.(record) ?? kind?.label ?? record.kind,
    ...(style.forReaders ? { tabindex: '0' } : {}),
  };
  const inclusiveStart = ends?.inclusiveStart ?? kind?.inclusiveStart ?? false;
  const inclusiveEnd = ends?.inclusiveEnd ?? kind?.inclusiveEnd ?? false;
  const ranges = blocks ? blocks.textRanges(from, to) : textRanges(doc, from, to);
  const announced = style.announce?.(kind, record.kind);
  return ranges.map(([start, end], index) => {
    const first = index === 0 && (ends?.first ?? true);
    const last = index === ranges.length - 1 && (ends?.last ?? true);
    const spec: AnnotationSpec = {
      id: record.id,
      record,
      inclusiveStart: index === 0 ? inclusiveStart : true,
      inclusiveEnd: index === ranges.length - 1 ? inclusiveEnd : true,
      active,
      first,
      last,
    };
    const pieceAttrs =
      announced && (first || last)
        ? { ...attrs, ...(first ? { 'data-cm-start': announced.start } : {}), ...(last ? { 'data-cm-end': announced.end } : {}) }
        : attrs;
    return Decoration.inline(start, end, pieceAttrs, spec);
  });
}

/**
 * Joins the pieces of whatever spans one decoration set holds (annotations,
 * suggestions) into one entry per id, from its first piece's start to its last
 * piece's end, in document order. `entry` makes an entry from a first piece.
 */
export function joinPieces<T extends { id: string; from: number; to: number }>(pieces: readonly Decoration[], entry: (piece: Decoration) => T): T[] {
  const byId = new Map<string, T>();
  for (const piece of pieces) {
    const made = entry(piece);
    const known = byId.get(made.id);
    if (!known) byId.set(made.id, made);
    else {
      known.from = Math.min(known.from, piece.from);
      known.to = Math.max(known.to, piece.to);
    }
  }
  return [...byId.values()].sort((a, b) => a.from - b.from || a.to - b.to);
}

/** The anchored annotations among `pieces`, one per id, in document order. */
export function groupPieces(pieces: readonly Decoration[]): AnchoredAnnotation[] {
  return joinPieces(pieces, (piece) => {
    const { id, record } = piece.spec as AnnotationSpec;
    return { id, record, from: piece.from, to: piece.to };
  });
}

/** The pieces of annotation `id`: looked for in `near` first (a range that contains the annotation), else everywhere. */
export function piecesOf(set: DecorationSet, id: string, near?: { from: number; to: number }): Decoration[] {
  const matches = (spec: AnnotationSpec) => spec.id === id;
  const found = near ? set.find(near.from, near.to, matches) : [];
  return found.length ? found : set.find(undefined, undefined, matches);
}

/** What a split did to a set of pieces: the set after, and the pieces it took out and put in. */
export interface PieceChange {
  set: DecorationSet;
  removed: readonly Decoration[];
  added: readonly Decoration[];
}

/**
 * Splits pieces that an edit made cross a block boundary (Enter inside a
 * highlight), looking only at pieces that touch `ranges`.
 */
export function splitCrossingPieces(set: DecorationSet, doc: Node, ranges: readonly [number, number][], style: HighlightStyle): PieceChange {
  const crossing: Decoration[] = [];
  for (const [from, to] of ranges) {
    for (const piece of set.find(from, to)) {
      const $from = doc.resolve(piece.from);
      if ((!$from.parent.isTextblock || piece.to > $from.end()) && !crossing.some((known) => known.from === piece.from && known.to === piece.to && known.spec === piece.spec)) crossing.push(piece);
    }
  }
  if (crossing.length === 0) return { set, removed: [], added: [] };
  const replacements = crossing.flatMap((piece) => {
    const spec = piece.spec as AnnotationSpec;
    return highlightPieces(doc, piece.from, piece.to, spec.record, style, spec.active, spec);
  });
  // `remove` and `add` empty the arrays they are given: the caller's are copies
  return { set: set.remove([...crossing]).add(doc, [...replacements]), removed: crossing, added: replacements };
}

/** Whether an import placed the annotation on words the fact-checker should look at (drawn with a review mark until confirmed). */
export function needsCheck(record: Pick<AnnotationRecord, 'placementCheck'>): boolean {
  return record.placementCheck !== undefined && record.placementCheck.reason !== 'not-found';
}
