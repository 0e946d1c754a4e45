/**
 * The fact-checker's operations on annotations as ProseMirror commands
 * (`(state, dispatch?) => boolean`): tag the selection, re-attach an orphan to
 * it, move to the next or previous annotation, select one (by id or at a
 * click), let go of the selected one, remove one. Without `dispatch` a command
 * only says whether it applies. A command holds no UI: what the interface does
 * next (open the new annotation's form, say "Tagged as quote.") it reads from
 * the transaction's `CommandNote` (see `commandNote`).
 *
 * The tagging plugin beside them keeps the little state they share with the
 * selection toolbar (the selection Escape let go of, the orphan that waits for
 * a selection) and owns the click on a highlight.
 */
import { closeHistory } from 'prosemirror-history';
import { type Command, type EditorState, Plugin, PluginKey, TextSelection, type Transaction } from 'prosemirror-state';
import { type Agent, type AnnotationRecord, type KindDefinition, newAnnotationFields, newAnnotationId, timestamp, withAuthorship, withHistory } from '../model/index.ts';
import { type AnnotationMeta, annotationPluginKey, annotationState } from './annotation-plugin.ts';
import { AnnotationStep, type Placement } from './annotation-step.ts';
import type { AnnotationSpec } from './highlights.ts';
import { dropLinksTo } from './relations/relation-commands.ts';

/**
 * What a command tells the parts that own the UI, as metadata of the
 * transaction it dispatched:
 * - `tagged`: the selection became annotation `tagged`, of kind `kind`;
 * - `nothingToTag`: the selection held only whitespace, nothing changed;
 * - `waitingToReattach`: orphan `waitingToReattach` waits for a selection;
 * - `reattached`: orphan `reattached` now sits on the selected text;
 * - `selectedAt`: a click selected annotation `selectedAt`.
 */
export type CommandNote =
  | { tagged: string; kind: string }
  | { nothingToTag: true }
  | { waitingToReattach: string }
  | { reattached: string }
  | { selectedAt: string };

const noteKey = 'claimmark-command-note';

/** The note a command left on `tr`, if any. */
export function commandNote(tr: Transaction): CommandNote | undefined {
  return tr.getMeta(noteKey) as CommandNote | undefined;
}

/** What the tagging plugin keeps beside the selection. */
export interface TaggingState {
  /** The selection Escape let go of: it is not offered for tagging until it changes. */
  readonly dismissed: { from: number; to: number } | null;
  /** The orphan that "Re-attach here" puts on the next selection. */
  readonly reattaching: string | null;
}

/** What a transaction may tell the tagging plugin. */
type TaggingMeta = { dismiss: true } | { reattaching: string | null };

/** The tagging plugin's key: its state is a `TaggingState`, and commands tell it what changed through metadata under it. */
export const taggingPluginKey = new PluginKey<TaggingState>('claimmark-tagging');

const noTagging: TaggingState = { dismissed: null, reattaching: null };

function applyTagging(tr: Transaction, value: TaggingState): TaggingState {
  const meta = tr.getMeta(taggingPluginKey) as TaggingMeta | undefined;
  let next = value;
  if (meta && 'dismiss' in meta) next = { ...next, dismissed: { from: tr.selection.from, to: tr.selection.to } };
  else if (next.dismissed) {
    const from = tr.mapping.map(next.dismissed.from);
    const to = tr.mapping.map(next.dismissed.to);
    const same = tr.selection.from === from && tr.selection.to === to;
    if (!same) next = { ...next, dismissed: null };
    else if (from !== next.dismissed.from || to !== next.dismissed.to) next = { ...next, dismissed: { from, to } };
  }
  if (meta && 'reattaching' in meta && meta.reattaching !== next.reattaching) next = { ...next, reattaching: meta.reattaching };
  return next;
}

/** The tagging plugin: its state (see `TaggingState`), and a click in a highlight selecting its annotation. */
export function taggingPlugin(): Plugin<TaggingState> {
  return new Plugin<TaggingState>({
    key: taggingPluginKey,
    state: {
      init: () => noTagging,
      apply: applyTagging,
    },
    props: {
      handleClick(view, pos) {
        selectAnnotationAt(pos)(view.state, view.dispatch);
        return false; // ProseMirror still places the caret
      },
    },
  });
}

/** The tagging state of an editor state (the empty one when the plugin is missing). */
export function taggingState(state: EditorState): TaggingState {
  return taggingPluginKey.getState(state) ?? noTagging;
}

/** Whether the selection is offered for tagging: it holds text, and Escape did not let go of it. */
export function selectionOffered(state: EditorState): boolean {
  return !state.selection.empty && taggingState(state).dismissed === null;
}

