import { undo } from 'prosemirror-history';
import { type Command, TextSelection, type Transaction } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { annotationState } from '../../src/editor/annotation-plugin.ts';
import {
  type CommandNote,
  commandNote,
  deselectAnnotation,
  reattachToSelection,
  removeAnnotation,
  selectAnnotation,
  selectAnnotationAt,
  selectNextAnnotation,
  selectPreviousAnnotation,
  selectionOffered,
  tagSelection,
  taggingState,
} from '../../src/editor/commands.ts';
import { defaultKinds, findKind } from '../../src/model/index.ts';
import { TestHost } from './helpers.ts';

const said = 'The mayor said the budget grew by 12% in 2025.';
const claim = findKind(defaultKinds, 'claim')!;
const quote = findKind(defaultKinds, 'quote')!;

/** Selects `needle` (or a caret at its start when `caret`), as the user would. */
function select(host: TestHost, needle: string, caret = false): void {
  const from = host.posOf(needle);
  host.dispatch(host.state.tr.setSelection(TextSelection.create(host.state.doc, from, caret ? from : from + needle.length)));
}

/** Runs `command` with dispatch and returns the notes of the transactions it dispatched. */
function run(host: TestHost, command: Command): { applied: boolean; notes: CommandNote[] } {
  const notes: CommandNote[] = [];
  const applied = command(host.state, (tr: Transaction) => {
    const note = commandNote(tr);
    if (note) notes.push(note);
    host.dispatch(tr);
  });
  return { applied, notes };
}

const selectedText = (host: TestHost) => host.state.doc.textBetween(host.state.selection.from, host.state.selection.to);

describe('tagSelection', () => {
  it('tags the selected text, selects the new annotation, puts the caret after it and notes it', () => {
    const host = new TestHost(said);
    select(host, 'the budget grew');
    const { applied, notes } = run(host, tagSelection(claim, '2026-12-02T10:00:00.000Z'));
    expect(applied).toBe(true);
    const [annotation] = host.annotations.list();
    expect(annotation).toMatchObject({ kind: 'claim', exact: 'the budget grew', verdict: 'unverified', created: '2026-12-02T10:00:00.000Z' });
    expect(notes).toEqual([{ tagged: annotation.id, kind: 'claim' }]);
    expect(annotationState(host.state).activeId).toBe(annotation.id);
    expect(host.state.selection.empty).toBe(true);
    expect(host.state.selection.from).toBe(host.posOf('the budget grew', 'the budget grew'.length));
  });

  it('leaves out leading and trailing whitespace, and a kind without verdicts gets none', () => {
    const host = new TestHost(said);
    select(host, ' the budget ');
    run(host, tagSelection(quote));
    const [annotation] = host.annotations.list();
    expect(annotation.exact).toBe('the budget');
    expect(annotation.verdict).toBeUndefined();
  });

  it('changes nothing on an empty selection, and notes that there was nothing to tag (a shortcut with nothing selected)', () => {
    const host = new TestHost(said);
    select(host, 'budget', true);
    const before = host.state;
    const { applied, notes } = run(host, tagSelection(claim));
    expect(applied).toBe(true);
    expect(notes).toEqual([{ nothingToTag: true }]);
    expect(host.annotations.list()).toEqual([]);
    expect(host.state.doc).toBe(before.doc);
  });

  it('changes nothing on a selection of whitespace only, and notes that there was nothing to tag', () => {
    const host = new TestHost(said);
    const from = host.posOf('budget') - 1;
    host.dispatch(host.state.tr.setSelection(TextSelection.create(host.state.doc, from, from + 1)));
    const before = host.state;
    const { applied, notes } = run(host, tagSelection(claim));
    expect(applied).toBe(true);
    expect(notes).toEqual([{ nothingToTag: true }]);
    expect(host.state.doc).toBe(before.doc);
    expect(annotationState(host.state)).toBe(annotationState(before));
  });

  it('is its own undo step', () => {
    const host = new TestHost(said);
    select(host, 'grew by 12%');
    run(host, tagSelection(claim));
    expect(host.annotations.list()).toHaveLength(1);
    host.run(undo);
    expect(host.annotations.list()).toEqual([]);
  });
});

describe('moving between annotations', () => {
  function withThree(): TestHost {
    const host = new TestHost('Alpha beta gamma.', 'Delta epsilon.');
    host.annotations.add({ kind: 'quote', exact: 'Delta' });
    host.annotations.add({ kind: 'claim', exact: 'beta' });
    host.annotations.add({ kind: 'fact', exact: 'gamma' });
    return host;
  }

  it('selectNextAnnotation selects the next annotation after the selection, with its text, and wraps round', () => {
    const host = withThree();
    select(host, 'Alpha', true);
    const visited: string[] = [];
    for (let i = 0; i < 4; i++) {
      expect(run(host, selectNextAnnotation).applied).toBe(true);
      visited.push(selectedText(host));
    }
    expect(visited).toEqual(['beta', 'gamma', 'Delta', 'beta']);
    expect(annotationState(host.state).activeId).toBe(host.annotations.list()[0].id);
  });

  it('selectPreviousAnnotation goes the other way and wraps round at the start', () => {
    const host = withThree();
    select(host, 'Alpha', true);
    const visited: string[] = [];
    for (let i = 0; i < 3; i++) {
      run(host, selectPreviousAnnotation);
      visited.push(selectedText(host));
    }
    expect(visited).toEqual(['Delta', 'gamma', 'beta']);
  });

  it('do not apply when no annotation is anchored', () => {
    const host = new TestHost(said);
    expect(selectNextAnnotation(host.state)).toBe(false);
    expect(selectPreviousAnnotation(host.state)).toBe(false);
  });
});

