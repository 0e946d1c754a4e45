import { describe, expect, it } from 'vitest';
import {
  CodePointIndex,
  TextSearcher,
  type TextSelector,
  describeQuote,
  matchHypothesisStyle,
  matchQuote,
  matchQuotes,
  matchThreshold,
} from '../../src/model/index.ts';
import { type AnchorCase, anchorCases } from './anchoring-cases.ts';

/** The text without its «» marks, and the marked span in code points (or null). */
function unmark(marked: string): { text: CodePointIndex; span: { start: number; end: number } | null } {
  const open = marked.indexOf('«');
  const plain = marked.replace(/[«»]/g, '');
  const text = new CodePointIndex(plain);
  if (open < 0) return { text, span: null };
  const close = marked.indexOf('»') - 1;
  return { text, span: { start: text.toCodePoint(open), end: text.toCodePoint(close) } };
}

function selectorOf(testCase: AnchorCase): TextSelector {
  const { text, span } = unmark(testCase.before);
  if (!span) throw new Error(`${testCase.name}: the before text needs a marked span`);
  return { ...describeQuote(text, span), ...span, ...testCase.selector };
}

describe('matchQuote', () => {
  it.each(anchorCases.map((testCase) => [testCase.name, testCase] as const))('%s', (_name, testCase) => {
    const { text, span } = unmark(testCase.after);
    const anchor = matchQuote(text, selectorOf(testCase), { positionUnit: testCase.positionUnit });
    if (!span) {
      expect(anchor).toBeNull();
      return;
    }
    expect(anchor).toMatchObject({ ...span, method: testCase.method });
    if (testCase.verbatim) expect(anchor!.score).toBeLessThan(matchThreshold);
    else expect(anchor!.score).toBeGreaterThanOrEqual(matchThreshold);
  });

  it.each(anchorCases.map((testCase) => [testCase.name, testCase] as const))('agrees with the exhaustive search: %s', (_name, testCase) => {
    const { text } = unmark(testCase.after);
    const selector = selectorOf(testCase);
    const options = { positionUnit: testCase.positionUnit };
    expect(matchQuote(text, selector, options)).toEqual(matchQuote(text, selector, { ...options, exhaustive: true }));
  });

  it('does not throw on a position past the end or reversed', () => {
    const text = new CodePointIndex('Short text.');
    expect(matchQuote(text, { exact: 'text', start: 50, end: 54 })).toMatchObject({ start: 6, end: 10, method: 'quote' });
    expect(matchQuote(text, { start: 5, end: 2 })).toBeNull();
    expect(matchQuote(text, {})).toBeNull();
  });

  it('never cuts an astral character in two', () => {
    const text = new CodePointIndex('He wrote 😀😀 yes and 🙂🙂 no.');
    const anchor = matchQuote(text, { exact: '😀😀 yes', prefix: 'He wrote ', suffix: ' and' });
    expect(anchor && text.slice(anchor.start, anchor.end)).toBe('😀😀 yes');
  });
});

describe('matchQuotes', () => {
  it('anchors in input order and follows the drift of an inserted paragraph', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} says the tram budget rose by ${i} percent in year ${2000 + i}.`);
    const before = new CodePointIndex(paragraphs.join('\n'));
    const spans = [30, 5, 12].map((i) => {
      const start = before.text.indexOf(`by ${i} percent`);
      return { start, end: start + `by ${i} percent`.length };
    });
    const selectors = spans.map((span) => ({ ...describeQuote(before, span), ...span }));
    const inserted = 'A new paragraph, long enough to push everything after it past the search window. '.repeat(10);
    const after = new CodePointIndex([inserted, ...paragraphs].join('\n'));
    const anchors = matchQuotes(after, selectors);
    expect(anchors.map((anchor) => anchor && after.slice(anchor.start, anchor.end))).toEqual(['by 30 percent', 'by 5 percent', 'by 12 percent']);
    expect(anchors.every((anchor) => anchor?.method === 'quote')).toBe(true);
  });
});

describe('matchHypothesisStyle', () => {
  it('places a deleted quote on a look-alike, which matchQuote refuses', () => {
    const deleted = anchorCases.find((testCase) => testCase.name.startsWith('a deleted sentence whose words'))!;
    const { text } = unmark(deleted.after);
    const selector = selectorOf(deleted);
    expect(matchQuote(text, selector)).toBeNull();
    expect(matchHypothesisStyle(text, selector)).not.toBeNull();
  });

  it('finds an unchanged quote', () => {
    const text = new CodePointIndex('One two three four.');
    expect(matchHypothesisStyle(text, { exact: 'three', prefix: 'two ', suffix: ' four' })).toMatchObject({ start: 8, end: 13, method: 'quote' });
  });
});

describe('TextSearcher', () => {
  it('finds the same occurrences with its index as with indexOf', () => {
    const text = 'abc abd abc 😀abc abcabc ab'.repeat(50);
    const plain = new TextSearcher(text, Infinity);
    const indexed = new TextSearcher(text, 0);
    for (const needle of ['abc abd ', 'abc 😀abc', 'bcabc ab', 'zzzzzzzz', 'abc']) {
      expect(indexed.findAll(needle), needle).toEqual(plain.findAll(needle));
    }
    expect(indexed.findAll('abc abd ', 3)).toHaveLength(3);
  });
});
