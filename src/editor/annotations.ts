/**
 * The annotations of one editor, behind one interface: list, add, update,
 * remove and select, in the public API's terms (code point offsets). Every
 * change is an AnnotationStep in a transaction, so history records it.
 * Collaboration can later put another implementation behind the same methods.
 */
import { closeHistory } from 'prosemirror-history';
import type { Node } from 'prosemirror-model';
import type { EditorState, Transaction } from 'prosemirror-state';
import {
  type Annotation,
  type AnnotationFields,
  type AnnotationInput,
  type AnnotationRecord,
  AnnotationError,
  type Vocabulary,
  checkAuthors,
  checkFields,
  hasSpan,
  isZonedTimestamp,
  newAnnotationId,
  requireKind,
  resolveSpan,
  timestamp,
} from '../model/index.ts';
import { type AnnotationState, annotationState } from './annotation-plugin.ts';
import { AnnotationStep, type Placement } from './annotation-step.ts';
import { ArticleText } from './article-text.ts';
import { annotationTransaction, editedRecord, newRecord, removeAnnotation, selectAnnotation } from './commands.ts';

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

/** Where an annotation (code point offsets into `text`) goes in the document `text` was read from. */
export function placementOn(text: ArticleText, annotation: Annotation): Placement {
  const { start, end, exact, status, ...record } = annotation;
  if (status === 'anchored' && start < end) return { record, anchor: { from: text.posAt(start), to: text.posAt(end) }, exact };
  return { record, anchor: null, exact, hint: { pos: text.posAt(start), relFrom: 0, relTo: 0 } };
}

