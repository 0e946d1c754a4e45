import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AnnotationRecord, type DeskQuery, anyDeskQuery, asksSomething, deskRow, foldForSearch, searchDesk } from '../../src/model/index.ts';

function record(id: string, fields: Partial<AnnotationRecord> = {}): AnnotationRecord {
  return { id, kind: 'claim', created: '2026-11-01T10:00:00Z', modified: '2026-11-01T10:00:00Z', ...fields };
}

const rents = { title: 'Rents rose, the mayor says', url: 'https://news.example.org/rents' };
const trams = { title: 'Tram numbers' };
const rows = [
  deskRow('a1', rents, { record: record('r1', { verdict: 'false', attribution: { name: 'Mayor Ana Ruiz' }, modified: '2026-11-03T10:00:00Z' }), quote: { exact: 'rents rose 4%' }, anchor: [40, 53] }),
  deskRow('a1', rents, { record: record('r2', { kind: 'fact', note: 'See the Élysée survey', sources: [{ url: 'https://stats.example.org/rents', title: 'Rent index' }] }), quote: { exact: 'last year' }, anchor: [10, 19] }),
  deskRow('a1', rents, { record: record('r3', { foreignRating: { label: 'Pants on fire' } }), quote: { exact: 'an orphan' }, anchor: null }),
  deskRow('a2', trams, { record: record('t1', { kind: 'quote', attribution: { name: 'Ana Ruiz', organization: 'City Hall' }, modified: '2026-11-02T10:00:00Z' }), quote: { exact: 'Trams were full' }, anchor: [5, 20] }),
];
const reviewed = [
  deskRow('a1', rents, { record: record('s1', { reviewStatus: 'approved', assignee: { name: 'Lea Park' }, reviewer: { name: 'Omar Diallo' } }), quote: { exact: 'one' }, anchor: [1, 4] }),
  deskRow('a1', rents, { record: record('s2', { reviewStatus: 'to-check', assignee: { name: 'Omar Diallo' } }), quote: { exact: 'two' }, anchor: [5, 8] }),
  deskRow('a1', rents, { record: record('s3', { reviewStatus: 'kept-as-given' }), quote: { exact: 'three' }, anchor: [9, 14] }),
  deskRow('a1', rents, { record: record('s4'), quote: { exact: 'four' }, anchor: [15, 19] }),
];
const scale = ['to-check', 'in-progress', 'in-review', 'approved', 'published'];
const ask = (query: Partial<DeskQuery>) => searchDesk(rows, { ...anyDeskQuery, ...query }).map((row) => row.id);

describe('the desk’s search over every article', () => {
  it('folds case, accents and spaces', () => {
    expect(foldForSearch('  Élysée   SURVEY ')).toBe(' elysee survey ');
    expect(foldForSearch('Ḿünchen')).toBe('munchen');
  });

  it('asks something only with words or a filter', () => {
    expect(asksSomething(anyDeskQuery)).toBe(false);
    expect(asksSomething({ ...anyDeskQuery, text: '   ' })).toBe(false);
    expect(asksSomething({ ...anyDeskQuery, sort: 'article' })).toBe(false);
    expect(asksSomething({ ...anyDeskQuery, kind: 'fact' })).toBe(true);
  });

  it('finds every word anywhere in the quote, note, speaker, organisation, sources and a foreign rating', () => {
    expect(ask({ text: 'elysee' })).toEqual(['r2']);
    expect(ask({ text: 'rent index' })).toEqual(['r2']);
    expect(ask({ text: 'stats.example.org' })).toEqual(['r2']);
    expect(ask({ text: 'city hall' })).toEqual(['t1']);
    expect(ask({ text: 'pants fire' })).toEqual(['r3']);
    expect(ask({ text: 'rents 4%' })).toEqual(['r1']);
    expect(ask({ text: 'rents 5%' })).toEqual([]);
    // the headline is not an annotation's words: it would find every annotation of the article
    expect(ask({ text: 'mayor says' })).toEqual([]);
  });

  it('filters by kind, verdict (a foreign rating by its label) and part of the speaker’s name', () => {
    expect(ask({ kind: 'claim' }).sort()).toEqual(['r1', 'r3']);
    expect(ask({ verdict: 'false' })).toEqual(['r1']);
    expect(ask({ verdict: 'Pants on fire' })).toEqual(['r3']);
    expect(ask({ speaker: 'ruiz' })).toEqual(['r1', 't1']);
    expect(ask({ speaker: 'ruiz', kind: 'quote' })).toEqual(['t1']);
  });

  it('orders by the latest change, or by headline and then reading order with orphans last', () => {
    expect(ask({ text: ' ' , kind: '', verdict: '', speaker: 'a' })).toEqual(['r1', 't1']);
    expect(searchDesk(rows, { ...anyDeskQuery, sort: 'changed' }).map((row) => row.id)).toEqual(['r1', 't1', 'r2', 'r3']);
    expect(searchDesk(rows, { ...anyDeskQuery, sort: 'article' }).map((row) => row.id)).toEqual(['r2', 'r1', 'r3', 't1']);
  });

  it('filters by status and by part of the assignee’s or reviewer’s name, and orders along the status scale', () => {
    const ids = (query: Partial<DeskQuery>) => searchDesk(reviewed, { ...anyDeskQuery, ...query }, scale).map((row) => row.id);
    expect(ids({ status: 'approved' })).toEqual(['s1']);
    expect(ids({ assignee: 'omar' })).toEqual(['s2']);
    expect(ids({ reviewer: 'omar' })).toEqual(['s1']);
    expect(ids({ assignee: 'park', reviewer: 'diallo' })).toEqual(['s1']);
    // along the scale, a status off it after those on it, and none last
    expect(ids({ sort: 'status', text: ' ', kind: 'claim' })).toEqual(['s2', 's1', 's3', 's4']);
  });

  it('never finds more when the fact-checker asks more', () => {
    const word = fc.constantFrom('', 'rents', 'ana', 'survey', 'trams', 'x');
    const query = fc.record({ text: word, kind: fc.constantFrom('', 'claim', 'fact', 'quote'), verdict: fc.constantFrom('', 'false'), speaker: fc.constantFrom('', 'ruiz', 'ana') });
    fc.assert(
      fc.property(query, word, (asked, more) => {
        const narrower = { ...anyDeskQuery, ...asked, text: `${asked.text} ${more}` };
        const wide = new Set(searchDesk(rows, { ...anyDeskQuery, ...asked }).map((row) => row.id));
        for (const row of searchDesk(rows, narrower)) expect(wide.has(row.id)).toBe(true);
      }),
    );
  });
});
