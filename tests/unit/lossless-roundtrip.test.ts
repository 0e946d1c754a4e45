/**
 * Lossless round trip (issue 11): a file another tool wrote, imported and
 * exported again, still says what it said. Its own selectors come out beside
 * ours (so Hypothesis or Apache Annotator still finds the annotation), what we
 * do not model comes out verbatim, HTML bodies come out sanitized as HTML,
 * private annotations stay out unless asked for. Fixtures follow the tools'
 * documented shapes: Hypothesis' API rows, the W3C model's examples, Recogito.
 */
import { describe, expect, it } from 'vitest';
import {
  type Annotation,
  type AnnotationRecord,
  CodePointIndex,
  type ImportResult,
  type JsonLdNode,
  anchorImported,
  defaultKinds,
  defaultVerdicts,
  fromJsonLd,
  toJsonLd,
} from '../../src/model/index.ts';
import { htmlText, sanitizeHtml } from '../../src/model/text/html.ts';
import { checkAnnotationRecord } from '../../src/store/record-checks.ts';
import { article, articleText } from './exchange-helpers.ts';
import { fares, hypothesisRow, hypothesisRows, recogito, w3c } from './carried-fixtures.ts';

const vocabulary = { kinds: defaultKinds, verdicts: defaultVerdicts };

/** Import `file` into `text`, place it, and export it again: the exported annotation nodes. */
function roundTrip(file: unknown, text = articleText, options: { includePrivate?: boolean } = {}): { items: JsonLdNode[]; imported: ImportResult; placed: Annotation[] } {
  const imported = fromJsonLd(file, vocabulary);
  const placed = anchorImported(new CodePointIndex(text), imported.annotations).annotations;
  const exported = toJsonLd({ article, text, annotations: placed, ...vocabulary, generated: '2026-12-03T08:00:00Z', ...options });
  return { items: exported.first.items, imported, placed };
}

function targetOf(item: JsonLdNode): JsonLdNode {
  return (Array.isArray(item.target) ? item.target[0] : item.target) as JsonLdNode;
}

/** Hypothesis' XPath range as the W3C model says it: XPath ends narrowed to their point by a collapsed position. */
function w3cRange(range: { startContainer?: string; startOffset?: number; endContainer?: string; endOffset?: number }) {
  const end = (value?: string, at?: number) => ({ type: 'XPathSelector', value, refinedBy: { type: 'TextPositionSelector', start: at, end: at } });
  return { type: 'RangeSelector', startSelector: end(range.startContainer, range.startOffset), endSelector: end(range.endContainer, range.endOffset) };
}

