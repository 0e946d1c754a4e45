/**
 * Everyday trust (issue 12): what the fact-checker sees while working must be
 * true. The save indicator speaks only of real changes, Cancel takes back a
 * new tag, undo is in reach, detaching is said where the user looks, and the
 * filters act on the article too. Real clicks and keys throughout.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { ClaimAnnotator } from '../../src/index.ts';
import { clickOn, nextFrame, removeAnnotators, shadow, viewOf, waitUntil } from './support.ts';
import { freshDatabase, storedEditor } from './storage-support.ts';

const article = 'In a statement on Tuesday the mayor said rents rose 4% last year.\n\nTenants disagreed strongly with the mayor.';

/** The viewport rectangle of `needle` in the article's DOM text. */
function rectOf(element: ClaimAnnotator, needle: string): DOMRect {
  const walker = document.createTreeWalker(viewOf(element).dom, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(needle);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + needle.length);
    return range.getBoundingClientRect();
  }
  throw new Error(`"${needle}" is not in one text node of the article`);
}

/** Selects `needle` by dragging the real mouse across it. */
async function dragAcross(element: ClaimAnnotator, needle: string): Promise<void> {
  const box = rectOf(element, needle);
  const y = Math.round(box.top + box.height / 2);
  await sendMouse({ type: 'move', position: [Math.round(box.left) + 1, y] });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'move', position: [Math.round(box.right) - 1, y] });
  await sendMouse({ type: 'up' });
  await nextFrame(40);
}

describe('everyday trust (issue 12)', () => {
  afterEach(removeAnnotators);

  describe('the save indicator', () => {
    it('stays "Saved" while text is only selected, and says "Unsaved changes" only after an edit', async () => {
      const element = await storedEditor(freshDatabase(), { text: article });
      await element.save();
      await waitUntil(() => element.saveState.state === 'saved', 'saved');
      await dragAcross(element, 'rents rose');
      expect(viewOf(element).state.selection.empty, 'text selected').to.equal(false);
      await element.updateComplete;
      expect(element.saveState.state).to.equal('saved');
      expect(shadow(element, '.save-state [role="status"]')!.textContent).to.contain('Saved on this device');
      await sendKeys({ press: 'ArrowRight' });
      await nextFrame();
      expect(element.saveState.state, 'a caret move').to.equal('saved');
      await sendKeys({ type: 'x' });
      await nextFrame();
      expect(element.saveState.state, 'after typing').to.be.oneOf(['unsaved', 'saving']);
    });

    it('keeps the action buttons where they are when its words change', async () => {
      const element = await storedEditor(freshDatabase(), { text: article });
      await element.save();
      await waitUntil(() => element.saveState.state === 'saved', 'saved');
      await element.updateComplete;
      // places inside the header, which scrolling does not change
      const buttons = () => {
        const header = shadow(element, 'header.article-header')!.getBoundingClientRect();
        return [...element.shadowRoot!.querySelectorAll<HTMLElement>('.actions > button')].map((b) => {
          const box = b.getBoundingClientRect();
          return `${Math.round(box.left - header.left)},${Math.round(box.top - header.top)}`;
        });
      };
      const before = buttons();
      await clickOn(shadow(element, '.ProseMirror p'), 'the article');
      await sendKeys({ type: 'x' });
      await nextFrame();
      await element.updateComplete;
      expect(element.saveState.state).to.equal('unsaved');
      expect(buttons()).to.deep.equal(before);
    });
  });
});
