/**
 * Files as other tools write them, built from their documented shapes: the W3C
 * Web Annotation model's examples, Hypothesis' API output, Recogito's
 * annotations and a colleague's ClaimReview on another scale. Each imports,
 * as a note unless a tag names one of our kinds.
 */
import { describe, expect, it } from 'vitest';
import {
  AnnotationError,
  CodePointIndex,
  anchorImported,
  checkFields,
  defaultKinds,
  defaultVerdicts,
  fromJsonLd,
  toJsonLd,
} from '../../src/model/index.ts';
import { article, articleText } from './exchange-helpers.ts';

const defaults = { kinds: defaultKinds, verdicts: defaultVerdicts };
const target = { source: article.url, selector: { type: 'TextQuoteSelector', exact: 'Fares rose 12%' } };

/** The W3C model's Example 5: a TextualBody commenting on the target, no tag. */
const w3cComment = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'http://example.org/anno5',
  type: 'Annotation',
  body: { type: 'TextualBody', value: '<p>j\'adore !</p>', format: 'text/html', language: 'fr' },
  target,
};

/** A row of Hypothesis' search API: `tags` that name none of our kinds. */
const hypothesisRow = {
  id: 'AbCdEf123456',
  created: '2026-03-12T10:01:02.345678+00:00',
  updated: '2026-03-12T10:01:02.345678+00:00',
  user: 'acct:someone@hypothes.is',
  uri: article.url,
  text: 'Check the fare tables.',
  tags: ['foo'],
  target: [{ source: article.url, selector: [{ type: 'TextQuoteSelector', exact: 'Fares rose 12%', prefix: 'audit office. ', suffix: ' last year.' }] }],
  document: { title: ['Tram line update'] },
};

/** Recogito: a bare UUID id and a tagging body of its own tag. */
const recogito = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: '5b4c3a2e-1f0d-4e9c-8b7a-6f5e4d3c2b1a',
  type: 'Annotation',
  body: [
    { type: 'TextualBody', purpose: 'tagging', value: 'Place' },
    { type: 'TextualBody', purpose: 'commenting', value: 'A fare, not a place.' },
  ],
  target: { selector: [{ type: 'TextQuoteSelector', exact: 'Fares rose 12%' }, { type: 'TextPositionSelector', start: 251, end: 265 }] },
};

/** A colleague's ClaimReview whose rating is on their scale, with its place on it. */
const colleague = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'https://factcheck.example/a/7',
  type: 'Annotation',
  body: [
    {
      type: 'schema:ClaimReview',
      'schema:claimReviewed': 'Fares rose 12% last year.',
      'schema:reviewRating': {
        type: 'schema:Rating',
        'schema:alternateName': 'Pants on fire',
        'schema:ratingValue': 0,
        'schema:bestRating': 5,
        'schema:worstRating': 0,
        'schema:author': { type: 'schema:Organization', 'schema:name': 'PolitiFact' },
      },
    },
  ],
  target,
};

