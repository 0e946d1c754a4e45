/**
 * The library as the desk's index, against real IndexedDB: one search over
 * the annotations of every stored article (words with or without accents,
 * kind, verdict, speaker, two orders), typed and chosen with the keyboard,
 * a result opening its article in the editor at the annotation, results
 * following the editor's changes, and an annotation deleted since the search.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ClaimAnnotator, ClaimLibrary } from '../../src/index.ts';
import { axeViolations } from './axe.ts';
import { clickOn, createAnnotator, removeAnnotators, viewOf, waitUntil } from './support.ts';

const rents = {
  text: 'The mayor said rents rose 4% last year.\n\nCritics said rents rose 9% instead, according to the Élysée survey.',
  url: 'https://news.example.org/rents',
  title: 'Rents rose, the mayor says',
};
const trams = { text: 'The tram carried 11.8 million passengers in 2025. The mayor said trams were full.', url: 'https://news.example.org/trams', title: 'Tram numbers' };

/** Stores an article with annotations through an annotator of its own, which is then removed. */
async function storeArticle(database: string, article: object, annotations: object[]): Promise<string> {
  const element = await createAnnotator(article, (el) => {
    el.database = database;
    el.id = `store-${crypto.randomUUID()}`;
  });
  element.addAnnotations(annotations as never);
  await element.save();
  const id = element.documentId!;
  element.remove();
  return id;
}

async function createLibrary(database: string): Promise<ClaimLibrary> {
  const library = document.createElement('claim-library');
  library.database = database;
  library.for = 'editor';
  document.body.prepend(library);
  await library.refresh();
  return library;
}

const inLibrary = <T extends Element = HTMLElement>(library: ClaimLibrary, selector: string) => library.shadowRoot!.querySelector<T>(selector);
const results = (library: ClaimLibrary) => [...library.shadowRoot!.querySelectorAll<HTMLElement>('ol.results > li')];
const resultQuotes = (library: ClaimLibrary) => results(library).map((li) => li.querySelector('.result-quote')!.textContent);
const count = (library: ClaimLibrary) => inLibrary(library, '.desk-results .count')?.textContent?.trim() ?? '(no results)';

/** Types `words` into the library's field `name` through the keyboard, replacing what it held. */
async function typeInto(library: ClaimLibrary, name: 'text' | 'speaker' | 'assignee' | 'reviewer', words: string): Promise<void> {
  const field = inLibrary<HTMLInputElement>(library, `.desk-search input[name="${name}"]`)!;
  field.focus();
  field.select();
  await sendKeys({ press: 'Backspace' });
  if (words) await sendKeys({ type: words });
}

