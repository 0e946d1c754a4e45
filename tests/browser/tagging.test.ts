/**
 * Tagging spans through the real UI: a DOM selection and the toolbar, a
 * Shift+Arrow selection and the Alt+Shift shortcuts, the edit form that opens,
 * and how nested, overlapping and cross-paragraph spans are drawn.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ClaimAnnotator } from '../../src/index.ts';
import {
  activeInShadow,
  clickOn,
  createAnnotator,
  label,
  focusEditor,
  markedText,
  marksOf,
  nextFrame,
  placeCaret,
  pressCombo,
  removeAnnotators,
  selectBetween,
  selectText,
  shadow,
  shadowAll,
  viewOf,
  waitUntil,
} from './support.ts';

// Selections start far enough from the left edge that the whole toolbar is on screen (see the BUG test below).
const article = 'In a statement on Tuesday the mayor said rents rose 4% last year.\n\nTenants disagreed strongly.';
// "rents" starts at offset 41; the first paragraph is 65 characters long, the second starts at 66.

/** Shift+ArrowRight `count` times with real key presses. */
async function extendRight(count: number): Promise<void> {
  await sendKeys({ down: 'Shift' });
  for (let i = 0; i < count; i++) await sendKeys({ press: 'ArrowRight' });
  await sendKeys({ up: 'Shift' });
  await nextFrame();
}

/** Selects "rents rose" with the keyboard: a caret before "rents", then Shift+ArrowRight ten times. */
async function keyboardSelectRentsRose(element: ClaimAnnotator): Promise<void> {
  await placeCaret(element, 'rents');
  await extendRight(10);
  const { from, to } = viewOf(element).state.selection;
  expect(viewOf(element).state.doc.textBetween(from, to), 'keyboard selection').to.equal('rents rose');
}

async function formOpen(element: ClaimAnnotator): Promise<HTMLFormElement> {
  await element.updateComplete;
  await waitUntil(() => shadow(element, 'form.annotation-form') !== null, 'the edit form');
  return shadow<HTMLFormElement>(element, 'form.annotation-form')!;
}

