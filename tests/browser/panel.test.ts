/**
 * The side panel: what each item shows, the kind filter, jumping to a span by
 * click and by keyboard, the edit form, delete with undo, the empty state and
 * re-attaching a detached annotation.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { englishStrings as strings } from '../../src/elements/shared/strings/annotator-strings.ts';
import type { ClaimAnnotator } from '../../src/index.ts';
import {
  activeInShadow,
  clickOn,
  createAnnotator,
  label,
  endUndoGroup,
  marksOf,
  nextFrame,
  placeCaret,
  recordEvents,
  removeAnnotators,
  selectText,
  shadow,
  shadowAll,
  snapshot,
  viewOf,
  waitUntil,
} from './support.ts';

const article = 'The mayor said rents rose 4% last year.\n\nLandlords blamed higher taxes, a spokesperson said.';
// plain text: "The mayor said rents rose 4% last year.\nLandlords blamed higher taxes, a spokesperson said."
// document positions: the first paragraph's text starts at 1, the second's at 42.

/** An element with a quote, a claim and a fact, added out of document order. */
async function withThree() {
  const element = await createAnnotator({ text: article });
  const quote = element.addAnnotation({ kind: 'quote', exact: 'Landlords blamed higher taxes', attribution: { name: 'Ana Ruiz' } });
  const claim = element.addAnnotation({ kind: 'claim', exact: 'rents rose 4%', attribution: { name: 'Mayor Lee' }, verdict: 'mostly-true' });
  const fact = element.addAnnotation({ kind: 'fact', exact: 'last year', verdict: 'true' });
  await element.updateComplete;
  return { element, quote, claim, fact };
}

function item(element: ClaimAnnotator, id: string): HTMLElement {
  const li = shadow(element, `ol.annotation-list > li[data-annotation-id="${id}"]`);
  if (!li) throw new Error(`no list item for ${id}`);
  return li;
}

/** What each visible list item says. */
function listed(element: ClaimAnnotator) {
  return shadowAll(element, 'ol.annotation-list > li').map((li) => ({
    kind: li.querySelector('.kind-label')!.textContent,
    quote: li.querySelector('.quote')!.textContent,
    speaker: li.querySelector('.meta > .speaker')?.textContent ?? null,
    verdict: li.querySelector('.verdict')?.textContent ?? null,
  }));
}

function filterBox(element: ClaimAnnotator, kindLabel: string): HTMLInputElement {
  const found = shadowAll(element, 'fieldset.filters label').find((l) => l.textContent!.includes(kindLabel));
  if (!found) throw new Error(`no filter for ${kindLabel}`);
  return found.querySelector('input')!;
}

async function openEdit(element: ClaimAnnotator, id: string): Promise<HTMLFormElement> {
  await clickOn(item(element, id).querySelector('.item-actions button:not(.danger)'), 'Edit');
  await element.updateComplete;
  await waitUntil(() => item(element, id).querySelector('form.annotation-form') !== null, 'the edit form');
  return item(element, id).querySelector<HTMLFormElement>('form.annotation-form')!;
}

