/** ClaimReview markup as Google's Fact Check tools and schema.org describe it (`toClaimReviews`), and the speaker as Person or Organization. */
import { describe, expect, it } from 'vitest';
import {
  type Annotation,
  type Verdict,
  AnnotationError,
  checkFields,
  claimReviewedOf,
  defaultVerdicts,
  fromJsonLd,
  ratingNumbers,
  reviewDateProblem,
  toClaimReviews,
  toJsonLd,
} from '../../src/model/index.ts';
import { RecordError, checkAnnotationRecord } from '../../src/store/record-checks.ts';
import { annotations, article, exportInput, spanOf, vocabulary } from './exchange-helpers.ts';

const page = { url: 'https://factcheck.example/tram-line', author: { name: 'Fact Check Example', url: 'https://factcheck.example' }, datePublished: '2026-03-15' };
const [claim, , fact] = annotations;

/** The reviews of `list` on `verdicts` (the default scale unless given). */
function reviewsOf(list: Annotation[], verdicts: readonly Verdict[] = defaultVerdicts, more: object = {}) {
  return toClaimReviews({ article, annotations: list, verdicts, ...page, ...more }) as Record<string, any>[];
}

describe('claimReviewed', () => {
  it('is the restated claim, or else the article’s words, whole and on one line', () => {
    const words = 'The project budget has doubled since 2019, according to the audit office.';
    const spread = { ...fact, exact: words.replace(', according', ',\n  according') };
    expect(reviewsOf([claim])[0].claimReviewed).toBe('The eastern tram line will open in 2027.');
    expect(reviewsOf([spread])[0].claimReviewed).toBe(words);
    const long = { ...fact, exact: `${words} ${words}` };
    // never cut to Google's advised 75 characters: the dialog asks for a restatement instead
    expect(reviewsOf([long])[0].claimReviewed).toBe(`${words} ${words}`);
  });

  it('is in the ClaimReview body of the JSON-LD export when no claim is restated, and reads back as no restatement', () => {
    const exported = toJsonLd(exportInput);
    const review = exported.first.items[2].body.find((body) => body.type === 'schema:ClaimReview');
    expect(review?.['schema:claimReviewed']).toBe('The project budget has doubled since 2019');
    const imported = fromJsonLd(JSON.stringify(exported), vocabulary);
    expect(imported.annotations[2].claim).toBeUndefined();
    expect(imported.annotations[0].claim).toBe('The eastern tram line will open in 2027.');
  });

  it('is the one claimReviewedOf gives', () => {
    expect(claimReviewedOf({ exact: ' a\n b ' })).toBe('a b');
    expect(claimReviewedOf({ claim: 'Restated.', exact: 'words' })).toBe('Restated.');
  });
});

describe('who publishes the review', () => {
  it('is the fact-checking organisation, as author and publisher; the checked article’s publisher only in its appearance', () => {
    const [review] = reviewsOf([claim]);
    const organisation = { '@type': 'Organization', name: 'Fact Check Example', url: 'https://factcheck.example' };
    expect(review.author).toEqual(organisation);
    expect(review.publisher).toEqual(organisation);
    expect(review.itemReviewed.appearance.publisher).toEqual({ '@type': 'Organization', name: 'News Example' });
  });
});

describe('the speaker', () => {
  it('is an Organization when the attribution says so, part of another', () => {
    const army = { ...claim, attribution: { name: 'The army', type: 'Organization' as const, organization: 'Ministry of Defence' } };
    expect(reviewsOf([army])[0].itemReviewed.author).toEqual({
      '@type': 'Organization',
      name: 'The army',
      parentOrganization: { '@type': 'Organization', name: 'Ministry of Defence' },
    });
    expect(reviewsOf([claim])[0].itemReviewed.author['@type']).toBe('Person');
  });

  it('is a Person by default: only an organisation is recorded, and it has no role', () => {
    expect(checkFields({ attribution: { name: 'Mira', type: 'Person' } }, vocabulary)).toEqual({ attribution: { name: 'Mira' } });
    expect(checkFields({ attribution: { name: 'The army', type: 'Organization' } }, vocabulary)).toEqual({ attribution: { name: 'The army', type: 'Organization' } });
    const fieldOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof AnnotationError ? error.field : 'not an AnnotationError';
      }
      return 'no error';
    };
    expect(fieldOf(() => checkFields({ attribution: { name: 'The army', type: 'Army' as 'Person' } }, vocabulary))).toBe('attribution.type');
    expect(fieldOf(() => checkFields({ attribution: { name: 'The army', type: 'Organization', role: 'Spokesman' } }, vocabulary))).toBe('attribution.role');
  });

  it('is checked when a stored record is read', () => {
    const record = { id: claim.id, kind: 'claim', created: claim.created, modified: claim.modified };
    const organisation = { name: 'The army', type: 'Organization' };
    expect(checkAnnotationRecord({ ...record, attribution: organisation })).toEqual({ ...record, attribution: organisation });
    expect(() => checkAnnotationRecord({ ...record, attribution: { name: 'The army', type: 7 } })).toThrow(RecordError);
  });
});

