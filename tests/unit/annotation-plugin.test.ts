import { closeHistory, redo, undo } from 'prosemirror-history';
import { describe, expect, it } from 'vitest';
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
