/**
 * Issue 13's review workflow in the model: the status scale and its checks,
 * the review fields' checks, the history a change records, "my work", and the
 * review fields in JSON-LD (export, import, a status off the scale, bad parts
 * left out with a note, and the record checks of the store).
 */
import { describe, expect, it } from 'vitest';
import {
  checkHistory,
  type Annotation,
  type AnnotationRecord,
  CodePointIndex,
  anchorImported,
  checkFields,
  defaultKinds,
  defaultStatusScale,
  fromJsonLd,
  historyLimit,
  isMyWork,
  normalizeStatusScale,
  statusLabel,
  toJsonLd,
  withHistory,
} from '../../src/model/index.ts';
import { checkAnnotationRecord } from '../../src/store/record-checks.ts';
import { articleText, exportInput, spanOf, vocabulary } from './exchange-helpers.ts';

const ana = { name: 'Ana Ruiz' };
const bob = { id: 'acct:bob@desk.example', name: 'Bob Lee' };
const record: AnnotationRecord = { id: 'urn:uuid:00000000-0000-4000-8000-000000000001', kind: 'claim', created: '2026-03-12T10:00:00Z', modified: '2026-03-12T10:00:00Z' };

describe('the status scale', () => {
  it('has five default steps, to check to published, and the claim and fact kinds take part', () => {
    expect(defaultStatusScale.map((status) => status.id)).toEqual(['to-check', 'in-progress', 'in-review', 'approved', 'published']);
    expect(defaultKinds.filter((kind) => kind.fields.includes('review')).map((kind) => kind.id)).toEqual(['claim', 'fact']);
  });

  it('takes a site scale whole, trimmed', () => {
    expect(normalizeStatusScale([{ id: ' draft ', label: ' Draft ' }, { id: 'done', label: 'Done' }])).toEqual([
      { id: 'draft', label: 'Draft' },
      { id: 'done', label: 'Done' },
    ]);
  });

  it.each([
    ['not a list', 'to check'],
    ['an empty list', []],
    ['a status without an id', [{ label: 'Draft' }]],
    ['a status without a label', [{ id: 'draft', label: ' ' }]],
    ['an id twice', [{ id: 'a', label: 'A' }, { id: 'a', label: 'B' }]],
    ['an id of 65 characters', [{ id: 'x'.repeat(65), label: 'X' }]],
  ])('refuses %s with a TypeError that names it', (_, scale) => {
    expect(() => normalizeStatusScale(scale)).toThrow(TypeError);
  });

  it('names a status off the scale by itself', () => {
    expect(statusLabel(defaultStatusScale, 'in-review')).toBe('In review');
    expect(statusLabel(defaultStatusScale, 'awaiting legal')).toBe('awaiting legal');
  });
});

describe('the review fields', () => {
  it('are checked and cleaned like the other fields; a status may be any short text', () => {
    expect(checkFields({ reviewStatus: ' in-review ', assignee: { name: ' Ana Ruiz ' }, reviewer: bob }, vocabulary)).toEqual({ reviewStatus: 'in-review', assignee: ana, reviewer: bob });
    expect(checkFields({ reviewStatus: 'awaiting legal' }, vocabulary)).toEqual({ reviewStatus: 'awaiting legal' });
    expect(checkFields({ reviewStatus: '', assignee: undefined }, vocabulary)).toEqual({ reviewStatus: undefined, assignee: undefined });
  });

  it('refuses a person without a name and a status of more than 500 characters', () => {
    expect(() => checkFields({ assignee: { homepage: 'https://x.example' } }, vocabulary)).toThrow(/assignee needs a name/);
    expect(() => checkFields({ reviewStatus: 'x'.repeat(501) }, vocabulary)).toThrow(/reviewStatus/);
  });

  it('takes no history from a caller: it is recorded, not given', () => {
    expect(checkFields({ history: [{ when: '2026-03-12T10:00:00Z', field: 'verdict', to: 'true' }] }, vocabulary)).toEqual({});
  });
});

describe('the history', () => {
  const when = '2026-03-12T11:00:00Z';

  it('records a verdict and a status change, who and when, old and new', () => {
    const before = { ...record, verdict: 'unverified' };
    const after = withHistory(before, { ...before, verdict: 'false', reviewStatus: 'in-review' }, ana, when);
    expect(after.history).toEqual([
      { when, field: 'verdict', who: ana, from: 'unverified', to: 'false' },
      { when, field: 'reviewStatus', who: ana, to: 'in-review' },
    ]);
  });

  it('records nothing for a new annotation or a change of other fields, and no one when the fact-checker is unknown', () => {
    expect(withHistory(null, { ...record, verdict: 'true' }, ana, when).history).toBeUndefined();
    expect(withHistory(record, { ...record, note: 'n' }, ana, when).history).toBeUndefined();
    expect(withHistory(record, { ...record, reviewStatus: 'approved' }, undefined, when).history).toEqual([{ when, field: 'reviewStatus', to: 'approved' }]);
  });

  it('keeps the newest 50 entries', () => {
    let current: AnnotationRecord = record;
    for (let n = 0; n < historyLimit + 5; n++) current = withHistory(current, { ...current, reviewStatus: `step-${n}` }, ana, when);
    expect(current.history).toHaveLength(historyLimit);
    expect(current.history?.[historyLimit - 1]).toMatchObject({ from: `step-${historyLimit + 3}`, to: `step-${historyLimit + 4}` });
    expect(current.history?.[0]).toMatchObject({ to: 'step-5' });
  });

  it('is checked when read: a date with timezone and a field of verdict or status', () => {
    expect(checkHistory([{ when, field: 'verdict', who: ana, from: 'a', to: 'b', extra: 1 }])).toEqual([{ when, field: 'verdict', who: ana, from: 'a', to: 'b' }]);
    expect(() => checkHistory([{ when: '2026-03-12', field: 'verdict' }])).toThrow(/history.0/);
    expect(() => checkHistory([{ when, field: 'note' }])).toThrow(/history.0/);
    expect(() => checkHistory('x')).toThrow(/array/);
  });
});