describe('selecting and letting go', () => {
  it('selectAnnotationAt selects the innermost annotation under a position and notes it; outside every highlight, none', () => {
    const host = new TestHost(said);
    const outer = host.annotations.add({ kind: 'claim', exact: 'the budget grew by 12%' });
    const inner = host.annotations.add({ kind: 'fact', exact: '12%' });
    expect(run(host, selectAnnotationAt(host.posOf('12%', 1))).notes).toEqual([{ selectedAt: inner.id }]);
    expect(annotationState(host.state).activeId).toBe(inner.id);
    run(host, selectAnnotationAt(host.posOf('budget')));
    expect(annotationState(host.state).activeId).toBe(outer.id);
    const { notes } = run(host, selectAnnotationAt(host.posOf('mayor')));
    expect(annotationState(host.state).activeId).toBe(null);
    expect(notes).toEqual([]);
  });

  it('selectAnnotationAt does not apply when the annotation there is selected already', () => {
    const host = new TestHost(said);
    const { id } = host.annotations.add({ kind: 'claim', exact: 'budget' });
    run(host, selectAnnotation(id));
    expect(selectAnnotationAt(host.posOf('budget', 2))(host.state)).toBe(false);
    expect(selectAnnotationAt(host.posOf('mayor'))(host.state)).toBe(true);
  });

  it('deselectAnnotation lets go of the selected annotation', () => {
    const host = new TestHost(said);
    const { id } = host.annotations.add({ kind: 'claim', exact: 'budget' });
    select(host, 'mayor', true);
    expect(deselectAnnotation(host.state)).toBe(false);
    run(host, selectAnnotation(id));
    expect(run(host, deselectAnnotation).applied).toBe(true);
    expect(annotationState(host.state).activeId).toBe(null);
  });

  it('deselectAnnotation stops offering the selected text for tagging until the selection changes', () => {
    const host = new TestHost(said);
    select(host, 'the budget');
    expect(selectionOffered(host.state)).toBe(true);
    expect(run(host, deselectAnnotation).applied).toBe(true);
    expect(selectionOffered(host.state)).toBe(false);
    expect(deselectAnnotation(host.state)).toBe(false);
    // typing elsewhere maps the let-go selection; it stays let go
    host.dispatch(host.state.tr.insertText('Well, ', 1));
    expect(selectedText(host)).toBe('the budget');
    expect(selectionOffered(host.state)).toBe(false);
    select(host, 'grew');
    expect(selectionOffered(host.state)).toBe(true);
  });
});

describe('removeAnnotation and reattachToSelection', () => {
  it('removeAnnotation removes an annotation as its own undo step, and does not apply to an unknown id', () => {
    const host = new TestHost(said);
    const { id } = host.annotations.add({ kind: 'claim', exact: 'budget' });
    expect(removeAnnotation('urn:x:none')(host.state)).toBe(false);
    expect(run(host, removeAnnotation(id)).applied).toBe(true);
    expect(host.annotations.list()).toEqual([]);
    host.run(undo);
    expect(host.annotations.get(id)?.exact).toBe('budget');
  });

  it('reattachToSelection waits for a selection, then puts the orphan on it', () => {
    const host = new TestHost(said);
    const { id } = host.annotations.add({ kind: 'claim', exact: 'grew by 12%' });
    const from = host.posOf('grew by 12%');
    host.dispatch(host.state.tr.delete(from, from + 'grew by 12%'.length));
    expect(host.annotations.get(id)?.status).toBe('orphaned');
    select(host, 'budget', true);
    expect(run(host, reattachToSelection(id)).notes).toEqual([{ waitingToReattach: id }]);
    expect(taggingState(host.state).reattaching).toBe(id);
    select(host, ' budget');
    expect(run(host, reattachToSelection(id, '2026-12-02T11:00:00.000Z')).notes).toEqual([{ reattached: id }]);
    expect(host.annotations.get(id)).toMatchObject({ status: 'anchored', exact: 'budget', modified: '2026-12-02T11:00:00.000Z' });
    expect(taggingState(host.state).reattaching).toBe(null);
    expect(reattachToSelection('urn:x:none')(host.state)).toBe(false);
  });
});

describe('without dispatch', () => {
  it('every command only says whether it applies and changes nothing', () => {
    const host = new TestHost(said);
    const { id } = host.annotations.add({ kind: 'claim', exact: 'budget' });
    select(host, 'mayor said');
    const commands: [string, Command][] = [
      ['tagSelection', tagSelection(claim)],
      ['reattachToSelection', reattachToSelection(id)],
      ['selectAnnotation', selectAnnotation(id, { selectText: true })],
      ['selectAnnotationAt', selectAnnotationAt(host.posOf('budget'))],
      ['selectNextAnnotation', selectNextAnnotation],
      ['selectPreviousAnnotation', selectPreviousAnnotation],
      ['deselectAnnotation', deselectAnnotation],
      ['removeAnnotation', removeAnnotation(id)],
    ];
    const before = host.state;
    for (const [name, command] of commands) {
      expect(command(host.state), name).toBe(true);
      expect(host.state, name).toBe(before);
    }
    expect(host.annotations.list().map((a) => a.id)).toEqual([id]);
  });
});

describe('the article plugin', () => {
  it('reads pasted line breaks as spaces', () => {
    const host = new TestHost(said);
    const transform = host.state.plugins.map((plugin) => plugin.props.transformPastedHTML).find((prop) => prop !== undefined);
    expect(transform?.call(null as never, 'one<br>two<br />three', null as never)).toBe('one two three');
  });
});