describe('searching every stored article', function () {
  this.timeout(20000);
  let database = '';
  let rentsId = '';
  let tramsId = '';
  let editor: ClaimAnnotator;
  let library: ClaimLibrary;

  beforeEach(async () => {
    database = `library-search-${crypto.randomUUID()}`;
    rentsId = await storeArticle(database, rents, [
      { kind: 'claim', exact: 'rents rose 4% last year', verdict: 'false', attribution: { name: 'Mayor Ana Ruiz' } },
      { kind: 'claim', exact: 'rents rose 9% instead', verdict: 'true', attribution: { name: 'Critics' }, note: 'From the Élysée survey' },
      { kind: 'fact', exact: 'last year' },
    ]);
    tramsId = await storeArticle(database, trams, [
      { kind: 'fact', exact: '11.8 million passengers', verdict: 'true', reviewStatus: 'in-review', assignee: { name: 'Lea Park' }, reviewer: { name: 'Omar Diallo' } },
      { kind: 'quote', exact: 'trams were full', attribution: { name: 'Mayor Ana Ruiz' } },
    ]);
    editor = await createAnnotator({}, (el) => {
      el.database = database;
      el.id = 'editor';
    });
    library = await createLibrary(database);
    await waitUntil(() => inLibrary(library, '.desk-search') !== null, 'the search form');
    // the filters are folded until asked for
    expect(inLibrary<HTMLDetailsElement>(library, 'details.search-more')!.open).to.equal(false);
    await clickOn(inLibrary(library, 'details.search-more summary'), 'Filters and order');
    expect(inLibrary<HTMLDetailsElement>(library, 'details.search-more')!.open).to.equal(true);
  });

  afterEach(() => {
    library?.remove();
    removeAnnotators();
  });

  it('finds annotations in every article by their words, speaker, kind and verdict, without regard to accents', async () => {
    await typeInto(library, 'text', 'rents rose');
    await waitUntil(() => results(library).length === 2, 'two results for "rents rose"', 5000);
    expect(count(library)).to.equal('2 annotations in 1 article');
    // the list of articles makes room for the results
    expect(inLibrary(library, 'ul.articles')).to.equal(null);
    expect(await axeViolations(library), 'axe, with results').to.deep.equal([]);
    // words from the note, typed without the accent
    await typeInto(library, 'text', 'elysee');
    await waitUntil(() => results(library).length === 1, 'the annotation whose note names the Élysée', 5000);
    expect(resultQuotes(library)).to.deep.equal(['“rents rose 9% instead”']);
    // a speaker across articles
    await typeInto(library, 'text', '');
    await typeInto(library, 'speaker', 'ana ruiz');
    await waitUntil(() => results(library).length === 2, 'both of the mayor’s annotations', 5000);
    expect(count(library)).to.equal('2 annotations in 2 articles');
    expect(results(library).map((li) => li.querySelector('.kind')!.textContent).sort()).to.deep.equal(['Claim', 'Quote']);
    // the kind chosen with the keyboard: the first after "Any kind" is Claim
    await typeInto(library, 'speaker', '');
    const kind = inLibrary<HTMLSelectElement>(library, 'select[name="kind"]')!;
    kind.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => count(library) === '2 annotations in 1 article', 'the two claims', 5000);
    expect(results(library).every((li) => li.querySelector('.kind')!.textContent === 'Claim')).to.equal(true);
    // and a verdict: the false one
    const verdict = inLibrary<HTMLSelectElement>(library, 'select[name="verdict"]')!;
    verdict.value = 'false';
    verdict.dispatchEvent(new Event('change'));
    await waitUntil(() => results(library).length === 1, 'the false claim', 5000);
    expect(results(library)[0].querySelector('.verdict')!.textContent).to.equal('False');
    expect(resultQuotes(library)).to.deep.equal(['“rents rose 4% last year”']);
    // Clear the search brings the articles back
    await clickOn(inLibrary(library, '.clear-search'), 'Clear the search');
    await waitUntil(() => inLibrary(library, 'ul.articles') !== null, 'the articles again', 5000);
    expect(inLibrary(library, 'ol.results')).to.equal(null);
    expect(inLibrary<HTMLSelectElement>(library, 'select[name="kind"]')!.value).to.equal('');
    expect(inLibrary<HTMLSelectElement>(library, 'select[name="verdict"]')!.value).to.equal('');
    expect(library.shadowRoot!.activeElement).to.equal(inLibrary(library, '.desk-search input[name="text"]'));
  });

  it('finds work by review status, assignee and reviewer, and downloads the results as a CSV report', async () => {
    const status = inLibrary<HTMLSelectElement>(library, 'select[name="status"]')!;
    status.value = 'in-review';
    status.dispatchEvent(new Event('change'));
    await waitUntil(() => results(library).length === 1, 'the annotation in review', 5000);
    expect(resultQuotes(library)).to.deep.equal(['“11.8 million passengers”']);
    expect(results(library)[0].querySelector('.status')!.textContent).to.equal('In review');
    expect(results(library)[0].textContent).to.contain('Assigned to Lea Park · Reviewer: Omar Diallo');
    status.value = '';
    status.dispatchEvent(new Event('change'));
    await typeInto(library, 'reviewer', 'diallo');
    await waitUntil(() => results(library).length === 1, 'the annotation Omar reviews', 5000);
    await typeInto(library, 'reviewer', '');
    await typeInto(library, 'assignee', 'lea');
    await waitUntil(() => results(library).length === 1, 'the annotation assigned to Lea', 5000);
    // the results as a report, as the editor's Download .csv writes one
    const clicked: { name: string; href: string }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ name: this.download, href: this.href });
    };
    try {
      await clickOn(inLibrary(library, '.download-results'), 'Download .csv');
      await waitUntil(() => clicked.length > 0, 'the CSV download', 5000);
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicked[0].name).to.match(/^claimmark-search-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = new Uint8Array(await (await fetch(clicked[0].href)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).to.equal('Article,Headline,URL,Kind,Quote,Speaker,Verdict,Status,Assigned to,Reviewer,Sources,Created by,Created,Modified by,Modified');
    expect(lines[1]).to.contain(`${tramsId},Tram numbers,https://news.example.org/trams,Fact,11.8 million passengers,,True,In review,Lea Park,Omar Diallo,`);
    expect(lines.length).to.equal(3); // the heading, one row, and the last line's end
  });

  it('lists by article in reading order, or the annotation changed last first', async () => {
    await typeInto(library, 'text', 'r');
    await waitUntil(() => results(library).length > 0, 'results', 5000);
    const sort = inLibrary<HTMLSelectElement>(library, 'select[name="sort"]')!;
    sort.value = 'article';
    sort.dispatchEvent(new Event('change'));
    await waitUntil(() => resultQuotes(library)[0] === '“rents rose 4% last year”', 'by article', 5000);
    // “Rents rose…” before “Tram numbers”, each in reading order
    expect(resultQuotes(library)).to.deep.equal(['“rents rose 4% last year”', '“last year”', '“rents rose 9% instead”', '“11.8 million passengers”', '“trams were full”']);
    sort.value = 'changed';
    sort.dispatchEvent(new Event('change'));
    // the trams' annotations were made last (together: then in reading order)
    await waitUntil(() => resultQuotes(library)[0] === '“11.8 million passengers”', 'changed last first', 5000);
    expect(resultQuotes(library)[1]).to.equal('“trams were full”');
  });

  it('opens a result’s article in the editor with its words selected, and follows what the editor changes', async () => {
    await typeInto(library, 'text', '9%');
    await waitUntil(() => results(library).length === 1, 'the 9% claim', 5000);
    await clickOn(results(library)[0].querySelector('.open-result'), 'Open');
    await waitUntil(() => editor.documentId === rentsId, 'the rents article in the editor', 5000);
    await waitUntil(() => {
      const { from, to } = viewOf(editor).state.selection;
      return viewOf(editor).state.doc.textBetween(from, to) === 'rents rose 9% instead';
    }, 'the annotation’s words selected', 5000);
    expect(inLibrary(library, '.status')!.textContent).to.contain('Opened “Rents rose, the mayor says”');
    // a new annotation made in the editor is found once the library has read the change
    await typeInto(library, 'text', 'critics said');
    await waitUntil(() => count(library) === 'No annotation matches.', 'nothing yet', 5000);
    const start = editor.text.indexOf('Critics said');
    editor.addAnnotation({ kind: 'quote', start, end: start + 'Critics said'.length });
    await editor.save();
    await waitUntil(() => results(library).length === 1, 'the new annotation found', 5000);
    // an annotation deleted after the search read it (the library reads changes half a second later): Open says so
    const found = results(library)[0];
    editor.removeAnnotation(found.dataset.annotationId!);
    await clickOn(found.querySelector('.open-result'), 'Open on the deleted annotation');
    await waitUntil(() => /no longer/.test(inLibrary(library, '.status')!.textContent ?? ''), 'the deleted annotation reported', 3000);
    expect(inLibrary(library, '.status')!.textContent!.trim()).to.equal('That annotation is no longer in “Rents rose, the mayor says”.');
    expect(tramsId).to.not.equal(rentsId);
  });
});
