/**
 * Issue 5: each element speaks the language of its `lang` (its own, an
 * ancestor's through shadow roots, or the page's), French built in as a lazy
 * chunk, with single words replaced by its `strings` property, and two
 * elements on one page never mixing their words.
 */
import { expect } from '@open-wc/testing';
import type { ClaimAnnotator, ClaimLibrary, ClaimStrings } from '../../src/index.ts';
import * as fr from '../../src/elements/shared/strings/fr.ts';
import { englishLibraryStrings } from '../../src/elements/shared/strings/library-strings.ts';
import { englishStrings as en } from '../../src/elements/shared/strings/annotator-strings.ts';
import { createAnnotator, removeAnnotators, selectText, shadow, shadowAll, waitUntil } from './support.ts';

const article = { text: 'The mayor said rents rose 4% last year.', title: 'Rents', publisher: 'The Example Times', published: '2026-03-12' };
const pageLang = document.documentElement.getAttribute('lang');
const wrappers: Element[] = [];

/** Text with runs of white space (no-break spaces too) made single spaces. */
const flat = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const text = (element: ClaimAnnotator | ClaimLibrary, selector: string) => flat(element.shadowRoot!.querySelector(selector)?.textContent);

/** A `<claim-annotator>` (memory storage, the article loaded) put into `parent`. */
async function annotatorIn(parent: Element | ShadowRoot, setup: (element: ClaimAnnotator) => void = () => undefined): Promise<ClaimAnnotator> {
  const element = document.createElement('claim-annotator');
  element.storage = 'memory';
  setup(element);
  parent.append(element);
  await element.loadArticle(article);
  return element;
}

/** A wrapper element in the page, removed after the test. */
function wrapper(lang?: string): HTMLElement {
  const div = document.createElement('div');
  if (lang !== undefined) div.setAttribute('lang', lang);
  document.body.append(div);
  wrappers.push(div);
  return div;
}

/** What the highlights announce (their data-cm-start words). */
const marksText = (element: ClaimAnnotator) => shadowAll(element, 'mark[data-cm-start]').map((mark) => mark.dataset.cmStart).join(' ');

/** The words a reader sees in the header's buttons, the panel's headings and the editor's label. */
function words(element: ClaimAnnotator) {
  return {
    newArticle: text(element, '#article-menu [role="menuitem"]'),
    heading: text(element, '#panel-title'),
    filter: text(element, '.filters legend'),
    anyVerdict: text(element, '.filters option[value=""]'),
    articleLabel: element.editorView?.dom.getAttribute('aria-label'),
    byline: text(element, '.byline'),
  };
}

