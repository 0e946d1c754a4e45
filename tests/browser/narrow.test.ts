/**
 * A phone-sized window (400 px wide): the tagging toolbar stays on screen
 * wherever the selection is, the page never scrolls sideways, and tagging
 * brings the fact-checker back to the words they tagged once the form closes.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { ClaimAnnotator } from '../../src/index.ts';
import { createAnnotator, nextFrame, removeAnnotators, selectText, shadow, shadowAll, viewOf, waitUntil } from './support.ts';

const paragraphs = [
  'Mayor Odile Brant told the city council on Tuesday that the Riverside tram line had cut the average commute from the eastern suburbs by a third.',
  '“People who spent an hour in traffic now get to work in forty minutes,” Brant said, adding that the line was carrying 18,000 passengers a day.',
  'The line cost 212 million euros, 30 million more than the council budgeted in 2023. Its trams run every six minutes at peak hours.',
  'Opposition leader Kasimir Holt said the mayor was counting the good days and forgetting the breakdowns.',
  'The council’s transport office said it would publish a full passenger count in the spring.',
];

async function onAPhone(): Promise<ClaimAnnotator> {
  await setViewport({ width: 400, height: 700 });
  document.body.style.margin = '8px';
  const element = await createAnnotator({ text: paragraphs.join('\n\n') });
  element.style.width = '';
  await nextFrame();
  return element;
}

/** The words of the article's text nodes, each with the viewport box of its first occurrence. */
function wordsOnScreen(element: ClaimAnnotator): { word: string; right: number }[] {
  const dom = element.editorView!.dom;
  const walker = document.createTreeWalker(dom, NodeFilter.SHOW_TEXT);
  const words: { word: string; right: number }[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (const match of node.data.matchAll(/[A-Za-z]{5,}/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      words.push({ word: match[0], right: range.getBoundingClientRect().right });
    }
  }
  return words;
}

describe('a narrow screen', () => {
  afterEach(async () => {
    removeAnnotators();
    await setViewport({ width: 800, height: 600 });
  });

  it('keeps the whole toolbar on screen for a selection at either edge, with no sideways scroll', async () => {
    const element = await onAPhone();
    const words = wordsOnScreen(element);
    const rightmost = [...words].sort((a, b) => b.right - a.right).slice(0, 3);
    const leftmost = words.slice(0, 2);
    // from one edge to the other and back: where the toolbar was must not change how it fits now
    for (const { word } of [...leftmost, ...rightmost, ...leftmost]) {
      await selectText(element, word);
      await element.updateComplete;
      await nextFrame();
      const buttons = shadowAll(element, '.selection-toolbar button[data-kind]');
      expect(buttons.map((b) => b.dataset.kind), word).to.deep.equal(['claim', 'quote', 'fact', 'note']);
      for (const button of buttons) {
        const box = button.getBoundingClientRect();
        expect(box.left, `${button.dataset.kind} for "${word}"`).to.be.at.least(0);
        expect(box.right, `${button.dataset.kind} for "${word}"`).to.be.at.most(innerWidth);
      }
      expect(document.documentElement.scrollWidth, `sideways scroll for "${word}"`).to.be.at.most(innerWidth);
    }
  });

  it('after tagging and filling the form, the tagged words are where they were on screen', async () => {
    const element = await onAPhone();
    const word = 'breakdowns';
    await selectText(element, word);
    await element.updateComplete;
    const mark = () => shadowAll(element, 'mark.cm-annotation')[0] ?? null;
    const button = shadow(element, '.selection-toolbar button[data-kind="claim"]')!;
    const place = () => {
      const range = document.getSelection()!.rangeCount ? document.getSelection()!.getRangeAt(0) : null;
      return (mark() ?? range)!.getBoundingClientRect().top;
    };
    const before = place();
    const box = button.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await waitUntil(() => shadow(element, 'form.annotation-form') !== null, 'the edit form');
    await element.updateComplete;
    await nextFrame();
    const form = shadow<HTMLFormElement>(element, 'form.annotation-form')!;
    const field = form.querySelector<HTMLInputElement>('input[name="attribution.name"]')!;
    expect(element.shadowRoot!.activeElement === field, 'focus in the speaker field').to.equal(true);
    const fieldBox = field.getBoundingClientRect();
    expect(fieldBox.top >= 0 && fieldBox.bottom <= innerHeight, 'the field is on screen to type into').to.equal(true);
    await sendKeys({ type: 'Kasimir Holt' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(element, 'form.annotation-form') === null, 'the form closing');
    await nextFrame();
    expect(element.annotations[0].attribution).to.deep.equal({ name: 'Kasimir Holt' });
    expect(Math.abs(place() - before), 'the tagged words moved on screen by').to.be.below(2);
  });

  it('Escape in the form also brings the fact-checker back to the words', async () => {
    const element = await onAPhone();
    await selectText(element, 'breakdowns');
    await element.updateComplete;
    const before = document.getSelection()!.getRangeAt(0).getBoundingClientRect().top;
    const box = shadow(element, '.selection-toolbar button[data-kind="fact"]')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await waitUntil(() => shadow(element, 'form.annotation-form') !== null, 'the edit form');
    await nextFrame();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => shadow(element, 'form.annotation-form') === null, 'the form closing');
    await nextFrame();
    // Escape in a new tag's form takes the tag back: the words themselves are where they were
    expect(shadowAll(element, 'mark.cm-annotation')).to.have.length(0);
    expect(Math.abs(wordsTop(element, 'breakdowns') - before)).to.be.below(2);
  });
});

/** Where `words` in the article are on screen, by a range over its text. */
function wordsTop(element: ClaimAnnotator, words: string): number {
  const walker = document.createTreeWalker(viewOf(element).dom, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(words);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + words.length);
    return range.getBoundingClientRect().top;
  }
  throw new Error(`no ${words} in the article`);
}