describe('the annotation panel', () => {
  afterEach(removeAnnotators);

  it('lists kind label, quote, speaker and verdict of each annotation in document order', async () => {
    const { element, quote, claim, fact } = await withThree();
    expect(shadowAll(element, 'ol.annotation-list > li').map((li) => li.dataset.annotationId)).to.deep.equal([claim.id, fact.id, quote.id]);
    expect(listed(element)).to.deep.equal([
      { kind: 'Claim', quote: '“rents rose 4%”', speaker: 'Mayor Lee', verdict: 'Mostly true' },
      { kind: 'Fact', quote: '“last year”', speaker: null, verdict: 'True' },
      { kind: 'Quote', quote: '“Landlords blamed higher taxes”', speaker: 'Ana Ruiz', verdict: null },
    ]);
    expect(shadow(element, '#panel-title')!.textContent).to.equal('Annotations (3)');
  });

  it('the kind filter hides and shows the items of a kind', async () => {
    const { element, quote, claim, fact } = await withThree();
    const claims = filterBox(element, 'Claim');
    expect(claims.closest('label')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Claim (1)');
    await clickOn(claims, 'Claim filter');
    await element.updateComplete;
    expect(claims.checked).to.equal(false);
    expect(shadowAll(element, 'ol.annotation-list > li').map((li) => li.dataset.annotationId)).to.deep.equal([fact.id, quote.id]);
    expect(element.annotations).to.have.length(3);
    await clickOn(filterBox(element, 'Claim'), 'Claim filter');
    await element.updateComplete;
    expect(shadowAll(element, 'ol.annotation-list > li').map((li) => li.dataset.annotationId)).to.deep.equal([claim.id, fact.id, quote.id]);
  });

  it('unticking every kind says that no annotation matches', async () => {
    const { element } = await withThree();
    for (const kindLabel of ['Claim', 'Quote', 'Fact']) {
      await clickOn(filterBox(element, kindLabel), `${kindLabel} filter`);
      await element.updateComplete;
    }
    expect(shadowAll(element, 'ol.annotation-list > li')).to.have.length(0);
    expect(shadow(element, 'p.empty')!.textContent).to.equal(strings.noneMatchFilter);
    expect(element.annotations).to.have.length(3);
  });

  it('clicking an item selects its span in the editor and marks it current', async () => {
    const { element, quote, claim, fact } = await withThree();
    const events = recordEvents(element);
    await clickOn(item(element, fact.id).querySelector('.jump'), 'fact item');
    await element.updateComplete;
    const { from, to } = viewOf(element).state.selection;
    expect({ from, to }).to.deep.equal({ from: 30, to: 39 });
    expect(viewOf(element).state.doc.textBetween(from, to)).to.equal('last year');
    expect(viewOf(element).hasFocus()).to.equal(true);
    expect([claim, fact, quote].map((a) => item(element, a.id).querySelector('.jump')!.getAttribute('aria-current'))).to.deep.equal(['false', 'true', 'false']);
    expect(marksOf(element).filter((mark) => mark.classList.contains('cm-annotation-active')).map((mark) => mark.dataset.annotationId)).to.deep.equal([fact.id]);
    expect(events.summary()).to.deep.equal(['claim-annotation-select:user']);
    expect(events.events[0].annotationId).to.equal(fact.id);
  });

  it('pressing Enter on a focused item selects its span', async () => {
    const { element, quote } = await withThree();
    const jump = item(element, quote.id).querySelector<HTMLButtonElement>('.jump')!;
    jump.focus();
    expect(label(activeInShadow(element))).to.equal(label(jump));
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    const { from, to } = viewOf(element).state.selection;
    expect({ from, to }).to.deep.equal({ from: 42, to: 71 });
    expect(jump.getAttribute('aria-current')).to.equal('true');
    expect(marksOf(element, quote.id)[0].classList.contains('cm-annotation-active')).to.equal(true);
  });

  it('Edit opens the form, and Save stores the new speaker, verdict and source', async () => {
    const { element, claim } = await withThree();
    const form = await openEdit(element, claim.id);
    expect(item(element, claim.id).querySelector('.item-actions button:not(.danger)')!.getAttribute('aria-expanded')).to.equal('true');
    expect(form.contains(activeInShadow(element)), 'focus is in the form').to.equal(true);
    const name = form.querySelector<HTMLInputElement>('input[name="attribution.name"]')!;
    expect(name.value).to.equal('Mayor Lee');
    name.focus();
    name.select();
    await sendKeys({ type: 'Mayor Kim' });
    const verdict = form.querySelector<HTMLSelectElement>('select[name="verdict"]')!;
    expect(verdict.value).to.equal('mostly-true');
    verdict.focus();
    verdict.value = 'false';
    verdict.dispatchEvent(new Event('change', { bubbles: true }));
    form.querySelector<HTMLInputElement>('input[name="source.0.url"]')!.focus();
    await sendKeys({ type: 'https://stats.example.org/rents' });
    const stance = form.querySelector<HTMLSelectElement>('select[name="source.0.stance"]')!;
    stance.value = 'refutes';
    form.querySelector<HTMLInputElement>('input[name="source.0.accessed"]')!.value = '2026-03-14';
    await clickOn(form.querySelector('button[type="submit"]'), 'Save');
    await element.updateComplete;
    await nextFrame();
    const saved = element.annotations.find((a) => a.id === claim.id)!;
    expect(saved.attribution).to.deep.equal({ name: 'Mayor Kim' });
    expect(saved.verdict).to.equal('false');
    expect(saved.sources).to.deep.equal([{ url: 'https://stats.example.org/rents', stance: 'refutes', accessed: '2026-03-14' }]);
    expect(saved).to.include({ start: 15, end: 28, exact: 'rents rose 4%' });
    expect(label(item(element, claim.id).querySelector('form'))).to.equal(null);
    expect(listed(element)[0]).to.deep.equal({ kind: 'Claim', quote: '“rents rose 4%”', speaker: 'Mayor Kim', verdict: 'False' });
    // focus goes back to the item the form was opened from
    expect(label(activeInShadow(element))).to.equal(label(item(element, claim.id).querySelector('.jump')));
  });

  it('says whether the speaker is a person or an organisation; an organisation with a role is refused', async () => {
    const { element, claim } = await withThree();
    let form = await openEdit(element, claim.id);
    const person = form.querySelector<HTMLInputElement>('input[name="attribution.type"][value="Person"]')!;
    expect(person.checked, 'a person by default').to.equal(true);
    await clickOn(form.querySelector('input[name="attribution.type"][value="Organization"]'), 'An organisation');
    await clickOn(form.querySelector('button[type="submit"]'), 'Save');
    await element.updateComplete;
    expect(element.annotations.find((a) => a.id === claim.id)!.attribution).to.deep.equal({ name: 'Mayor Lee', type: 'Organization' });
    form = await openEdit(element, claim.id);
    expect(form.querySelector<HTMLInputElement>('input[name="attribution.type"][value="Organization"]')!.checked).to.equal(true);
    await clickOn(form.querySelector('input[name="attribution.role"]'), 'Role');
    await sendKeys({ type: 'Spokesman' });
    await clickOn(form.querySelector('button[type="submit"]'), 'Save');
    await element.updateComplete;
    expect(item(element, claim.id).querySelector('form .error')?.textContent).to.equal('An organisation has no role: clear the role, or choose a person.');
    expect(element.annotations.find((a) => a.id === claim.id)!.attribution).to.deep.equal({ name: 'Mayor Lee', type: 'Organization' });
  });

  it('an invalid source URL shows an alert and changes nothing', async () => {
    const { element, claim } = await withThree();
    const before = snapshot(element);
    const form = await openEdit(element, claim.id);
    form.querySelector<HTMLInputElement>('input[name="source.0.url"]')!.focus();
    await sendKeys({ type: 'javascript:alert(1)' });
    await clickOn(form.querySelector('button[type="submit"]'), 'Save');
    await element.updateComplete;
    const alert = form.querySelector('[role="alert"]');
    expect(alert, 'alert').to.exist;
    expect(alert!.textContent).to.equal('Source 1: the URL must be an http(s) address.');
    expect(snapshot(element)).to.deep.equal(before);
    expect(item(element, claim.id).querySelector('form.annotation-form') === form, 'the form stays open').to.equal(true);
  });

  it('Delete removes the annotation and the Undo button in the status restores it', async () => {
    const { element, claim } = await withThree();
    const before = snapshot(element);
    await clickOn(item(element, claim.id).querySelector('.item-actions button.danger'), 'Delete');
    await element.updateComplete;
    expect(element.annotations.map((a) => a.kind)).to.deep.equal(['fact', 'quote']);
    expect(marksOf(element, claim.id)).to.have.length(0);
    expect(shadow(element, '.status span')!.textContent).to.equal('Deleted claim.');
    await clickOn(shadow(element, '.status button'), 'Undo');
    await element.updateComplete;
    expect(snapshot(element)).to.deep.equal(before);
    expect(shadowAll(element, 'ol.annotation-list > li').map((li) => li.dataset.annotationId)).to.deep.equal(before.map((a) => a.id));
  });

  // BUG: src/elements/claim-annotator/claim-annotator.ts, the status line's Undo button calls the generic
  // this.undo() and the status is never cleared. After "Deleted claim." any later edit
  // (typing a letter) is what that Undo reverts, and the claim stays deleted. It should
  // restore the deleted annotation (or disappear as soon as something else changes).
  it('the status Undo after a delete restores the annotation even after another edit', async () => {
    const { element, claim } = await withThree();
    const before = snapshot(element);
    await clickOn(item(element, claim.id).querySelector('.item-actions button.danger'), 'Delete');
    await placeCaret(element, 'spokesperson');
    endUndoGroup(element);
    await sendKeys({ type: 'Q' });
    await nextFrame();
    const undo = shadow(element, '.status button');
    if (undo) await clickOn(undo, 'Undo');
    await element.updateComplete;
    expect(element.text, 'the typing is kept').to.contain('Qspokesperson');
    expect(snapshot(element).map((a) => a.id)).to.deep.equal(before.map((a) => a.id));
  });

  // BUG: src/elements/claim-annotator/claim-annotator.ts, the "Deleted claim. Undo" status stays after its
  // Undo was used; a second click undoes the change before the delete (here: adding the
  // fact annotation), which the status never offered to undo. It should go away once used.
  it('the status Undo button goes away once it has restored the annotation', async () => {
    const { element, claim } = await withThree();
    await clickOn(item(element, claim.id).querySelector('.item-actions button.danger'), 'Delete');
    await clickOn(shadow(element, '.status button'), 'Undo');
    await element.updateComplete;
    expect(element.annotations).to.have.length(3);
    expect(label(shadow(element, '.status button')), 'Undo button after use').to.equal(null);
  });

  // BUG: src/elements/claim-annotator/claim-annotator.ts #deleteAnnotation / #closeForm: deleting from the
  // panel removes the focused Delete button (or, from a form opened by Edit, #closeForm
  // tries to focus the deleted item's .jump button) and moves focus nowhere, so focus falls
  // to <body> and a keyboard user loses their place. Focus should stay in the element
  // (the status Undo button, the next item, or the editor).
  it('deleting from the panel with the keyboard keeps focus inside the element', async () => {
    const { element, claim } = await withThree();
    item(element, claim.id).querySelector<HTMLButtonElement>('.item-actions button.danger')!.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    await nextFrame();
    expect(element.annotations).to.have.length(2);
    expect(label(activeInShadow(element)), 'focused element in the shadow root').to.not.equal(null);
  });

  // BUG: same as above, for the Delete button of an edit form opened from the panel.
  it('deleting from an edit form opened from the panel keeps focus inside the element', async () => {
    const { element, claim } = await withThree();
    const form = await openEdit(element, claim.id);
    form.querySelector<HTMLButtonElement>('.form-buttons button.danger')!.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    await nextFrame();
    expect(element.annotations).to.have.length(2);
    expect(activeInShadow(element) !== null || viewOf(element).hasFocus(), 'focus inside the element').to.equal(true);
  });

  it('shows the empty state when the article has no annotations', async () => {
    const element = await createAnnotator({ text: article });
    expect(shadow(element, '#panel-title')!.textContent).to.equal('Annotations (0)');
    expect(shadowAll(element, '.empty p').map((p) => p.textContent)).to.deep.equal([strings.emptyTitle, strings.emptyHelp]);
    expect(strings.emptyHelp).to.contain('Select words in the article');
    expect(label(shadow(element, 'ol.annotation-list'))).to.equal(null);
  });

  it('shows how to start when there is no article', async () => {
    const element = await createAnnotator();
    expect(shadowAll(element, '.empty p').map((p) => p.textContent)).to.deep.equal([strings.emptyTitle, strings.emptyArticle]);
  });

  it('an orphan can be re-attached to a new selection', async () => {
    const element = await createAnnotator({ text: article });
    const claim = element.addAnnotation({ kind: 'claim', exact: 'rents rose 4%', attribution: { name: 'Mayor Lee' } });
    await selectText(element, 'rents rose 4%');
    await sendKeys({ press: 'Backspace' });
    await waitUntil(() => shadow(element, `ul.orphans li[data-annotation-id="${claim.id}"]`) !== null, 'the detached list');
    await selectText(element, 'higher taxes');
    const button = [...shadow(element, `ul.orphans li[data-annotation-id="${claim.id}"]`)!.querySelectorAll('button')].find(
      (b) => b.textContent === 'Re-attach to selection',
    );
    await clickOn(button ?? null, 'Re-attach to selection');
    await element.updateComplete;
    const [annotation] = element.annotations;
    expect(annotation).to.include({ id: claim.id, kind: 'claim', status: 'anchored', exact: 'higher taxes', start: 44, end: 56 });
    expect(annotation.attribution).to.deep.equal({ name: 'Mayor Lee' });
    expect(marksOf(element, claim.id).map((mark) => mark.textContent)).to.deep.equal(['higher taxes']);
    expect(label(shadow(element, 'ul.orphans'))).to.equal(null);
    expect(shadowAll(element, 'ol.annotation-list > li').map((li) => li.dataset.annotationId)).to.deep.equal([claim.id]);
  });

  it('Re-attach without a selection asks for one, and the toolbar then offers "Re-attach here"', async () => {
    const element = await createAnnotator({ text: article });
    const claim = element.addAnnotation({ kind: 'claim', exact: 'rents rose 4%' });
    await selectText(element, 'rents rose 4%');
    await sendKeys({ press: 'Backspace' });
    await waitUntil(() => shadow(element, `ul.orphans li[data-annotation-id="${claim.id}"]`) !== null, 'the detached list');
    const button = [...shadow(element, `ul.orphans li[data-annotation-id="${claim.id}"]`)!.querySelectorAll('button')].find(
      (b) => b.textContent === 'Re-attach to selection',
    );
    await clickOn(button ?? null, 'Re-attach to selection');
    await element.updateComplete;
    expect(shadow(element, '.status span')!.textContent).to.equal('Select the text for the detached annotation, then choose “Re-attach here”.');
    expect(element.annotations[0].status).to.equal('orphaned');
    await selectText(element, 'spokesperson');
    await element.updateComplete;
    const here = [...shadowAll(element, '.selection-toolbar button')].find((b) => b.textContent!.trim() === 'Re-attach here');
    await clickOn(here ?? null, 'Re-attach here');
    await element.updateComplete;
    expect(element.annotations[0]).to.include({ id: claim.id, status: 'anchored', exact: 'spokesperson' });
  });
});

describe('clicking a highlight in the article', () => {
  afterEach(removeAnnotators);

  /** Clicks the middle of the first occurrence of `needle` in the article. */
  async function clickText(element: ClaimAnnotator, needle: string) {
    const walker = document.createTreeWalker(viewOf(element).dom, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(needle);
      if (at < 0) continue;
      node.parentElement!.scrollIntoView({ block: 'center' });
      await nextFrame(0);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const rect = range.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)] });
      await nextFrame();
      await element.updateComplete;
      return;
    }
    throw new Error(`"${needle}" is not in the article`);
  }

  const activeItem = (element: ClaimAnnotator) => shadow(element, 'li.annotation.active')?.dataset.annotationId ?? null;

  it('selects its annotation, the innermost where they nest, and clears the selection elsewhere', async () => {
    const element = await createAnnotator({ text: 'The mayor said rents rose 4% last year, the council disagreed.' });
    const outer = element.addAnnotation({ kind: 'claim', exact: 'rents rose 4% last year' });
    const inner = element.addAnnotation({ kind: 'fact', exact: '4%' });
    await element.updateComplete;
    await clickText(element, '4%');
    expect(activeItem(element)).to.equal(inner.id);
    await clickText(element, 'rose');
    expect(activeItem(element)).to.equal(outer.id);
    expect(marksOf(element, outer.id).every((mark) => mark.classList.contains('cm-annotation-active'))).to.equal(true);
    await clickText(element, 'council');
    expect(activeItem(element)).to.equal(null);
    expect(shadowAll(element, 'mark.cm-annotation-active')).to.have.length(0);
  });
});
