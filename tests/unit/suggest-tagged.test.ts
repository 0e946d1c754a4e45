/**
 * What the article already marks is not suggested again (issue 12): the overlap
 * rule of src/model/suggest/tagged.ts, edge case by edge case, and on the
 * suggester's own output.
 */
import { describe, expect, it } from 'vitest';
import { type KindSpan, marksAlready, notMarked, sharedPart, suggestAnnotations } from '../../src/model/index.ts';

const span = (kind: string, start: number, end: number): KindSpan => ({ kind, start, end });

describe('sharedPart', () => {
  it.each([
    ['apart', [0, 10], [20, 30], 0],
    ['touching', [0, 10], [10, 20], 0],
    ['an empty span inside another', [5, 5], [0, 10], 0],
    ['two empty spans at one place', [5, 5], [5, 5], 0],
    ['the same span', [3, 9], [3, 9], 1],
    ['one inside the other', [0, 100], [40, 50], 1],
    ['half of the shorter', [0, 10], [5, 25], 0.5],
    ['a tenth of the shorter', [0, 10], [9, 40], 0.1],
  ])('%s', (_case, [aStart, aEnd], [bStart, bEnd], share) => {
    expect(sharedPart({ start: aStart, end: aEnd }, { start: bStart, end: bEnd })).toBeCloseTo(share);
    expect(sharedPart({ start: bStart, end: bEnd }, { start: aStart, end: aEnd })).toBeCloseTo(share);
  });
});

describe('marksAlready', () => {
  it('a tagged sentence marks a suggestion of another kind on the same words, with or without its full stop', () => {
    expect(marksAlready(span('claim', 0, 41), span('fact', 0, 40))).toBe(true);
    expect(marksAlready(span('note', 10, 60), span('claim', 10, 60))).toBe(true);
  });

  it('another kind marks it from half of the shorter span on, not below', () => {
    expect(marksAlready(span('claim', 0, 20), span('fact', 10, 50))).toBe(true); // 10 of the 20
    expect(marksAlready(span('claim', 0, 20), span('fact', 11, 50))).toBe(false); // 9 of the 20
    expect(marksAlready(span('claim', 0, 100), span('fact', 95, 105))).toBe(true); // 5 of the fact's 10
    expect(marksAlready(span('claim', 0, 100), span('fact', 96, 200))).toBe(false);
  });

  it('a span inside a longer one of another kind is marked, whichever is the annotation', () => {
    expect(marksAlready(span('fact', 0, 80), span('claim', 20, 30))).toBe(true);
    expect(marksAlready(span('note', 20, 24), span('fact', 0, 80))).toBe(true);
  });

  it('the same kind marks it at any overlap; touching or apart spans never do', () => {
    expect(marksAlready(span('quote', 0, 30), span('quote', 29, 80))).toBe(true);
    expect(marksAlready(span('quote', 0, 30), span('quote', 30, 80))).toBe(false);
    expect(marksAlready(span('fact', 0, 30), span('claim', 30, 80))).toBe(false);
    expect(marksAlready(span('fact', 0, 0), span('fact', 0, 10))).toBe(false);
  });

  it('a quote inside a claim is the claim’s quoted fragment, not the same text', () => {
    expect(marksAlready(span('claim', 0, 40), span('quote', 14, 20))).toBe(false);
    expect(marksAlready(span('quote', 14, 20), span('claim', 0, 40))).toBe(false);
    expect(marksAlready(span('quote', 0, 40), span('claim', 0, 40)), 'the same words twice').toBe(true);
    expect(marksAlready(span('quote', 0, 30), span('claim', 10, 40)), 'crossing, not inside').toBe(true);
    expect(marksAlready(span('claim', 14, 20), span('quote', 0, 40)), 'a claim inside a quote').toBe(true);
  });
});

describe('notMarked', () => {
  it('keeps the suggestions no annotation marks, in their order, whatever the annotations’ order and nesting', () => {
    const suggestions = [span('fact', 0, 40), span('quote', 50, 60), span('claim', 70, 90), span('fact', 100, 140), span('fact', 300, 320), span('fact', 400, 420)];
    const annotations = [span('fact', 210, 220), span('claim', 100, 141), span('note', 290, 500), span('claim', 45, 95)];
    // the claim at 45 marks the claim inside it, not the quote (its fragment); the note marks both facts after 290
    expect(notMarked(suggestions, annotations)).toEqual([span('fact', 0, 40), span('quote', 50, 60)]);
    expect(notMarked(suggestions, [])).toEqual(suggestions);
  });

  it('reads a long annotation that started far before a suggestion', () => {
    const many = Array.from({ length: 899 }, (_, i) => span('quote', i * 10, i * 10 + 5)); // all before 9000
    expect(notMarked([span('fact', 9000, 9010)], [span('fact', 0, 9005), ...many])).toEqual([]);
    expect(notMarked([span('fact', 9000, 9010)], [span('claim', 0, 9004), ...many])).toEqual([span('fact', 9000, 9010)]);
  });

  it('a sentence tagged as a claim is not suggested again as a fact; the other sentences still are', () => {
    const text = 'Tram fares\n\nThe tram carried 4.2 million riders in 2025, a record. Ticket prices rose 8% in March.';
    const tagged = 'The tram carried 4.2 million riders in 2025, a record.';
    const start = text.indexOf(tagged);
    const facts = suggestAnnotations(text).filter((s) => s.kind === 'fact');
    expect(facts.map((s) => s.exact)).toEqual(['The tram carried 4.2 million riders in 2025, a record', 'Ticket prices rose 8% in March']);
    const left = notMarked(facts, [{ kind: 'claim', start, end: start + tagged.length }]);
    expect(left.map((s) => s.exact)).toEqual(['Ticket prices rose 8% in March']);
  });

  it('a quote tagged inside reported speech leaves the claim, and the claim leaves the quote', () => {
    const text = 'The harbour master said the new berth was “a costly mistake” for the town.';
    const found = suggestAnnotations(text);
    const claim = found.find((s) => s.kind === 'claim')!;
    const quote = found.find((s) => s.kind === 'quote')!;
    expect([claim.exact, quote.exact]).toEqual(['the new berth was “a costly mistake” for the town', 'a costly mistake']);
    expect(notMarked(found, [quote])).toEqual([claim]);
    expect(notMarked(found, [claim])).toEqual([quote]);
  });
});