describe('the review date', () => {
  it('is the day given, checked', () => {
    expect(reviewsOf([claim])[0].datePublished).toBe('2026-03-15');
    expect(() => reviewsOf([claim], defaultVerdicts, { datePublished: '15/03/2026' })).toThrow(TypeError);
  });

  it('must be a day, and not after tomorrow', () => {
    const now = new Date(2026, 2, 15, 12);
    expect(reviewDateProblem('2026-03-15', now)).toBeNull();
    expect(reviewDateProblem('2026-03-16', now)).toBeNull();
    expect(reviewDateProblem('2026-03-17', now)).toBe('future');
    expect(reviewDateProblem('2026-02-30', now)).toBe('not-a-date');
    expect(reviewDateProblem('2026-03-15T10:00', now)).toBe('not-a-date');
  });
});

describe('reviewRating', () => {
  it('has the label and the numbers of the default scale: True 5 to False 1, the true end best', () => {
    const rated = (verdict: string) => reviewsOf([{ ...fact, verdict }])[0].reviewRating;
    expect(rated('true')).toEqual({ '@type': 'Rating', alternateName: 'True', ratingValue: 5, bestRating: 5, worstRating: 1 });
    expect(rated('mixed')).toMatchObject({ alternateName: 'Half true', ratingValue: 3 });
    expect(rated('false')).toMatchObject({ ratingValue: 1, bestRating: 5, worstRating: 1 });
    // off the true-to-false line: a label and no numbers
    expect(rated('misleading')).toEqual({ '@type': 'Rating', alternateName: 'Misleading' });
    expect(rated('unsupported')).toEqual({ '@type': 'Rating', alternateName: 'Unsupported' });
  });

  it('takes a site’s own numbers, or numbers from its scale’s order, or none', () => {
    const own: Verdict[] = [
      { id: 'correct', label: 'Correct', description: '', rating: 10 },
      { id: 'wrong', label: 'Wrong', description: '', rating: 0 },
      { id: 'satire', label: 'Satire', description: '' },
    ];
    expect(ratingNumbers(own, 'correct')).toEqual({ value: 10, best: 10, worst: 0 });
    expect(ratingNumbers(own, 'satire')).toBeNull();
    const ordered: Verdict[] = [{ id: 'unverified', label: 'Open', description: '' }, ...['Right', 'Partly', 'Wrong'].map((label) => ({ id: label.toLowerCase(), label, description: '' }))];
    expect(ordered.map((verdict) => ratingNumbers(ordered, verdict.id)?.value)).toEqual([undefined, 3, 2, 1]);
    const none = ordered.map((verdict) => ({ ...verdict, rating: null }));
    expect(reviewsOf([{ ...fact, verdict: 'right' }], none)[0].reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Right' });
    expect(reviewsOf([{ ...fact, verdict: 'wrong' }], own)[0].reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Wrong', ratingValue: 0, bestRating: 10, worstRating: 0 });
  });

  it('is none for "unverified"; a rating from elsewhere keeps its own numbers', () => {
    expect(reviewsOf([{ ...fact, verdict: 'unverified' }])).toEqual([]);
    const foreignRating = { label: 'Pants on fire', scale: 'PolitiFact', value: 0, best: 5, worst: 0 };
    const [review] = reviewsOf([{ ...fact, verdict: undefined, foreignRating }]);
    expect(review.reviewRating).toEqual({
      '@type': 'Rating',
      alternateName: 'Pants on fire',
      ratingValue: 0,
      bestRating: 5,
      worstRating: 0,
      author: { '@type': 'Organization', name: 'PolitiFact' },
    });
  });
});

describe('name, appearance and first appearance', () => {
  it('names the review after its claim, in the words given', () => {
    expect(reviewsOf([claim])[0].name).toBe('Fact check: The eastern tram line will open in 2027.');
    expect(reviewsOf([claim], defaultVerdicts, { name: (claimed: string) => `Vérification : ${claimed}` })[0].name).toBe(
      'Vérification : The eastern tram line will open in 2027.',
    );
  });

  it('gives the article as appearance, and as first appearance when the article’s own author or publisher makes the claim', () => {
    const reported = reviewsOf([claim])[0].itemReviewed;
    expect(reported.appearance).toMatchObject({ '@type': 'CreativeWork', url: article.url });
    expect(reported.firstAppearance).toBeUndefined();
    const own = reviewsOf([{ ...claim, ...spanOf('the eastern tram line'), attribution: { name: 'Sam Writer' } }])[0].itemReviewed;
    expect(own.firstAppearance).toEqual(own.appearance);
    const noUrl = toClaimReviews({ article: { ...article, url: undefined }, annotations: [claim], verdicts: defaultVerdicts, ...page })[0].itemReviewed as object;
    expect(noUrl).not.toHaveProperty('appearance');
    expect(noUrl).not.toHaveProperty('firstAppearance');
  });
});
