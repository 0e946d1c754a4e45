/**
 * The panel's entries mapped through transactions: a keystroke that changes
 * no annotation's words keeps the same value, typing inside one makes only
 * its entry again, annotation changes keep the entries they did not touch,
 * and whatever the edits, the mapped entries equal entries read afresh.
 */
import fc from 'fast-check';
import type { Transaction } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { annotationChanges } from '../../src/editor/annotation-changes.ts';
import type { EditorUpdate } from '../../src/editor/editor-updates.ts';
import { PanelEntries, ShownEntries } from '../../src/elements/claim-annotator/panel/panel-entries.ts';
import { TestHost } from './helpers.ts';

/** A host whose panel entries follow every transaction, as the panel's do. */
class PanelHost extends TestHost {
  entries: PanelEntries;

  constructor(...paragraphs: string[]) {
    super(...paragraphs);
    this.entries = PanelEntries.of(this.state);
  }

  override dispatch(tr: Transaction): void {
    const before = this.state;
    super.dispatch(tr);
    const after = this.state;
    const update: EditorUpdate = { tr, before, after, origin: 'user', changes: annotationChanges(tr, before, after) };
    this.entries = this.entries.map(update);
  }
}

/** What an entry says, for comparing mapped entries with fresh ones. */
const said = (entries: PanelEntries) => ({
  anchored: entries.anchored.map((entry) => [entry.id, entry.kind, entry.exact, entry.verdict ?? null]),
  orphans: entries.orphans.map((entry) => [entry.id, entry.exact]),
  counts: [...entries.counts].sort(),
});

function withThree() {
  const host = new PanelHost('The mayor said rents rose 4% last year.', 'Landlords blamed higher taxes, a spokesperson said.');
  const claim = host.annotations.add({ kind: 'claim', exact: 'rents rose 4%' });
  const fact = host.annotations.add({ kind: 'fact', exact: 'last year' });
  const quote = host.annotations.add({ kind: 'quote', exact: 'Landlords blamed higher taxes' });
  return { host, claim, fact, quote };
}

