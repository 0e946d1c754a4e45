import { describe, expect, it } from 'vitest';
import { type Annotation, mergeAnnotations } from '../../src/model/index.ts';

const base: Annotation = {
  id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
  kind: 'claim',
  start: 4,
  end: 20,
  exact: 'rents rose by 4%',
  status: 'anchored',
  created: '2026-03-01T10:00:00Z',
  modified: '2026-03-01T10:00:00Z',
  attribution: { name: 'Ana Ruiz', role: 'Mayor' },
  verdict: 'false',
};

const withChanges = (changes: Partial<Annotation>): Annotation => ({ ...base, ...changes });

describe('mergeAnnotations', () => {
  it('reports the same annotation as unchanged', () => {
    expect(mergeAnnotations([base], [{ ...base }])).toMatchObject({ add: [], update: [], unchanged: [base.id] });
  });

  it('replaces an annotation with a newer version of the same id', () => {
    const newer = withChanges({ verdict: 'mostly-false', modified: '2026-03-02T09:00:00Z' });
    expect(mergeAnnotations([base], [newer])).toMatchObject({ update: [newer], updated: [base.id], add: [] });
  });

  it('keeps the existing annotation when the file has an older or equally old, different version', () => {
    const older = withChanges({ verdict: 'true', modified: '2026-02-28T09:00:00Z' });
    const sameTime = withChanges({ verdict: 'true' });
    expect(mergeAnnotations([base], [older])).toMatchObject({ update: [], kept: [base.id] });
    expect(mergeAnnotations([base], [sameTime])).toMatchObject({ update: [], kept: [base.id] });
  });

  it('compares times, not strings, across timezones', () => {
    const laterInAnotherZone = withChanges({ verdict: 'true', modified: '2026-03-01T11:30:00+01:00' });
    expect(mergeAnnotations([base], [laterInAnotherZone]).updated).toEqual([base.id]);
  });

  it('treats the same kind, span and fields under another id as a duplicate', () => {
    const duplicate = withChanges({ id: 'urn:uuid:00000000-0000-4000-8000-000000000002', created: '2026-03-05T10:00:00Z', attribution: { role: 'Mayor', name: 'Ana Ruiz' } });
    expect(mergeAnnotations([base], [duplicate])).toMatchObject({ add: [], unchanged: [base.id] });
  });

  it('adds an annotation that differs in kind, span or a field', () => {
    const incoming = [
      withChanges({ id: 'urn:x:kind', kind: 'fact' }),
      withChanges({ id: 'urn:x:span', start: 5 }),
      withChanges({ id: 'urn:x:field', note: 'checked' }),
    ];
    expect(mergeAnnotations([base], incoming).added).toEqual(['urn:x:kind', 'urn:x:span', 'urn:x:field']);
  });

  it('adds both of two look-alikes in the same file: two ids are two annotations', () => {
    const first = withChanges({ id: 'urn:x:1', start: 30, end: 40 });
    const second = withChanges({ id: 'urn:x:2', start: 30, end: 40 });
    expect(mergeAnnotations([], [first, second])).toMatchObject({ added: ['urn:x:1', 'urn:x:2'], unchanged: [] });
  });

  it('keeps the span of an anchored annotation when its newer version is an orphan here', () => {
    const orphan = withChanges({ status: 'orphaned', start: 0, end: 0, note: 'newer note', modified: '2026-03-03T00:00:00Z' });
    const [updated] = mergeAnnotations([base], [orphan]).update;
    expect(updated).toMatchObject({ note: 'newer note', status: 'anchored', start: 4, end: 20, exact: base.exact });
  });

  it('never changes the existing list', () => {
    const existing = [base];
    const frozen = JSON.stringify(existing);
    mergeAnnotations(existing, [withChanges({ verdict: 'true', modified: '2026-04-01T00:00:00Z' }), withChanges({ id: 'urn:x:new' })]);
    expect(JSON.stringify(existing)).toBe(frozen);
  });
});