/** from..to without leading and trailing whitespace, or null when nothing is left. */
export function trimWhitespace(state: EditorState, from: number, to: number): { from: number; to: number } | null {
  const { doc } = state;
  const isSpace = (pos: number) => /^\s$/.test(doc.textBetween(pos, pos + 1, '\n', '\n') || '\n');
  while (from < to && isSpace(from)) from++;
  while (to > from && isSpace(to - 1)) to--;
  return from < to ? { from, to } : null;
}

/** Who the fact-checker is, and where the status scale starts: read at each change, so the element's current `creator` and scale count. */
interface Desk {
  checker: () => Agent | undefined;
  firstStatus?: () => string | undefined;
}

const checkerKey = new PluginKey<Desk>('claimmark-checker');

/**
 * Who the fact-checker at this editor is, for the annotations they make and
 * change: the plugin keeps `checker`, a getter read at each change, so the
 * element's current `creator` counts without a transaction.
 */
export function checkerPlugin(checker: () => Agent | undefined, firstStatus?: () => string | undefined): Plugin<Desk> {
  const desk: Desk = { checker, firstStatus };
  return new Plugin<Desk>({ key: checkerKey, state: { init: () => desk, apply: (_tr, value) => value } });
}

/**
 * A record as a person's change here leaves it: a changed one (`before` is
 * not null) dated `now`, and with its authorship (`withAuthorship`, with
 * the fact-checker of `checkerPlugin`) and history (`withHistory`). Every annotation the fact-checker or
 * the API makes or changes passes here, so the rule has one home; imports,
 * undo and other tabs' changes do not.
 */
export function editedRecord(state: EditorState, before: AnnotationRecord | null, after: AnnotationRecord, now = timestamp()): AnnotationRecord {
  const checker = currentChecker(state);
  return withAuthorship(before, before ? withHistory(before, { ...after, modified: now }, checker, now) : after, checker);
}

/** The fact-checker at this editor (`checkerPlugin`), when known. */
export function currentChecker(state: EditorState): Agent | undefined {
  return checkerKey.getState(state)?.checker();
}

/**
 * A new annotation as a person makes it here, by tagging (`tagSelection`) or
 * by accepting a suggestion (`EditorAnnotations.tagAll`): `kind`'s defaults
 * (`newAnnotationFields`) under the record's own fields, with its authorship
 * (`editedRecord`). The one home of a new annotation's defaults.
 */
export function newRecord(state: EditorState, kind: KindDefinition, record: AnnotationRecord): AnnotationRecord {
  return editedRecord(state, null, { ...newAnnotationFields(kind, checkerKey.getState(state)?.firstStatus?.()), ...record });
}

/** A transaction holding one annotation change, as its own undo step. */
export function annotationTransaction(state: EditorState, step: AnnotationStep): Transaction {
  return closeHistory(state.tr.step(step));
}

/** A transaction that changes nothing but says `note` (outside the undo history). */
function noteOnly(state: EditorState, note: CommandNote): Transaction {
  return state.tr.setMeta(noteKey, note).setMeta('addToHistory', false);
}

/**
 * Tags the selected text (without its leading and trailing whitespace) as
 * `kind`, selects the new annotation and puts the caret after it; notes
 * `tagged`. Always applies: an empty selection (a shortcut pressed with nothing
 * selected) or one of whitespace only changes nothing and notes `nothingToTag`,
 * so that the fact-checker hears why nothing happened.
 */
export function tagSelection(kind: KindDefinition, now?: string): Command {
  return (state, dispatch) => {
    if (!dispatch) return true;
    const range = state.selection.empty ? null : trimWhitespace(state, state.selection.from, state.selection.to);
    if (!range) {
      dispatch(noteOnly(state, { nothingToTag: true }));
      return true;
    }
    const created = now ?? timestamp();
    const record = newRecord(state, kind, { id: newAnnotationId(), kind: kind.id, created, modified: created });
    const placement: Placement = { record, anchor: range, exact: state.doc.textBetween(range.from, range.to, '\n') };
    const tr = annotationTransaction(state, new AnnotationStep(record.id, null, placement))
      .setSelection(TextSelection.create(state.doc, range.to))
      .setMeta(annotationPluginKey, { activeId: record.id } satisfies AnnotationMeta)
      .setMeta(noteKey, { tagged: record.id, kind: kind.id } satisfies CommandNote);
    dispatch(tr);
    return true;
  };
}

/**
 * Puts orphan (or any annotation) `id` on the selected text, as its own undo
 * step; notes `reattached`. With nothing selected it waits: the tagging state
 * remembers `id` for "Re-attach here", and the note is `waitingToReattach`. A
 * selection of whitespace only notes `nothingToTag`. Does not apply when there
 * is no annotation `id`.
 */
