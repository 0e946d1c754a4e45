import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CodePointIndex,
  ImportError,
  anchorImported,
  defaultKinds,
  defaultVerdicts,
  fromJsonLd,
  maxImportSize,
  samePage,
  toJsonLd,
} from '../../src/model/index.ts';
import { annotations, article, articleText, exportInput, vocabulary } from './exchange-helpers.ts';

const defaults = { kinds: defaultKinds, verdicts: defaultVerdicts };
const fixture = (name: string) => readFileSync(new URL(`../fixtures/jsonld/${name}`, import.meta.url), 'utf8');

/** A W3C annotation from another tool: a tag and a quote, nothing of ours. */
function foreign(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'https://annotations.example/a/1',
    type: 'Annotation',
    created: '2026-02-01T08:00:00Z',
    body: [{ type: 'TextualBody', purpose: 'tagging', value: 'Claim' }],
    target: {
      source: article.url,
      selector: [{ type: 'TextQuoteSelector', exact: 'Fares rose 12%', prefix: 'audit office. ', suffix: ' last year.' }],
    },
    ...overrides,
  };
}

describe('fromJsonLd reads our own export back', () => {
  it('returns every annotation with its fields, selectors in code points, and the article', () => {
    const result = fromJsonLd(JSON.stringify(toJsonLd(exportInput)), vocabulary);
    expect(result.rejected).toEqual([]);
    expect(result.notes).toEqual([]);
    expect(result.article).toEqual(article);
    const [claim, , , , orphan] = result.annotations;
    expect(claim).toMatchObject({
      id: annotations[0].id,
      kind: 'claim',
      claim: annotations[0].claim,
      verdict: 'mostly-false',
      sources: annotations[0].sources,
      positionUnit: 'code-point',
      orphaned: false,
      source: article.url,
      selector: { exact: annotations[0].exact, start: annotations[0].start, end: annotations[0].end },
    });
    expect(orphan).toMatchObject({ orphaned: true, selector: { exact: 'a sentence the editor deleted', start: 95, end: 95 } });
  });

  it('places them where they were, orphans included', () => {
    const { annotations: imported } = fromJsonLd(toJsonLd(exportInput), vocabulary);
    const placed = anchorImported(new CodePointIndex(articleText), imported);
    expect(placed.annotations).toEqual(annotations);
    expect(placed.orphaned).toEqual([annotations[4].id]);
    expect(placed.moved).toEqual([]);
  });

  it('keeps an orphan orphaned even when its words occur elsewhere in the text', () => {
    const orphan = { ...annotations[4], exact: 'Fares rose' };
    const { annotations: imported } = fromJsonLd(toJsonLd({ ...exportInput, annotations: [orphan] }), vocabulary);
    expect(anchorImported(new CodePointIndex(articleText), imported).annotations).toEqual([orphan]);
  });

  it('re-anchors into an edited copy: moved text, a changed word, a deleted sentence', () => {
    const edited = articleText
      .replace('Tram line 🚋 update\n', 'Tram line 🚋 update\nEditor’s note: this story was updated on Friday with the audit figures.\n')
      .replace('will open in 2027', 'will open in 2028')
      .replace(' Fares rose 12% last year.', '');
    const { annotations: imported } = fromJsonLd(toJsonLd(exportInput), vocabulary);
    const placed = anchorImported(new CodePointIndex(edited), imported);
    expect(placed.matches.map((match) => match?.method ?? null)).toEqual(['fuzzy', 'quote', 'quote', null, null]);
    expect(placed.annotations.map((annotation) => annotation.exact)).toEqual([
      'the eastern tram line will open in 2028',
      'We are confident in the new timetable',
      'The project budget has doubled since 2019',
      'Fares rose 12%',
      'a sentence the editor deleted',
    ]);
    expect(placed.moved).toEqual([annotations[0].id]);
    expect(placed.orphaned).toEqual([annotations[3].id, annotations[4].id]);
  });

  it('reads a top-level array of collections, and a page on its own', () => {
    const exported = toJsonLd(exportInput);
    expect(fromJsonLd([exported, { ...exported, first: { ...exported.first, items: [] } }], vocabulary).annotations).toHaveLength(5);
    expect(fromJsonLd({ '@context': exported['@context'], ...exported.first }, vocabulary).annotations).toHaveLength(5);
  });

  it('gives a kind the vocabulary lacks the untagged kind, and notes the one the file named', () => {
    const result = fromJsonLd(toJsonLd(exportInput), defaults);
    expect(result.rejected).toEqual([]);
    expect(result.annotations.map((annotation) => annotation.kind)).toEqual(['claim', 'quote', 'fact', 'note', 'claim']);
    expect(result.untagged).toBe(1);
    expect(result.untaggedKind).toBe('note');
    expect(result.noteDetails).toContainEqual({ code: 'unknown-kind', value: 'statistic', items: [3] });
  });

  it('keeps a verdict the scale lacks as a rating from elsewhere, with its id', () => {
    const exported = JSON.parse(JSON.stringify(toJsonLd(exportInput)).replaceAll('"mostly-false"', '"pants-on-fire"').replaceAll('"Mostly false"', '"Pants on fire"'));
    const result = fromJsonLd(exported, vocabulary);
    expect(result.rejected).toEqual([]);
    expect(result.annotations[0].verdict).toBeUndefined();
    expect(result.annotations[0].foreignRating).toEqual({ label: 'Pants on fire', id: 'pants-on-fire' });
    expect(result.noteDetails).toContainEqual({ code: 'foreign-rating', value: 'Pants on fire', items: [0] });
  });
});

