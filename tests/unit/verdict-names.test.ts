import { describe, expect, it } from 'vitest';
import { AnnotationError } from '../../src/model/index.ts';
import { TestHost } from './helpers.ts';
import { RecordError, checkAnnotationRecord } from '../../src/store/record-checks.ts';

const said = 'The mayor said the budget grew by 12% in 2025.';

describe('addAnnotation and updateAnnotation take a verdict id or its label', () => {
  it('stores the id of a label given in any case', () => {
    const host = new TestHost(said);
    const added = host.annotations.add({ kind: 'claim', exact: 'the budget grew', verdict: 'Mostly False' });
    expect(added.verdict).toBe('mostly-false');
    expect(host.annotations.update(added.id, { verdict: 'half TRUE' }).verdict).toBe('mixed');
    expect(host.annotations.update(added.id, { verdict: 'true' }).verdict).toBe('true');
  });

  it('throws an AnnotationError naming an unknown verdict, and changes nothing', () => {
    const host = new TestHost(said);
    const added = host.annotations.add({ kind: 'claim', exact: 'the budget grew', verdict: 'false' });
    const error = (() => {
      try {
        host.annotations.update(added.id, { verdict: 'Pants on fire' });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(AnnotationError);
    expect((error as AnnotationError).message).toMatch(/Unknown verdict "Pants on fire"/);
    expect((error as AnnotationError).reason).toBe('unknown-verdict');
    expect(host.annotations.get(added.id)?.verdict).toBe('false');
  });

  it('replaces a rating from elsewhere when a verdict is chosen', () => {
    const host = new TestHost(said);
    const added = host.annotations.add({ kind: 'claim', exact: 'the budget grew', foreignRating: { label: 'Pants on fire', scale: 'PolitiFact' } });
    expect(added.foreignRating).toEqual({ label: 'Pants on fire', scale: 'PolitiFact' });
    // a form that shows "Unverified" when nothing is chosen saves it: that is no mapping, the rating stays
    expect(host.annotations.update(added.id, { verdict: 'unverified' }).foreignRating).toEqual({ label: 'Pants on fire', scale: 'PolitiFact' });
    const mapped = host.annotations.update(added.id, { verdict: 'False' });
    expect(mapped.verdict).toBe('false');
    expect(mapped.foreignRating).toBeUndefined();
  });
});

describe('a stored record keeps its rating from elsewhere', () => {
  const record = { id: 'urn:x:1', kind: 'note', created: '2026-03-12T10:00:00Z', modified: '2026-03-12T10:00:00Z' };

  it('reads it back from storage as it was written', () => {
    const foreignRating = { label: 'Pants on fire', scale: 'PolitiFact', value: 0, best: 5 };
    expect(checkAnnotationRecord({ ...record, foreignRating })).toEqual({ ...record, foreignRating });
  });

  it('refuses a record whose rating from elsewhere has no label', () => {
    expect(() => checkAnnotationRecord({ ...record, foreignRating: { scale: 'PolitiFact' } })).toThrow(RecordError);
  });
});

describe('what an import keeps with an annotation in storage', () => {
  const record = { id: 'urn:uuid:00000000-0000-4000-8000-0000000000aa', kind: 'claim', created: '2026-03-01T10:00:00Z', modified: '2026-03-01T10:00:00Z' };

  it('reads back the file version (the merge baseline) and the placement check as written', () => {
    const fromFile = { digest: '0a1b2c3d4e5f60', modified: '2026-03-01T10:00:00Z' };
    const placementCheck = { reason: 'ambiguous', fileQuote: 'the budget', placedText: 'the budget', candidates: 3 };
    expect(checkAnnotationRecord({ ...record, fromFile, placementCheck })).toEqual({ ...record, fromFile, placementCheck });
  });

  it('refuses crafted ones', () => {
    expect(() => checkAnnotationRecord({ ...record, fromFile: { digest: '<script>', modified: '2026-03-01T10:00:00Z' } })).toThrow(RecordError);
    expect(() => checkAnnotationRecord({ ...record, fromFile: { digest: 'ab', modified: 'yesterday' } })).toThrow(RecordError);
    expect(() => checkAnnotationRecord({ ...record, placementCheck: { reason: 'toString', fileQuote: '', placedText: '' } })).toThrow(RecordError);
    expect(() => checkAnnotationRecord({ ...record, placementCheck: { reason: 'changed', fileQuote: {}, placedText: '' } })).toThrow(RecordError);
    expect(() => checkAnnotationRecord({ ...record, placementCheck: { reason: 'ambiguous', fileQuote: '', placedText: '', candidates: -1 } })).toThrow(RecordError);
  });
});
