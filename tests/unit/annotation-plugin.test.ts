import { closeHistory, redo, undo } from 'prosemirror-history';
import { describe, expect, it } from 'vitest';
import { annotationState } from '../../src/editor/annotation-plugin.ts';
import { TestHost } from './helpers.ts';

const said = 'The mayor said the budget grew by 12% in 2025.';

describe('annotations follow text edits', () => {
  it('keeps a span when typing inside it, and does not grow it when typing at its edges', () => {
    const host = new TestHost(said);
    const { id } = host.annotations.add({ kind: 'claim', exact: 'the budget grew' });
    host.dispatch(host.state.tr.insertText('X', host.posOf('budget', 3)));
    expect(host.annotations.get(id)?.exact).toBe('the budXget grew');
    host.dispatch(host.state.tr.insertText('<', host.posOf('the budXget')));
    host.dispatch(host.state.tr.insertText('>', host.posOf('grew', 4)));
    const annotation = host.annotations.get(id)!;
    expect(annotation.exact).toBe('the budXget grew');
    expect(host.annotations.text.slice(annotation.start - 1, annotation.end + 1)).toBe('<the budXget grew>');
  });

  it('orphans an annotation whose text is deleted and restores it on undo', () => {
    const host = new TestHost('First paragraph.', said, 'Last paragraph.');
    const { id } = host.annotations.add({ kind: 'quote', exact: 'budget grew' });
    const from = host.posOf('The mayor');
    host.dispatch(closeHistory(host.state.tr.delete(from, from + said.length)));
    const orphan = host.annotations.get(id)!;
    expect(orphan.status).toBe('orphaned');
    expect(orphan.exact).toBe('budget grew');
    expect(host.run(undo)).toBe(true);
    const restored = host.annotations.get(id)!;
    expect(restored.status).toBe('anchored');
    expect(restored.exact).toBe('budget grew');
    expect(host.run(redo)).toBe(true);
    expect(host.annotations.get(id)!.status).toBe('orphaned');
  });

  it('undoes and redoes adding, updating and removing annotations', () => {
    const host = new TestHost(said);
    const { id } = host.annotations.add({ kind: 'claim', exact: 'grew by 12%' });
    host.annotations.update(id, { verdict: 'false', attribution: { name: 'Ana Ruiz' } });
    expect(host.annotations.get(id)).toMatchObject({ verdict: 'false', attribution: { name: 'Ana Ruiz' } });
    host.annotations.remove(id);
    expect(host.annotations.list()).toEqual([]);
    host.run(undo);
    expect(host.annotations.get(id)).toMatchObject({ verdict: 'false', exact: 'grew by 12%' });
    host.run(undo);
    expect(host.annotations.get(id)?.verdict).toBeUndefined();
    host.run(undo);
    expect(host.annotations.list()).toEqual([]);
    host.run(redo);
    expect(host.annotations.get(id)?.exact).toBe('grew by 12%');
  });

  it('keeps overlapping, nested and cross-paragraph annotations in document order', () => {
    const host = new TestHost('Alpha beta gamma.', 'Delta epsilon.');
    const outer = host.annotations.add({ kind: 'claim', exact: 'Alpha beta gamma' });
    const inner = host.annotations.add({ kind: 'quote', exact: 'beta' });
    const across = host.annotations.add({ kind: 'fact', exact: 'gamma.\nDelta' });
    expect(host.annotations.list().map((a) => a.id)).toEqual([outer.id, inner.id, across.id]);
    expect(across).toMatchObject({ start: 11, end: 23, exact: 'gamma.\nDelta' });
    host.dispatch(host.state.tr.insertText('!', host.posOf('Delta', 2)));
    expect(host.annotations.get(across.id)?.exact).toBe('gamma.\nDe!lta');
  });
});