describe('files from other tools', () => {
  it('imports an untagged W3C comment as a note', () => {
    const result = fromJsonLd(w3cComment, defaults);
    expect(result.rejected).toEqual([]);
    expect(result.annotations[0]).toMatchObject({ id: 'http://example.org/anno5', kind: 'note', note: 'j\'adore !' });
    expect(result).toMatchObject({ untagged: 1, untaggedKind: 'note' });
  });

  it('imports a Hypothesis row tagged foo as a note and notes the tag', () => {
    const result = fromJsonLd({ total: 1, rows: [hypothesisRow] }, defaults);
    expect(result.annotations.map((a) => [a.id, a.kind, a.note])).toEqual([['https://hypothes.is/a/AbCdEf123456', 'note', 'Check the fare tables.']]);
    expect(result.noteDetails).toContainEqual({ code: 'other-tags', value: '"foo"', items: [0] });
  });

  it('picks the kind a Hypothesis tag names, by id or label in any case', () => {
    const result = fromJsonLd({ rows: [{ ...hypothesisRow, tags: ['foo', 'FACT'] }] }, defaults);
    expect(result.annotations[0].kind).toBe('fact');
    expect(result.untagged).toBe(0);
  });

  it('imports a Recogito annotation with a bare UUID and an unknown tag as a note', () => {
    const result = fromJsonLd([recogito], defaults);
    expect(result.rejected).toEqual([]);
    expect(result.annotations[0]).toMatchObject({ id: `urn:uuid:${recogito.id}`, kind: 'note', note: 'A fare, not a place.' });
    const placed = anchorImported(new CodePointIndex(articleText), result.annotations);
    expect(placed.annotations[0].exact).toBe('Fares rose 12%');
  });

  it('gives untagged annotations the kind the caller chooses, and refuses a kind not here', () => {
    const result = fromJsonLd([w3cComment, recogito, { ...recogito, id: 'urn:x:1', body: { type: 'TextualBody', purpose: 'tagging', value: 'quote' } }], defaults, { untaggedKind: 'claim' });
    expect(result.annotations.map((a) => a.kind)).toEqual(['claim', 'claim', 'quote']);
    expect(result).toMatchObject({ untagged: 2, untaggedKind: 'claim' });
    expect(() => fromJsonLd(w3cComment, defaults, { untaggedKind: 'rumour' })).toThrow(AnnotationError);
  });

  it('falls back to the first kind when a site has no note kind', () => {
    const kinds = defaultKinds.filter((kind) => kind.id !== 'note');
    expect(fromJsonLd(w3cComment, { kinds, verdicts: defaultVerdicts }).annotations[0].kind).toBe('claim');
  });

  it('keeps a rating on another scale as given, and exports it unchanged', () => {
    const result = fromJsonLd(colleague, defaults);
    expect(result.rejected).toEqual([]);
    const [imported] = result.annotations;
    expect(imported).toMatchObject({ kind: 'claim', claim: 'Fares rose 12% last year.' });
    expect(imported.verdict).toBeUndefined();
    expect(imported.foreignRating).toEqual({ label: 'Pants on fire', value: 0, best: 5, worst: 0, scale: 'PolitiFact' });

    const [placed] = anchorImported(new CodePointIndex(articleText), result.annotations).annotations;
    const exported = toJsonLd({ article, text: articleText, annotations: [placed], kinds: defaultKinds, verdicts: defaultVerdicts });
    const review = exported.first.items[0].body.find((body) => body.type === 'schema:ClaimReview');
    expect(review?.['schema:reviewRating']).toEqual(colleague.body[0]['schema:reviewRating']);
    const unverified = toJsonLd({ article, text: articleText, annotations: [{ ...placed, verdict: 'unverified' }], kinds: defaultKinds, verdicts: defaultVerdicts });
    expect(unverified.first.items[0].body.find((body) => body.type === 'schema:ClaimReview')?.['schema:reviewRating']).toEqual(colleague.body[0]['schema:reviewRating']);
    const again = fromJsonLd(JSON.stringify(exported), defaults).annotations[0];
    expect(again.foreignRating).toEqual(imported.foreignRating);
    expect(again.verdict).toBeUndefined();
  });

  it('maps a rating whose label is on the scale, in any case', () => {
    const mostlyFalse = JSON.parse(JSON.stringify(colleague).replace('Pants on fire', 'MOSTLY FALSE'));
    const [imported] = fromJsonLd(mostlyFalse, defaults).annotations;
    expect(imported.verdict).toBe('mostly-false');
    expect(imported.foreignRating).toBeUndefined();
  });
});

describe('verdicts by label, and ratings from elsewhere', () => {
  it('accepts a verdict id or its label, in any case', () => {
    expect(checkFields({ verdict: 'Mostly False' }, defaults).verdict).toBe('mostly-false');
    expect(checkFields({ verdict: ' half true ' }, defaults).verdict).toBe('mixed');
    expect(checkFields({ verdict: 'FALSE' }, defaults).verdict).toBe('false');
  });

  it('still refuses an unknown verdict, naming it', () => {
    expect(() => checkFields({ verdict: 'Pants on fire' }, defaults)).toThrow(/Unknown verdict "Pants on fire"/);
  });

  it('lets a chosen verdict replace a rating from elsewhere', () => {
    const fields = checkFields({ verdict: 'false' }, defaults);
    expect('foreignRating' in fields && fields.foreignRating === undefined).toBe(true);
  });

  it('checks a rating from elsewhere: a label, short texts or numbers', () => {
    expect(checkFields({ foreignRating: { label: ' Four Pinocchios ', scale: 'The Post', value: 4 } }, defaults).foreignRating).toEqual({ label: 'Four Pinocchios', scale: 'The Post', value: 4 });
    expect(checkFields({ foreignRating: { label: 'Pants on fire', best: 5, worst: '0' } }, defaults).foreignRating).toEqual({ label: 'Pants on fire', best: 5, worst: '0' });
    expect(() => checkFields({ foreignRating: { label: '' } } as never, defaults)).toThrow(/needs a label/);
    expect(() => checkFields({ foreignRating: { label: 3 } } as never, defaults)).toThrow(/foreignRating.label/);
    expect(() => checkFields({ foreignRating: { label: 'x', scale: 'y'.repeat(501) } } as never, defaults)).toThrow(/foreignRating.scale/);
    expect(() => checkFields({ foreignRating: { label: 'x', value: { evil: true } } } as never, defaults)).toThrow(/foreignRating.value/);
    expect(() => checkFields({ foreignRating: 'Pants on fire' } as never, defaults)).toThrow(AnnotationError);
  });
});

