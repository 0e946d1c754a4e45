/**
 * Editing annotated text with real key presses: typing at and inside spans,
 * deleting annotated text (orphans), undo and redo with Ctrl+Z / Ctrl+Shift+Z,
 * and pasting (content, annotations and sanitising).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ClaimAnnotator } from '../../src/index.ts';
import {
  createAnnotator,
  endUndoGroup,
  focusEditor,
  markedText,
  marksOf,
  nextFrame,
  pasteHtml,
  placeCaret,
  pressCombo,
  redoKeys,
  removeAnnotators,
  selectText,
  shadow,
  shadowAll,
  snapshot,
  undoKeys,
  viewOf,
  waitUntil,
} from './support.ts';

const article = 'In a statement on Tuesday the mayor said rents rose 4% last year.\n\nTenants disagreed strongly.';
const text = 'In a statement on Tuesday the mayor said rents rose 4% last year.\nTenants disagreed strongly.';

/** An element with a claim on "rents rose" (41-51). */
async function withClaim(): Promise<{ element: ClaimAnnotator; id: string }> {
  const element = await createAnnotator({ text: article });
  const { id } = element.addAnnotation({ kind: 'claim', exact: 'rents rose', attribution: { name: 'Mayor Lee' } });
  await element.updateComplete;
  return { element, id };
}

function span(element: ClaimAnnotator, id: string) {
  const annotation = element.annotations.find((a) => a.id === id)!;
  return { start: annotation.start, end: annotation.end, exact: annotation.exact, status: annotation.status };
}

async function typeText(value: string): Promise<void> {
  await sendKeys({ type: value });
  await nextFrame();
}

