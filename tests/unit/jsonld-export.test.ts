import { describe, expect, it } from 'vitest';
import { type JsonLdNode, annoContext, defaultVerdicts, toClaimReviews, toJsonLd } from '../../src/model/index.ts';
import { annotations, article, articleText, exportInput } from './exchange-helpers.ts';

const collection = toJsonLd(exportInput);
const items = collection.first.items;
const bodyOf = (index: number, type: string) => items[index].body.find((body) => body.type === type);

describe('toJsonLd', () => {
  it('exports an AnnotationCollection with one embedded page and the anno context, exactly', () => {
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection['@context']).toBe(annoContext);
    expect(collection).toMatchObject({
      id: exportInput.id,
      type: 'AnnotationCollection',
      total: annotations.length,
      first: { id: `${exportInput.id}#page-1`, type: 'AnnotationPage', partOf: { id: exportInput.id }, startIndex: 0 },
      last: `${exportInput.id}#page-1`,
      'schema:about': { id: article.url, type: 'schema:Article', 'schema:headline': article.title, 'schema:datePublished': article.published },
    });
    expect(items.map((item) => item.id)).toEqual(annotations.map((annotation) => annotation.id));
  });

  it('gives every annotation its id, motivation, dates, creator, generator and a target with both selectors', () => {
    expect(items[0]).toMatchObject({
      type: 'Annotation',
      motivation: 'classifying',
      created: '2026-03-12T10:00:00Z',
      modified: '2026-03-12T11:30:00Z',
      creator: { type: 'Person', name: 'Ana Checker', homepage: 'https://factcheck.example/staff/ana' },
      generator: { type: 'Software', name: 'Claimmark' },
      generated: '2026-03-14T09:00:00Z',
      target: {
        type: 'SpecificResource',
        source: article.url,
        selector: [
          { type: 'TextQuoteSelector', exact: 'the eastern tram line will open in 2027', prefix: ' line 🚋 update\nThe council said ', suffix: ', two years late. "We are confid' },
          { type: 'TextPositionSelector', start: annotations[0].start, end: annotations[0].end },
        ],
      },
    });
  });

  it('counts positions and context in code points, so the emoji before the span counts once', () => {
    const [quote, position] = (items[0].target as JsonLdNode).selector as { prefix: string; start: number }[];
    expect(position.start).toBe(articleText.indexOf('the eastern') - 1);
    expect([...quote.prefix]).toHaveLength(32);
  });

  it('carries the kind, the claim and its author, the review, the sources and the note', () => {
    expect(items[0].body[0]).toEqual({ type: 'TextualBody', purpose: 'classifying', value: 'claim', format: 'text/plain' });
    expect(bodyOf(0, 'schema:Claim')).toEqual({
      id: `${annotations[0].id}#claim`,
      type: 'schema:Claim',
      'schema:author': {
        type: 'schema:Person',
        'schema:name': 'The council',
        'schema:jobTitle': 'Press office',
        'schema:affiliation': { type: 'schema:Organization', 'schema:name': 'City of Example' },
      },
      'schema:appearance': { id: article.url },
    });
    expect(bodyOf(0, 'schema:ClaimReview')).toEqual({
      id: `${annotations[0].id}#review`,
      type: 'schema:ClaimReview',
      'schema:claimReviewed': 'The eastern tram line will open in 2027.',
      'schema:itemReviewed': { id: `${annotations[0].id}#claim` },
      'schema:reviewRating': { type: 'schema:Rating', 'schema:alternateName': 'Mostly false', 'schema:identifier': 'mostly-false' },
    });
    const links = items[0].body.filter((body) => body.type === 'SpecificResource');
    expect(links).toEqual([
      {
        type: 'SpecificResource',
        purpose: 'linking',
        source: 'https://audit.example/report-2026',
        'schema:name': 'Audit report 2026',
        'schema:linkRelationship': 'refutes',
        state: { type: 'TimeState', sourceDateStart: '2026-03-11T00:00:00Z', sourceDateEnd: '2026-03-11T23:59:59Z' },
      },
      {
        type: 'SpecificResource',
        purpose: 'linking',
        source: 'https://council.example/timetable',
        'schema:linkRelationship': 'context',
        state: { type: 'TimeState', sourceDate: '2026-03-11T09:30:00+01:00' },
      },
    ]);
    expect(items[0].body.at(-1)).toEqual({ type: 'TextualBody', purpose: 'commenting', value: 'The audit puts the opening in <b>2028</b>.', format: 'text/plain' });
  });

  it('exports a quote as a schema:Quotation with its speaker, style and occasion', () => {
    expect(bodyOf(1, 'schema:Quotation')).toEqual({
      id: `${annotations[1].id}#quotation`,
      type: 'schema:Quotation',
      'schema:text': 'We are confident in the new timetable',
      'schema:spokenByCharacter': {
        type: 'schema:Person',
        'schema:name': 'Mira Ostrander',
        'schema:jobTitle': 'Transport director',
        'schema:affiliation': { type: 'schema:Organization', 'schema:name': 'City of Example' },
      },
      'schema:isPartOf': { id: article.url },
      'schema:genre': 'direct',
      'schema:recordedAt': { type: 'schema:Event', 'schema:name': 'Press briefing, Monday 9 March 2026' },
    });
  });

  it('exports a site kind by its id, with a Claim as its meaning', () => {
    expect(items[3].body[0]).toMatchObject({ purpose: 'classifying', value: 'statistic' });
    expect(bodyOf(3, 'schema:Claim')).toBeDefined();
    expect(bodyOf(3, 'schema:ClaimReview')).toMatchObject({ 'schema:reviewRating': { 'schema:alternateName': 'Unverified', 'schema:identifier': 'unverified' } });
  });

  it('marks an orphan by a collapsed position where its text was, and keeps its quote without context', () => {
    expect((items[4].target as JsonLdNode).selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'a sentence the editor deleted' },
      { type: 'TextPositionSelector', start: 95, end: 95 },
    ]);
  });

  it('names an article without a URL by its document id', () => {
    const { url: _url, ...withoutUrl } = article;
    const exported = toJsonLd({ ...exportInput, article: withoutUrl, documentId: 'urn:uuid:11111111-2222-4333-8444-555555555555' });
    expect((exported.first.items[0].target as JsonLdNode).source).toBe('urn:uuid:11111111-2222-4333-8444-555555555555');
    expect(exported.first.items[0].body[1]['schema:appearance']).toEqual({ id: 'urn:uuid:11111111-2222-4333-8444-555555555555' });
    const fresh = toJsonLd({ ...exportInput, article: withoutUrl });
    expect((fresh.first.items[0].target as JsonLdNode).source).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  });

  it('throws when an anchored annotation does not match the text at its offsets', () => {
    expect(() => toJsonLd({ ...exportInput, annotations: [{ ...annotations[0], exact: 'something else' }] })).toThrow(
      `Annotation ${annotations[0].id}: the text at`,
    );
  });

  it('exports no annotations as an empty collection', () => {
    expect(toJsonLd({ ...exportInput, annotations: [] })).toMatchObject({ total: 0, first: { items: [] } });
  });
});

