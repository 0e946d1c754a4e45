import { describe, expect, it } from 'vitest';
import { type Annotation, contentDigest, mergeAnnotations, withBaseline } from '../../src/model/index.ts';

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

  it('matches by id only: the same words and fields under another id are another annotation', () => {
    const lookAlike = withChanges({ id: 'urn:uuid:00000000-0000-4000-8000-000000000002', created: '2026-03-05T10:00:00Z', attribution: { role: 'Mayor', name: 'Ana Ruiz' } });
    expect(mergeAnnotations([base], [lookAlike])).toMatchObject({ added: [lookAlike.id], unchanged: [] });
  });

  it('matches an item the file gave no id by its content, so an id-less file imported twice is not doubled', () => {
    const idLess = { ...withChanges({ id: 'urn:uuid:00000000-0000-4000-8000-00000000000f' }), newId: true };
    expect(mergeAnnotations([base], [idLess])).toMatchObject({ add: [], unchanged: [base.id] });
    const different = { ...withChanges({ id: 'urn:uuid:00000000-0000-4000-8000-00000000000e', note: 'other' }), newId: true };
    expect(mergeAnnotations([base], [different]).added).toEqual([different.id]);
  });

  it('reports the same content on another span as unchanged, keeping the span here', () => {
    expect(mergeAnnotations([base], [withChanges({ start: 40, end: 56, modified: '2026-03-09T00:00:00Z' })])).toMatchObject({ update: [], unchanged: [base.id] });
  });

  it('records the file version an import adds or replaces as the baseline of the next merge', () => {
    const incoming = withChanges({ id: 'urn:x:new' });
    const [added] = mergeAnnotations([], [incoming]).add;
    expect(added!.fromFile).toEqual({ digest: contentDigest(incoming), modified: incoming.modified });
    const newer = withChanges({ verdict: 'mostly-false', modified: '2026-03-02T09:00:00Z' });
    expect(mergeAnnotations([base], [newer]).update[0]!.fromFile).toEqual({ digest: contentDigest(newer), modified: newer.modified });
  });

  describe('with a baseline (the annotation came from a file before)', () => {
    const imported = withBaseline(base);
    const editedHere = { ...imported, verdict: 'true', modified: '2026-03-04T10:00:00Z' };

    it('keeps the edit made here when the file still says what it said, whatever date the file gives', () => {
      const sameFileLater = withChanges({ modified: '9999-12-31T00:00:00Z' });
      expect(mergeAnnotations([editedHere], [sameFileLater], Date.parse('2026-03-05T00:00:00Z'))).toMatchObject({ update: [], unchanged: [], kept: [base.id], conflicts: [] });
      // an undated file re-imported on every page load (its date is the import's)
      const reimported = { ...withChanges({ modified: '2026-03-05T00:00:00Z', created: '2026-03-05T00:00:00Z' }), undated: true };
      expect(mergeAnnotations([editedHere], [reimported], Date.parse('2026-03-05T00:00:00Z'))).toMatchObject({ update: [], kept: [base.id] });
    });

    it("takes the file's change when the annotation here is as the file last gave it", () => {
      const changedInFile = withChanges({ note: 'source found', modified: '2026-03-03T00:00:00Z' });
      expect(mergeAnnotations([imported], [changedInFile])).toMatchObject({ updated: [base.id], conflicts: [] });
    });

    it('keeps the version here and reports a conflict when both changed', () => {
      const changedInFile = withChanges({ note: 'source found', modified: '2026-03-06T00:00:00Z' });
      const result = mergeAnnotations([editedHere], [changedInFile]);
      expect(result).toMatchObject({ updated: [], kept: [], conflicts: [{ id: base.id, reason: 'both-changed', file: { note: 'source found' } }] });
      // the edit here stays, with the file's version as its baseline, so the same file asks no more
      expect(result.update).toEqual([{ ...editedHere, fromFile: { digest: contentDigest(changedInFile), modified: changedInFile.modified } }]);
      expect(mergeAnnotations(result.update, [changedInFile])).toMatchObject({ kept: [base.id], conflicts: [] });
    });
  });

  describe('without a baseline (made here)', () => {
    it('does not let an undated version replace the one here, and reports it', () => {
      const undated = { ...withChanges({ verdict: 'true', modified: '2026-12-01T00:00:00Z' }), undated: true };
      expect(mergeAnnotations([base], [undated])).toMatchObject({ updated: [], update: [{ verdict: 'false' }], conflicts: [{ id: base.id, reason: 'undated' }] });
    });

    it('does not let a date in the future win, and reports it', () => {
      const future = withChanges({ verdict: 'true', modified: '9999-12-31T00:00:00Z' });
      expect(mergeAnnotations([base], [future], Date.parse('2026-03-05T00:00:00Z'))).toMatchObject({ updated: [], update: [{ verdict: 'false' }], conflicts: [{ id: base.id, reason: 'future-date' }] });
    });
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
