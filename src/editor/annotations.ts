/**
 * The annotations of one editor, behind one interface: list, add, update,
 * remove and select, in the public API's terms (code point offsets). Every
 * change is an AnnotationStep in a transaction, so history records it.
 * Collaboration can later put another implementation behind the same methods.
 */
import { closeHistory } from 'prosemirror-history';
import { type EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import {
  type Annotation,
  type AnnotationFields,
  type AnnotationInput,
  type AnnotationRecord,
  AnnotationError,
  type Vocabulary,
  checkFields,
  defaultVerdictId,
  hasSpan,
  newAnnotationId,
  requireKind,
  resolveSpan,
  timestamp,
} from '../model/index.ts';
import { type AnnotationMeta, annotationPluginKey, annotationState } from './annotation-plugin.ts';
import { AnnotationStep, type Placement } from './annotation-step.ts';
import { ArticleText } from './article-text.ts';

/** What the annotations need of an editor: its current state and a way to change it. */
export interface EditorHost {
  readonly state: EditorState;
  dispatch(tr: Transaction): void;
}

/** The public view of a placement: offsets in code points, status, quote. */
export function toAnnotation(placement: Placement, text: ArticleText): Annotation {
  const { record, anchor } = placement;
  if (anchor) {
    return { ...record, start: text.offsetAt(anchor.from), end: text.offsetAt(anchor.to), exact: placement.exact, status: 'anchored' };
  }
  const at = placement.hint ? text.offsetAt(placement.hint.pos) : 0;
  return { ...record, start: at, end: at, exact: placement.exact, status: 'orphaned' };
}

/** Document order: by start, then end; an orphan sorts at the place its text was. */
export function byPosition(a: Annotation, b: Annotation): number {
  return a.start - b.start || a.end - b.end;
}

/** Annotation operations on one editor; each validates first and changes nothing on error. */
export class EditorAnnotations {
  constructor(
    readonly host: EditorHost,
    readonly vocabulary: () => Vocabulary,
  ) {}

  /** The article's plain text, which offsets address. */
  get text(): string {
    return ArticleText.of(this.host.state.doc).text;
  }

  /** Every annotation in document order, orphans at the place their text was. */
  list(state = this.host.state): Annotation[] {
    const text = ArticleText.of(state.doc);
    return annotationState(state)
      .placements(state.doc)
      .map((placement) => toAnnotation(placement, text))
      .sort(byPosition);
  }

  /** Annotation `id`, or null. */
  get(id: string, state = this.host.state): Annotation | null {
    const placement = annotationState(state).find(id, state.doc);
    return placement ? toAnnotation(placement, ArticleText.of(state.doc)) : null;
  }

  /** Adds an annotation from API input; throws an AnnotationError naming the problem. */
  add(input: AnnotationInput, now = timestamp()): Annotation {
    if (!input || typeof input !== 'object') throw new AnnotationError('addAnnotation needs an object with a kind and a span', 'missing-span');
    const vocabulary = this.vocabulary();
    const kind = requireKind(vocabulary, input.kind);
    const fields = checkFields(input, vocabulary);
    const { state } = this.host;
    const text = ArticleText.of(state.doc);
    const span = resolveSpan(input, text.index);
    const id = input.id ?? newAnnotationId();
    if (typeof id !== 'string' || id.trim() === '') throw new AnnotationError('An annotation id must be a non-empty string', 'invalid-field');
    if (annotationState(state).has(id)) throw new AnnotationError(`An annotation with id ${id} already exists`, 'duplicate-id');
    const created = checkTimestamp(input.created, 'created') ?? now;
    const record = withFields({ id, kind: kind.id, created, modified: checkTimestamp(input.modified, 'modified') ?? created }, fields);
    const placement: Placement = {
      record,
      anchor: { from: text.posAt(span.start), to: text.posAt(span.end) },
      exact: text.index.slice(span.start, span.end),
    };
    this.host.dispatch(annotationTransaction(state, new AnnotationStep(id, null, placement)));
    return this.get(id) ?? toAnnotation(placement, text);
  }

  /** Tags the document range from..to as `kindId`; the user's toolbar and shortcuts use it. */
  tag(kindId: string, from: number, to: number, now = timestamp()): Annotation | null {
    const { state } = this.host;
    const range = trimWhitespace(state, from, to);
    if (!range) return null;
    const kind = requireKind(this.vocabulary(), kindId);
    const record: AnnotationRecord = { id: newAnnotationId(), kind: kind.id, created: now, modified: now };
    if (kind.fields.includes('verdict')) record.verdict = defaultVerdictId;
    const placement: Placement = { record, anchor: range, exact: state.doc.textBetween(range.from, range.to, '\n') };
    this.host.dispatch(annotationTransaction(state, new AnnotationStep(record.id, null, placement)).setSelection(TextSelection.create(state.doc, range.to)).setMeta(annotationPluginKey, { activeId: record.id } satisfies AnnotationMeta));
    return this.get(record.id);
  }

  /**
   * Changes annotation `id`: fields present in `patch` replace the old ones
   * (undefined or empty clears them); a span in the patch moves the annotation,
   * which is how an orphan is re-attached.
   */
  update(id: string, patch: Partial<AnnotationInput>, now = timestamp()): Annotation {
    const { state } = this.host;
    const current = annotationState(state).find(id, state.doc);
    if (!current) throw new AnnotationError(`There is no annotation with id ${id}`, 'unknown-annotation');
    if (!patch || typeof patch !== 'object') throw new AnnotationError('updateAnnotation needs an object of changes', 'invalid-field');
    const vocabulary = this.vocabulary();
    const kind = patch.kind === undefined ? current.record.kind : requireKind(vocabulary, patch.kind).id;
    const fields = checkFields(patch, vocabulary);
    let after: Placement = { ...current, record: withFields({ ...current.record, kind }, fields) };
    if (hasSpan(patch)) {
      const text = ArticleText.of(state.doc);
      const span = resolveSpan(patch, text.index);
      after = { ...after, anchor: { from: text.posAt(span.start), to: text.posAt(span.end) }, exact: text.index.slice(span.start, span.end), hint: null };
    }
    if (samePlacement(current, after)) return toAnnotation(current, ArticleText.of(state.doc));
    after = { ...after, record: { ...after.record, modified: now } };
    this.host.dispatch(annotationTransaction(state, new AnnotationStep(id, current, after)));
    return this.get(id) as Annotation;
  }

  /** Re-attaches annotation `id` (usually an orphan) to the document range from..to. */
  reattach(id: string, from: number, to: number, now = timestamp()): Annotation | null {
    const range = trimWhitespace(this.host.state, from, to);
    if (!range) return null;
    const text = ArticleText.of(this.host.state.doc);
    return this.update(id, { start: text.offsetAt(range.from), end: text.offsetAt(range.to) }, now);
  }

  /** Removes annotation `id`; throws when there is none. */
  remove(id: string): void {
    const { state } = this.host;
    const current = annotationState(state).find(id, state.doc);
    if (!current) throw new AnnotationError(`There is no annotation with id ${id}`, 'unknown-annotation');
    this.host.dispatch(annotationTransaction(state, new AnnotationStep(id, current, null)));
  }

  /** Marks annotation `id` as the selected one (or none), selecting its text when asked. */
  select(id: string | null, options: { selectText?: boolean } = {}): void {
    const { state } = this.host;
    const tr = state.tr.setMeta(annotationPluginKey, { activeId: id } satisfies AnnotationMeta).setMeta('addToHistory', false);
    if (id && options.selectText) {
      const placement = annotationState(state).find(id, state.doc);
      if (placement?.anchor) tr.setSelection(TextSelection.create(state.doc, placement.anchor.from, placement.anchor.to)).scrollIntoView();
    }
    this.host.dispatch(tr);
  }
}

/** A transaction holding one annotation change, as its own undo step. */
function annotationTransaction(state: EditorState, step: AnnotationStep): Transaction {
  return closeHistory(state.tr.step(step));
}

function withFields(record: AnnotationRecord, fields: AnnotationFields): AnnotationRecord {
  const result: Record<string, unknown> = { ...record };
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) delete result[key];
    else result[key] = value;
  }
  return result as unknown as AnnotationRecord;
}

function samePlacement(a: Placement, b: Placement): boolean {
  return (
    JSON.stringify(a.record) === JSON.stringify(b.record) &&
    a.anchor?.from === b.anchor?.from &&
    a.anchor?.to === b.anchor?.to
  );
}

function checkTimestamp(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/(Z|[+-]\d{2}:?\d{2})$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new AnnotationError(`${field} must be an ISO 8601 timestamp with a timezone, not ${JSON.stringify(value)}`, 'invalid-field');
  }
  return value;
}

/** from..to without leading and trailing whitespace, or null when nothing is left. */
export function trimWhitespace(state: EditorState, from: number, to: number): { from: number; to: number } | null {
  const { doc } = state;
  const isSpace = (pos: number) => /^\s$/.test(doc.textBetween(pos, pos + 1, '\n', '\n') || '\n');
  while (from < to && isSpace(from)) from++;
  while (to > from && isSpace(to - 1)) to--;
  return from < to ? { from, to } : null;
}