describe('adding many annotations at once', () => {
  it('adds a batch as one undo step', () => {
    const host = new TestHost('One two three four five.');
    const added = host.annotations.addAll([
      { kind: 'claim', exact: 'two' },
      { kind: 'quote', start: 0, end: 3 },
      { kind: 'fact', exact: 'four five' },
    ]);
    expect(added.map((a) => a.exact)).toEqual(['two', 'One', 'four five']);
    expect(host.annotations.list().map((a) => a.exact)).toEqual(['One', 'two', 'four five']);
    host.run(undo);
    expect(host.annotations.list()).toEqual([]);
  });

  it('adds none when one input is bad, and names its index', () => {
    const host = new TestHost('One two three.');
    expect(() => host.annotations.addAll([{ kind: 'claim', exact: 'two' }, { kind: 'claim', exact: 'nine' }])).toThrow(
      'Annotation 1: The quote "nine" is not in the article',
    );
    expect(host.annotations.list()).toEqual([]);
  });

  it('refuses an id that is taken, in the article or in the batch', () => {
    const host = new TestHost('One two three.');
    host.annotations.add({ kind: 'claim', exact: 'One', id: 'urn:x:1' });
    expect(() => host.annotations.add({ kind: 'claim', exact: 'two', id: 'urn:x:1' })).toThrow('An annotation with id urn:x:1 already exists');
    expect(() => host.annotations.addAll([{ kind: 'claim', exact: 'two', id: 'urn:x:2' }, { kind: 'fact', exact: 'three', id: 'urn:x:2' }])).toThrow(
      /id urn:x:2 already exists/,
    );
    expect(host.annotations.list().map((a) => a.id)).toEqual(['urn:x:1']);
  });
});

describe('finding annotations', () => {
  it('finds an annotation with or without a range hint', () => {
    const host = new TestHost('Alpha beta.', 'Gamma delta.');
    const [, second] = host.annotations.addAll([{ kind: 'claim', exact: 'Alpha' }, { kind: 'quote', exact: 'delta' }]);
    expect(host.annotations.get(second.id)?.exact).toBe('delta');
    expect(host.annotations.get(second.id, host.state, { from: 0, to: 3 })?.exact, 'a wrong hint falls back to a scan').toBe('delta');
    expect(host.annotations.get('urn:missing')).toBeNull();
  });
});

describe('annotations across paragraphs', () => {
  it('keeps one piece per paragraph and reports the whole span', () => {
    const host = new TestHost('Alpha beta.', 'Gamma delta.', 'Epsilon zeta.');
    const { id } = host.annotations.add({ kind: 'claim', exact: 'beta.\nGamma delta.\nEpsilon' });
    const pieces = annotationState(host.state).decorations.find();
    expect(pieces.map((piece) => host.state.doc.textBetween(piece.from, piece.to))).toEqual(['beta.', 'Gamma delta.', 'Epsilon']);
    expect(host.annotations.get(id)).toMatchObject({ start: 6, end: 32, exact: 'beta.\nGamma delta.\nEpsilon', status: 'anchored' });
  });

  it('splits a highlight when Enter breaks its paragraph, keeping the annotation whole', () => {
    const host = new TestHost('The mayor said rents rose sharply.');
    const { id } = host.annotations.add({ kind: 'quote', exact: 'said rents rose' });
    host.dispatch(host.state.tr.split(host.posOf('rents')));
    expect(host.annotations.text).toBe('The mayor said \nrents rose sharply.');
    expect(host.annotations.get(id)).toMatchObject({ exact: 'said \nrents rose', status: 'anchored' });
    const pieces = annotationState(host.state).decorations.find();
    expect(pieces).toHaveLength(2);
    for (const piece of pieces) expect(host.state.doc.resolve(piece.from).parent).toBe(host.state.doc.resolve(piece.to).parent);
  });

  it('stays anchored when a paragraph inside it is deleted, and is orphaned only when all its text is', () => {
    const host = new TestHost('Intro.', 'Alpha beta.', 'Gamma delta.', 'Epsilon zeta.', 'Outro.');
    const { id } = host.annotations.add({ kind: 'fact', exact: 'beta.\nGamma delta.\nEpsilon' });
    const gamma = host.posOf('Gamma') - 1;
    host.dispatch(closeHistory(host.state.tr.delete(gamma, gamma + 'Gamma delta.'.length + 2)));
    expect(host.annotations.get(id)).toMatchObject({ exact: 'beta.\nEpsilon', status: 'anchored' });
    const alpha = host.posOf('Alpha') - 1;
    const end = host.posOf('Outro') - 1;
    host.dispatch(closeHistory(host.state.tr.delete(alpha, end)));
    expect(host.annotations.get(id)).toMatchObject({ status: 'orphaned', exact: 'beta.\nEpsilon' });
    host.run(undo);
    expect(host.annotations.get(id)).toMatchObject({ status: 'anchored', exact: 'beta.\nEpsilon' });
    host.run(undo);
    expect(host.annotations.get(id)).toMatchObject({ status: 'anchored', exact: 'beta.\nGamma delta.\nEpsilon' });
  });

  it('refuses a range that holds no text, only a paragraph break', () => {
    const host = new TestHost('One.', 'Two.');
    expect(() => host.annotations.add({ kind: 'claim', start: 4, end: 5 })).toThrow(/covers no text/);
    expect(host.annotations.list()).toEqual([]);
  });
});
