/** Where a slice of a large import or reopening ends: at the end of a top-level block. */
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/editor/index.ts';
import { sliceEnd } from '../../src/editor/slices/slice-sizes.ts';

const paragraph = (text: string) => articleSchema.node('paragraph', null, [articleSchema.text(text)]);
// three paragraphs of 10 letters: positions 1-11, 13-23, 25-35
const doc = articleSchema.node('doc', null, [paragraph('aaaaaaaaaa'), paragraph('bbbbbbbbbb'), paragraph('cccccccccc')]);

describe('sliceEnd', () => {
  // an item on every other letter of each paragraph
  const starts = [1, 3, 5, 7, 9, 13, 15, 17, 19, 21, 25, 27, 29, 31, 33];
  const startOf = (i: number) => starts[i] ?? null;

  it('takes the rest of the paragraph its last item is in', () => {
    // 3 items end in the first paragraph: the slice takes its other 2
    expect(sliceEnd(starts.length, 0, 3, startOf, doc)).toBe(5);
    // one more starts the second paragraph: all of it comes
    expect(sliceEnd(starts.length, 0, 6, startOf, doc)).toBe(10);
    // a slice that ends at a paragraph's end stays as it is
    expect(sliceEnd(starts.length, 5, 5, startOf, doc)).toBe(10);
  });

  it('ends at the last item, and cuts a block of more than four slices', () => {
    expect(sliceEnd(starts.length, 10, 10, startOf, doc)).toBe(15);
    expect(sliceEnd(starts.length, 0, 1, startOf, doc)).toBe(4);
    // detached items (no position) end the slice where its size says
    expect(sliceEnd(3, 0, 2, () => null, doc)).toBe(2);
  });
});
