import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleText, articleSchema, quoteAt } from '../../src/editor/index.ts';
import { CodePointIndex, describeQuote, findQuote, quoteBetween } from '../../src/model/index.ts';
import { article } from './helpers.ts';

const text = new CodePointIndex('The eastern line opens in 2027. Critics say the eastern line is late. 😀 Done.');

describe('findQuote', () => {
  it('finds a unique quote', () => {
    expect(findQuote(text, { exact: 'opens in 2027' })).toEqual({ found: true, span: { start: 17, end: 30 } });
  });

  it('reports a repeated quote without context as ambiguous', () => {
    expect(findQuote(text, { exact: 'eastern line' })).toMatchObject({ found: false, reason: 'ambiguous', candidates: 2 });
  });

  it('chooses between repeats by prefix or suffix', () => {
    expect(findQuote(text, { exact: 'eastern line', prefix: 'Critics say the ' })).toEqual({ found: true, span: { start: 48, end: 60 } });
    expect(findQuote(text, { exact: 'eastern line', suffix: ' opens' })).toEqual({ found: true, span: { start: 4, end: 16 } });
  });

  it('rejects a unique quote whose context does not match', () => {
    expect(findQuote(text, { exact: 'opens in 2027', prefix: 'closes ' })).toMatchObject({ found: false, reason: 'not-found' });
  });

  it('counts code points after an emoji', () => {
    const match = findQuote(text, { exact: 'Done' });
    expect(match).toEqual({ found: true, span: { start: 72, end: 76 } });
    expect(text.slice(72, 76)).toBe('Done');
  });

  it('does not find an absent or empty quote', () => {
    expect(findQuote(text, { exact: 'tram' })).toMatchObject({ found: false, reason: 'not-found' });
    expect(findQuote(text, { exact: '' })).toMatchObject({ found: false, reason: 'not-found' });
  });
});

describe('describeQuote', () => {
  it('gives the exact text with up to 32 code points of context', () => {
    const quote = describeQuote(text, { start: 48, end: 60 });
    expect(quote.exact).toBe('eastern line');
    expect(quote.prefix).toBe(' opens in 2027. Critics say the ');
    expect(quote.prefix.length).toBe(32);
    expect(quote.suffix).toBe(' is late. 😀 Done.');
  });
});

describe('quote context, stored and exported', () => {
  const paragraphs = ['😀'.repeat(40) + ' The eastern line opens in 2027.', 'Critics say it is late. ' + '😀'.repeat(40)];
  const doc = article(...paragraphs);
  const plain = ArticleText.of(doc);

  it('keeps the last and first 32 code points around a quote, astral ones counted once', () => {
    expect(quoteBetween('😀'.repeat(40) + ' ab', 'c', 'de' + '😀'.repeat(40))).toEqual({
      exact: 'c',
      prefix: '😀'.repeat(29) + ' ab',
      suffix: 'de' + '😀'.repeat(30),
    });
  });

  it.each(['eastern line', '2027.', 'Critics', 'late.'])('builds the same context for "%s" from the editor as the export does', (exact) => {
    const start = plain.index.toCodePoint(plain.text.indexOf(exact));
    const span = { start, end: start + [...exact].length };
    const from = plain.posAt(span.start);
    const to = plain.posAt(span.end);
    expect(quoteAt(doc, from, to, exact)).toEqual(describeQuote(plain.index, span));
  });

  it('gives a batch the context the export gives, read from the indexed text (headings, empty paragraphs, emoji)', () => {
    const words = fc.constantFrom('', 'a', 'The line', ' opens ', '😀', 'é', 'in 2027.', 'x😀y');
    const paragraph = fc.array(words, { maxLength: 4 }).map((parts) => ({ type: 'paragraph', ...(parts.join('') ? { content: [{ type: 'text', text: parts.join('') }] } : {}) }));
    const block = fc.oneof(paragraph, paragraph.map((p) => ({ ...p, type: 'heading', attrs: { level: 2 } })));
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 12 }), fc.nat(), fc.nat(), (blocks, a, b) => {
        const doc = articleSchema.nodeFromJSON({ type: 'doc', content: blocks });
        const indexed = ArticleText.of(doc);
        const start = a % (indexed.index.length + 1);
        const span = { start, end: Math.min(indexed.index.length, start + (b % 20)) };
        const exact = indexed.index.slice(span.start, span.end);
        expect(quoteAt(doc, indexed.posAt(span.start), indexed.posAt(span.end), exact, indexed)).toEqual(describeQuote(indexed.index, span));
      }),
      { numRuns: 500 },
    );
  });
});