describe('Hypothesis files through a round trip', () => {
  const rows = hypothesisRows;

  it('exports each annotation with all its original selectors, unchanged, beside ours', () => {
    const { items } = roundTrip({ total: rows.length, rows });
    expect(items).toHaveLength(5);
    items.forEach((item, index) => {
      const selectors = targetOf(item).selector as JsonLdNode[];
      // ours first (code points), then Hypothesis' own, as alternatives for the same span
      expect(selectors.slice(0, 2).map((selector) => selector.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
      const [range, position, quote] = rows[index].target[0].selector;
      // its quote and its position (UTF-16, the page's) as Hypothesis wrote them; its range in the W3C model's terms
      expect(selectors).toContainEqual(position);
      expect(selectors).toContainEqual(quote);
      expect(selectors).toContainEqual(w3cRange(range));
      expect(targetOf(item).source).toBe(article.url);
    });
  });

  it('keeps its tags as tagging bodies, the kind they name as ours', () => {
    const { items } = roundTrip({ rows: [rows[0]] });
    const bodies = items[0].body as JsonLdNode[];
    expect(bodies[0]).toMatchObject({ purpose: 'classifying', value: 'fact' });
    expect(bodies).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: 'fact' });
    expect(bodies).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: 'transport' });
  });

  it('lists the Hypothesis fields no W3C annotation holds in the notes', () => {
    const { imported } = roundTrip({ rows: [rows[0]] });
    // the record keeps Hypothesis' own range, as it came
    expect(imported.annotations[0].fileTarget).toEqual({ source: article.url, selectors: rows[0].target[0].selector });
    expect(imported.noteDetails).toContainEqual({ code: 'not-carried', value: 'document, group', items: [0] });
  });

  it('replaces the file\'s quote and position by ours when the words changed, and keeps the range', () => {
    const edited = articleText.replace('Fares rose 12%', 'Fares rose 13%');
    const { items, placed } = roundTrip({ rows: [rows[0]] }, edited);
    expect(placed[0]).toMatchObject({ status: 'anchored', exact: 'Fares rose 13%' });
    const selectors = targetOf(items[0]).selector as JsonLdNode[];
    expect(selectors.map((selector) => selector.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector', 'RangeSelector']);
    expect(selectors[0].exact).toBe('Fares rose 13%');
    expect(selectors[2]).toEqual(w3cRange(rows[0].target[0].selector[0]));
  });

  it('still has them all after a second pass through our own file', () => {
    const first = roundTrip({ rows: [rows[0]] });
    const again = roundTrip({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', items: first.items });
    expect(again.imported.annotations[0].fileTarget).toMatchObject({ source: article.url, selectors: expect.arrayContaining([w3cRange(rows[0].target[0].selector[0])]) });
    expect(targetOf(again.items[0]).selector).toEqual(targetOf(first.items[0]).selector);
    expect(again.items[0].body).toEqual(first.items[0].body);
  });

  it('marks private annotations and leaves them out of exports unless asked for', () => {
    const mine = hypothesisRow('AAAAAAAAAAA6', 'two years late', { permissions: { read: ['acct:someone@hypothes.is'] } });
    const group = hypothesisRow('AAAAAAAAAAA7', 'Fares rose 12%', { permissions: { read: ['group:Ab12Cd34'] } });
    const { imported, items } = roundTrip({ rows: [rows[0], mine, group] });
    expect(imported.annotations.map((annotation) => annotation.private)).toEqual([undefined, true, true]);
    expect(items.map((item) => item.id)).toEqual(['https://hypothes.is/a/AAAAAAAAAAA1']);
    const all = roundTrip({ rows: [rows[0], mine, group] }, articleText, { includePrivate: true });
    expect(all.items).toHaveLength(3);
  });
});

describe('W3C annotations through a round trip', () => {
  it('places a quote given in a refinedBy, and exports the FragmentSelector again', () => {
    const { items, imported, placed } = roundTrip(w3c);
    expect(imported.rejected).toEqual([]);
    expect(placed[0]).toMatchObject({ status: 'anchored', exact: fares });
    expect(targetOf(items[0]).selector as JsonLdNode[]).toContainEqual((w3c.target[0] as { selector: unknown }).selector);
  });

  it('exports the annotation\'s, the target\'s and the bodies\' fields as the file gave them', () => {
    const { items } = roundTrip(w3c);
    const [item] = items;
    for (const key of ['motivation', 'rights', 'audience', 'canonical', 'via', 'stylesheet'] as const) expect(item[key]).toEqual(w3c[key]);
    expect(item.generator).toEqual([{ type: 'Software', name: 'Claimmark' }, w3c.generator]);
    const [target, second] = item.target as JsonLdNode[];
    const { selector: _selector, ...given } = w3c.target[0] as Record<string, unknown>;
    expect(target).toMatchObject(given);
    expect(second).toBe('http://example.org/page2');
    // the tagging SpecificResource stays a tag, not a source
    expect(item.body as JsonLdNode[]).toEqual(expect.arrayContaining(w3c.body));
    expect((item.body as JsonLdNode[]).filter((body) => body.purpose === 'linking')).toEqual([]);
  });

  it('keeps an HTML body as sanitized HTML, reads its words as the note, and writes our note once it is edited', () => {
    const unsafe = { ...w3c, body: { type: 'TextualBody', format: 'text/html', value: '<p onclick="steal()">Rose <script>steal()</script><a href="javascript:steal()">12%</a></p><style>p{}</style>' } };
    const { items, imported, placed } = roundTrip(unsafe);
    expect(placed[0].note).toBe('Rose 12%');
    expect(imported.noteDetails.map((note) => note.code)).toContain('html-cleaned');
    expect(items[0].body as JsonLdNode[]).toContainEqual({ type: 'TextualBody', format: 'text/html', value: '<p>Rose <a>12%</a></p>' });
    const edited = toJsonLd({ article, text: articleText, annotations: [{ ...placed[0], note: 'Rose 12%, checked.' }], ...vocabulary });
    const bodies = edited.first.items[0].body;
    expect(bodies.filter((body) => body.format === 'text/html')).toEqual([]);
    expect(bodies).toContainEqual({ type: 'TextualBody', purpose: 'commenting', value: 'Rose 12%, checked.', format: 'text/plain' });
  });

  it('keeps an EPUB CFI and a position inside a refinement, and rejects a refinement with only a position with the right reason', () => {
    const cfi = { type: 'FragmentSelector', conformsTo: 'http://www.idpf.org/epub/linking/cfi/epub-cfi.html', value: 'epubcfi(/6/4[chap01ref]!/4[body01]/10[para05]/3:10)' };
    const { items } = roundTrip({ ...w3c, target: { source: article.url, selector: [cfi, { type: 'TextQuoteSelector', exact: fares }] } });
    expect(targetOf(items[0]).selector as JsonLdNode[]).toContainEqual(cfi);
    const positionOnly = fromJsonLd({ ...w3c, target: { source: article.url, selector: { type: 'CssSelector', value: '#para3', refinedBy: { type: 'TextPositionSelector', start: 0, end: 14 } } } }, vocabulary);
    expect(positionOnly.rejected).toEqual([expect.objectContaining({ code: 'page-selector-only', value: 'CssSelector' })]);
    expect(positionOnly.noteDetails.map((note) => note.code)).toContain('refined-position');
  });

  it('drops what is carried beyond 64 KiB, and says so', () => {
    const big = { ...w3c, rights: 'x'.repeat(70_000) };
    const { imported, items } = roundTrip(big);
    expect(imported.annotations[0].carried).toBeUndefined();
    expect(imported.noteDetails).toContainEqual(expect.objectContaining({ code: 'not-carried' }));
    expect(items[0].rights).toBeUndefined();
  });
});

describe('Recogito annotations through a round trip', () => {
  it('makes its bare UUID urn:uuid:, keeps an IRI, and exports its bodies and selectors unchanged', () => {
    const { items, placed } = roundTrip(JSON.parse(JSON.stringify(recogito)));
    expect(placed[0].id).toBe('urn:uuid:5b4c3a2e-1f0d-4e9c-8b7a-6f5e4d3c2b1a');
    expect(roundTrip({ ...w3c }).placed[0].id).toBe('http://example.org/anno41');
    const bodies = items[0].body as JsonLdNode[];
    expect(bodies).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: 'Place' });
    expect(bodies).toContainEqual({ type: 'TextualBody', purpose: 'commenting', value: 'A fare, not a place.', created: '2026-03-12T10:00:00Z' });
    expect(targetOf(items[0]).selector as JsonLdNode[]).toEqual(expect.arrayContaining(recogito.target.selector));
  });
});

