/**
 * Everyday trust (issue 12): what the fact-checker sees while working must be
 * true. The save indicator speaks only of real changes, Cancel takes back a
 * new tag, undo is in reach, detaching is said where the user looks, and the
 * filters act on the article too. Real clicks and keys throughout.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { ClaimAnnotator } from '../../src/index.ts';
import { clickOn, createAnnotator, nextFrame, placeCaret, pressCombo, removeAnnotators, shadow, undoKeys, viewOf, waitUntil } from './support.ts';
import { freshDatabase, readDatabase, storedEditor } from './storage-support.ts';
import { sampleArticle } from '../../demo/sample-article.ts';

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

/** The edit form, once open. */
async function formOpen(element: ClaimAnnotator): Promise<HTMLFormElement> {
  await waitUntil(() => shadow(element, 'form.annotation-form') !== null, 'the edit form');
  return shadow<HTMLFormElement>(element, 'form.annotation-form')!;
}

/** The header's Undo button. */
function undoButton(element: ClaimAnnotator): HTMLButtonElement {
  return [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions > button')].find((b) => b.textContent === 'Undo')!;
}

/** The status line's words. */
function statusText(element: ClaimAnnotator): string {
  return shadow(element, '.side > .status')!.textContent!.replace(/\s+/g, ' ').trim();
}

/** Selects from the start of `needle` to the end of `last` (default: `needle` itself) by dragging the real mouse. */
async function dragAcross(element: ClaimAnnotator, needle: string, last = needle): Promise<void> {
  viewOf(element).dom.scrollIntoView({ block: 'center' });
  await nextFrame(0);
  const start = rectOf(element, needle);
  const end = rectOf(element, last);
  await sendMouse({ type: 'move', position: [Math.round(start.left) + 1, Math.round(start.top + start.height / 2)] });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'move', position: [Math.round(end.right) - 1, Math.round(end.top + end.height / 2)] });
  await sendMouse({ type: 'up' });
  await nextFrame(40);
  await element.updateComplete; // the selection toolbar's code, loaded at focus
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
      expect(shadow(element, '.save-state[role="status"]')!.textContent).to.contain('Saved on this device');
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

  describe('cancelling a new tag', () => {
    it('Cancel in the form of a tag just made takes it back, leaving nothing to undo', async () => {
      const element = await createAnnotator({ text: article });
      await dragAcross(element, 'rents rose');
      await clickOn(shadow(element, '.selection-toolbar button[data-kind="claim"]'), 'Claim');
      const form = await formOpen(element);
      expect(element.annotations).to.have.length(1);
      await clickOn([...form.querySelectorAll('button')].find((b) => b.textContent === 'Cancel') ?? null, 'Cancel');
      await element.updateComplete;
      expect(element.annotations).to.deep.equal([]);
      expect(shadow(element, 'mark.cm-annotation')).to.equal(null);
      expect(shadow(element, 'ol.annotation-list')).to.equal(null);
      expect(undoButton(element).disabled, 'nothing to undo').to.equal(true);
      expect(statusText(element)).to.not.contain('Tagged');
    });

    it('Escape in it does the same, and Ctrl+Z then undoes the change before, not a stray step', async () => {
      const element = await createAnnotator({ text: article });
      const earlier = element.addAnnotation({ kind: 'fact', exact: '4%' });
      await element.updateComplete;
      await dragAcross(element, 'disagreed');
      expect(viewOf(element).state.selection.empty, 'text selected').to.equal(false);
      await pressCombo(['Alt', 'Shift'], 'KeyQ');
      await formOpen(element);
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect(element.annotations.map((a) => a.id)).to.deep.equal([earlier.id]);
      expect(viewOf(element).hasFocus()).to.equal(true);
      await undoKeys();
      expect(element.annotations, 'the fact added before, undone').to.deep.equal([]);
    });

    it('Save keeps it, and Cancel in the form of an older annotation deletes nothing', async () => {
      const element = await createAnnotator({ text: article });
      await dragAcross(element, 'rents rose');
      await clickOn(shadow(element, '.selection-toolbar button[data-kind="claim"]'), 'Claim');
      const form = await formOpen(element);
      await clickOn(form.querySelector('button[type="submit"]'), 'Save');
      await element.updateComplete;
      expect(element.annotations).to.have.length(1);
      await clickOn(shadow(element, 'li.annotation .item-actions button'), 'Edit');
      const again = await formOpen(element);
      await clickOn([...again.querySelectorAll('button')].find((b) => b.textContent === 'Cancel') ?? null, 'Cancel');
      await element.updateComplete;
      expect(element.annotations).to.have.length(1);
    });
  });

  describe('undo within reach', () => {
    it('Ctrl+Z right after Delete in the panel brings the annotation back, and "Deleted … Undo" goes', async () => {
      const element = await createAnnotator({ text: article });
      const claim = element.addAnnotation({ kind: 'claim', exact: 'rents rose 4%' });
      await element.updateComplete;
      await clickOn(shadow(element, `li[data-annotation-id="${CSS.escape(claim.id)}"] .item-actions button.danger`), 'Delete');
      await element.updateComplete;
      expect(element.annotations).to.deep.equal([]);
      expect(element.shadowRoot!.activeElement, 'focus in the panel').to.not.equal(null);
      expect(viewOf(element).hasFocus()).to.equal(false);
      await undoKeys();
      await element.updateComplete;
      expect(element.annotations.map((a) => a.id)).to.deep.equal([claim.id]);
      expect(statusText(element)).to.equal('');
    });

    it('the toolbar Undo after a delete takes the "Deleted … Undo" message away', async () => {
      const element = await createAnnotator({ text: article });
      const claim = element.addAnnotation({ kind: 'claim', exact: 'rents rose 4%' });
      await element.updateComplete;
      await clickOn(shadow(element, `li[data-annotation-id="${CSS.escape(claim.id)}"] .item-actions button.danger`), 'Delete');
      await element.updateComplete;
      expect(statusText(element)).to.contain('Deleted claim.');
      await clickOn(undoButton(element), 'the header Undo');
      await element.updateComplete;
      expect(element.annotations).to.have.length(1);
      expect(statusText(element)).to.equal('');
      expect(shadow(element, '.side > .status button')).to.equal(null);
    });

    it('"Tagged as quote." goes once that tag is undone', async () => {
      const element = await createAnnotator({ text: article });
      await dragAcross(element, 'rents rose');
      await clickOn(shadow(element, '.selection-toolbar button[data-kind="quote"]'), 'Quote');
      await formOpen(element);
      expect(statusText(element)).to.equal('Tagged as quote.');
      await clickOn(undoButton(element), 'the header Undo');
      await element.updateComplete;
      expect(element.annotations).to.deep.equal([]);
      expect(statusText(element)).to.equal('');
    });

    it('a tag shortcut with nothing selected says "Select some text first."', async () => {
      const element = await createAnnotator({ text: article });
      await placeCaret(element, 'rents');
      await pressCombo(['Alt', 'Shift'], 'KeyQ');
      await element.updateComplete;
      expect(element.annotations).to.deep.equal([]);
      expect(statusText(element)).to.equal('Select some text first.');
      expect(shadow(element, '.side > .status')!.getAttribute('role')).to.equal('status');
    });
  });

  describe('filters', () => {
    it('"Show kinds" hides the highlights of a kind left out, and the heading says how many show', async () => {
      const element = await createAnnotator({ text: article });
      const claim = element.addAnnotation({ kind: 'claim', exact: 'rents rose 4%' });
      const fact = element.addAnnotation({ kind: 'fact', exact: 'last year' });
      await element.updateComplete;
      const look = (id: string) => {
        const style = getComputedStyle(shadow(element, `mark.cm-annotation[data-annotation-id="${CSS.escape(id)}"]`)!);
        return { background: style.backgroundColor, underline: style.textDecorationLine };
      };
      const shownClaim = look(claim.id);
      expect(shownClaim.underline).to.equal('underline');
      expect(shadow(element, '#panel-title')!.textContent).to.equal('Annotations (2)');
      const claimBox = [...element.shadowRoot!.querySelectorAll<HTMLLabelElement>('fieldset.filters label')].find((l) => l.textContent!.includes('Claim'))!.querySelector('input')!;
      await clickOn(claimBox, 'the Claim checkbox');
      await element.updateComplete;
      expect(claimBox.checked).to.equal(false);
      expect(look(claim.id)).to.deep.equal({ background: 'rgba(0, 0, 0, 0)', underline: 'none' });
      expect(look(fact.id).underline, 'the fact still shows').to.equal('underline');
      expect(shadow(element, '#panel-title')!.textContent).to.equal('Annotations (1 of 2)');
      await clickOn(claimBox, 'the Claim checkbox');
      await element.updateComplete;
      expect(look(claim.id)).to.deep.equal(shownClaim);
      expect(shadow(element, '#panel-title')!.textContent).to.equal('Annotations (2)');
    });

    it('the text filter finds the restated claim, the note and a source', async () => {
      const element = await createAnnotator({ text: article });
      const claim = element.addAnnotation({ kind: 'claim', exact: 'rents rose 4%', claim: 'Rents went up by four percent in 2025.' });
      const noted = element.addAnnotation({ kind: 'fact', exact: 'last year', note: 'Ask the statistics office' });
      const sourced = element.addAnnotation({ kind: 'claim', exact: 'Tenants disagreed', sources: [{ url: 'https://tenants.example.org/survey', title: 'Tenant union survey' }] });
      await element.updateComplete;
      const search = shadow<HTMLInputElement>(element, '.filters input[type="search"]')!;
      const listed = () => [...element.shadowRoot!.querySelectorAll<HTMLElement>('ol.annotation-list > li')].map((li) => li.dataset.annotationId);
      for (const [words, id] of [
        ['four percent', claim.id],
        ['statistics', noted.id],
        ['union survey', sourced.id],
        ['tenants.example', sourced.id],
      ] as const) {
        await clickOn(search, 'the search field');
        search.select();
        await sendKeys({ type: words });
        await nextFrame();
        await element.updateComplete;
        expect(listed(), words).to.deep.equal([id]);
        expect(shadow(element, '#panel-title')!.textContent).to.equal('Annotations (1 of 3)');
      }
    });
  });

  describe('detaching', () => {
    it('says so at the panel top when an edit deletes a claim\'s text, with Show, counts by what is in the article, and the verdict', async () => {
      const element = await createAnnotator({ text: article });
      const claim = element.addAnnotation({ kind: 'claim', exact: 'rents rose 4%', verdict: 'mostly-false' });
      await element.updateComplete;
      const claimCount = () => [...element.shadowRoot!.querySelectorAll('fieldset.filters label')].find((l) => l.textContent!.includes('Claim'))!.textContent!.replace(/\s+/g, ' ').trim();
      expect(claimCount()).to.equal('Claim (1)');
      await dragAcross(element, 'said', 'last');
      await sendKeys({ press: 'Backspace' });
      await nextFrame();
      await element.updateComplete;
      expect(element.annotations[0].status).to.equal('orphaned');
      expect(statusText(element)).to.equal('1 annotation detached: its text was deleted.Show');
      expect(shadow(element, '.side > .status')!.getAttribute('role')).to.equal('status');
      expect(claimCount()).to.equal('Claim (0)');
      const orphan = shadow(element, `li.orphan[data-annotation-id="${CSS.escape(claim.id)}"]`)!;
      expect(orphan.querySelector('.verdict')?.textContent).to.equal('Mostly false');
      await clickOn(shadow(element, '.side > .status button'), 'Show');
      await element.updateComplete;
      expect(orphan.contains(element.shadowRoot!.activeElement), 'focus on the detached annotation').to.equal(true);
      const side = shadow(element, '.side')!.getBoundingClientRect();
      const box = orphan.getBoundingClientRect();
      expect(box.top >= Math.max(side.top, 0) - 1 && box.top < Math.min(side.bottom, innerHeight), 'the detached annotation in sight').to.equal(true);
      // undone from there, the claim is back on its words and the message goes
      await undoKeys();
      await element.updateComplete;
      expect(element.annotations[0].status).to.equal('anchored');
      expect(statusText(element)).to.equal('');
      expect(claimCount()).to.equal('Claim (1)');
    });
  });

  describe('coming back', () => {
    it('a page with <claim-library> reopens the article worked on last after a reload', async () => {
      const database = freshDatabase();
      const older = await storedEditor(database, { text: 'An older article, opened before.', title: 'Older' });
      await older.save();
      older.remove();
      await new Promise((resolve) => setTimeout(resolve, 20));
      const pasted = await storedEditor(database, { text: article, title: 'Pasted' });
      pasted.addAnnotation({ kind: 'claim', exact: 'rents rose 4%' });
      await pasted.save();
      const id = pasted.documentId;
      const text = pasted.text;
      pasted.remove();
      // the reload: the page makes its library and editor again, and gives the editor nothing
      const editor = await storedEditor(database, {}, (el) => (el.id = 'trust-editor'));
      const library = document.createElement('claim-library');
      library.database = database;
      library.for = 'trust-editor';
      document.body.prepend(library);
      try {
        await library.refresh();
        await editor.ready;
        expect(editor.documentId).to.equal(id);
        expect(editor.text).to.equal(text);
        expect(editor.annotations.map((a) => a.exact)).to.deep.equal(['rents rose 4%']);
      } finally {
        library.remove();
      }
    });

    it('leaves an editor alone that the page gave an article', async () => {
      const database = freshDatabase();
      const pasted = await storedEditor(database, { text: article, title: 'Pasted' });
      await pasted.save();
      pasted.remove();
      const editor = await storedEditor(database, { text: 'The page’s own article.' }, (el) => (el.id = 'trust-editor'));
      const library = document.createElement('claim-library');
      library.database = database;
      library.for = 'trust-editor';
      document.body.prepend(library);
      try {
        await library.refresh();
        await editor.ready;
        expect(editor.text).to.equal('The page’s own article.');
      } finally {
        library.remove();
      }
    });

    it('opening the same article again, unchanged, leaves its modified date alone', async () => {
      const database = freshDatabase();
      const { html, ...metadata } = sampleArticle;
      const sample = {
        ...metadata,
        html,
        annotations: [
          { kind: 'quote', exact: 'This is the most important investment', attribution: { name: 'Sigrid Løvstad' }, quoteStyle: 'direct' as const },
          { kind: 'fact', exact: '11.8 million passengers in 2025', verdict: 'unverified' },
        ],
      };
      const first = await storedEditor(database);
      await first.loadArticle(sample);
      await first.save();
      const [stored] = (await readDatabase(database)).articles;
      first.remove();
      await new Promise((resolve) => setTimeout(resolve, 30));
      const second = await storedEditor(database);
      await second.loadArticle(sample);
      await second.save();
      await nextFrame();
      const after = (await readDatabase(database)).articles;
      expect(after).to.have.length(1);
      expect(after[0].modified).to.equal(stored.modified);
      expect(second.annotations).to.have.length(2);
    });
  });

  describe('jumping to an annotation', () => {
    const filler = Array.from({ length: 30 }, (_, i) => `<p>Paragraph ${i + 1} of background that has nothing to do with the claim at all, written long enough to fill a line or two of the article.</p>`).join('');
    const long =
      'The transport minister claimed in parliament that the new tram line would remove about two thousand six hundred car journeys from the city centre every single working day, cut journey times for commuters from the eastern estates by a third, and pay for itself within twelve years of opening.';

    async function jumpWithClick(element: ClaimAnnotator, id: string): Promise<void> {
      const jump = shadow(element, `li[data-annotation-id="${CSS.escape(id)}"] button.jump`)!;
      const box = jump.getBoundingClientRect();
      expect(box.top >= 0 && box.bottom <= innerHeight && box.right <= innerWidth, 'the list item in sight').to.equal(true);
      await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
      await nextFrame(60);
    }

    function wholeInSight(element: ClaimAnnotator, id: string): { top: number; bottom: number } {
      const marks = [...viewOf(element).dom.querySelectorAll(`mark[data-annotation-id="${CSS.escape(id)}"]`)];
      const rects = marks.flatMap((mark) => [...mark.getClientRects()]);
      return { top: Math.min(...rects.map((r) => r.top)), bottom: Math.max(...rects.map((r) => r.bottom)) };
    }

    for (const [where, html] of [
      ['below the screen', `${filler}<p>${long}</p>${filler}`],
      ['above the screen', `${filler}<p>${long}</p>${filler}${filler}`],
    ] as const) {
      it(`one click on a three-line claim ${where} centres the whole of it, with no tag toolbar`, async () => {
        const element = await createAnnotator({ html });
        element.style.width = '790px'; // the whole element in the 800 px window, side column included
        const claim = element.addAnnotation({ kind: 'claim', exact: long });
        await element.updateComplete;
        scrollTo(0, where === 'above the screen' ? document.scrollingElement!.scrollHeight : 0);
        await nextFrame();
        const before = wholeInSight(element, claim.id);
        expect(before.bottom - before.top, 'three lines or more').to.be.above(50);
        expect(before.bottom < 0 || before.top > innerHeight, 'out of sight at first').to.equal(true);
        // the side column sticks beside the article, so its item is in sight
        await jumpWithClick(element, claim.id);
        const after = wholeInSight(element, claim.id);
        expect(after.top, 'its first line').to.be.at.least(0);
        expect(after.bottom, 'its last line').to.be.at.most(innerHeight);
        expect(Math.abs((after.top + after.bottom) / 2 - innerHeight / 2), 'centred').to.be.below(30);
        expect(viewOf(element).hasFocus()).to.equal(true);
        await nextFrame(60);
        expect(shadow(element, '.selection-toolbar'), 'no tag toolbar after a jump').to.equal(null);
        scrollTo(0, 0);
      });
    }
  });
});