describe('fromJsonLd reads other tools', () => {
  it('keeps an IRI id as given and makes a bare UUID (as Recogito writes it) urn:uuid:', () => {
    const uuid = '6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b';
    const result = fromJsonLd([foreign(), foreign({ id: uuid }), foreign({ id: `urn:uuid:${uuid.toUpperCase()}x` }), foreign({ id: 'not an id' })], defaults);
    const [iri, bare, urn, fresh] = result.annotations.map((annotation) => annotation.id);
    expect(iri).toBe('https://annotations.example/a/1');
    expect(bare).toBe(`urn:uuid:${uuid}`);
    expect(urn).toBe(`urn:uuid:${uuid.toUpperCase()}x`);
    expect(fresh).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(fresh).not.toBe(bare);
    expect(result.noteDetails).toContainEqual(expect.objectContaining({ code: 'bad-id', value: 'not an id' }));
    expect(result.noteDetails.map((note) => note.code)).not.toContain('new-id');
  });

  it('maps tagging bodies to kinds, whatever their case, and reports other tags', () => {
    const result = fromJsonLd(
      [
        foreign(),
        foreign({ id: 'https://annotations.example/a/2', body: [{ type: 'TextualBody', purpose: 'tagging', value: 'QUOTE' }, { type: 'TextualBody', purpose: 'tagging', value: 'transport' }] }),
        foreign({ id: 'https://annotations.example/a/3', motivation: 'tagging', body: { type: 'TextualBody', value: 'fact' } }),
        foreign({ id: 'https://annotations.example/a/4', body: [{ type: 'TextualBody', purpose: 'tagging', value: 'budget' }] }),
      ],
      defaults,
    );
    expect(result.annotations.map((annotation) => annotation.kind)).toEqual(['claim', 'quote', 'fact', 'note']);
    expect(result.rejected).toEqual([]);
    expect(result.untagged).toBe(1);
    expect(result.notes).toContain('Tags other than the kind were kept as tags, not as a kind: "transport" (item 1)');
    expect(result.notes).toContain('Tags other than the kind were kept as tags, not as a kind: "budget" (item 3)');
    expect(result.annotations[3].carried?.bodies).toEqual([{ type: 'TextualBody', purpose: 'tagging', value: 'budget' }]);
  });

  it('anchors a collapsed position from another tool by its quote: only our files mark orphans so', () => {
    const selector = [{ type: 'TextQuoteSelector', exact: 'Fares rose 12%' }, { type: 'TextPositionSelector', start: 3, end: 3 }];
    const result = fromJsonLd(foreign({ target: { source: article.url, selector } }), defaults);
    expect(result.annotations[0].orphaned).toBe(false);
    expect(anchorImported(new CodePointIndex(articleText), result.annotations).annotations[0]).toMatchObject({ status: 'anchored', exact: 'Fares rose 12%' });
  });

  it('reads a bare annotation, and says it assumed code points for its positions', () => {
    const selector = [{ type: 'TextQuoteSelector', exact: 'Fares rose 12%' }, { type: 'TextPositionSelector', start: 10, end: 24 }];
    const result = fromJsonLd(foreign({ target: { source: article.url, selector } }), defaults);
    expect(result.annotations).toHaveLength(1);
    expect(result.annotations[0]).toMatchObject({ positionUnit: 'unknown', created: '2026-02-01T08:00:00Z', modified: '2026-02-01T08:00:00Z' });
    expect(result.notes.join('\n')).toMatch(/1 positions from another tool were read as code points/);
  });

  it('reads a collection whose pages are embedded one after another', () => {
    const collection = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://annotations.example/c',
      type: 'AnnotationCollection',
      first: {
        id: 'https://annotations.example/c/1',
        type: 'AnnotationPage',
        items: [foreign()],
        next: { id: 'https://annotations.example/c/2', type: 'AnnotationPage', items: [foreign({ id: 'https://annotations.example/a/2' }), 'https://annotations.example/a/3'] },
      },
    };
    const result = fromJsonLd(collection, defaults);
    expect(result.annotations.map((annotation) => annotation.id)).toEqual(['https://annotations.example/a/1', 'https://annotations.example/a/2']);
    expect(result.rejected).toEqual([{ index: 2, reason: 'only the IRI "https://annotations.example/a/3" of an annotation that is not in the file, and nothing is fetched', code: 'reference-only', value: 'https://annotations.example/a/3' }]);
  });

  it('reads a @graph whose annotations refer to schema.org nodes beside them', () => {
    const graph = {
      '@context': ['https://schema.org/', 'http://www.w3.org/ns/anno.jsonld'],
      '@graph': [
        { id: 'urn:x:claim', type: 'Claim', author: { type: 'Person', name: 'Mira Ostrander' } },
        foreign({ '@context': undefined, body: ['urn:x:claim', { type: 'TextualBody', purpose: 'commenting', value: 'Check the fares table.' }] }),
      ],
    };
    const result = fromJsonLd(graph, defaults);
    expect(result.annotations[0]).toMatchObject({ kind: 'claim', attribution: { name: 'Mira Ostrander' }, note: 'Check the fares table.' });
  });

  it('drops javascript: and data: sources with a note, and keeps the annotation', () => {
    const body = [
      { type: 'TextualBody', purpose: 'classifying', value: 'fact' },
      { type: 'SpecificResource', purpose: 'linking', source: 'javascript:alert(1)' },
      { type: 'SpecificResource', purpose: 'linking', source: 'data:text/html,<script>alert(1)</script>' },
      { type: 'SpecificResource', purpose: 'linking', source: 'https://audit.example/report', 'schema:linkRelationship': 'maybe' },
    ];
    const result = fromJsonLd(foreign({ body }), defaults);
    expect(result.annotations[0].sources).toEqual([{ url: 'https://audit.example/report' }]);
    expect(result.notes).toEqual([
      'A source "javascript:alert(1)" was dropped: only http(s) links are kept (item 0)',
      'A source "data:text/html,<script>alert(1)</script>" was dropped: only http(s) links are kept (item 0)',
      'A source stance "maybe" was dropped: it must be supports, refutes or context (item 0)',
    ]);
  });

  it('keeps HTML in text fields as text', () => {
    const html = '<img src=x onerror="alert(1)"> <b>bold</b> &amp;';
    const result = fromJsonLd(foreign({ body: [{ type: 'TextualBody', purpose: 'tagging', value: 'claim' }, { type: 'TextualBody', value: html }] }), defaults);
    expect(result.annotations[0].note).toBe(html);
  });

  it('reports a remote @context and never fetches it', () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const result = fromJsonLd(foreign({ '@context': ['https://evil.example/context.jsonld', 'http://www.w3.org/ns/anno.jsonld'] }), defaults);
    expect(result.annotations).toHaveLength(1);
    expect(result.notes).toContain('The @context "https://evil.example/context.jsonld" was not fetched (Claimmark never fetches anything); its terms were read by their usual names');
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  afterEach(() => vi.unstubAllGlobals());
});