describe('quotes and context stored with the page’s raw whitespace (as Hypothesis keeps them)', () => {
  const text = 'The council met on Monday.\nThe mayor said rents rose by 4% last year.\nCritics disagreed.';
  const hypothesisRow = (id: string, selector: Record<string, string>) => ({
    id,
    uri: 'https://news.example.org/rents',
    user: 'acct:ana@hypothes.is',
    text: 'Source?',
    tags: ['claim'],
    target: [{ source: 'https://news.example.org/rents', selector: [{ type: 'TextQuoteSelector', ...selector }] }],
  });

  it('places them where their words are, exactly', () => {
    const file = {
      rows: [
        hypothesisRow('Ws1', { exact: 'rents  rose\tby\n4%', prefix: 'Monday.\n\n\t  The mayor said ', suffix: ' last\tyear.' }),
        hypothesisRow('Ws2', { exact: 'rents rose', prefix: '\n\n\n\t\t\t mayor    said ', suffix: '   by 4%' }),
        hypothesisRow('Ws3', { exact: 'Monday.\n\n      The mayor', prefix: 'met on ', suffix: ' said' }),
      ],
    };
    const parsed = fromJsonLd(file, defaults);
    const placed = anchorImported(new CodePointIndex(text), parsed.annotations);
    expect(placed.annotations.map((a) => [a.status, a.exact])).toEqual([
      ['anchored', 'rents rose by 4%'],
      ['anchored', 'rents rose'],
      ['anchored', 'Monday.\nThe mayor'],
    ]);
    expect(placed.reviews).toEqual([]);
  });
});

describe('a Readium AnnotationSet (as Thorium and other EPUB readers export highlights)', () => {
  const set = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'urn:uuid:123e4567-e89b-42d3-a456-426614174000',
    type: 'AnnotationSet',
    generator: { id: 'https://example.org/reader', type: 'Software', name: 'An EPUB reader' },
    generated: '2026-03-01T10:00:00Z',
    title: 'Highlights',
    items: [
      {
        id: 'urn:uuid:9b1c4e3a-1f2d-4c5b-8a7e-6d5c4b3a2f10',
        created: '2026-03-01T09:00:00Z',
        modified: '2026-03-01T09:10:00Z',
        type: 'Annotation',
        motivation: 'commenting',
        body: { type: 'TextualBody', value: 'Check the audit', format: 'text/plain', color: 'yellow', tag: 'claim', highlight: 'solid' },
        target: {
          source: 'OEBPS/chapter1.xhtml',
          selector: [
            { type: 'FragmentSelector', conformsTo: 'http://www.idpf.org/epub/linking/cfi/epub-cfi.html', value: 'epubcfi(/6/4!/4/2/1:0)' },
            { type: 'TextQuoteSelector', exact: 'Fares rose 12%' },
            { type: 'ProgressionSelector', value: 0.23 },
          ],
        },
      },
      { id: 'urn:uuid:9b1c4e3a-1f2d-4c5b-8a7e-6d5c4b3a2f11', type: 'Annotation', motivation: 'highlighting', body: { type: 'TextualBody', value: '', color: 'pink' }, target: { source: 'OEBPS/chapter1.xhtml', selector: [{ type: 'TextQuoteSelector', exact: 'last year' }] } },
    ],
  };

  it('imports its items, the tag naming the kind, the note kept', () => {
    const result = fromJsonLd(set, defaults);
    expect(result.rejected).toEqual([]);
    expect(result.annotations.map((a) => [a.id, a.kind, a.note ?? null])).toEqual([
      ['urn:uuid:9b1c4e3a-1f2d-4c5b-8a7e-6d5c4b3a2f10', 'claim', 'Check the audit'],
      ['urn:uuid:9b1c4e3a-1f2d-4c5b-8a7e-6d5c4b3a2f11', 'note', null],
    ]);
    const placed = anchorImported(new CodePointIndex(articleText), result.annotations);
    expect(placed.annotations[0]).toMatchObject({ status: 'anchored', exact: 'Fares rose 12%' });
  });
});