describe('toClaimReviews', () => {
  const reviews = toClaimReviews({
    article,
    annotations,
    verdicts: defaultVerdicts,
    url: 'https://factcheck.example/tram-line',
    author: { name: 'Fact Check Example', url: 'https://factcheck.example' },
    datePublished: '2026-03-15',
  });

  it('publishes one ClaimReview per anchored annotation with a finding, in text order', () => {
    // the statistic is "unverified" and the orphan has no verdict: neither is a finding to publish
    expect(reviews.map((review) => review.claimReviewed)).toEqual(['The eastern tram line will open in 2027.', 'The project budget has doubled since 2019']);
  });

  it('has the fields the fact-check tools require and recommend', () => {
    expect(reviews[0]).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://factcheck.example/tram-line',
      name: 'Fact check: The eastern tram line will open in 2027.',
      claimReviewed: 'The eastern tram line will open in 2027.',
      author: { '@type': 'Organization', name: 'Fact Check Example', url: 'https://factcheck.example' },
      publisher: { '@type': 'Organization', name: 'Fact Check Example', url: 'https://factcheck.example' },
      datePublished: '2026-03-15',
      reviewRating: { '@type': 'Rating', alternateName: 'Mostly false', ratingValue: 2, bestRating: 5, worstRating: 1 },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'The council', jobTitle: 'Press office', affiliation: { '@type': 'Organization', name: 'City of Example' } },
        datePublished: '2026-03-10',
        appearance: {
          '@type': 'CreativeWork',
          url: article.url,
          headline: article.title,
          datePublished: '2026-03-10',
          author: { '@type': 'Person', name: 'Sam Writer' },
          publisher: { '@type': 'Organization', name: 'News Example' },
        },
      },
    });
  });

  it('refuses a page URL that is not http(s)', () => {
    expect(() => toClaimReviews({ article, annotations, verdicts: defaultVerdicts, url: 'javascript:alert(1)', author: { name: 'X' } })).toThrow(
      'The fact-check URL "javascript:alert(1)" is not an http(s) URL',
    );
  });
});