describe('editing annotated text', () => {
  afterEach(removeAnnotators);

  describe('typing', () => {
    // Where the caret is, what it sits in (the highlight's <mark> or the paragraph), and
    // what typing "XY" there does to the claim over "rents rose" (41..51).
    const cases = [
      { name: 'typing inside a span grows it', offset: 5, preferNext: undefined, parent: null, typed: 'rentsXY rose', span: { start: 41, end: 53, exact: 'rentsXY rose' } },
      { name: 'typing right before a span (caret in the text before it) does not grow it', offset: 0, preferNext: false, parent: 'P', typed: 'XYrents rose', span: { start: 43, end: 53, exact: 'rents rose' } },
      { name: 'typing right before a span (caret at the start of the highlight) does not grow it', offset: 0, preferNext: true, parent: 'MARK', typed: 'XYrents rose', span: { start: 43, end: 53, exact: 'rents rose' } },
      { name: 'typing right after a span (caret at the end of the highlight) does not grow it', offset: 10, preferNext: false, parent: 'MARK', typed: 'rents roseXY', span: { start: 41, end: 51, exact: 'rents rose' } },
      { name: 'typing right after a span (caret in the text after it) does not grow it', offset: 10, preferNext: true, parent: 'P', typed: 'rents roseXY', span: { start: 41, end: 51, exact: 'rents rose' } },
    ];
    for (const { name, offset, preferNext, parent, typed, span: expected } of cases) {
      it(name, async () => {
        const { element, id } = await withClaim();
        await placeCaret(element, 'rents rose', offset, preferNext === undefined ? {} : { preferNext });
        if (parent) expect(document.getSelection()!.anchorNode!.parentElement!.tagName).to.equal(parent);
        await typeText('XY');
        expect(element.text).to.equal(text.replace('rents rose', typed));
        expect(span(element, id)).to.deep.equal({ ...expected, status: 'anchored' });
        expect(markedText(element, id)).to.equal(expected.exact);
      });
    }

    it('typing before a span shifts it and fires no annotation event', async () => {
      const { element, id } = await withClaim();
      const seen: string[] = [];
      for (const type of ['claim-annotation-add', 'claim-annotation-update', 'claim-annotation-remove']) element.addEventListener(type, () => seen.push(type));
      await placeCaret(element, 'Tuesday', 7);
      await typeText(' morning');
      expect(span(element, id)).to.deep.equal({ start: 49, end: 59, exact: 'rents rose', status: 'anchored' });
      expect(seen).to.deep.equal([]);
    });
  });

  describe('deleting and undo', () => {
    it('deleting the annotated text with Backspace makes it an orphan listed with its quote', async () => {
      const { element, id } = await withClaim();
      await selectText(element, 'rents rose');
      await sendKeys({ press: 'Backspace' });
      await nextFrame();
      expect(element.text).to.equal(text.replace('rents rose', ''));
      expect(span(element, id)).to.include({ exact: 'rents rose', status: 'orphaned' });
      expect(marksOf(element)).to.have.length(0);
      await waitUntil(() => shadow(element, `ul.orphans li[data-annotation-id="${id}"]`) !== null, 'the detached list');
      expect(shadow(element, '#orphans-title')!.textContent!.trim()).to.equal('Detached annotations (1)');
      const item = shadow(element, `ul.orphans li[data-annotation-id="${id}"]`)!;
      expect(item.querySelector('.quote')!.textContent).to.equal('“rents rose”');
      expect(item.querySelector('.kind-label')!.textContent).to.equal('Claim');
      expect(shadowAll(element, 'ol.annotation-list > li')).to.have.length(0);
    });

    it('Ctrl+Z restores the deleted text and the annotation anchored exactly as before', async () => {
      const { element, id } = await withClaim();
      const before = snapshot(element);
      await selectText(element, 'rents rose');
      endUndoGroup(element);
      await sendKeys({ press: 'Backspace' });
      await nextFrame();
      expect(span(element, id).status).to.equal('orphaned');
      await undoKeys();
      expect(element.text).to.equal(text);
      expect(snapshot(element)).to.deep.equal(before);
      expect(markedText(element, id)).to.equal('rents rose');
      await waitUntil(() => shadow(element, 'ul.orphans') === null, 'the detached list to go');
      expect(shadowAll(element, 'ol.annotation-list > li').map((li) => li.dataset.annotationId)).to.deep.equal([id]);
    });

    it('Ctrl+Z after deleting a larger range around the span re-anchors it exactly', async () => {
      const { element, id } = await withClaim();
      const before = snapshot(element);
      await selectText(element, 'mayor said rents rose 4%');
      endUndoGroup(element);
      await sendKeys({ press: 'Backspace' });
      await nextFrame();
      expect(span(element, id)).to.include({ status: 'orphaned', exact: 'rents rose' });
      await undoKeys();
      expect(snapshot(element)).to.deep.equal(before);
      expect(markedText(element, id)).to.equal('rents rose');
    });

    it('two Ctrl+Z after deleting the span and typing in its place restore it anchored', async () => {
      const { element, id } = await withClaim();
      const before = snapshot(element);
      await selectText(element, 'rents rose');
      endUndoGroup(element);
      await sendKeys({ press: 'Backspace' });
      await nextFrame();
      endUndoGroup(element);
      await typeText('prices fell');
      expect(element.text).to.equal(text.replace('rents rose', 'prices fell'));
      expect(span(element, id).status).to.equal('orphaned');
      await undoKeys();
      expect(span(element, id).status).to.equal('orphaned');
      await undoKeys();
      expect(element.text).to.equal(text);
      expect(snapshot(element)).to.deep.equal(before);
    });

    it('Ctrl+Shift+Z redoes the deletion and the annotation is an orphan again', async () => {
      const { element, id } = await withClaim();
      await selectText(element, 'rents rose');
      endUndoGroup(element);
      await sendKeys({ press: 'Backspace' });
      await nextFrame();
      await undoKeys();
      expect(span(element, id).status).to.equal('anchored');
      await redoKeys();
      expect(element.text).to.equal(text.replace('rents rose', ''));
      expect(span(element, id)).to.include({ exact: 'rents rose', status: 'orphaned' });
      expect(marksOf(element)).to.have.length(0);
    });

    it('Ctrl+Z after typing inside a span shrinks it back', async () => {
      const { element, id } = await withClaim();
      const before = snapshot(element);
      await placeCaret(element, 'rents rose', 5);
      endUndoGroup(element);
      await typeText('XYZ');
      expect(span(element, id).exact).to.equal('rentsXYZ rose');
      await undoKeys();
      expect(element.text).to.equal(text);
      expect(snapshot(element)).to.deep.equal(before);
    });

    it('Ctrl+Z undoes tagging a span and Ctrl+Shift+Z brings the same annotation back', async () => {
      const element = await createAnnotator({ text: article });
      await selectText(element, 'rents rose 4%');
      await pressCombo(['Alt', 'Shift'], 'KeyC');
      await element.updateComplete;
      await waitUntil(() => shadow(element, 'form.annotation-form') !== null, 'the edit form');
      const tagged = snapshot(element);
      expect(tagged.map((a) => a.exact)).to.deep.equal(['rents rose 4%']);
      // back to the text with the form left open (Escape would take the new tag back)
      viewOf(element).focus();
      await element.updateComplete;
      await nextFrame();
      expect(viewOf(element).hasFocus()).to.equal(true);
      await undoKeys();
      expect(element.annotations).to.deep.equal([]);
      expect(marksOf(element)).to.have.length(0);
      await redoKeys();
      expect(snapshot(element)).to.deep.equal(tagged);
    });

    it('Ctrl+Z undoes removing an annotation', async () => {
      const { element, id } = await withClaim();
      const before = snapshot(element);
      element.removeAnnotation(id);
      expect(element.annotations).to.deep.equal([]);
      await focusEditor(element);
      await undoKeys();
      expect(snapshot(element)).to.deep.equal(before);
      expect(markedText(element, id)).to.equal('rents rose');
    });
  });

  describe('pasting', () => {
    it('pasting HTML inserts its content and shifts the annotations after it', async () => {
      const { element, id } = await withClaim();
      const first = element.addAnnotation({ kind: 'quote', exact: 'In a statement' });
      await placeCaret(element, 'Tuesday', 7);
      const handled = await pasteHtml(element, ', <em>March 3</em>,', ', March 3,');
      expect(handled, 'ProseMirror handled the paste').to.equal(true);
      expect(element.text).to.equal(text.replace('Tuesday', 'Tuesday, March 3,'));
      expect(viewOf(element).dom.querySelector('p em')?.textContent).to.equal('March 3');
      expect(span(element, first.id)).to.deep.equal({ start: 0, end: 14, exact: 'In a statement', status: 'anchored' });
      expect(span(element, id)).to.deep.equal({ start: 51, end: 61, exact: 'rents rose', status: 'anchored' });
      expect(markedText(element, id)).to.equal('rents rose');
    });

    it('copying annotated text and pasting it elsewhere (Ctrl+C, Ctrl+V) creates no annotation', async () => {
      const { element, id } = await withClaim();
      const before = snapshot(element);
      await selectText(element, 'rents rose 4%');
      await pressCombo(['Control'], 'c');
      await placeCaret(element, 'strongly.', 9);
      await pressCombo(['Control'], 'v');
      await nextFrame(50);
      expect(element.text).to.equal(`${text}rents rose 4%`);
      expect(element.annotations).to.have.length(1);
      expect(snapshot(element)).to.deep.equal(before);
      expect(new Set(element.annotations.map((a) => a.id)).size).to.equal(element.annotations.length);
      expect(marksOf(element).map((mark) => mark.dataset.annotationId)).to.deep.equal([id]);
    });

    it('pasting HTML that carries annotation highlights creates no annotation', async () => {
      const { element, id } = await withClaim();
      const before = snapshot(element);
      await placeCaret(element, 'strongly.');
      await pasteHtml(element, `<mark class="cm-annotation cm-kind-claim" data-annotation-id="${id}">rents rose</mark>, <mark class="cm-annotation" data-annotation-id="urn:x:forged">again</mark>,`);
      expect(element.text).to.equal(text.replace('strongly.', 'rents rose, again,strongly.'));
      expect(snapshot(element)).to.deep.equal(before);
      expect(marksOf(element).map((mark) => mark.dataset.annotationId)).to.deep.equal([id]);
      expect(marksOf(element, 'urn:x:forged')).to.have.length(0);
    });

    it('pasted scripts, images with onerror and javascript: links are dropped', async () => {
      const element = await createAnnotator({ text: article });
      const flags = window as unknown as { __cmPwned?: number };
      delete flags.__cmPwned;
      await placeCaret(element, 'Tenants');
      await pasteHtml(
        element,
        '<p>Safe <a href="javascript:window.__cmPwned=1">click</a> and <a href="https://example.org/">ok</a>' +
          '<img src="x" onerror="window.__cmPwned=2"><script>window.__cmPwned=3<\/script> end.</p>' +
          '<p><a href="data:text/html,hi">data</a> <a href="vbscript:x">vb</a></p>',
      );
      await nextFrame(150);
      const dom = viewOf(element).dom;
      expect(flags.__cmPwned).to.equal(undefined);
      expect(dom.querySelectorAll('script, img, iframe, object').length).to.equal(0);
      expect([...dom.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/']);
      expect(dom.querySelectorAll('[onerror], [onclick]').length).to.equal(0);
      expect(element.text).to.equal('In a statement on Tuesday the mayor said rents rose 4% last year.\nSafe click and ok end.\ndata vbTenants disagreed strongly.');
    });
  });
});
