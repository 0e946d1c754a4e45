/**
 * The whole workflow by keyboard alone, with real key presses (sendKeys) and no
 * click or script selection: reach the text with Tab, select with Shift+arrows,
 * tag with a shortcut, fill attribution and verdict, return to the text, move
 * between annotations, download the file from the Export menu, then read the work back in the read-only view and open
 * its card from the keyboard. Each step is a test of its own.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ClaimAnnotator } from '../../src/index.ts';
import { activeInShadow, createAnnotator, nextFrame, removeAnnotators, shadow, viewOf, waitUntil } from './support.ts';

const story = 'Rents in Vellmoor rose 4% last year, the mayor said.\n\nThe opposition said the figure was closer to 9%.';

/** The focused element, inside the annotator's shadow root when focus is there. */
const focused = (element: ClaimAnnotator): Element | null =>
  document.activeElement === element ? activeInShadow(element) : document.activeElement;

/** Presses `key` (with Shift when asked) until `reached` holds; fails after `limit` presses. */
async function pressUntil(key: string, reached: () => boolean, what: string, limit = 30, shift = false): Promise<number> {
  for (let presses = 0; presses <= limit; presses++) {
    if (reached()) return presses;
    await sendKeys({ press: shift ? `Shift+${key}` : key });
    await nextFrame(5);
  }
  throw new Error(`${what} not reached after ${limit} presses of ${key}`);
}

async function hold(modifiers: string[], keys: string[]): Promise<void> {
  for (const modifier of modifiers) await sendKeys({ down: modifier });
  for (const key of keys) await sendKeys({ press: key });
  for (const modifier of [...modifiers].reverse()) await sendKeys({ up: modifier });
  await nextFrame();
}

/** Selects `length` characters from `start` (a plain-text offset in the first paragraph) with arrows. */
async function selectWithArrows(element: ClaimAnnotator, start: number, length: number): Promise<void> {
  await hold(['Control'], ['Home']);
  for (let i = 0; i < start; i++) await sendKeys({ press: 'ArrowRight' });
  await hold(['Shift'], Array.from({ length }, () => 'ArrowRight'));
  const { from, to } = viewOf(element).state.selection;
  expect(viewOf(element).state.doc.textBetween(from, to)).to.equal(story.slice(start, start + length));
}

