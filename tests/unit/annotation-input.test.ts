import { describe, expect, it } from 'vitest';
import {
  AnnotationError,
  CodePointIndex,
  checkFields,
  completeMetadata,
  defaultKinds,
  defaultVerdicts,
  normalizeKinds,
  requireKind,
  resolveSpan,
} from '../../src/model/index.ts';

const vocabulary = { kinds: defaultKinds, verdicts: defaultVerdicts };
const text = new CodePointIndex('Rents rose 4% in 2025, the mayor said. Rents rose again.');

function reasonOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AnnotationError);
    return (error as AnnotationError).reason;
  }
  throw new Error('expected an AnnotationError');
}

describe('resolveSpan', () => {
  it.each([
    ['out of bounds', { start: 0, end: 500 }, 'out-of-bounds'],
    ['negative', { start: -1, end: 3 }, 'out-of-bounds'],
    ['reversed', { start: 5, end: 2 }, 'out-of-bounds'],
    ['empty', { start: 4, end: 4 }, 'empty-range'],
    ['fractional', { start: 1.5, end: 4 }, 'out-of-bounds'],
    ['missing', {}, 'missing-span'],
    ['absent quote', { exact: 'tram' }, 'quote-not-found'],
    ['ambiguous quote', { exact: 'Rents rose' }, 'ambiguous-quote'],
    ['mismatched quote', { start: 0, end: 5, exact: 'Rises' }, 'quote-mismatch'],
  ])('rejects a %s span', (_name, input, reason) => {
    expect(reasonOf(() => resolveSpan(input, text))).toBe(reason);
  });

  it('names the quote and the count when it is ambiguous', () => {
    expect(() => resolveSpan({ exact: 'Rents rose' }, text)).toThrow('The quote "Rents rose" occurs 2 times; give a prefix or suffix to choose one');
  });

  it('resolves offsets, quotes and quotes with context', () => {
    expect(resolveSpan({ start: 0, end: 5 }, text)).toEqual({ start: 0, end: 5 });
    expect(resolveSpan({ exact: 'the mayor' }, text)).toEqual({ start: 23, end: 32 });
    expect(resolveSpan({ exact: 'Rents rose', suffix: ' again' }, text)).toEqual({ start: 39, end: 49 });
  });
});

describe('checkFields', () => {
  it('rejects sources that are not http(s)', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'ftp://example.org/x', '/relative', 'not a url']) {
      expect(reasonOf(() => checkFields({ sources: [{ url }] }, vocabulary))).toBe('invalid-url');
    }
  });

  it('names the field to blame, for the edit form to say it in its language', () => {
    const fieldOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as AnnotationError).field;
      }
      return 'nothing thrown';
    };
    expect(fieldOf(() => checkFields({ sources: [{ url: 'https://a.example' }, { url: 'javascript:x' }] }, vocabulary))).toBe('sources.1.url');
    expect(fieldOf(() => checkFields({ sources: [{ url: 'https://a.example', accessed: 'yesterday' }] }, vocabulary))).toBe('sources.0.accessed');
    expect(fieldOf(() => checkFields({ attribution: { name: '', role: 'Mayor' } }, vocabulary))).toBe('attribution.name');
    expect(fieldOf(() => checkFields({ verdict: 'pants-on-fire' }, vocabulary))).toBe('verdict');
  });

  it('rejects an unknown verdict and a stance outside the list', () => {
    expect(reasonOf(() => checkFields({ verdict: 'pants-on-fire' }, vocabulary))).toBe('unknown-verdict');
    expect(reasonOf(() => checkFields({ sources: [{ url: 'https://example.org', stance: 'maybe' as never }] }, vocabulary))).toBe('invalid-field');
  });

  it('trims text and turns empty values into cleared fields', () => {
    expect(checkFields({ note: '  checked  ', claim: '   ', attribution: { name: '' } }, vocabulary)).toEqual({
      note: 'checked',
      claim: undefined,
      attribution: undefined,
    });
  });

  it('requires a name when a role or organisation is given', () => {
    expect(reasonOf(() => checkFields({ attribution: { name: ' ', role: 'Mayor' } }, vocabulary))).toBe('invalid-field');
  });

  it('checks a source\'s accessed date', () => {
    expect(reasonOf(() => checkFields({ sources: [{ url: 'https://example.org', accessed: 'last week' }] }, vocabulary))).toBe('invalid-field');
    expect(checkFields({ sources: [{ url: 'https://example.org', accessed: '2026-03-12' }] }, vocabulary).sources?.[0].accessed).toBe('2026-03-12');
  });

  it('keeps a clean source with its stance', () => {
    expect(checkFields({ sources: [{ url: ' https://example.org/report ', title: 'Report', stance: 'refutes' }] }, vocabulary)).toEqual({
      sources: [{ url: 'https://example.org/report', title: 'Report', stance: 'refutes' }],
    });
  });
});

describe('kinds', () => {
  it('lists the known kinds when a kind is unknown', () => {
    expect(() => requireKind(vocabulary, 'statistic')).toThrow('Unknown kind "statistic"; known kinds: claim, quote, fact');
  });

  it('accepts a site vocabulary and fills defaults', () => {
    const [statistic] = normalizeKinds([{ id: 'statistic', label: 'Statistic', colour: '#7c3aed', fields: ['sources', 'verdict'] }]);
    expect(statistic).toMatchObject({ id: 'statistic', label: 'Statistic', underline: 'solid', fields: ['sources', 'verdict'] });
  });

  it('accepts colour functions with their parentheses', () => {
    const [kind] = normalizeKinds([{ id: 'a', colour: 'color-mix(in srgb, rgb(1 2 3) 50%, white)' }]);
    expect(kind.colour).toBe('color-mix(in srgb, rgb(1 2 3) 50%, white)');
  });

  it.each([
    [[{ id: 'Bad Id' }], /use lowercase/],
    [[{ id: 'a' }, { id: 'a' }], /defined twice/],
    [[{ id: 'a', fields: ['speaker' as never] }], /unknown field "speaker"/],
    [[{ id: 'a', colour: 'red;background:url(x)' }], /invalid colour/],
    [[{ id: 'a', colour: 'red) , blue' }], /invalid colour/],
    [[{ id: 'a', colour: 'rgb(1 2 3' }], /invalid colour/],
    [[], /at least one kind/],
  ])('rejects a bad vocabulary %#', (input, message) => {
    expect(() => normalizeKinds(input)).toThrow(message);
  });
});

describe('completeMetadata', () => {
  const file = { url: 'https://news.example.org/tolls', title: 'Harbour tolls to double', publisher: 'The Brenmouth Echo', published: '2026-03-02' };

  it('gives an article without metadata the file article’s', () => {
    expect(completeMetadata({}, file)).toEqual(file);
  });

  it('fills only what the article lacks, on the same page', () => {
    const here = { url: 'https://www.news.example.org/tolls/?utm_source=x', title: 'Tolls double' };
    expect(completeMetadata(here, file)).toEqual({ ...here, publisher: 'The Brenmouth Echo', published: '2026-03-02' });
  });

  it('takes nothing from a file about another page, and returns the same object when nothing is added', () => {
    const here = { url: 'https://news.example.org/other' };
    expect(completeMetadata(here, file)).toBe(here);
    const full = { ...file, author: 'Ana Ruiz' };
    expect(completeMetadata(full, file)).toBe(full);
    expect(completeMetadata(full, undefined)).toBe(full);
  });
});