describe('my work', () => {
  it('is what is assigned to the fact-checker or awaits their review, by IRI or by name', () => {
    expect(isMyWork({ assignee: ana }, { name: 'Ana Ruiz' })).toBe(true);
    expect(isMyWork({ reviewer: bob }, { id: 'acct:bob@desk.example', name: 'Robert' })).toBe(true);
    expect(isMyWork({ assignee: bob, reviewer: bob }, ana)).toBe(false);
    expect(isMyWork({ assignee: ana }, undefined)).toBe(false);
  });
});

describe('the review fields in JSON-LD', () => {
  const reviewed: Annotation = {
    id: 'urn:uuid:00000000-0000-4000-8000-0000000000aa',
    kind: 'claim',
    ...spanOf('Fares rose 12% last year'),
    status: 'anchored',
    created: '2026-03-12T10:00:00Z',
    modified: '2026-03-12T11:00:00Z',
    creator: ana,
    verdict: 'false',
    reviewStatus: 'awaiting legal',
    assignee: ana,
    reviewer: bob,
    history: [
      { when: '2026-03-12T10:30:00Z', who: ana, field: 'reviewStatus', to: 'in-progress' },
      { when: '2026-03-12T11:00:00Z', who: bob, field: 'verdict', from: 'unverified', to: 'false' },
    ],
  };
  const exported = toJsonLd({ ...exportInput, annotations: [reviewed] });
  const node = exported.first.items[0] as Record<string, unknown>;

  it('writes the status as schema:creativeWorkStatus, the people as schema:contributor Roles and the history as ReplaceActions', () => {
    expect(node['schema:creativeWorkStatus']).toBe('awaiting legal');
    expect(node['schema:contributor']).toEqual([
      { type: 'schema:Role', 'schema:roleName': 'assignee', 'schema:contributor': ana },
      { type: 'schema:Role', 'schema:roleName': 'reviewer', 'schema:contributor': bob },
    ]);
    expect(node['https://w3id.org/claimmark/ns#history']).toEqual([
      { type: 'schema:ReplaceAction', 'https://w3id.org/claimmark/ns#field': 'reviewStatus', 'schema:endTime': '2026-03-12T10:30:00Z', 'schema:agent': ana, 'schema:replacer': 'in-progress' },
      {
        type: 'schema:ReplaceAction',
        'https://w3id.org/claimmark/ns#field': 'verdict',
        'schema:endTime': '2026-03-12T11:00:00Z',
        'schema:agent': bob,
        'schema:replacee': 'unverified',
        'schema:replacer': 'false',
      },
    ]);
    expect(exported['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
  });

  it('reads them back as they were, a status off the scale kept as given, nothing carried twice', () => {
    const imported = fromJsonLd(JSON.stringify(exported), vocabulary);
    expect(imported.rejected).toEqual([]);
    expect(imported.noteDetails).toEqual([]);
    const [placed] = anchorImported(new CodePointIndex(articleText), imported.annotations).annotations;
    expect(placed).toEqual(reviewed);
    expect(placed.carried).toBeUndefined();
  });

  it('leaves out a review part it cannot use, with a note, and keeps the rest', () => {
    const broken = structuredClone(exported) as unknown as { first: { items: Record<string, unknown>[] } };
    const item = broken.first.items[0];
    (item['schema:contributor'] as Record<string, unknown>[])[0]['schema:contributor'] = { homepage: 'not a page' };
    (item['https://w3id.org/claimmark/ns#history'] as Record<string, unknown>[])[0]['schema:endTime'] = 'yesterday';
    const imported = fromJsonLd(broken, vocabulary);
    expect(imported.rejected).toEqual([]);
    const [annotation] = imported.annotations;
    expect(annotation.assignee).toBeUndefined();
    expect(annotation.reviewer).toEqual(bob);
    expect(annotation.history).toEqual([reviewed.history![1]]);
    expect(imported.noteDetails.map((note) => [note.code, note.value])).toEqual([
      ['agent-field', 'assignee.homepage'],
      ['agent-field', 'assignee'],
      ['review-field', 'history'],
    ]);
  });

  it('are kept by the store: a stored record with them reads back the same, one with a bad history is refused', () => {
    const { start: _s, end: _e, exact: _x, status: _st, ...stored } = reviewed;
    expect(checkAnnotationRecord(stored)).toEqual(stored);
    expect(() => checkAnnotationRecord({ ...stored, history: [{ when: 'now', field: 'verdict' }] })).toThrow(/history/);
  });
});

describe('a new claim or fact', () => {
  it('starts at the first step of the status scale when made here; a quote takes no part', async () => {
    const { newAnnotationFields, findKind } = await import('../../src/model/index.ts');
    expect(newAnnotationFields(findKind(defaultKinds, 'claim')!, 'to-check')).toEqual({ verdict: 'unverified', reviewStatus: 'to-check' });
    expect(newAnnotationFields(findKind(defaultKinds, 'fact')!, 'draft')).toMatchObject({ reviewStatus: 'draft' });
    expect(newAnnotationFields(findKind(defaultKinds, 'quote')!, 'to-check')).toEqual({});
    expect(newAnnotationFields(findKind(defaultKinds, 'claim')!)).toEqual({ verdict: 'unverified' });
  });
});