describe('annotating by keyboard alone', () => {
  // One workflow in four steps, each with its own element: a step that needs the
  // annotations of an earlier one adds them through the API, so that no test runs
  // the whole scenario (which took most of the 10 s limit under load).
  afterEach(removeAnnotators);

  /** An element with the story loaded and focus in its text, reached with Tab from the page. */
  async function storyFocusedByTab(): Promise<ClaimAnnotator> {
    const element = await createAnnotator({ text: story, title: 'Rents', url: 'https://news.example.org/rents' });
    (document.activeElement as HTMLElement | null)?.blur();
    await pressUntil('Tab', () => editorFocused(element), 'the article text');
    return element;
  }

  const editorFocused = (element: ClaimAnnotator) => focused(element) === viewOf(element).dom;
  const form = (element: ClaimAnnotator) => shadow(element, 'form.annotation-form');

  it('tags a claim with Shift+arrows and Alt+Shift+C, and fills its attribution and verdict', async () => {
    const element = await storyFocusedByTab();

    // a claim: Shift+arrows, the shortcut, then the form
    await selectWithArrows(element, story.indexOf('rose 4%'), 'rose 4% last year'.length);
    await hold(['Alt', 'Shift'], ['C']);
    await waitUntil(() => form(element) !== null && form(element)!.contains(focused(element)), 'focus in the form');
    expect((focused(element) as HTMLInputElement).name).to.equal('attribution.name');
    await sendKeys({ type: 'Dana Lee' });
    await pressUntil('Tab', () => (focused(element) as HTMLSelectElement | null)?.name === 'verdict', 'the verdict');
    await sendKeys({ type: 'False' });
    expect((focused(element) as HTMLSelectElement).value).to.equal('false');
    await pressUntil('Tab', () => focused(element)?.textContent?.trim() === 'Save', 'the Save button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => form(element) === null && editorFocused(element), 'focus back in the text');
    const [claim] = element.annotations;
    expect(claim).to.include({ kind: 'claim', exact: 'rose 4% last year', verdict: 'false' });
    expect(claim.attribution?.name).to.equal('Dana Lee');
  });

  it('tags a fact in the second paragraph with Alt+Shift+F, and Escape from its form takes the new tag back and returns to the text', async () => {
    const element = await storyFocusedByTab();
    await hold(['Control'], ['End']);
    await sendKeys({ press: 'ArrowLeft' }); // leave the full stop out
    await hold(['Shift'], Array.from({ length: 'closer to 9%'.length }, () => 'ArrowLeft'));
    await hold(['Alt', 'Shift'], ['F']);
    await waitUntil(() => form(element) !== null && form(element)!.contains(focused(element)), 'focus in the fact form');
    const fact = element.annotations.find((annotation) => annotation.kind === 'fact');
    expect(fact?.exact).to.equal('closer to 9%');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => form(element) === null && editorFocused(element), 'focus back after Escape');
    expect(element.annotations.find((annotation) => annotation.id === fact!.id), 'the new fact, cancelled').to.equal(undefined);
  });

  it('moves between annotations in document order with Alt+Shift+Down and Up', async () => {
    const element = await storyFocusedByTab();
    element.addAnnotation({ kind: 'fact', exact: 'closer to 9%' });
    element.addAnnotation({ kind: 'claim', exact: 'rose 4% last year' });
    const view = viewOf(element);
    const selectedText = () => view.state.doc.textBetween(view.state.selection.from, view.state.selection.to);
    await hold(['Control'], ['Home']);
    const visited: string[] = [];
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowUp']) {
      await hold(['Alt', 'Shift'], [key]);
      visited.push(selectedText());
    }
    // down to the claim, to the fact, round to the claim again; up back to the fact
    expect(visited).to.deep.equal(['rose 4% last year', 'closer to 9%', 'rose 4% last year', 'closer to 9%']);
    expect(editorFocused(element)).to.equal(true);
  });

  it('downloads the annotations from the Export menu, reached with Tab and opened with the arrow key', async () => {
    const element = await storyFocusedByTab();
    element.addAnnotation({ kind: 'claim', exact: 'rose 4% last year', verdict: 'false' });
    (document.activeElement as HTMLElement | null)?.blur();
    await pressUntil('Tab', () => focused(element)?.getAttribute('aria-controls') === 'export-menu', 'the Export menu button');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focused(element)?.getAttribute('role') === 'menuitem', 'focus in the Export menu');
    expect(focused(element)!.textContent).to.equal('Download .jsonld');
    const names: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    try {
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => names.length === 1, 'the download');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(names[0]).to.match(/^rents-\d{4}-\d{2}-\d{2}\.jsonld$/);
    await element.updateComplete;
    expect(shadow(element, '.status')!.textContent!.trim()).to.equal(`Downloaded ${names[0]}`);
    // the menu closed and gave focus back to its button
    expect(focused(element)?.getAttribute('aria-controls')).to.equal('export-menu');
  });

  it('reads the work back in the read-only view, and opens and closes a claim’s card from the keyboard', async () => {
    const element = await createAnnotator({ text: story, title: 'Rents', url: 'https://news.example.org/rents' });
    const claim = element.addAnnotation({ kind: 'claim', exact: 'rose 4% last year', verdict: 'false', attribution: { name: 'Dana Lee' } });
    element.addAnnotation({ kind: 'fact', exact: 'closer to 9%' });

    // read it back: a reader's view of the exported file, opened by keyboard
    const file = element.exportJsonLd();
    const reader = await createAnnotator({}, (el) => {
      el.storage = 'memory';
      el.readonly = true;
    });
    await reader.loadArticle({ text: element.text, title: 'Rents', url: 'https://news.example.org/rents' });
    await reader.importJsonLd(file);
    await reader.updateComplete;
    (document.activeElement as HTMLElement | null)?.blur();
    const card = () => shadow(reader, '.annotation-card');
    await pressUntil('Tab', () => (focused(reader) as HTMLElement | null)?.dataset?.annotationId === claim.id, 'the claim’s highlight', 60);
    await waitUntil(() => card() !== null, 'the card');
    const cardText = card()!.textContent!.replace(/\s+/g, ' ');
    expect(cardText).to.contain('Dana Lee');
    expect(cardText).to.contain('False');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => card() === null, 'the card closed');
    expect((focused(reader) as HTMLElement).dataset.annotationId).to.equal(claim.id);
  });
});
