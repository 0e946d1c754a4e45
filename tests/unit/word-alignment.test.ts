import { describe, expect, it } from 'vitest';
import { CodePointIndex, type ImportedAnnotation, type TextSelector, anchorImported, describeQuote, matchQuote, placeByWords } from '../../src/model/index.ts';

const article = [
  'The council met on Tuesday evening in the old town hall.',
  'The mayor said rents rose 12% in 2025, the fastest rise in a decade, and that the housing office would publish its figures in May.',
  'Critics said the figures were wrong and asked for an audit of the office.',
  'Our neighbour across the river, the county, reported a smaller rise of 4% over the same year.',
].join('\n');

/** The selector a tool would have made for `quote` (its first occurrence) in `text`. */
function selectorFor(text: string, quote: string): TextSelector {
  const index = new CodePointIndex(text);
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`${quote} is not in the text`);
  return { ...describeQuote(index, { start, end: start + quote.length }), start, end: start + quote.length };
}

/** Where `matchQuote` puts the selector in `after`: the text it covers and how it was found. */
function placed(after: string, selector: TextSelector): { text: string; method: string } | null {
  const index = new CodePointIndex(after);
  const match = matchQuote(index, selector, { placeByWords });
  return match && { text: index.slice(match.start, match.end), method: match.method };
}

describe('placing a quote whose words changed', () => {
  it('a word replaced inside the quote: placed on the new words, for review', () => {
    const selector = selectorFor(article, 'rents rose 12% in 2025, the fastest rise in a decade');
    const after = article.replace('fastest', 'steepest');
    expect(placed(after, selector)).toEqual({ text: 'rents rose 12% in 2025, the steepest rise in a decade', method: 'fuzzy' });
  });

  it('the last word replaced by a shorter one: the span still ends after it, where the suffix begins', () => {
    const selector = selectorFor(article, 'the housing office would publish its figures');
    const after = article.replace('its figures in May', 'its data in May');
    expect(placed(after, selector)).toEqual({ text: 'the housing office would publish its data', method: 'fuzzy' });
  });

  it('two letters swapped in the first word: the whole respelled word is in the span', () => {
    const selector = selectorFor(article, 'Critics said the figures were wrong');
    const after = article.replace('Critics', 'Crtiics');
    expect(placed(after, selector)).toEqual({ text: 'Crtiics said the figures were wrong', method: 'fuzzy' });
  });

  it('British and American spelling: neighbour placed on neighbor', () => {
    const selector = selectorFor(article, 'neighbour');
    const after = article.replace('neighbour', 'neighbor');
    expect(placed(after, selector)).toEqual({ text: 'neighbor', method: 'fuzzy' });
  });

  it('context with raw tabs and newlines, as Hypothesis stores it: whitespace does not count', () => {
    const selector: TextSelector = {
      exact: 'the fastest rise in a decade',
      prefix: 'rents rose 12%\tin  2025,\n',
      suffix: ',\n\n and that the housing',
      start: 0,
      end: 28,
    };
    expect(placed(article, selector)).toEqual({ text: 'the fastest rise in a decade', method: 'quote' });
  });

  it('a quote across a paragraph break written with a blank line: placed on the words, not orphaned', () => {
    const quote = 'old town hall.\n\nThe mayor said';
    const selector: TextSelector = { exact: quote, prefix: 'Tuesday evening in the ', suffix: ' rents rose 12% in' };
    expect(placed(article, selector)).toEqual({ text: 'old town hall.\nThe mayor said', method: 'quote' });
  });

  it('a 256-character quote with one word changed: placed whole', () => {
    const long = Array.from({ length: 6 }, (_, i) => `Paragraph ${i} of the report on the eastern tram line, its budget and its delays, as the minister told the assembly.`);
    const text = long.join('\n');
    const start = text.indexOf('budget and its delays, as the minister told the assembly.\nParagraph 2');
    const quote = text.slice(start, start + 256).replace(/\S*$/, '').trimEnd();
    expect(quote.length).toBeGreaterThan(240);
    const selector = { ...describeQuote(new CodePointIndex(text), { start, end: start + quote.length }), start, end: start + quote.length };
    const after = text.slice(0, start) + text.slice(start).replace('minister', 'secretary');
    const expected = quote.replace('minister', 'secretary');
    expect(placed(after, selector)).toEqual({ text: expected, method: 'fuzzy' });
  });

  it('a paragraph inserted right after a quote whose last word changed: one side of context is enough', () => {
    const selector = selectorFor(article, 'asked for an audit of the office.');
    const after = article.replace('audit of the office.\n', 'audit of the offices.\nAn editor added this paragraph later, with words of its own.\n');
    expect(placed(after, selector)).toEqual({ text: 'asked for an audit of the offices.', method: 'fuzzy' });
  });

  it('a quote across a paragraph break, with a new paragraph put in between: placed over all of it, for review', () => {
    const selector = selectorFor(article, 'the old town hall.\nThe mayor said rents rose');
    const inserted = 'An editor added this paragraph later, with words of its own.';
    const after = article.replace('town hall.\n', `town hall.\n${inserted}\n`);
    expect(placed(after, selector)).toEqual({ text: `the old town hall.\n${inserted}\nThe mayor said rents rose`, method: 'fuzzy' });
  });

  it('a deleted passage: an orphan, even though its context is still there', () => {
    const selector = selectorFor(article, 'Critics said the figures were wrong and asked for an audit of the office.');
    const after = article.replace('Critics said the figures were wrong and asked for an audit of the office.\n', '');
    expect(placed(after, selector)).toBeNull();
  });

  it('most words of a short quote replaced: an orphan rather than a look-alike', () => {
    const selector = selectorFor(article, 'smaller rise of 4%');
    const after = article.replace('smaller rise of 4%', 'modest fall of 2%');
    expect(placed(after, selector)).toBeNull();
  });
});

describe('what the import marks for review', () => {
  function imported(id: string, selector: TextSelector): ImportedAnnotation {
    return { id, kind: 'claim', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z', selector, positionUnit: 'code-point', orphaned: false } as ImportedAnnotation;
  }

  it('a changed quote: "changed", with the file\'s quote and the new text', () => {
    const selector = selectorFor(article, 'Our neighbour across the river');
    const text = new CodePointIndex(article.replace('neighbour', 'neighbor'));
    const result = anchorImported(text, [imported('urn:x:1', selector)]);
    expect(result.moved).toEqual(['urn:x:1']);
    expect(result.reviews).toEqual([{ id: 'urn:x:1', reason: 'changed', fileQuote: 'Our neighbour across the river', placedText: 'Our neighbor across the river' }]);
  });

  it('a quote without context found in several places, none at its position: "ambiguous", not a silent choice', () => {
    const text = new CodePointIndex(`${article}\nThey said the figures were checked.`);
    const result = anchorImported(text, [imported('urn:x:2', { exact: 'the figures', start: 5, end: 16 })]);
    expect(result.annotations[0].status).toBe('anchored');
    expect(result.reviews).toEqual([{ id: 'urn:x:2', reason: 'ambiguous', fileQuote: 'the figures', placedText: 'the figures', candidates: 2 }]);
  });

  it('an unchanged quote that only moved is placed without review', () => {
    const selector = selectorFor(article, 'asked for an audit');
    const result = anchorImported(new CodePointIndex(`A new first paragraph.\n${article}`), [imported('urn:x:3', selector)]);
    expect(result.moved).toEqual([]);
    expect(result.reviews).toEqual([]);
  });
});
