/**
 * Issue 12's look of a professional tool, one defect per test: the actions bar stays
 * in view while the article scrolls; the rarer actions are in menus that work by
 * keyboard and mouse (the WAI-ARIA menu button pattern); a verdict badge's colour and
 * icon follow the scale's meaning, with its text; a fact has no speaker line; the claim
 * box shows three lines; the import report's items jump to their annotation; a
 * download's name is cut at a word; and a download is confirmed in the status line.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ClaimAnnotator } from '../../src/index.ts';
import { activeInShadow, chooseFromMenu, clickOn, createAnnotator, nextFrame, removeAnnotators, shadow, shadowAll, viewOf, waitUntil } from './support.ts';

const story = 'Rents in Vellmoor rose 4% last year, the mayor said.\n\nThe opposition said the figure was closer to 9%.';
const long = Array.from({ length: 60 }, (_, i) => `Paragraph ${i + 1}. ${story}`).join('\n\n');

const menuButton = (element: ClaimAnnotator, menu: string) => shadow<HTMLButtonElement>(element, `[data-menu="${menu}"] > button`)!;
const menuOpen = (element: ClaimAnnotator, menu: string) => menuButton(element, menu).getAttribute('aria-expanded') === 'true' && !shadow(element, `#${menu}-menu`)!.hidden;
const focusedText = (element: ClaimAnnotator) => activeInShadow(element)?.textContent ?? null;

/** Downloads made while `run` runs: their file names and contents; nothing is saved. */
async function downloadsDuring(run: () => Promise<void>): Promise<{ name: string; href: string }[]> {
  const made: { name: string; href: string }[] = [];
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) made.push({ name: this.download, href: this.href });
    else click.call(this);
  };
  try {
    await run();
  } finally {
    HTMLAnchorElement.prototype.click = click;
  }
  return made;
}