describe('tagging spans', () => {
  afterEach(removeAnnotators);

  it('tags a DOM selection as a claim with the toolbar button', async () => {
    const element = await createAnnotator({ text: article });
    await selectText(element, 'rents rose 4%');
    await element.updateComplete;
    const toolbar = shadow(element, '.selection-toolbar[role="toolbar"]');
    expect(toolbar, 'toolbar').to.exist;
    expect(shadowAll(element, '.selection-toolbar button[data-kind]').map((b) => b.dataset.kind)).to.deep.equal(['claim', 'quote', 'fact', 'note']);
    await clickOn(shadow(element, '.selection-toolbar button[data-kind="claim"]'), 'claim button');
    expect(element.annotations).to.have.length(1);
    expect(element.annotations[0]).to.include({ kind: 'claim', exact: 'rents rose 4%', start: 41, end: 54, status: 'anchored', verdict: 'unverified' });
    expect(markedText(element, element.annotations[0].id)).to.equal('rents rose 4%');
  });

  it('tags a DOM selection as a quote with the toolbar button', async () => {
    const element = await createAnnotator({ text: article });
    await selectText(element, 'Tenants disagreed');
    await element.updateComplete;
    await clickOn(shadow(element, '.selection-toolbar button[data-kind="quote"]'), 'quote button');
    expect(element.annotations.map(({ kind, exact, start, end }) => ({ kind, exact, start, end }))).to.deep.equal([
      { kind: 'quote', exact: 'Tenants disagreed', start: 66, end: 83 },
    ]);
  });

  for (const [kind, key] of [
    ['claim', 'KeyC'],
    ['quote', 'KeyQ'],
    ['fact', 'KeyF'],
  ] as const) {
    it(`tags a Shift+Arrow selection as a ${kind} with Alt+Shift+${key.slice(3)}`, async () => {
      const element = await createAnnotator({ text: article });
      await keyboardSelectRentsRose(element);
      await pressCombo(['Alt', 'Shift'], key);
      await element.updateComplete;
      expect(element.annotations.map(({ kind, exact, start, end, status }) => ({ kind, exact, start, end, status }))).to.deep.equal([
        { kind, exact: 'rents rose', start: 41, end: 51, status: 'anchored' },
      ]);
      const classes = (mark: HTMLElement) => ['cm-annotation', `cm-kind-${kind}`, 'cm-annotation-active'].filter((name) => mark.classList.contains(name));
      expect(marksOf(element).map(classes)).to.deep.equal([['cm-annotation', `cm-kind-${kind}`, 'cm-annotation-active']]);
    });
  }

  it('the shortcut does nothing without a selection', async () => {
    const element = await createAnnotator({ text: article });
    await placeCaret(element, 'rents');
    await pressCombo(['Alt', 'Shift'], 'KeyC');
    await element.updateComplete;
    expect(element.annotations).to.deep.equal([]);
    expect(label(shadow(element, 'form.annotation-form'))).to.equal(null);
  });

  it('opens the edit form after tagging, with focus in its first field', async () => {
    const element = await createAnnotator({ text: article });
    await keyboardSelectRentsRose(element);
    await pressCombo(['Alt', 'Shift'], 'KeyC');
    const form = await formOpen(element);
    expect(form.getAttribute('aria-label')).to.equal('Edit Claim');
    expect(form.closest('li')?.dataset.annotationId).to.equal(element.annotations[0].id);
    const active = activeInShadow(element) as HTMLInputElement | null;
    expect(active && form.contains(active), 'focus is in the form').to.equal(true);
    expect(active!.name).to.equal('attribution.name');
    expect(viewOf(element).hasFocus()).to.equal(false);
  });

  it('Escape in the form of a new tag closes it, takes the tag back and returns focus to the editor', async () => {
    const element = await createAnnotator({ text: article });
    await keyboardSelectRentsRose(element);
    await pressCombo(['Alt', 'Shift'], 'KeyQ');
    await formOpen(element);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    await nextFrame();
    expect(label(shadow(element, 'form.annotation-form'))).to.equal(null);
    expect(viewOf(element).hasFocus()).to.equal(true);
    expect(element.annotations).to.deep.equal([]);
  });

  it('Save in the form stores what was typed and returns focus to the editor', async () => {
    const element = await createAnnotator({ text: article });
    await keyboardSelectRentsRose(element);
    await pressCombo(['Alt', 'Shift'], 'KeyC');
    await formOpen(element);
    await sendKeys({ type: 'Mayor Lee' });
    await clickOn(shadow(element, 'form.annotation-form button[type="submit"]'), 'Save');
    await element.updateComplete;
    await nextFrame();
    expect(label(shadow(element, 'form.annotation-form'))).to.equal(null);
    expect(viewOf(element).hasFocus()).to.equal(true);
    expect(element.annotations[0].attribution).to.deep.equal({ name: 'Mayor Lee' });
    expect(shadow(element, '.status')!.textContent!.trim()).to.equal('Saved.');
  });

  it('Enter in a text field of the form saves it', async () => {
    const element = await createAnnotator({ text: article });
    await keyboardSelectRentsRose(element);
    await pressCombo(['Alt', 'Shift'], 'KeyQ');
    await formOpen(element);
    await sendKeys({ type: 'Ana Ruiz' });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    await nextFrame();
    expect(element.annotations[0]).to.include({ kind: 'quote', exact: 'rents rose' });
    expect(element.annotations[0].attribution).to.deep.equal({ name: 'Ana Ruiz' });
    expect(viewOf(element).hasFocus()).to.equal(true);
  });

  it('trims leading and trailing whitespace from the selection', async () => {
    const element = await createAnnotator({ text: article });
    await selectText(element, ' rents rose 4% ');
    expect(viewOf(element).state.selection.to - viewOf(element).state.selection.from).to.equal(15);
    await element.updateComplete;
    await clickOn(shadow(element, '.selection-toolbar button[data-kind="fact"]'), 'fact button');
    expect(element.annotations.map(({ exact, start, end }) => ({ exact, start, end }))).to.deep.equal([{ exact: 'rents rose 4%', start: 41, end: 54 }]);
    expect(markedText(element, element.annotations[0].id)).to.equal('rents rose 4%');
  });

  it('a selection that ends at the start of the next paragraph (a triple-click) tags the paragraph without the break', async () => {
    const element = await createAnnotator({ text: article });
    await focusEditor(element);
    const paragraphs = viewOf(element).dom.querySelectorAll('p');
    document.getSelection()!.setBaseAndExtent(paragraphs[0].firstChild!, 0, paragraphs[1].firstChild!, 0);
    await nextFrame(40);
    expect(viewOf(element).state.selection.to).to.equal(68); // inside the second paragraph
    await pressCombo(['Alt', 'Shift'], 'KeyQ');
    await element.updateComplete;
    expect(element.annotations.map(({ exact, start, end }) => ({ exact, start, end }))).to.deep.equal([
      { exact: 'In a statement on Tuesday the mayor said rents rose 4% last year.', start: 0, end: 65 },
    ]);
    expect(marksOf(element)).to.have.length(1);
  });

  it('a whitespace-only selection creates nothing and says to select text', async () => {
    const element = await createAnnotator({ text: article });
    await selectText(element, ' ', 8); // the space between "rents" and "rose"
    expect(viewOf(element).state.selection.to - viewOf(element).state.selection.from).to.equal(1);
    await element.updateComplete;
    await clickOn(shadow(element, '.selection-toolbar button[data-kind="claim"]'), 'claim button');
    await element.updateComplete;
    expect(element.annotations).to.deep.equal([]);
    expect(shadow(element, '.status')!.textContent!.trim()).to.equal('Select some text first.');
  });

  // the toolbar is measured with the whole width before it is placed: at the start of a line it
  // once started left of the article, at the end of one it overflowed it (narrow.test.ts: on a phone)
  it('keeps the whole selection toolbar inside the article for selections at the start and end of a line', async () => {
    const element = await createAnnotator({ text: 'The mayor said rents rose 4% last year, and the council said nothing about it at all.' });
    const box = shadow(element, '.article')!.getBoundingClientRect();
    for (const needle of ['The', 'all.']) {
      await selectText(element, needle);
      await element.updateComplete;
      const toolbar = shadow(element, '.selection-toolbar')!.getBoundingClientRect();
      expect(toolbar.left, `toolbar left for "${needle}"`).to.be.at.least(box.left);
      expect(toolbar.right, `toolbar right for "${needle}"`).to.be.at.most(box.right);
    }
  });

  it('Escape lets go of the selection: the toolbar hides, the text stays selected, and a new selection brings it back', async () => {
    const element = await createAnnotator({ text: article });
    await keyboardSelectRentsRose(element);
    expect(label(shadow(element, '.selection-toolbar'))).to.not.equal(null);
    await sendKeys({ press: 'Escape' });
    await nextFrame();
    expect(label(shadow(element, '.selection-toolbar'))).to.equal(null);
    const { from, to } = viewOf(element).state.selection;
    expect(viewOf(element).state.doc.textBetween(from, to)).to.equal('rents rose');
    await extendRight(3);
    expect(label(shadow(element, '.selection-toolbar'))).to.not.equal(null);
  });

  it('the toolbar hides when focus leaves the text and shows again when it comes back', async () => {
    const element = await createAnnotator({ text: article });
    await selectText(element, 'rents rose 4%');
    expect(label(shadow(element, '.selection-toolbar'))).to.not.equal(null);
    shadow(element, '.actions button:not([disabled])')!.focus();
    await nextFrame();
    expect(label(shadow(element, '.selection-toolbar'))).to.equal(null);
    viewOf(element).focus();
    await nextFrame();
    expect(label(shadow(element, '.selection-toolbar'))).to.not.equal(null);
    element.readonly = true;
    await element.updateComplete;
    expect(label(shadow(element, '.selection-toolbar')), 'none in the read-only view').to.equal(null);
  });

  it('the toolbar buttons and the header’s Undo and Redo name their keys', async () => {
    const element = await createAnnotator({ text: article });
    await selectText(element, 'rents rose 4%');
    const kinds = shadowAll<HTMLButtonElement>(element, '.selection-toolbar button[data-kind]');
    expect(kinds.map((b) => b.getAttribute('aria-keyshortcuts'))).to.deep.equal(['Alt+Shift+C', 'Alt+Shift+Q', 'Alt+Shift+F', null]);
    const header = (text: string) => shadowAll<HTMLButtonElement>(element, '.actions button').find((b) => b.textContent!.trim() === text)!;
    expect([header('Undo').title, header('Undo').getAttribute('aria-keyshortcuts')]).to.deep.equal(['Undo (Ctrl+Z)', 'Control+Z']);
    expect([header('Redo').title, header('Redo').getAttribute('aria-keyshortcuts')]).to.deep.equal(['Redo (Shift+Ctrl+Z)', 'Shift+Control+Z Control+Y']);
  });

  it('a span tagged inside another in the UI renders as a mark nested in the outer mark', async () => {
    const element = await createAnnotator({ text: article });
    await selectText(element, 'rents rose 4% last year');
    await element.updateComplete;
    await clickOn(shadow(element, '.selection-toolbar button[data-kind="claim"]'), 'claim button');
    const form = await formOpen(element);
    await clickOn(form.querySelector('button[type="submit"]'), 'Save'); // Escape would take the new tag back
    await element.updateComplete;
    await selectText(element, '4%');
    await element.updateComplete;
    await clickOn(shadow(element, '.selection-toolbar button[data-kind="fact"]'), 'fact button');
    const [claim, fact] = element.annotations;
    expect([claim.kind, claim.start, claim.end, fact.kind, fact.start, fact.end]).to.deep.equal(['claim', 41, 64, 'fact', 52, 54]);
    const inner = marksOf(element, claim.id).flatMap((mark) => [...mark.querySelectorAll<HTMLElement>(`mark.cm-annotation[data-annotation-id="${fact.id}"]`)]);
    expect(inner.map((mark) => mark.textContent)).to.deep.equal(['4%']);
    expect(markedText(element, claim.id)).to.equal('rents rose 4% last year');
    expect(markedText(element, fact.id)).to.equal('4%');
  });

  it('overlapping spans from the API render as nested marks that each cover their span exactly', async () => {
    const element = await createAnnotator({ text: article });
    const b = element.addAnnotation({ kind: 'quote', exact: 'rose 4% last' });
    const a = element.addAnnotation({ kind: 'claim', exact: 'said rents rose' });
    await element.updateComplete;
    expect(markedText(element, a.id)).to.equal('said rents rose');
    expect(markedText(element, b.id)).to.equal('rose 4% last');
    // the shared word "rose" sits in a mark of one annotation nested in a mark of the other
    const nested = [...viewOf(element).dom.querySelectorAll('mark.cm-annotation mark.cm-annotation')].map((mark) => ({
      inner: (mark as HTMLElement).dataset.annotationId,
      outer: (mark.parentElement!.closest('mark.cm-annotation') as HTMLElement).dataset.annotationId,
      text: mark.textContent,
    }));
    expect(nested).to.have.length(1);
    expect(nested[0].text).to.equal('rose');
    expect([nested[0].inner, nested[0].outer].sort()).to.deep.equal([a.id, b.id].sort());
    expect(element.annotations.map((x) => [x.id, x.start, x.end])).to.deep.equal([
      [a.id, 36, 51],
      [b.id, 47, 59],
    ]);
  });

  it('a cross-paragraph selection tagged with Alt+Shift+F is one annotation with a mark in each paragraph', async () => {
    const element = await createAnnotator({ text: article });
    await selectBetween(element, 'last year.', 'Tenants disagreed');
    await pressCombo(['Alt', 'Shift'], 'KeyF');
    await element.updateComplete;
    const [fact] = element.annotations;
    expect(fact).to.include({ kind: 'fact', exact: 'last year.\nTenants disagreed', start: 55, end: 83, status: 'anchored' });
    const marks = marksOf(element, fact.id);
    expect(marks.map((mark) => [mark.closest('p') === viewOf(element).dom.children[0], mark.textContent])).to.deep.equal([
      [true, 'last year.'],
      [false, 'Tenants disagreed'],
    ]);
  });

  it('a cross-paragraph API span nests the spans inside it, and el.annotations is in document order', async () => {
    const element = await createAnnotator({ text: article });
    const quote = element.addAnnotation({ kind: 'quote', exact: 'Tenants' });
    const claim = element.addAnnotation({ kind: 'claim', start: 41, end: 83 });
    const fact = element.addAnnotation({ kind: 'fact', exact: '4%' });
    await element.updateComplete;
    expect(claim.exact).to.equal('rents rose 4% last year.\nTenants disagreed');
    expect(element.annotations.map((a) => a.id)).to.deep.equal([claim.id, fact.id, quote.id]);
    expect(markedText(element, claim.id)).to.equal('rents rose 4% last year.\nTenants disagreed');
    const insideClaim = (id: string) =>
      marksOf(element, claim.id).flatMap((mark) => [...mark.querySelectorAll<HTMLElement>(`mark[data-annotation-id="${id}"]`)]).map((m) => m.textContent);
    expect(insideClaim(fact.id)).to.deep.equal(['4%']);
    expect(insideClaim(quote.id)).to.deep.equal(['Tenants']);
    // the panel lists them in the same order
    expect(shadowAll(element, 'ol.annotation-list > li').map((li) => li.dataset.annotationId)).to.deep.equal([claim.id, fact.id, quote.id]);
  });
});