describe('the panel entries', () => {
  it('keep the same value through a keystroke outside every annotation', () => {
    const { host } = withThree();
    const before = host.entries;
    host.dispatch(host.state.tr.insertText('x', host.posOf('mayor', 2)));
    expect(host.entries).toBe(before);
    expect(host.entries.anchored.map((entry) => entry.exact)).toEqual(['rents rose 4%', 'last year', 'Landlords blamed higher taxes']);
  });

  it('make again only the entry whose words a keystroke changed', () => {
    const { host, claim } = withThree();
    const [claimEntry, factEntry, quoteEntry] = host.entries.anchored;
    host.dispatch(host.state.tr.insertText('X', host.posOf('rose', 2)));
    const [claimAfter, factAfter, quoteAfter] = host.entries.anchored;
    expect(claimAfter).not.toBe(claimEntry);
    expect(claimAfter.id).toBe(claim.id);
    expect(claimAfter.exact).toBe('rents roXse 4%');
    expect(factAfter).toBe(factEntry);
    expect(quoteAfter).toBe(quoteEntry);
  });

  it('keep an entry a keystroke touches at its edge without changing its words', () => {
    const { host } = withThree();
    const before = host.entries;
    // a claim does not grow when text is typed at its end
    host.dispatch(host.state.tr.insertText('!', host.posOf('rents rose 4%', 'rents rose 4%'.length)));
    expect(host.entries).toBe(before);
  });

  it('keep the entries an added or removed annotation does not touch', () => {
    const { host, fact } = withThree();
    const [claimEntry, factEntry, quoteEntry] = host.entries.anchored;
    const added = host.annotations.add({ kind: 'quote', exact: 'The mayor said', attribution: { name: 'Lee' } });
    expect(host.entries.anchored.map((entry) => entry.id)[0]).toBe(added.id);
    expect(host.entries.anchored.slice(1)).toEqual([claimEntry, factEntry, quoteEntry]);
    expect(host.entries.anchored[1]).toBe(claimEntry);
    host.annotations.remove(fact.id);
    expect(host.entries.anchored.map((entry) => entry.id)).not.toContain(fact.id);
    expect(host.entries.anchored[1]).toBe(claimEntry);
    expect(host.entries.anchored[2]).toBe(quoteEntry);
    expect(host.entries.counts.get('quote')).toBe(2);
  });

  it('move an annotation whose text is deleted to the orphans, and back on undo of the update', () => {
    const { host, fact } = withThree();
    const from = host.posOf('last year');
    host.dispatch(host.state.tr.delete(from, from + 'last year'.length));
    expect(host.entries.orphans.map((entry) => [entry.id, entry.status, entry.exact])).toEqual([[fact.id, 'orphaned', 'last year']]);
    expect(host.entries.anchored.map((entry) => entry.id)).not.toContain(fact.id);
    expect(said(host.entries)).toEqual(said(PanelEntries.of(host.state)));
  });

  it('read the whole quote of an annotation across paragraphs when typing in one of its pieces', () => {
    const host = new PanelHost('Alpha beta gamma.', 'Delta epsilon.');
    host.annotations.add({ kind: 'fact', exact: 'gamma.\nDelta' });
    host.dispatch(host.state.tr.insertText('Z', host.posOf('Delta', 2)));
    expect(host.entries.anchored[0].exact).toBe('gamma.\nDeZlta');
  });

  it('read text typed into an empty paragraph inside an annotation that crosses it', () => {
    const host = new PanelHost('Alpha beta.', '', 'Gamma delta.');
    host.annotations.add({ kind: 'claim', exact: 'beta.\n\nGamma' });
    host.dispatch(host.state.tr.insertText('new', host.posOf('Gamma') - 2));
    expect(host.entries.anchored[0].exact).toBe('beta.\nnew\nGamma');
  });

  it('equal entries read afresh after any mix of typing, deleting, splitting and annotation changes', () => {
    const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'];
    const edit = fc.record({
      what: fc.constantFrom('type', 'delete', 'split', 'add', 'update', 'remove'),
      at: fc.nat(),
      length: fc.integer({ min: 0, max: 8 }),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 25 }), (edits) => {
        const host = new PanelHost(words.join(' ') + '.', 'One two three four five six.', 'Last words here.');
        for (const word of words.slice(0, 5)) host.annotations.add({ kind: word.length % 2 ? 'claim' : 'quote', exact: word });
        for (const { what, at, length } of edits) {
          const size = host.state.doc.content.size;
          const pos = 1 + (at % (size - 2));
          const $pos = host.state.doc.resolve(pos);
          if (!$pos.parent.isTextblock) continue;
          const list = host.annotations.list();
          const some = list.length ? list[at % list.length] : null;
          if (what === 'type') host.dispatch(host.state.tr.insertText('q', pos));
          else if (what === 'delete') host.dispatch(host.state.tr.delete(pos, Math.min(pos + length, $pos.end())));
          else if (what === 'split') host.dispatch(host.state.tr.split(pos));
          else if (what === 'add') {
            const text = host.annotations.text;
            const start = at % Math.max(1, text.length - 1);
            if (text.slice(start, start + length + 1).trim()) host.annotations.add({ kind: 'fact', start, end: Math.min(text.length, start + length + 1) });
          } else if (what === 'update' && some) host.annotations.update(some.id, { verdict: 'false' });
          else if (what === 'remove' && some) host.annotations.remove(some.id);
        }
        // the same entries as read afresh, in document order (annotations on the same words in either order)
        const sorted = (entries: PanelEntries) => ({ ...said(entries), anchored: said(entries).anchored.sort((a, b) => String(a[0]).localeCompare(String(b[0]))) });
        expect(sorted(host.entries)).toEqual(sorted(PanelEntries.of(host.state)));
        const ranges = host.entries.anchored.map((entry) => host.annotations.get(entry.id)!);
        ranges.slice(1).forEach((range, i) => expect(ranges[i].start < range.start || (ranges[i].start === range.start && ranges[i].end <= range.end)).toBe(true));
      }),
      { numRuns: 200 },
    );
  });
});

describe('the shown entries', () => {
  it('are the entries themselves without a filter, and filtered again only when the entries change', () => {
    const { host, claim } = withThree();
    const shown = new ShownEntries();
    const none = { hiddenKinds: new Set<string>(), verdict: '', query: '' };
    expect(shown.of(host.entries, none)).toBe(host.entries.anchored);
    const filter = { hiddenKinds: new Set(['fact']), verdict: '', query: 'r' };
    const before = shown.of(host.entries, filter);
    expect(before.map((entry) => entry.id)).toEqual([claim.id, host.entries.anchored[2].id]);
    host.dispatch(host.state.tr.insertText('x', host.posOf('mayor')));
    expect(shown.of(host.entries, filter)).toBe(before);
    host.dispatch(host.state.tr.insertText('r', host.posOf('rose', 2)));
    const after = shown.of(host.entries, filter);
    expect(after.map((entry) => entry.exact)).toEqual(['rents rorse 4%', 'Landlords blamed higher taxes']);
    expect(after[1]).toBe(before[1]);
  });

  it('follow a keystroke that changes whether an entry matches the search', () => {
    const { host } = withThree();
    const shown = new ShownEntries();
    const filter = { hiddenKinds: new Set<string>(), verdict: '', query: 'roXse' };
    expect(shown.of(host.entries, filter)).toEqual([]);
    host.dispatch(host.state.tr.insertText('X', host.posOf('rose', 2)));
    expect(shown.of(host.entries, filter).map((entry) => entry.exact)).toEqual(['rents roXse 4%']);
  });
});
