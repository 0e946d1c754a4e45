import fc from 'fast-check';
import { undo } from 'prosemirror-history';
import { TextSelection, type EditorState } from 'prosemirror-state';
import type { Decoration } from 'prosemirror-view';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AnnotationMeta, annotationPluginKey, annotationState, loadDrawnRange } from '../../src/editor/annotation-plugin.ts';
import { blocksAround } from '../../src/editor/drawn-range.ts';
import { drawEveryHighlightUpTo } from '../../src/editor/highlights.ts';
import type { AnnotationSpec } from '../../src/editor/highlights.ts';
import { TestHost } from './helpers.ts';

const paragraph = (i: number) => `Paragraph ${i} says the council spent more on roads than on schools in ${2000 + (i % 25)}.`;

function key(piece: Decoration): string {
  return `${(piece.spec as AnnotationSpec).id}@${piece.from}-${piece.to}`;
}

/** What must hold after every change: the drawn part is exactly the pieces in the drawn range, the count is right, and the range is on block boundaries. */
function expectInStep(state: EditorState) {
  const annotations = annotationState(state);
  const all = annotations.decorations.find();
  expect(annotations.pieceCount).toBe(all.length);
  if (!annotations.drawnPart) {
    // an ordinary article is drawn whole, and never windowed
    expect(annotations.pieceCount).toBeLessThanOrEqual(drawEveryHighlightUpTo);
    expect(annotations.drawn).toBe(annotations.decorations);
    return;
  }
  const { range } = annotations.drawnPart;
  expect(blocksAround(state.doc, range.from, range.to, 0)).toEqual(range);
  const drawn = annotations.drawn.find().map(key).sort();
  if (annotations.pieceCount > drawEveryHighlightUpTo) {
    expect(drawn).toEqual(annotations.decorations.find(range.from, range.to).map(key).sort());
    expect(drawn.length).toBeLessThan(all.length);
  } else {
    expect(drawn).toEqual(all.map(key).sort());
  }
}

/** An article of 300 paragraphs with eleven or twelve annotations in each, some overlapping and some across two paragraphs. */
function crowdedArticle(): TestHost {
  const host = new TestHost(...Array.from({ length: 300 }, (_, i) => paragraph(i)));
  const text = host.annotations.text;
  const inputs: { kind: string; start: number; end: number }[] = [];
  let at = 0;
  for (let i = 0; i < 300; i++) {
    const length = paragraph(i).length;
    for (let w = 0; w + 6 < length; w += 7) inputs.push({ kind: w % 14 ? 'claim' : 'fact', start: at + w, end: at + w + 6 });
    if (i < 299) inputs.push({ kind: 'quote', start: at + length - 5, end: at + length + 6 });
    at += length + 1;
  }
  expect(at - 1).toBe([...text].length);
  host.annotations.addAll(inputs);
  return host;
}

describe('highlights drawn where the fact-checker reads', () => {
  beforeAll(() => loadDrawnRange());

  it('draws every highlight of an ordinary article', () => {
    const host = new TestHost('One claim here.', 'Another there.');
    host.annotations.add({ kind: 'claim', exact: 'One claim' });
    expect(annotationState(host.state).drawn).toBe(annotationState(host.state).decorations);
    expectInStep(host.state);
  });

  it('draws only the blocks around the selection and the screen in an article with many, and follows both', () => {
    const host = crowdedArticle();
    const annotations = annotationState(host.state);
    expect(annotations.pieceCount).toBeGreaterThan(drawEveryHighlightUpTo);
    expectInStep(host.state);
    expect(annotations.drawnPart?.range).toEqual(blocksAround(host.state.doc, 0, 0));
    // a jump puts the selection far away: its blocks are drawn in the same transaction
    const far = host.posOf('Paragraph 250 ');
    host.dispatch(host.state.tr.setSelection(TextSelection.create(host.state.doc, far)));
    expect(annotationState(host.state).drawn.find(far, far + 20).length).toBeGreaterThan(0);
    expect(annotationState(host.state).drawn.find(0, 100)).toEqual([]);
    expectInStep(host.state);
    // scrolling tells the state what is on screen
    const seen = host.posOf('Paragraph 120 ');
    const meta: AnnotationMeta = { drawn: { seen: { from: seen, to: seen + 300 } } };
    host.dispatch(host.state.tr.setMeta(annotationPluginKey, meta));
    expect(annotationState(host.state).drawn.find(seen, seen + 20).length).toBeGreaterThan(0);
    expectInStep(host.state);
    // a little more scrolling stays inside what is drawn: nothing is redrawn
    const before = annotationState(host.state).drawnPart;
    const next = host.posOf('Paragraph 122 ');
    host.dispatch(host.state.tr.setMeta(annotationPluginKey, { drawn: { seen: { from: next, to: next + 300 } } } satisfies AnnotationMeta));
    expect(annotationState(host.state).drawnPart).toBe(before);
    // printing draws everything, and afterwards the range again
    host.dispatch(host.state.tr.setMeta(annotationPluginKey, { drawn: { everything: true } } satisfies AnnotationMeta));
    expect(annotationState(host.state).drawn).toBe(annotationState(host.state).decorations);
    host.dispatch(host.state.tr.setMeta(annotationPluginKey, { drawn: { everything: false } } satisfies AnnotationMeta));
    expectInStep(host.state);
  });

  it('keeps the drawn part in step with the full set through edits, splits, joins, removals, additions and undo', () => {
    const host = crowdedArticle();
    const start = host.state;
    const edit = fc.oneof(
      fc.record({ op: fc.constant('type' as const), at: fc.nat(), text: fc.constantFrom('x', 'new words ') }),
      fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
      fc.record({ op: fc.constant('split' as const), at: fc.nat() }),
      fc.record({ op: fc.constant('remove' as const), at: fc.nat() }),
      fc.record({ op: fc.constant('add' as const), at: fc.nat() }),
      fc.record({ op: fc.constant('jump' as const), at: fc.nat() }),
      fc.record({ op: fc.constant('scroll' as const), at: fc.nat() }),
      fc.constant({ op: 'undo' as const }),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        host.state = start;
        for (const change of edits) {
          const { doc } = host.state;
          const size = doc.content.size;
          const pos = 'at' in change ? 1 + (change.at % (size - 1)) : 0;
          const textPos = TextSelection.near(doc.resolve(pos)).from;
          switch (change.op) {
            case 'type':
              host.dispatch(host.state.tr.insertText(change.text, textPos));
              break;
            case 'delete':
              host.dispatch(host.state.tr.delete(textPos, Math.min(size - 1, textPos + change.length)));
              break;
            case 'split':
              host.dispatch(host.state.tr.split(textPos));
              break;
            case 'remove': {
              const list = host.annotations.list();
              if (list.length) host.annotations.remove(list[change.at % list.length].id);
              break;
            }
            case 'add': {
              const length = [...host.annotations.text].length;
              const from = change.at % Math.max(1, length - 10);
              host.annotations.add({ kind: 'claim', start: from, end: from + 8 });
              break;
            }
            case 'jump':
              host.dispatch(host.state.tr.setSelection(TextSelection.create(doc, textPos)));
              break;
            case 'scroll':
              host.dispatch(host.state.tr.setMeta(annotationPluginKey, { drawn: { seen: { from: textPos, to: Math.min(size, textPos + 500) } } } satisfies AnnotationMeta));
              break;
            case 'undo':
              host.run(undo);
              break;
          }
          expectInStep(host.state);
        }
      }),
      { numRuns: 40 },
    );
  });

});