describe('the look of a professional tool', () => {
  afterEach(() => {
    removeAnnotators();
    window.scrollTo(0, 0);
  });

  it('keeps the actions bar, with Undo, Redo and the save state, in view while the article scrolls', async () => {
    const element = await createAnnotator({ text: long, title: 'Rents' });
    window.scrollTo(0, 2500);
    await nextFrame();
    const bar = shadow(element, '.actions-bar')!;
    const box = bar.getBoundingClientRect();
    expect(box.top, 'the bar at the top of the window').to.be.within(-1, 2);
    expect(box.height).to.be.greaterThan(20);
    // the page does not cover it: what is at the Undo button's centre is the Undo button
    const undo = shadowAll<HTMLButtonElement>(element, '.actions-bar button').find((b) => b.textContent === 'Undo')!;
    const { left, top, width, height } = undo.getBoundingClientRect();
    expect(element.shadowRoot!.elementFromPoint(left + width / 2, top + height / 2)).to.equal(undo);
    expect(bar.querySelector('.save-indicator'), 'the save state in the bar').to.not.equal(null);
    // one primary action in the bar; New article is in a menu, not beside it
    expect(shadowAll(element, '.actions-bar .primary').map((b) => b.textContent)).to.deep.equal(['Suggest']);
    expect(shadowAll(element, '.actions-bar > button').map((b) => b.textContent)).to.not.include('New article');
  });

  it('opens a menu from the keyboard, moves in it with the arrows, Home and End, and Escape gives focus back to its button', async () => {
    const element = await createAnnotator({ text: story, title: 'Rents' });
    const button = menuButton(element, 'export');
    expect([button.getAttribute('aria-haspopup'), button.getAttribute('aria-expanded')]).to.deep.equal(['menu', 'false']);
    expect(shadow(element, `#${button.getAttribute('aria-controls')}`)!.getAttribute('role')).to.equal('menu');
    button.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => menuOpen(element, 'export'), 'the Export menu open');
    expect(activeInShadow(element)!.getAttribute('role')).to.equal('menuitem');
    expect(focusedText(element)).to.equal('Download .jsonld');
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedText(element)).to.equal('Download .csv');
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedText(element)).to.equal('Copy ClaimReview');
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedText(element)).to.equal('Print report');
    await sendKeys({ press: 'ArrowDown' }); // round to the first
    expect(focusedText(element)).to.equal('Download .jsonld');
    await sendKeys({ press: 'End' });
    expect(focusedText(element)).to.equal('Print report');
    await sendKeys({ press: 'Home' });
    expect(focusedText(element)).to.equal('Download .jsonld');
    await sendKeys({ press: 'ArrowUp' }); // round to the last
    expect(focusedText(element)).to.equal('Print report');
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(menuOpen(element, 'export')).to.equal(false);
    expect(activeInShadow(element)).to.equal(button);
    // Enter on the Article menu's button opens it on its first item, and Enter on an item runs it
    menuButton(element, 'article').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => menuOpen(element, 'article'), 'the Article menu open');
    expect(focusedText(element)).to.equal('New article');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    await waitUntil(() => shadow<HTMLDialogElement>(element, 'dialog.article-dialog')?.open ?? false, 'the Article details dialog');
    expect(menuOpen(element, 'article')).to.equal(false);
  });

  it('opens a menu with a click and closes it with a click outside', async () => {
    const element = await createAnnotator({ text: story, title: 'Rents' });
    await clickOn(menuButton(element, 'article'), 'the Article menu');
    await element.updateComplete;
    expect(menuOpen(element, 'article')).to.equal(true);
    expect(shadowAll(element, '#article-menu [role="menuitem"]').map((item) => item.textContent)).to.deep.equal(['New article', 'Article details', 'Import annotations']);
    await clickOn(viewOf(element).dom.querySelector('p'), 'the article');
    await element.updateComplete;
    expect(menuOpen(element, 'article')).to.equal(false);
    // a click on its button closes it too
    await clickOn(menuButton(element, 'export'), 'the Export menu');
    await element.updateComplete;
    expect(menuOpen(element, 'export')).to.equal(true);
    await clickOn(menuButton(element, 'export'), 'the Export menu again');
    await element.updateComplete;
    expect(menuOpen(element, 'export')).to.equal(false);
  });

  it('colours a verdict badge by what the verdict means, with an icon and its text', async () => {
    const element = await createAnnotator({ text: story });
    const right = element.addAnnotation({ kind: 'claim', exact: 'rose 4% last year', verdict: 'true' });
    const wrong = element.addAnnotation({ kind: 'fact', exact: 'closer to 9%', verdict: 'false' });
    await element.updateComplete;
    const badge = (id: string) => shadow(element, `li[data-annotation-id="${id}"] .verdict`)!;
    expect([badge(right.id).textContent, badge(wrong.id).textContent]).to.deep.equal(['True', 'False']);
    const look = (el: Element) => [getComputedStyle(el).color, getComputedStyle(el, '::before').content];
    const [trueColour, trueIcon] = look(badge(right.id));
    const [falseColour, falseIcon] = look(badge(wrong.id));
    expect(trueColour).to.not.equal(falseColour);
    expect(trueIcon).to.not.equal(falseIcon);
    expect(trueIcon).to.not.equal('none');
    // a site's scale without tones: the best rating reads as true, the worst as false
    element.verdicts = [
      { id: 'correct', label: 'Correct', description: '' },
      { id: 'half', label: 'Half', description: '' },
      { id: 'wrong', label: 'Wrong', description: '' },
    ];
    element.updateAnnotation(right.id, { verdict: 'correct' });
    element.updateAnnotation(wrong.id, { verdict: 'wrong' });
    await element.updateComplete;
    expect(look(badge(right.id))).to.deep.equal([trueColour, trueIcon]);
    expect(look(badge(wrong.id))).to.deep.equal([falseColour, falseIcon]);
    expect(() => (element.verdicts = [{ id: 'x', label: 'X', description: '', tone: 'green' as never }])).to.throw(TypeError, /tone/);
  });

  it('shows a speaker line only for kinds that have a speaker', async () => {
    const element = await createAnnotator({ text: story });
    const fact = element.addAnnotation({ kind: 'fact', exact: 'closer to 9%' });
    const claim = element.addAnnotation({ kind: 'claim', exact: 'rose 4% last year' });
    await element.updateComplete;
    const meta = (id: string) => shadow(element, `li[data-annotation-id="${id}"] .meta`)!.textContent!.replace(/\s+/g, ' ').trim();
    expect(meta(fact.id)).to.not.contain('no speaker');
    expect(meta(claim.id)).to.contain('no speaker');
  });

  it('shows three lines of the restated claim', async () => {
    const element = await createAnnotator({ text: story });
    const claim = element.addAnnotation({ kind: 'claim', exact: 'rose 4% last year', claim: 'Rents in Vellmoor rose by four per cent in 2025, the most in a decade, the mayor said.' });
    await element.updateComplete;
    shadowAll<HTMLButtonElement>(element, `li[data-annotation-id="${claim.id}"] .item-actions button`)[0].click();
    await waitUntil(() => shadow(element, 'textarea[name="claim"]') !== null, 'the form');
    const box = shadow<HTMLTextAreaElement>(element, 'textarea[name="claim"]')!;
    expect(box.rows).to.equal(3);
    const line = parseFloat(getComputedStyle(box).lineHeight) || parseFloat(getComputedStyle(box).fontSize) * 1.2;
    expect(box.clientHeight).to.be.at.least(3 * line);
  });

  it('the import report’s items jump to their annotation', async () => {
    const source = await createAnnotator({ text: 'The council said the tram will cost €48.5 million.\n\nThe mayor said the eastern line was a blank cheque.' });
    const claim = source.addAnnotation({ kind: 'claim', exact: 'will cost €48.5 million' });
    const quote = source.addAnnotation({ kind: 'quote', exact: 'the eastern line was a blank cheque' });
    const file = new File([JSON.stringify(source.exportJsonLd())], 'colleague.jsonld', { type: 'application/ld+json' });
    const target = await createAnnotator({ text: 'Update: the council said the tram will cost €49.5 million.\n\nThe mayor spoke of other things.' });
    const input = shadow<HTMLInputElement>(target, 'input.import-file')!;
    const picked = new DataTransfer();
    picked.items.add(file);
    input.files = picked.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => shadow<HTMLDialogElement>(target, 'dialog.import-report')?.open ?? false, 'the import report');
    const report = shadow<HTMLDialogElement>(target, 'dialog.import-report')!;
    const item = (id: string) => report.querySelector<HTMLButtonElement>(`button[data-annotation-id="${id}"]`);
    // the moved claim: to its words in the article
    await clickOn(item(claim.id), 'the moved claim in the report');
    await target.updateComplete;
    expect(report.open).to.equal(false);
    const view = viewOf(target);
    expect(view.state.doc.textBetween(view.state.selection.from, view.state.selection.to)).to.equal('will cost €49.5 million');
    expect(view.hasFocus()).to.equal(true);
    // the quote that could not be placed: to its entry in the detached list
    report.showModal();
    await clickOn(item(quote.id), 'the detached quote in the report');
    await target.updateComplete;
    await waitUntil(() => activeInShadow(target)?.closest(`li.orphan[data-annotation-id="${quote.id}"]`) != null, 'focus on the detached quote');
  });

  it('cuts a long headline at a word for the download’s name, and says the download was made', async () => {
    const element = await createAnnotator({
      text: story,
      title: 'Vellmoor council approves €48.5m tram extension despite costly warnings',
    });
    element.updateMetadata({ published: '2026-03-12' });
    const downloads = await downloadsDuring(() => chooseFromMenu(element, 'export', 'Download .jsonld'));
    expect(downloads.map((d) => d.name)).to.deep.equal(['vellmoor-council-approves-48-5m-tram-extension-despite-2026-03-12.jsonld']);
    const slug = downloads[0].name.replace(/-2026-03-12\.jsonld$/, '');
    expect(slug.length).to.be.at.most(60);
    await element.updateComplete;
    const status = shadow(element, '.status[role="status"]')!;
    expect(status.textContent!.trim()).to.equal(`Downloaded ${downloads[0].name}`);
  });
});