describe('the elements’ own words', () => {
  afterEach(() => {
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
    removeAnnotators();
    for (const element of wrappers.splice(0)) element.remove();
    for (const library of document.querySelectorAll('claim-library')) library.remove();
  });

  it('speaks French when the page’s lang is fr: header, panel, editor label and date', async () => {
    document.documentElement.lang = 'fr';
    const element = await createAnnotator(article);
    await element.updateComplete;
    expect(words(element)).to.deep.equal({
      newArticle: fr.claim.newArticle,
      heading: `${fr.claim.annotations} (0)`,
      filter: fr.claim.filterLegend,
      anyVerdict: fr.claim.anyVerdict,
      articleLabel: fr.claim.articleLabel,
      byline: 'The Example Times · 12 mars 2026',
    });
    expect(fr.claim.newArticle).to.equal('Nouvel article');
    expect(text(element, '.panel .empty')).to.contain(fr.claim.emptyTitle);
  });

  it('shows the toolbar and the edit form in French', async () => {
    document.documentElement.lang = 'fr';
    const element = await createAnnotator(article);
    await element.updateComplete;
    await selectText(element, 'rents rose 4%');
    await element.updateComplete;
    expect(shadow(element, '.selection-toolbar')?.getAttribute('aria-label')).to.equal(fr.claim.tagToolbar);
    const { id } = element.addAnnotation({ kind: 'claim', exact: 'rents rose 4%' });
    await element.updateComplete;
    shadow(element, `li[data-annotation-id="${CSS.escape(id)}"] .item-actions button`)!.click();
    // the form's code may still be loading (the on-demand chunk)
    await waitUntil(() => shadow(element, 'form.annotation-form') !== null, 'the edit form');
    const form = shadow(element, 'form.annotation-form')!;
    const legends = [...form.querySelectorAll('legend')].map((legend) => flat(legend.textContent));
    expect(legends).to.deep.equal([fr.claim.claimedBy, fr.claim.sources, fr.claim.review]);
    expect(flat(form.querySelector('input[name="attribution.name"]')?.parentElement?.textContent)).to.equal(fr.claim.name);
    expect([...form.querySelectorAll(':scope > .form-buttons button')].map((b) => flat(b.textContent))).to.deep.equal([
      fr.claim.delete,
      fr.claim.cancel,
      fr.claim.save,
    ]);
    // a message made later, by an event handler, is French too
    (form.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await element.updateComplete;
    expect(text(element, '.status')).to.equal(fr.claim.saved);
  });

  it('names the default kinds and verdicts in French, but keeps a page’s own vocabulary as it is', async () => {
    document.documentElement.lang = 'fr';
    const element = await createAnnotator(article);
    await element.updateComplete;
    expect(element.kinds.map((kind) => kind.label)).to.deep.equal(['Affirmation', 'Citation', 'Fait', 'Note']);
    expect(element.verdicts.find((verdict) => verdict.id === 'false')?.label).to.equal('Faux');
    const claim = element.addAnnotation({ kind: 'claim', exact: 'rents rose 4%', verdict: 'false' });
    await element.updateComplete;
    expect(text(element, `li[data-annotation-id="${CSS.escape(claim.id)}"]`)).to.contain('Affirmation');
    expect(text(element, `li[data-annotation-id="${CSS.escape(claim.id)}"]`)).to.contain('Faux');
    expect(marksText(element)).to.contain('début affirmation');

    const own = await createAnnotator(article, (el) => {
      el.storage = 'memory';
      el.kinds = [{ id: 'claim', label: 'Assertion', colour: '#b45309', underline: 'solid' }];
      el.verdicts = [{ id: 'false', label: 'Bidon', description: '' }];
    });
    await own.updateComplete;
    expect(own.kinds.map((kind) => kind.label)).to.deep.equal(['Assertion']);
    expect(own.verdicts.map((verdict) => verdict.label)).to.deep.equal(['Bidon']);

    // back to English: the defaults' English words return
    document.documentElement.lang = 'en';
    await element.updateComplete;
    await element.updateComplete;
    expect(element.kinds.map((kind) => kind.label)).to.deep.equal(['Claim', 'Quote', 'Fact', 'Note']);
  });

  it('follows the nearest ancestor’s lang over the page’s, also from outside a shadow root', async () => {
    document.documentElement.lang = 'en';
    const inDiv = await annotatorIn(wrapper('fr'));
    const host = document.createElement('div');
    wrapper('fr').append(host);
    const inShadow = await annotatorIn(host.attachShadow({ mode: 'open' }));
    await Promise.all([inDiv.updateComplete, inShadow.updateComplete]);
    expect(words(inDiv).newArticle).to.equal(fr.claim.newArticle);
    expect(words(inShadow).newArticle).to.equal(fr.claim.newArticle);
  });

  it('follows its own lang over its ancestors’', async () => {
    document.documentElement.lang = 'fr';
    const english = await annotatorIn(wrapper('fr'), (element) => element.setAttribute('lang', 'en'));
    const french = await annotatorIn(wrapper('en'), (element) => element.setAttribute('lang', 'fr'));
    await Promise.all([english.updateComplete, french.updateComplete]);
    expect(words(english).newArticle).to.equal(en.newArticle);
    expect(words(english).byline).to.equal('The Example Times · March 12, 2026');
    expect(words(french).newArticle).to.equal(fr.claim.newArticle);
  });

  it('changes language when a lang changes at run time', async () => {
    const around = wrapper();
    const element = await annotatorIn(around);
    await element.updateComplete;
    expect(words(element).newArticle).to.equal(en.newArticle);
    document.documentElement.lang = 'fr';
    await element.updateComplete;
    expect(words(element)).to.include({ newArticle: fr.claim.newArticle, articleLabel: fr.claim.articleLabel });
    around.setAttribute('lang', 'en-GB');
    await element.updateComplete;
    expect(words(element)).to.include({ newArticle: en.newArticle, articleLabel: en.articleLabel, byline: 'The Example Times · 12 March 2026' });
    around.removeAttribute('lang');
    await element.updateComplete;
    expect(words(element).newArticle).to.equal(fr.claim.newArticle);
  });

  it('follows the language of the place it moves to', async () => {
    const element = await annotatorIn(wrapper('fr'));
    await element.updateComplete;
    const elsewhere = wrapper('en');
    elsewhere.append(element);
    await element.updateComplete;
    expect(words(element).newArticle).to.equal(en.newArticle);
    elsewhere.setAttribute('lang', 'fr');
    await element.updateComplete;
    expect(words(element).newArticle).to.equal(fr.claim.newArticle);
  });

  it('serves fr-CA with French, and an unknown language with English (dates still in that language)', async () => {
    const canadian = await annotatorIn(wrapper('fr-CA'));
    const german = await annotatorIn(wrapper('de'));
    await Promise.all([canadian.updateComplete, german.updateComplete]);
    expect(words(canadian).newArticle).to.equal(fr.claim.newArticle);
    expect(words(german)).to.include({ newArticle: en.newArticle, heading: `${en.annotations} (0)`, byline: 'The Example Times · 12. März 2026' });
  });

  it('replaces single words with the strings property and keeps the rest of the language', async () => {
    document.documentElement.lang = 'fr';
    const element = await createAnnotator(article, (el) => {
      el.storage = 'memory';
      el.strings = { annotations: 'Notes', saveStates: { memory: 'Brouillon' } };
    });
    await element.updateComplete;
    expect(words(element)).to.include({ heading: 'Notes (0)', filter: fr.claim.filterLegend, newArticle: fr.claim.newArticle });
    expect(text(element, '.save-state')).to.equal('Brouillon');
    element.strings = { annotations: 'Fiches' };
    await element.updateComplete;
    expect(words(element).heading).to.equal('Fiches (0)');
    expect(text(element, '.save-state')).to.equal(flat(fr.claim.saveStates.memory));
  });

  it('takes functions for words that depend on a value', async () => {
    const element = await createAnnotator(article, (el) => {
      el.storage = 'memory';
      el.strings = { deleted: (label: string) => `${label} removed, undo?` } satisfies Partial<ClaimStrings>;
    });
    const { id } = element.addAnnotation({ kind: 'claim', exact: 'rents rose 4%' });
    await element.updateComplete;
    shadow(element, `li[data-annotation-id="${CSS.escape(id)}"] button.danger`)!.click();
    await element.updateComplete;
    expect(text(element, '.status span')).to.equal('Claim removed, undo?');
  });

  it('keeps two elements’ words apart, in what they render and in the messages they make later', async () => {
    const first = await annotatorIn(wrapper(), (element) => {
      element.setAttribute('lang', 'fr');
      element.strings = { annotations: 'Notes' };
    });
    const second = await annotatorIn(wrapper(), (element) => (element.strings = { deleted: () => 'Gone.' }));
    await Promise.all([first.updateComplete, second.updateComplete]);
    expect([words(first).heading, words(first).newArticle]).to.deep.equal(['Notes (0)', fr.claim.newArticle]);
    expect([words(second).heading, words(second).newArticle]).to.deep.equal([`${en.annotations} (0)`, en.newArticle]);
    for (const element of [first, second]) {
      const { id } = element.addAnnotation({ kind: 'quote', exact: 'rents rose 4%' });
      await element.updateComplete;
      shadow(element, `li[data-annotation-id="${CSS.escape(id)}"] button.danger`)!.click();
      await element.updateComplete;
    }
    expect(text(first, '.status span')).to.equal(flat(fr.claim.deleted('Citation')));
    expect(text(second, '.status span')).to.equal('Gone.');
    expect(shadowAll(first, '.status button').map((b) => flat(b.textContent))).to.deep.equal([fr.claim.undo]);
  });

  it('says in French that storage failed, in the alert and in saveState', async () => {
    document.documentElement.lang = 'fr';
    const element = await createAnnotator(article, (el) => {
      el.database = `strings-test-${crypto.randomUUID()}`;
      el.idbFactory = null;
    });
    await element.updateComplete;
    expect(element.saveState).to.include({ state: 'failed', reason: 'unavailable', message: fr.claim.storageProblems.unavailable });
    expect(text(element, '.storage-alert p')).to.equal(flat(`${fr.claim.notSavedTitle} ${fr.claim.storageProblems.unavailable} ${fr.claim.notSavedHelp}`));
    expect(text(element, '.save-state')).to.equal(flat(fr.claim.saveStates.failed));
  });

  it('says in French why the library cannot be read, and why a backup cannot be restored', async () => {
    document.documentElement.lang = 'fr';
    const failing = document.createElement('claim-library');
    failing.database = `strings-test-${crypto.randomUUID()}`;
    failing.idbFactory = null;
    document.body.append(failing);
    await failing.refresh();
    await failing.updateComplete;
    expect(text(failing, '[role="alert"]')).to.contain(flat(fr.library.storageProblems.unavailable));
    failing.remove();

    const library = document.createElement('claim-library');
    library.database = `strings-test-${crypto.randomUUID()}`;
    document.body.append(library);
    await library.refresh();
    const input = library.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    const files = new DataTransfer();
    files.items.add(new File(['{"format": "claimmark-backup", '], 'sauvegarde.json'));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => library.shadowRoot!.querySelector('[role="alert"]') !== null, 'the alert');
    await library.updateComplete;
    // the parser's own words stand in brackets after the French clause
    const [before, after] = fr.library.restoreRejected!('sauvegarde.json', '\u0000').split('\u0000');
    const said = text(library, '[role="alert"] p');
    expect(said.startsWith(flat(`${fr.library.backupProblem} ${before}ce n’est pas du JSON (`))).to.equal(true);
    expect(said.endsWith(flat(`)${after}`))).to.equal(true);
  });

  it('shows <claim-library> in French, with French counts and dates, and takes its own strings', async () => {
    const database = `strings-test-${crypto.randomUUID()}`;
    const writer = await createAnnotator(article, (el) => (el.database = database));
    await writer.save();
    writer.remove();
    document.documentElement.lang = 'fr';
    const library = document.createElement('claim-library');
    library.database = database;
    library.strings = { list: 'Archives' };
    document.body.append(library);
    await library.refresh();
    await library.updateComplete;
    const buttons = [...library.shadowRoot!.querySelectorAll('.actions button')].map((b) => flat(b.textContent));
    expect(buttons).to.deep.equal([fr.library.newArticle, fr.library.backUp, fr.library.restore]);
    expect(text(library, '.count')).to.equal('1 article');
    expect(library.shadowRoot!.querySelector('ul.articles')?.getAttribute('aria-label')).to.equal('Archives');
    const item = text(library, 'ul.articles > li');
    expect(item).to.contain('Publié le 12 mars 2026');
    // the headline after each action is for screen readers, in French quotation marks
    expect(item).to.contain(flat(`${fr.library.open} ${fr.library.quoted('Rents')}`));
    expect(englishLibraryStrings.open).to.equal('Open');
  });
});