describe('fromJsonLd reads the Hypothesis export', () => {
  const result = fromJsonLd(fixture('hypothesis-export.json'), defaults);

  it('imports the tagged annotations and the reply, and rejects the rest with reasons', () => {
    expect(result.annotations.map((annotation) => [annotation.id, annotation.kind])).toEqual([
      ['https://hypothes.is/a/Xk3aQm9pEe-1bX0rN2cLqA', 'claim'],
      ['https://hypothes.is/a/Yb7cRn0qEe-2cY1sO3dMrB', 'quote'],
      ['https://hypothes.is/a/Zc8dSo1rEe-3dZ2tP4eNsC', 'fact'],
      ['https://hypothes.is/a/Cf1gVr4uEe-6gC5wS7hQvF', 'note'],
    ]);
    expect(result.untagged).toBe(1);
    // item 4 answers another annotation: a reply of the thread's first annotation, no longer rejected
    expect(result.replies).toHaveLength(1);
    expect(result.replies[0].index).toBe(4);
    expect(result.rejected).toEqual([
      { index: 3, reason: 'a page note: it has no selector in the text', code: 'page-note' },
      { index: 6, reason: 'only an XPath RangeSelector, which needs the page it was made in; no TextQuoteSelector or TextPositionSelector', code: 'range-selector-only' },
    ]);
  });

  it('keeps the text as a note, verbatim, and the dates', () => {
    expect(result.annotations[0]).toMatchObject({
      note: "Timetable says **2028**. <script>alert('x')</script> See [audit](javascript:alert(1)).",
      created: '2026-03-12T10:01:02.345678+00:00',
      modified: '2026-03-12T10:05:40.000001+00:00',
      positionUnit: 'utf-16',
      source: 'https://news.example/tram-line-update',
    });
  });

  it('anchors its UTF-16 positions as code points in the article', () => {
    const text = new CodePointIndex(articleText);
    const placed = anchorImported(text, result.annotations);
    expect(placed.matches.map((match) => match?.method)).toEqual(['position', 'position', 'position', 'quote']);
    expect(placed.annotations.map((annotation) => annotation.exact)).toEqual([
      'the eastern tram line will open in 2027',
      'We are confident in the new timetable',
      'The project budget has doubled since 2019',
      'Mira Ostrander',
    ]);
    expect(placed.annotations[0].start).toBe(36);
  });
});