/** A copy a caller may change without changing the cached list. */
function copyAnnotation(annotation: Annotation): Annotation {
  const copy = { ...annotation };
  if (copy.attribution) copy.attribution = { ...copy.attribution };
  if (copy.sources) copy.sources = copy.sources.map((source) => ({ ...source }));
  if (copy.creator) copy.creator = { ...copy.creator };
  if (copy.coCreators) copy.coCreators = copy.coCreators.map((agent) => ({ ...agent }));
  if (copy.modifiedBy) copy.modifiedBy = { ...copy.modifiedBy };
  if (copy.links) copy.links = copy.links.map((link) => ({ ...link }));
  if (copy.replies) copy.replies = copy.replies.map((reply) => ({ ...reply }));
  return copy;
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

  /**
   * Every annotation in document order, orphans at the place their text was.
   * Computed once per document and annotation state (both immutable); each call
   * gets its own array and objects.
   */
  list(state = this.host.state): Annotation[] {
    const annotations = annotationState(state);
    if (this.#listed?.doc !== state.doc || this.#listed.annotations !== annotations) {
      const text = ArticleText.of(state.doc);
      const list = annotations
        .placements(state.doc)
        .map((placement) => toAnnotation(placement, text))
        .sort(byPosition);
      this.#listed = { doc: state.doc, annotations, list };
    }
    return this.#listed.list.map(copyAnnotation);
  }

  #listed: { doc: Node; annotations: AnnotationState; list: Annotation[] } | null = null;

  /** Annotation `id`, or null; `near` (a range containing it) makes the lookup local. */
  get(id: string, state = this.host.state, near?: { from: number; to: number }): Annotation | null {
    const placement = annotationState(state).find(id, state.doc, near);
    return placement ? toAnnotation(placement, ArticleText.of(state.doc)) : null;
  }

  /** Adds an annotation from API input; throws an AnnotationError naming the problem. */
  add(input: AnnotationInput, now = timestamp()): Annotation {
    return this.addAll([input], now)[0];
  }

  /**
   * Adds many annotations in one transaction (one undo step). All inputs are
   * checked first; if one is bad, none is added and the error names its index.
   */
  addAll(inputs: readonly AnnotationInput[], now = timestamp()): Annotation[] {
    // a new article's initial annotations (`placementsIn` alone) are restored as they were; these are made now
    return this.#addMade(inputs, now, (state, record) => editedRecord(state, null, record));
  }

  /**
   * Adds annotations as the fact-checker makes them by hand, in one undo step:
   * accepting suggestions. Each is the record tagging its words would make
   * (`newRecord`: the kind's defaults, such as Unverified, and the
   * fact-checker as creator), with the input's fields over the defaults.
   */
  tagAll(inputs: readonly AnnotationInput[], now = timestamp()): Annotation[] {
    const vocabulary = this.vocabulary();
    return this.#addMade(inputs, now, (state, record) => newRecord(state, requireKind(vocabulary, record.kind), record));
  }

  #addMade(inputs: readonly AnnotationInput[], now: string, made: (state: EditorState, record: AnnotationRecord) => AnnotationRecord): Annotation[] {
    const { state } = this.host;
    const placements = this.placementsIn(state.doc, inputs, now, annotationState(state)).map((placement) => ({ ...placement, record: made(state, placement.record) }));
    if (placements.length === 0) return [];
    const tr = state.tr;
    for (const placement of placements) tr.step(new AnnotationStep(placement.record.id, null, placement));
    this.host.dispatch(closeHistory(tr));
    const text = ArticleText.of(this.host.state.doc);
    return placements.map((placement) => toAnnotation(placement, text));
  }

  /**
   * Checks inputs against document `doc` and returns their placements, for a
   * batch add or for a new article's initial annotations. Throws for the first
   * bad input, naming its index when there are several.
   */
  placementsIn(doc: Node, inputs: readonly AnnotationInput[], now = timestamp(), existing?: AnnotationState): Placement[] {
    if (!Array.isArray(inputs)) throw new AnnotationError('Annotations must come as an array', 'invalid-field');
    const text = ArticleText.of(doc);
    const taken = new Set<string>();
    return inputs.map((input, index) => {
      try {
        const placement = this.#placementOf(input, text, now);
        const { id } = placement.record;
        // generated ids are unique; given ones are checked against the article and the batch
        if (input?.id !== undefined && (taken.has(id) || existing?.has(id))) {
          throw new AnnotationError(`An annotation with id ${id} already exists`, 'duplicate-id');
        }
        taken.add(id);
        return placement;
      } catch (error) {
        if (inputs.length > 1 && error instanceof AnnotationError) {
          throw new AnnotationError(`Annotation ${index}: ${error.message}`, error.reason, error.field);
        }
        throw error;
      }
    });
  }

  #placementOf(input: AnnotationInput, text: ArticleText, now: string): Placement {
    if (!input || typeof input !== 'object') throw new AnnotationError('An annotation needs an object with a kind and a span', 'missing-span');
    const vocabulary = this.vocabulary();
    const kind = requireKind(vocabulary, input.kind);
    const fields = { ...checkFields(input, vocabulary), ...checkAuthors(input) };
    const span = resolveSpan(input, text.index);
    const id = input.id ?? newAnnotationId();
    if (typeof id !== 'string' || id.trim() === '') throw new AnnotationError('An annotation id must be a non-empty string', 'invalid-field');
    const created = checkTimestamp(input.created, 'created') ?? now;
    const record = withFields({ id, kind: kind.id, created, modified: checkTimestamp(input.modified, 'modified') ?? created }, fields);
    return {
      record,
      anchor: { from: text.posAt(span.start), to: text.posAt(span.end) },
      exact: text.index.slice(span.start, span.end),
    };
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
    const fields = { ...checkFields(patch, vocabulary), ...checkAuthors(patch) };
    let after: Placement = { ...current, record: withFields({ ...current.record, kind }, fields) };
    if (hasSpan(patch)) {
      const text = ArticleText.of(state.doc);
      const span = resolveSpan(patch, text.index);
      after = { ...after, anchor: { from: text.posAt(span.start), to: text.posAt(span.end) }, exact: text.index.slice(span.start, span.end), hint: null };
    }
    if (samePlacement(current, after)) return toAnnotation(current, ArticleText.of(state.doc));
    after = { ...after, record: editedRecord(state, current.record, after.record, now) };
    this.host.dispatch(annotationTransaction(state, new AnnotationStep(id, current, after)));
    return this.get(id, this.host.state, after.anchor ?? undefined) as Annotation;
  }

  /** Removes annotation `id` (the `removeAnnotation` command); throws when there is none. */
  remove(id: string): void {
    if (!removeAnnotation(id)(this.host.state, (tr) => this.host.dispatch(tr))) {
      throw new AnnotationError(`There is no annotation with id ${id}`, 'unknown-annotation');
    }
  }

  /**
   * Applies an import in one transaction (one undo step): new annotations and
   * replacements of existing ones, given with code point offsets; an orphaned
   * one keeps its quote and stays an orphan.
   */
  applyImport(add: readonly Annotation[], update: readonly Annotation[]): void {
    if (add.length === 0 && update.length === 0) return;
    const { state } = this.host;
    const text = ArticleText.of(state.doc);
    const current = annotationState(state);
    const placementOf = (annotation: Annotation) => placementOn(text, annotation);
    const tr = state.tr;
    for (const annotation of add) tr.step(new AnnotationStep(annotation.id, null, placementOf(annotation)));
    for (const annotation of update) tr.step(new AnnotationStep(annotation.id, current.find(annotation.id, state.doc), placementOf(annotation)));
    this.host.dispatch(closeHistory(tr));
  }

  /** The placement of annotation `id` as it is now, or null: what `restore` takes back. */
  placement(id: string): Placement | null {
    const { state } = this.host;
    return annotationState(state).find(id, state.doc);
  }

  /**
   * Puts a deleted annotation back where `placement` says (an orphan if its text
   * is gone), as a change of its own. Returns false when it already exists.
   */
  restore(placement: Placement): boolean {
    const { state } = this.host;
    const near = placement.anchor ?? undefined;
    if (annotationState(state).find(placement.record.id, state.doc, near)) return false;
    this.host.dispatch(annotationTransaction(state, new AnnotationStep(placement.record.id, null, placement)));
    return true;
  }

  /** Marks annotation `id` as the selected one (or none), selecting its text when asked (the `selectAnnotation` command). */
  select(id: string | null, options: { selectText?: boolean } = {}): void {
    selectAnnotation(id, options)(this.host.state, (tr) => this.host.dispatch(tr));
  }
}

function withFields(record: AnnotationRecord, fields: AnnotationFields & Pick<AnnotationRecord, 'creator' | 'coCreators' | 'modifiedBy'>): AnnotationRecord {
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
  if (!isZonedTimestamp(value)) {
    throw new AnnotationError(`${field} must be an ISO 8601 timestamp with a timezone, not ${JSON.stringify(value)}`, 'invalid-field');
  }
  return value;
}
