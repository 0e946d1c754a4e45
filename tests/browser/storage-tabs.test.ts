/**
 * Two editors saving one article, as two tabs do (each editor has a tab
 * channel of its own), in real IndexedDB: counts written after the other
 * tab's changes, both tabs editing the text at once, the 5 s longest wait for
 * a text save, and the "may be cleared" indicator.
 */
import { expect } from '@open-wc/testing';
import type { ClaimAnnotator } from '../../src/index.ts';
import { removeAnnotators, shadow, viewOf, waitUntil } from './support.ts';
import { freshDatabase, readDatabase, story, storedEditor } from './storage-support.ts';

function conflictText(element: ClaimAnnotator): string {
  return shadow(element, '.text-conflict')?.textContent?.replace(/\s+/g, ' ').trim() ?? '(no notice)';
}

/** The stored text of article `id`, as plain paragraphs. */
async function storedText(database: string, id: string): Promise<string> {
  const { documents } = await readDatabase(database);
  const doc = documents.find((d: { articleId: string }) => d.articleId === id)?.doc as { content: { content?: { text: string }[] }[] } | undefined;
  return doc ? doc.content.map((p) => (p.content ?? []).map((t) => t.text).join('')).join('\n') : '(none)';
}

describe('two tabs on one article', () => {
  afterEach(removeAnnotators);

  it('writes the article’s annotation count from every annotation, the other tab’s included', async () => {
    const database = freshDatabase();
    const url = 'https://news.example.org/counts';
    const left = await storedEditor(database, { text: story, url });
    await left.save();
    const right = await storedEditor(database, { text: story, url });
    const claim = left.addAnnotation({ kind: 'claim', exact: 'rents rose 4%' });
    await waitUntil(() => right.annotations.some((a) => a.id === claim.id), 'the claim in the other tab');
    right.addAnnotation({ kind: 'fact', exact: '9%' });
    await right.save();
    let stored = await readDatabase(database);
    expect(stored.annotations).to.have.length(2);
    expect(stored.articles[0].annotationCount, 'count beside two annotation rows').to.equal(2);

    right.removeAnnotation(claim.id);
    await right.save();
    await waitUntil(() => left.annotations.length === 1, 'the removal in the first tab');
    left.addAnnotation({ kind: 'quote', exact: 'Critics said' });
    await left.save();
    stored = await readDatabase(database);
    expect(stored.annotations).to.have.length(2);
    expect(stored.articles[0].annotationCount).to.equal(2);
  });

  it('brings the other tab a change of status, assignee and verdict with its history', async () => {
    const database = freshDatabase();
    const url = 'https://news.example.org/review';
    const left = await storedEditor(database, { text: story, url }, (element) => (element.creator = { name: 'Ana' }));
    const claim = left.addAnnotation({ kind: 'claim', exact: 'rents rose 4%', verdict: 'unverified' });
    await left.save();
    const right = await storedEditor(database, { text: story, url });
    await waitUntil(() => right.annotations.some((a) => a.id === claim.id), 'the claim in the other tab');
    left.updateAnnotation(claim.id, { reviewStatus: 'approved', assignee: { name: 'Bob' }, verdict: 'false' });
    await left.save();
    await waitUntil(() => right.annotations.find((a) => a.id === claim.id)?.reviewStatus === 'approved', 'the status in the other tab');
    const there = right.annotations.find((a) => a.id === claim.id)!;
    expect(there.assignee).to.deep.equal({ name: 'Bob' });
    expect(there.history!.map(({ field, to }) => [field, to])).to.deep.equal([['verdict', 'false'], ['reviewStatus', 'approved']]);
  });

  it('keeps both texts when both tabs edit at once, and tells both tabs where the other went', async () => {
    const database = freshDatabase();
    const url = 'https://news.example.org/both-edit';
    const left = await storedEditor(database, { text: story, url, title: 'Rents' });
    left.addAnnotation({ kind: 'claim', exact: 'rents rose 4%' });
    await left.save();
    const right = await storedEditor(database, { text: story, url, title: 'Rents' });
    const original = left.documentId!;
    expect(right.documentId).to.equal(original);

    // one types at the start, the other at the end, before either has saved
    const leftView = viewOf(left);
    leftView.dispatch(leftView.state.tr.insertText('LEFT ', 1));
    const rightView = viewOf(right);
    rightView.dispatch(rightView.state.tr.insertText(' RIGHT', rightView.state.doc.content.size - 1));
    right.addAnnotation({ kind: 'fact', exact: '9%' });
    await left.save();
    await right.save();
    await waitUntil(() => conflictText(right) !== '(no notice)' && conflictText(left) !== '(no notice)', 'a notice in both tabs', 4000);

    // the tab that saved second keeps its version as a copy, and saves there
    expect(right.documentId).to.not.equal(original);
    expect(conflictText(right)).to.contain('your version is kept whole as a separate article');
    expect(conflictText(right)).to.contain('Rents (other version)');
    expect(conflictText(left)).to.contain('Rents (other version)');
    expect(right.saveState.state).to.equal('saved');
    expect(left.saveState.state).to.equal('saved');
    expect(await storedText(database, original)).to.equal(left.text);
    expect(await storedText(database, right.documentId!)).to.equal(right.text);
    expect(left.text.startsWith('LEFT ')).to.equal(true);
    expect(right.text.endsWith(' RIGHT')).to.equal(true);

    // the copy has every annotation the second tab showed, in the library with its own count
    const { articles, annotations } = await readDatabase(database);
    const copy = articles.find((a: { id: string }) => a.id === right.documentId)!;
    expect(copy.metadata.title).to.equal('Rents (other version)');
    expect(copy.annotationCount).to.equal(2);
    expect(annotations.filter((a: { articleId: string }) => a.articleId === right.documentId).map((a: { quote: { exact: string } }) => a.quote.exact).sort()).to.deep.equal(['9%', 'rents rose 4%']);

    // later edits in the second tab go to the copy, never over the first tab's text
    rightView.dispatch(rightView.state.tr.insertText('MORE ', 1));
    await right.save();
    expect(await storedText(database, right.documentId!)).to.equal(right.text);
    expect(await storedText(database, original)).to.equal(left.text);
    expect(right.metadata.title).to.equal('Rents (other version)');
    const titles = (await readDatabase(database)).articles.map((a: { metadata: { title: string } }) => a.metadata.title).sort();
    expect(titles, 'the copy keeps its headline through later saves').to.deep.equal(['Rents', 'Rents (other version)']);

    // a reload of the copy shows the second tab's work
    removeAnnotators();
    const reopened = await storedEditor(database, {}, (element) => (element.documentId = copy.id));
    await reopened.ready;
    expect(reopened.text.startsWith('MORE ')).to.equal(true);
    expect(reopened.annotations).to.have.length(2);
  });

  it('makes no copy when the other tab saved the same text', async () => {
    const database = freshDatabase();
    const url = 'https://news.example.org/same-text';
    // both tabs open the same new article before either has saved it
    const [left, right] = await Promise.all([storedEditor(database, { text: story, url }), storedEditor(database, { text: story, url })]);
    right.addAnnotation({ kind: 'fact', exact: '9%' });
    await Promise.all([left.save(), right.save()]);
    await right.save();
    const { articles, annotations } = await readDatabase(database);
    expect(articles).to.have.length(1);
    expect(annotations).to.have.length(1);
    expect(conflictText(left)).to.equal('(no notice)');
    expect(conflictText(right)).to.equal('(no notice)');
    expect(right.saveState.state).to.equal('saved');
  });

  it('writes text within 5 s even while the user never stops typing', async function () {
    this.timeout(12000);
    const database = freshDatabase();
    const element = await storedEditor(database, { text: story });
    await element.save();
    const view = viewOf(element);
    const started = Date.now();
    let writtenAfter = 0;
    // a keystroke every 300 ms never leaves the 800 ms pause that a save waits for
    while (Date.now() - started < 7000 && !writtenAfter) {
      view.dispatch(view.state.tr.insertText('x', 1));
      await new Promise((resolve) => setTimeout(resolve, 300));
      if ((await storedText(database, element.documentId!)).startsWith('x')) writtenAfter = Date.now() - started;
    }
    expect(writtenAfter, 'the text was written while typing went on').to.be.greaterThan(0);
    expect(writtenAfter).to.be.within(4000, 6000);
  });

  it('says the browser may clear the work when it did not promise to keep it', async () => {
    const storage = navigator.storage;
    const persist = storage.persist;
    const persisted = storage.persisted;
    storage.persist = () => Promise.resolve(false);
    storage.persisted = () => Promise.resolve(false);
    try {
      const element = await storedEditor(freshDatabase(), { text: story });
      await element.save();
      await waitUntil(() => element.saveState.persisted === false, 'the persist answer');
      await element.updateComplete;
      const indicator = shadow(element, '.save-state')!;
      expect(indicator.textContent).to.contain('(the browser may clear it)');
      expect(indicator.title).to.contain('Export backups');
    } finally {
      storage.persist = persist;
      storage.persisted = persisted;
    }
    // with the promise, nothing is added
    storage.persist = () => Promise.resolve(true);
    storage.persisted = () => Promise.resolve(true);
    try {
      const kept = await storedEditor(freshDatabase(), { text: story });
      await kept.save();
      await waitUntil(() => kept.saveState.persisted === true, 'the persist answer');
      await kept.updateComplete;
      expect(shadow(kept, '.save-state')!.textContent).to.not.contain('may clear');
    } finally {
      storage.persist = persist;
      storage.persisted = persisted;
    }
  });
});