describe('sanitizeHtml', () => {
  it.each([
    ['<p>fine <b>bold</b> <a href="https://x.example/" title="t">link</a></p>', '<p>fine <b>bold</b> <a href="https://x.example/" title="t">link</a></p>'],
    ['<img src=x onerror=alert(1)><p>a</p>', '<p>a</p>'],
    ['<a href="javascript:alert(1)" onclick="x()">a</a>', '<a>a</a>'],
    ['<a href=" JaVaScRiPt:alert(1)">a</a>', '<a>a</a>'],
    ['<script>alert(1)</script>after', 'after'],
    ['<style>*{}</style><!-- <script>x</script> -->ok', 'ok'],
    ['<p>open <em>unclosed', '<p>open <em>unclosed</em></p>'],
    ['1 < 2 & 3 > 2 &amp; &copy;', '1 &lt; 2 &amp; 3 &gt; 2 &amp; &copy;'],
    ['<p title="a&quot;b" class="c" style="d">x</p>', '<p title="a&quot;b">x</p>'],
    ['</b>stray<svg><script>x</script></svg>', 'stray'],
  ])('cleans %s', (given, clean) => {
    expect(sanitizeHtml(given)).toBe(clean);
    expect(sanitizeHtml(clean)).toBe(clean);
  });

  it('reads the words of HTML as text, a line for each block', () => {
    expect(htmlText('<p>One &amp; <b>two</b></p><p>three</p>')).toBe('One & two\nthree');
  });
});

describe('stored records with carried fields', () => {
  const record: AnnotationRecord = {
    id: 'urn:uuid:5b4c3a2e-1f0d-4e9c-8b7a-6f5e4d3c2b1a',
    kind: 'note',
    created: '2026-03-12T10:00:00Z',
    modified: '2026-03-12T10:00:00Z',
    fileTarget: { source: article.url, selectors: [{ type: 'RangeSelector', startContainer: '/p[1]', startOffset: 0, endContainer: '/p[1]', endOffset: 4 }] },
    carried: { annotation: { motivation: 'commenting', rights: 'https://example.org/licence' }, targets: ['http://example.org/page2'], bodies: [{ type: 'TextualBody', purpose: 'tagging', value: 'Place' }] },
    private: true,
  };

  it('reads them back as stored', () => {
    expect(checkAnnotationRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
  });

  it.each([
    ['a carried key the export writes itself', { ...record, carried: { annotation: { id: 'urn:x:other' } } }, 'record.carried.annotation.id'],
    ['a selector that is not an object', { ...record, fileTarget: { selectors: ['x'] } }, 'record.fileTarget.selectors[0]'],
    ['a value that is not JSON', { ...record, carried: { bodies: [new Date()] } }, 'record.carried.bodies[0]'],
    ['private as a string', { ...record, private: 'yes' }, 'record.private'],
    ['more than 64 KiB carried', { ...record, carried: { bodies: ['x'.repeat(70_000)] } }, 'record.carried'],
  ])('refuses %s with the field named', (_, value, field) => {
    expect(() => checkAnnotationRecord(value)).toThrow(expect.objectContaining({ field }));
  });
});