describe('fromJsonLd with untrusted input', () => {
  it.each([
    ['text that is not JSON', '{"type": "Annotation",', /^The file is not valid JSON: /],
    ['a number', 42, /^Expected JSON text or an object, not number$/],
    ['JSON null', 'null', /^The file holds no annotations/],
    ['a JSON string', '"hello"', /^The file holds no annotations/],
    ['an object of another kind', { name: 'not annotations' }, /^The file is not a W3C annotation, collection, page or @graph, a Readium AnnotationSet, nor a Hypothesis export$/],
    ['text nested 100,000 deep', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, /more than 64 levels deep/],
  ])('throws an ImportError for %s', (_name, input, message) => {
    expect(() => fromJsonLd(input, defaults)).toThrow(ImportError);
    expect(() => fromJsonLd(input, defaults)).toThrow(message);
  });

  it('refuses text over 100 MB before parsing it', () => {
    const huge = `[${' '.repeat(maxImportSize)}]`;
    const parse = vi.spyOn(JSON, 'parse');
    expect(() => fromJsonLd(huge, defaults)).toThrow('The file is larger than 100 MB (104,857,602 characters); Claimmark imports files up to 100 MB');
    expect(() => fromJsonLd(huge, defaults)).toThrow(expect.objectContaining({ reason: 'too-large', limit: 100 }));
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });

  it('refuses a parsed object over 100 MB as it would the text', () => {
    // 110 items of 1 MB each, passed as an object: the page parsed the file itself
    const megabyte = 'x'.repeat(1024 * 1024);
    const items = Array.from({ length: 110 }, (_, i) => foreign({ id: `https://annotations.example/a/${i}`, body: [{ type: 'TextualBody', value: megabyte }] }));
    expect(() => fromJsonLd(items, defaults)).toThrow(expect.objectContaining({ reason: 'too-large', limit: 100 }));
    expect(() => fromJsonLd(items.slice(0, 90), defaults)).not.toThrow();
  });

  it('refuses an object nested 100,000 deep, and a cyclic one, without a stack overflow', () => {
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 100_000; i++) deep = { body: deep };
    expect(() => fromJsonLd(deep, defaults)).toThrow(/more than 64 levels deep/);
    const cyclic: Record<string, unknown> = { type: 'Annotation' };
    cyclic.body = cyclic;
    expect(() => fromJsonLd(cyclic, defaults)).toThrow(/more than 64 levels deep/);
  });

  it.each(['toString', 'constructor', 'hasOwnProperty', '__proto__', 'valueOf'])('reads a body or annotation type named %s as a name, not a built-in', (name) => {
    const result = fromJsonLd(foreign({ body: [{ type: name, id: 'https://example.org/thing' }, { type: 'TextualBody', purpose: 'tagging', value: 'Claim' }] }), defaults);
    expect(result.annotations).toHaveLength(1);
    expect(result.rejected).toEqual([]);
    expect(result.annotations[0].carried?.bodies?.[0]).toEqual({ type: name, id: 'https://example.org/thing' });
    const odd = fromJsonLd({ ...foreign(), type: ['Annotation', name] }, defaults);
    expect(odd.annotations).toHaveLength(1);
  });

  it('lists at most 20 notes of one kind and counts the rest, each item once', () => {
    // 30 items, each with 100 contexts of its own that are not fetched: 3,000 notes before
    const items = Array.from({ length: 30 }, (_, i) =>
      foreign({ id: `https://annotations.example/a/${i}`, '@context': ['http://www.w3.org/ns/anno.jsonld', ...Array.from({ length: 100 }, (_, c) => `https://contexts.example/${i}/${c}.jsonld`)] }),
    );
    const result = fromJsonLd(items, defaults);
    expect(result.annotations).toHaveLength(30);
    const contexts = result.noteDetails.filter((note) => note.code === 'context-not-fetched');
    expect(contexts).toHaveLength(20);
    expect(result.noteDetails).toContainEqual({ code: 'more-notes', value: String(3000 - 20), items: [] });
    expect(result.notes.length).toBeLessThan(30);
    // one item that says the same thing twice is listed once
    const twice = fromJsonLd([foreign({ body: ['javascript:x', 'javascript:x', { type: 'TextualBody', purpose: 'tagging', value: 'Claim' }] })], defaults);
    expect(twice.noteDetails.find((note) => note.code === 'source-url')?.items).toEqual([0]);
  });

  it('never lets __proto__, constructor or prototype keys reach an object', () => {
    const text = JSON.stringify(foreign({ body: [{ type: 'TextualBody', purpose: 'tagging', value: 'claim' }, { type: 'TextualBody', value: 'note' }] }))
      .replace('"type":"Annotation"', '"type":"Annotation","__proto__":{"polluted":true,"kind":"quote"},"constructor":{"prototype":{"polluted":true}}')
      .replace('"value":"note"', '"value":"note","__proto__":{"value":"injected"}');
    const result = fromJsonLd(text, defaults);
    expect(result.annotations[0]).toMatchObject({ kind: 'claim', note: 'note' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.annotations[0])).toBe(Object.prototype);
    expect(result.notes).toContain('3 keys named __proto__, constructor or prototype were ignored');
  });

  it('rejects items of the wrong shape or types and still imports the good ones', () => {
    const result = fromJsonLd(
      [
        foreign(),
        'an annotation?',
        foreign({ id: 'https://annotations.example/a/2', target: 9 }),
        foreign({ id: 'https://annotations.example/a/3', target: { source: article.url, selector: { type: 'TextPositionSelector', start: '10', end: 20 } } }),
        foreign({ id: 'https://annotations.example/a/1' }),
        foreign({ id: 'https://annotations.example/a/5', type: 'Bookmark', target: undefined }),
        foreign({ id: 'javascript:alert(1)', created: 'yesterday', body: [{ type: 'TextualBody', purpose: 'classifying', value: 'claim' }, { type: 'TextualBody', value: 12 }] }),
      ],
      defaults,
    );
    expect(result.annotations.map((annotation) => annotation.kind)).toEqual(['claim', 'claim']);
    expect(result.annotations[1].id).toMatch(/^urn:uuid:/);
    expect(result.rejected).toEqual([
      { index: 1, reason: 'not an annotation but a string', code: 'not-an-annotation' },
      { index: 2, reason: 'no TextQuoteSelector or TextPositionSelector', code: 'no-selector' },
      { index: 3, reason: 'no TextQuoteSelector or TextPositionSelector', code: 'no-selector' },
      { index: 4, reason: 'duplicate id "https://annotations.example/a/1" (item 0 has it too)', code: 'duplicate-id', value: 'https://annotations.example/a/1' },
      { index: 5, reason: 'not an annotation: it has no type Annotation and no target', code: 'not-an-annotation' },
    ]);
    expect(result.notes).toEqual(
      expect.arrayContaining([
        'A TextPositionSelector with start "10" and end 20 was skipped: they must be whole numbers, start <= end (item 3)',
        'An id "javascript:alert(1)" is not an http(s), urn: or tag: IRI; the annotation was given a new one (item 6)',
        'A created date "yesterday" is not an ISO 8601 date and was not used (item 6)',
      ]),
    );
    // the same notes as data, which the element says in its language
    expect(result.noteDetails).toEqual(
      expect.arrayContaining([
        { code: 'bad-position', value: '"10"–20', items: [3] },
        { code: 'bad-id', value: 'javascript:alert(1)', items: [6] },
        { code: 'bad-created', value: 'yesterday', items: [6] },
      ]),
    );
    expect(result.noteDetails).toHaveLength(result.notes.length);
  });
});

