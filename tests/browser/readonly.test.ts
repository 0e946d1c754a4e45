/** The read-only view for readers: highlights without editing, and cards on focus or hover. */
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { ClaimAnnotator } from '../../src/index.ts';
import { createAnnotator, nextFrame, removeAnnotators, shadow, shadowAll, viewOf, waitUntil } from './support.ts';

const text = 'The mayor said rents rose 4% last year.\n\nCritics said the figure was 9%.';

async function readerView(): Promise<ClaimAnnotator> {
  const element = await createAnnotator({ text, url: 'https://news.example.org/rents', title: 'Rents' });
  element.addAnnotation({
    kind: 'claim',
    exact: 'rents rose 4% last year',
    attribution: { name: 'Mayor Lee', role: 'Mayor', organization: 'Vellmoor Council' },
    claim: 'Rents rose by 4% in 2025.',
    verdict: 'false',
    sources: [{ url: 'https://stats.example.org/rents', title: 'Rent index 2025', stance: 'refutes' }],
    note: '<b>Index</b> shows 2.1%',
  });
  element.addAnnotation({ kind: 'fact', exact: '9%' });
  element.readonly = true;
  await element.updateComplete;
  return element;
}

const card = (element: ClaimAnnotator) => shadow(element, '.annotation-card');

describe('the read-only view', () => {
  afterEach(removeAnnotators);

  it('shows the article and its highlights without any editing affordance', async () => {
    const element = await readerView();
    expect(element.hasAttribute('readonly')).to.equal(true);
    expect(viewOf(element).dom.getAttribute('contenteditable')).to.equal('false');
    expect(shadowAll(element, 'mark.cm-annotation').length).to.be.greaterThan(1);
    expect(shadow(element, '.side') === null, 'no panel').to.equal(true);
    expect(shadow(element, '.actions') === null, 'no editing actions').to.equal(true);
    const before = element.text;
    viewOf(element).focus();
    await sendKeys({ type: 'typed' });
    expect(element.text).to.equal(before);
  });

  it('opens a highlight’s card from the keyboard, with its kind, speaker, claim, verdict, sources and note', async () => {
    const element = await readerView();
    const marks = shadowAll<HTMLElement>(element, 'mark.cm-annotation');
    expect(marks.every((mark) => mark.tabIndex === 0)).to.equal(true);
    marks[0].focus();
    await waitUntil(() => card(element) !== null, 'the card');
    const shown = card(element)!;
    expect(shown.getAttribute('role')).to.equal('dialog');
    expect(shown.querySelector('.card-kind')!.textContent!.trim()).to.equal('Claim');
    const facts = [...shown.querySelectorAll('.card-facts dt')].map((dt) => [dt.textContent, dt.nextElementSibling!.textContent!.replace(/\s+/g, ' ').trim()]);
    expect(facts.slice(0, 2)).to.deep.equal([
      ['Said by', 'Mayor Lee, Mayor, Vellmoor Council'],
      ['Verdict', 'False Not accurate.'],
    ]);
    expect(facts[2][0]).to.equal('Sources');
    expect(shown.querySelector('.card-verdict .verdict')!.textContent).to.equal('False');
    expect(shown.querySelector('.card-claim')!.textContent).to.equal('Rents rose by 4% in 2025.');
    const link = shown.querySelector('a')!;
    expect([link.getAttribute('href'), link.textContent, link.getAttribute('rel')]).to.deep.equal([
      'https://stats.example.org/rents',
      'Rent index 2025',
      'noopener noreferrer nofollow',
    ]);
    expect(shown.querySelector('.card-note')!.textContent).to.equal('<b>Index</b> shows 2.1%');
    expect(shown.querySelector('b') === null).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(card(element) === null, 'the card closed').to.equal(true);
  });

  it('opens the card on hover and closes it when the pointer leaves', async () => {
    const element = await readerView();
    const mark = shadowAll<HTMLElement>(element, 'mark.cm-annotation').find((m) => m.textContent === '9%')!;
    mark.scrollIntoView({ block: 'center' });
    await nextFrame();
    const box = mark.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await waitUntil(() => card(element)?.querySelector('.card-kind')?.textContent?.includes('Fact') ?? false, 'the fact card');
    await sendMouse({ type: 'move', position: [5, 5] });
    await waitUntil(() => card(element) === null, 'the card closing', 2000);
  });

  it('draws none of the editor’s review marks for readers', async () => {
    const source = await createAnnotator({ text });
    source.addAnnotation({ kind: 'claim', exact: 'rents rose 4% last year' });
    const file = source.exportJsonLd();
    source.remove();
    const element = await createAnnotator({ text: text.replace('rose 4%', 'rose 5%') });
    await element.importJsonLd(file);
    await element.updateComplete;
    expect(element.annotations[0].placementCheck?.reason, 'placed on changed words').to.equal('changed');
    expect(shadowAll(element, 'mark.cm-annotation-review'), 'the editor shows the mark').to.have.length(1);
    element.readonly = true;
    await element.updateComplete;
    const marks = shadowAll(element, 'mark.cm-annotation');
    expect(marks).to.have.length(1);
    expect(marks[0].classList.contains('cm-annotation-review')).to.equal(false);
    expect(getComputedStyle(marks[0]).outlineStyle).to.not.equal('dashed');
    element.readonly = false;
    await element.updateComplete;
    expect(shadowAll(element, 'mark.cm-annotation-review'), 'back in the editor').to.have.length(1);
  });

  it('stores nothing for readers', async () => {
    const database = `readonly-${crypto.randomUUID()}`;
    const element = await createAnnotator({}, (el) => {
      el.database = database;
      el.readonly = true;
    });
    await element.loadArticle({ text, url: 'https://news.example.org/reader' });
    element.addAnnotation({ kind: 'fact', exact: '9%' });
    await element.save();
    await nextFrame(50);
    const names = (await indexedDB.databases()).map((db) => db.name);
    expect(names).to.not.include(database);
  });
});