export function reattachToSelection(id: string, now?: string): Command {
  return (state, dispatch) => {
    const current = annotationState(state).find(id, state.doc);
    if (!current) return false;
    if (!dispatch) return true;
    const { from, to, empty } = state.selection;
    if (empty) {
      dispatch(noteOnly(state, { waitingToReattach: id }).setMeta(taggingPluginKey, { reattaching: id } satisfies TaggingMeta));
      return true;
    }
    const range = trimWhitespace(state, from, to);
    if (!range) {
      dispatch(noteOnly(state, { nothingToTag: true }));
      return true;
    }
    const after: Placement = {
      record: editedRecord(state, current.record, current.record, now),
      anchor: range,
      exact: state.doc.textBetween(range.from, range.to, '\n'),
      hint: null,
    };
    const tr = annotationTransaction(state, new AnnotationStep(id, current, after))
      .setMeta(taggingPluginKey, { reattaching: null } satisfies TaggingMeta)
      .setMeta(noteKey, { reattached: id } satisfies CommandNote);
    dispatch(tr);
    return true;
  };
}

/** Marks annotation `id` as the selected one (or none); with `selectText`, selects its text and scrolls to it. */
export function selectAnnotation(id: string | null, options: { selectText?: boolean } = {}): Command {
  return (state, dispatch) => {
    if (!dispatch) return true;
    const tr = state.tr.setMeta(annotationPluginKey, { activeId: id } satisfies AnnotationMeta).setMeta('addToHistory', false);
    if (id && options.selectText) {
      const placement = annotationState(state).find(id, state.doc);
      // the text is selected to show it, not offered for tagging: no toolbar pops up over the text below
      if (placement?.anchor) {
        tr.setSelection(TextSelection.create(state.doc, placement.anchor.from, placement.anchor.to)).scrollIntoView();
        tr.setMeta(taggingPluginKey, { dismiss: true } satisfies TaggingMeta);
      }
    }
    dispatch(tr);
    return true;
  };
}

/**
 * Selects the annotation whose highlight holds `pos` (the innermost, where
 * they nest), or none outside every highlight; notes `selectedAt`. Does not
 * apply when that one is selected already.
 */
export function selectAnnotationAt(pos: number): Command {
  return (state, dispatch) => {
    const annotations = annotationState(state);
    const hits = annotations.decorations
      .find(pos, pos)
      .filter((piece) => piece.from <= pos && pos < piece.to)
      .sort((a, b) => a.to - a.from - (b.to - b.from));
    const id = hits.length ? (hits[0].spec as AnnotationSpec).id : null;
    if (id === annotations.activeId) return false;
    if (!dispatch) return true;
    selectAnnotation(id)(state, (tr) => dispatch(id ? tr.setMeta(noteKey, { selectedAt: id } satisfies CommandNote) : tr));
    return true;
  };
}

/**
 * Selects the next annotation after the selection's start (`direction` 1) or
 * the previous one (-1), wrapping round at the ends, and selects its text.
 * Does not apply when no annotation is anchored.
 */
function selectNeighbour(direction: 1 | -1): Command {
  return (state, dispatch) => {
    const anchored = annotationState(state).anchored();
    if (anchored.length === 0) return false;
    if (!dispatch) return true;
    const { from } = state.selection;
    const target =
      direction === 1
        ? (anchored.find((annotation) => annotation.from > from) ?? anchored[0])
        : ([...anchored].reverse().find((annotation) => annotation.from < from) ?? anchored[anchored.length - 1]);
    return selectAnnotation(target.id, { selectText: true })(state, dispatch);
  };
}

/** Selects the annotation after the selection (the first after the last), with its text; see `selectPreviousAnnotation`. */
export const selectNextAnnotation: Command = selectNeighbour(1);

/** Selects the annotation before the selection (the last before the first), with its text; see `selectNextAnnotation`. */
export const selectPreviousAnnotation: Command = selectNeighbour(-1);

/**
 * Lets go (Escape): no annotation is selected any more, and the selected text
 * is no longer offered for tagging until the selection changes. Does not apply
 * when there is nothing to let go of.
 */
export const deselectAnnotation: Command = (state, dispatch) => {
  if (annotationState(state).activeId === null && !selectionOffered(state)) return false;
  if (!dispatch) return true;
  const letGo = (tr: Transaction) => (state.selection.empty ? tr : tr.setMeta(taggingPluginKey, { dismiss: true } satisfies TaggingMeta));
  return selectAnnotation(null)(state, (tr) => dispatch(letGo(tr)));
};

/** Removes annotation `id` and the links to it, as one undo step (undo brings them back). Does not apply when there is none. */
export function removeAnnotation(id: string): Command {
  return (state, dispatch) => {
    const current = annotationState(state).find(id, state.doc);
    if (!current) return false;
    if (!dispatch) return true;
    const tr = annotationTransaction(state, new AnnotationStep(id, current, null));
    dropLinksTo(state, id, tr);
    dispatch(tr);
    return true;
  };
}
