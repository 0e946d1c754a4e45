/** Files as other tools write them, with what we do not model, for the lossless round trip (issue 11). */
import { article, articleText } from './exchange-helpers.ts';

export const fares = 'Fares rose 12%';

/** UTF-16 offsets of `exact` in the article, as Hypothesis counts them. */
export function utf16(exact: string, text = articleText): { start: number; end: number } {
  const start = text.indexOf(exact);
  return { start, end: start + exact.length };
}

/** Hypothesis' three selectors for a passage, as its client writes them (XPath range, UTF-16 position, quote with 32 characters of context). */
export function hypothesisSelectors(exact: string) {
  const at = articleText.indexOf(exact);
  return [
    { type: 'RangeSelector', startContainer: '/main[1]/p[3]', startOffset: 75, endContainer: '/main[1]/p[3]', endOffset: 89 },
    { type: 'TextPositionSelector', ...utf16(exact) },
    { type: 'TextQuoteSelector', exact, prefix: articleText.slice(Math.max(0, at - 32), at), suffix: articleText.slice(at + exact.length, at + exact.length + 32) },
  ];
}

/** A row of Hypothesis' search API. */
export function hypothesisRow(id: string, exact: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    created: '2026-03-12T10:01:02.345678+00:00',
    updated: '2026-03-12T10:01:02.345678+00:00',
    user: 'acct:someone@hypothes.is',
    uri: article.url,
    text: 'Check this.',
    tags: ['fact', 'transport'],
    group: '__world__',
    permissions: { read: ['group:__world__'], update: ['acct:someone@hypothes.is'], delete: ['acct:someone@hypothes.is'], admin: ['acct:someone@hypothes.is'] },
    target: [{ source: article.url, selector: hypothesisSelectors(exact) }],
    document: { title: ['Tram line update'] },
    ...extra,
  };
}

/** Five Hypothesis rows on five passages of the article. */
export const hypothesisRows = [
  hypothesisRow('AAAAAAAAAAA1', fares),
  hypothesisRow('AAAAAAAAAAA2', 'The project budget has doubled since 2019'),
  hypothesisRow('AAAAAAAAAAA3', 'We are confident in the new timetable'),
  hypothesisRow('AAAAAAAAAAA4', 'the eastern tram line will open in 2027'),
  hypothesisRow('AAAAAAAAAAA5', 'two years late'),
];

/** The W3C model's shapes: refinement (Example 41), multiple targets, HTML bodies, a tagging SpecificResource. */
export const w3c = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'http://example.org/anno41',
  type: 'Annotation',
  motivation: 'commenting',
  rights: 'https://creativecommons.org/publicdomain/zero/1.0/',
  audience: { id: 'http://example.edu/roles/teacher', type: 'schema:EducationalAudience', 'schema:educationalRole': 'teacher' },
  canonical: 'urn:uuid:dbfb1861-0ecf-41ad-be94-a584e5c4f1df',
  via: 'http://other.example.org/anno9',
  stylesheet: { id: 'http://example.org/style1', type: 'CssStylesheet' },
  generator: { id: 'http://example.org/client1', type: 'Software', name: 'Code v2.1' },
  body: [
    { type: 'TextualBody', value: '<p>Rose <em>12%</em>, <a href="https://stats.example/fares" title="Fares">says</a> the office.</p>', format: 'text/html', language: 'en', textDirection: 'ltr' },
    { type: 'SpecificResource', purpose: 'tagging', source: 'http://example.org/tags/fares' },
    { id: 'http://example.org/analysis1.mp3', format: 'audio/mpeg', language: 'fr' },
  ],
  target: [
    {
      source: article.url,
      styleClass: 'mystyle',
      scope: 'http://example.org/index.html',
      renderedVia: { id: 'http://example.com/renderer', type: 'Software', 'schema:softwareVersion': '2.5' },
      state: { type: 'TimeState', cached: 'http://archive.example/copy1', sourceDate: '2026-03-10T10:00:00Z' },
      selector: {
        type: 'FragmentSelector',
        value: 'para3',
        refinedBy: { type: 'TextQuoteSelector', exact: fares, prefix: 'audit office. ', suffix: ' last year.' },
      },
    },
    'http://example.org/page2',
  ],
};

/** Recogito: a bare UUID, its tag and comment as bodies, a quote and a position. */
export const recogito = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: '5b4c3a2e-1f0d-4e9c-8b7a-6f5e4d3c2b1a',
  type: 'Annotation',
  body: [
    { type: 'TextualBody', purpose: 'tagging', value: 'Place' },
    { type: 'TextualBody', purpose: 'commenting', value: 'A fare, not a place.', creator: undefined, created: '2026-03-12T10:00:00Z' },
  ],
  target: { selector: [{ type: 'TextQuoteSelector', exact: fares }, { type: 'TextPositionSelector', ...utf16(fares) }] },
};