describe('items a file gives no id or date', () => {
  const idLess = () => ({ ...foreign(), id: undefined, created: undefined });
  const file = () => ({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', first: { items: [idLess(), idLess(), foreign({ id: undefined, bodyValue: 'other' })] } });

  it('get ids from what the file says of them, the same on every import, distinct for identical items', () => {
    const first = fromJsonLd(file(), defaults).annotations.map((a) => a.id);
    const again = fromJsonLd(file(), defaults).annotations.map((a) => a.id);
    expect(first).toHaveLength(3);
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(3);
    for (const id of first) expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('are marked so the merge never lets the import time win over an edit', () => {
    const [annotation] = fromJsonLd({ ...idLess(), id: 'urn:x:1' }, defaults).annotations;
    expect(annotation).toMatchObject({ undated: true });
    expect(fromJsonLd(foreign(), defaults).annotations[0]!.undated).toBeUndefined();
    expect(fromJsonLd(idLess(), defaults).annotations[0]!.newId).toBe(true);
  });
});

describe('annotations of another page', () => {
  it('are told apart from the article by address, as a reader would', () => {
    expect(samePage('https://news.example.org/tram', 'http://www.news.example.org/tram/?utm_source=feed&fbclid=x#top')).toBe(true);
    expect(samePage('https://news.example.org/tram?page=2', 'https://news.example.org/tram?page=3')).toBe(false);
    expect(samePage('https://news.example.org/tram', 'https://news.example.org/bus')).toBe(false);
    expect(samePage('https://news.example.org/Tram', 'https://NEWS.example.org/Tram')).toBe(true);
  });

  it('are noted and listed once each when the caller gives the article address', () => {
    const other = foreign({ target: { source: 'https://elsewhere.example/story', selector: { type: 'TextQuoteSelector', exact: 'Fares rose 12%' } } });
    const result = fromJsonLd([other, { ...other, id: 'https://annotations.example/a/2' }, foreign({ id: 'https://annotations.example/a/3' })], defaults, { articleUrl: article.url });
    expect(result.otherSources).toEqual(['https://elsewhere.example/story']);
    expect(result.noteDetails.filter((n) => n.code === 'other-source')).toEqual([{ code: 'other-source', value: 'https://elsewhere.example/story', items: [0, 1] }]);
    expect(fromJsonLd([other], defaults).otherSources).toEqual([]);
  });
});

describe('an organisation speaking', () => {
  const army = { name: 'The army', type: 'Organization' as const, organization: 'Ministry of Defence' };
  const spoken = [{ ...annotations[0], attribution: army }, { ...annotations[1], attribution: { name: 'The party', type: 'Organization' as const } }, annotations[2]];

  it('is exported as a schema:Organization, part of another, for claims and quotes', () => {
    const items = toJsonLd({ ...exportInput, annotations: spoken }).first.items;
    const meaning = (index: number) => items[index].body[1];
    expect(meaning(0)['schema:author']).toEqual({
      type: 'schema:Organization',
      'schema:name': 'The army',
      'schema:parentOrganization': { type: 'schema:Organization', 'schema:name': 'Ministry of Defence' },
    });
    expect(meaning(1)['schema:spokenByCharacter']).toEqual({ type: 'schema:Organization', 'schema:name': 'The party' });
  });

  it('comes back as an organisation, and a person as a person', () => {
    const imported = fromJsonLd(JSON.stringify(toJsonLd({ ...exportInput, annotations: spoken })), vocabulary);
    expect(imported.annotations.map((annotation) => annotation.attribution)).toEqual([army, { name: 'The party', type: 'Organization' }, undefined]);
    const people = fromJsonLd(JSON.stringify(toJsonLd(exportInput)), vocabulary);
    expect(people.annotations[0].attribution).toEqual(annotations[0].attribution);
  });

  it('is read from another tool’s schema.org Organization', () => {
    const file = foreign({
      '@context': ['https://schema.org/docs/jsonldcontext.jsonld', 'http://www.w3.org/ns/anno.jsonld'],
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: 'Claim' },
        { id: 'https://annotations.example/a/1#claim', '@type': 'schema:Claim', 'schema:author': { '@type': 'schema:Organization', 'schema:name': 'Audit office' } },
      ],
    });
    expect(fromJsonLd(file, defaults).annotations[0].attribution).toEqual({ name: 'Audit office', type: 'Organization' });
  });
});