describe('declarative content: article-src and src', () => {
  afterEach(removeAnnotators);

  async function declared(attributes: string): Promise<ClaimAnnotator> {
    const holder = document.createElement('div');
    holder.innerHTML = `<claim-annotator readonly ${attributes}></claim-annotator>`;
    const element = holder.firstElementChild as ClaimAnnotator;
    document.body.append(element);
    await element.ready;
    await element.updateComplete;
    return element;
  }

  it('loads the article and its annotations from files', async () => {
    const element = await declared('article-src="/tests/fixtures/readonly/article.html" src="/tests/fixtures/readonly/annotations.jsonld"');
    expect(element.metadata.title).to.equal('Harbour tolls to double, port authority says');
    expect(element.text).to.contain('The Brenmouth Port Authority said on Monday');
    expect(element.annotations.map((a) => [a.kind, a.exact])).to.deep.equal([
      ['claim', 'harbour tolls would double from April'],
      ['quote', 'We have no other way to pay for the new breakwater'],
    ]);
    expect(shadowAll(element, 'mark.cm-annotation').length).to.be.greaterThan(1);
  });

  it('shows the headline once: the article’s own heading, with the byline the file gives', async () => {
    const element = await declared('article-src="/tests/fixtures/readonly/article.html" src="/tests/fixtures/readonly/published.jsonld"');
    expect(viewOf(element).dom.querySelector('h1')?.textContent).to.equal('Harbour tolls to double, port authority says');
    expect(shadow(element, '.headline') === null, 'no second headline in the header').to.equal(true);
    expect(shadow(element, '.byline')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('The Brenmouth Echo · March 2, 2026 · example.org');
  });

  it('gives a .txt article the headline and byline of its annotation file', async () => {
    const element = await declared('article-src="/tests/fixtures/readonly/article.txt" src="/tests/fixtures/readonly/published.jsonld"');
    await waitUntil(() => element.annotations.length === 1, 'the annotation');
    await element.updateComplete;
    expect(element.metadata).to.deep.include({ title: 'Harbour tolls to double, port authority says', publisher: 'The Brenmouth Echo', url: 'https://example.org/brenmouth-tolls' });
    expect(shadow(element, '.headline')!.textContent).to.equal('Harbour tolls to double, port authority says');
    expect(shadow(element, 'header')!.textContent).to.not.contain('Untitled');
  });

  it('shows readers no "Untitled article" when nothing names the article', async () => {
    const element = await declared('article-src="/tests/fixtures/readonly/article.txt"');
    await waitUntil(() => element.text.includes('Brenmouth'), 'the article');
    expect(shadow(element, 'header') === null, 'no header with nothing to say').to.equal(true);
  });

  it('says so in the element when a file cannot be fetched', async () => {
    const element = await declared('article-src="/tests/fixtures/readonly/missing.html"');
    const alert = shadow(element, '[role="alert"]');
    expect(alert?.textContent?.trim()).to.match(/^Could not load the article from http:\/\/.+\/tests\/fixtures\/readonly\/missing\.html: the server answered 404/);
  });

  it('refuses an address that is not http(s)', async () => {
    const element = await declared('src="javascript:alert(1)"');
    expect(shadow(element, '[role="alert"]')?.textContent?.trim()).to.equal('Could not load annotations: "javascript:alert(1)" is not an http(s) address.');
  });
});

describe('article-src in the editor', () => {
  afterEach(removeAnnotators);

  it('opens the same stored article again when the page loads the same file', async () => {
    const database = `article-src-${crypto.randomUUID()}`;
    const open = async () => {
      const holder = document.createElement('div');
      holder.innerHTML = `<claim-annotator database="${database}" article-src="/tests/fixtures/readonly/article.html" src="/tests/fixtures/readonly/annotations.jsonld"></claim-annotator>`;
      const element = holder.firstElementChild as ClaimAnnotator;
      document.body.append(element);
      await element.ready;
      return element;
    };
    const first = await open();
    first.addAnnotation({ kind: 'fact', exact: 'the first rise since 2019' });
    await first.save();
    expect(first.documentId).to.match(/^src:http/);
    first.remove();
    const second = await open();
    expect(second.documentId).to.equal(first.documentId);
    expect(second.annotations.map((a) => a.exact).sort()).to.deep.equal(
      ['We have no other way to pay for the new breakwater', 'harbour tolls would double from April', 'the first rise since 2019'].sort(),
    );
  });
});

describe('a page that names an undated annotation file (src) on every load', () => {
  afterEach(removeAnnotators);

  it('imports it once per load and never reverts the checker’s edits or copies its id-less items', async () => {
    const database = `src-reload-${crypto.randomUUID()}`;
    const src = '/tests/fixtures/readonly/undated-annotations.jsonld';
    const fetches = () => performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith(src)).length;
    const open = async () => {
      const holder = document.createElement('div');
      holder.innerHTML = `<claim-annotator database="${database}" article-src="/tests/fixtures/readonly/article.html" src="${src}"></claim-annotator>`;
      const element = holder.firstElementChild as ClaimAnnotator;
      const before = fetches();
      document.body.append(element);
      await element.ready;
      await element.updateComplete;
      expect(fetches() - before, 'fetches of src in one load').to.equal(1);
      return element;
    };
    const first = await open();
    const claim = first.annotations.find((a) => a.kind === 'claim')!;
    const fact = first.annotations.find((a) => a.kind === 'fact')!;
    first.updateAnnotation(claim.id, { verdict: 'false' });
    first.updateAnnotation(fact.id, { note: 'The 2019 rise was 4%' });
    await first.save();
    first.remove();
    for (let load = 0; load < 2; load++) {
      const again = await open();
      expect(again.annotations.map((a) => [a.kind, a.exact, a.verdict ?? null, a.note ?? null]).sort()).to.deep.equal(
        [
          ['claim', 'harbour tolls would double from April', 'false', null],
          ['fact', 'the first rise since 2019', null, 'The 2019 rise was 4%'],
        ].sort(),
      );
      again.remove();
    }
  });
});

describe('the read-only view refuses changes from the keyboard', () => {
  afterEach(removeAnnotators);

  it('keeps the text and the annotations when keys that edit are pressed on a selection', async () => {
    const element = await readerView();
    const text = element.text;
    const before = element.annotations.map((a) => a.id);
    // a reader can focus a highlight (Tab) and select text with the mouse
    const mark = shadowAll<HTMLElement>(element, 'mark.cm-annotation')[0];
    mark.focus();
    const inside = mark.firstChild as Text;
    document.getSelection()!.setBaseAndExtent(inside, 0, inside, 5);
    await nextFrame(40);
    expect(viewOf(element).state.selection.empty, 'a selection in the editor').to.equal(false);
    for (const key of ['Backspace', 'Delete', 'Enter']) await sendKeys({ press: key });
    await sendKeys({ down: 'Alt' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'KeyC' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ up: 'Alt' });
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    await nextFrame();
    expect(element.text).to.equal(text);
    expect(element.annotations.map((a) => a.id)).to.deep.equal(before);
  });

  it('still takes changes from the page’s script', async () => {
    const element = await readerView();
    element.addAnnotation({ kind: 'quote', exact: 'Critics said' });
    expect(element.annotations).to.have.length(3);
  });
});
