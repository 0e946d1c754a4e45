/**
 * Saving in real IndexedDB: reload, closing a page right after an edit, two
 * editors on one article, upgrading an old database, and every failure the
 * storage layer must survive without losing the work in memory.
 */
import { expect } from '@open-wc/testing';
import type { ClaimAnnotator } from '../../src/index.ts';
import { englishStrings } from '../../src/elements/shared/strings/annotator-strings.ts';
import { deleteArticle } from '../../src/store/library-records.ts';
import { createAnnotator, nextFrame, removeAnnotators, shadow, viewOf, waitUntil } from './support.ts';
import { alertText, freshDatabase, messageFromFrame, openVersion1, readDatabase, shape, story, storedEditor, watchRejections } from './storage-support.ts';

describe('saving to IndexedDB', () => {
  afterEach(removeAnnotators);

  it('restores the article, its edits and its annotations exactly after a reload', async () => {
    const database = freshDatabase();
    const first = await storedEditor(database, { text: story, url: 'https://news.example.org/rents', title: 'Rents' });
    first.addAnnotation({ kind: 'claim', exact: 'rents rose 4%', attribution: { name: 'Mayor Lee' }, verdict: 'mostly-true' });
    const view = viewOf(first);
    view.dispatch(view.state.tr.insertText('Tuesday: ', 1));
    first.addAnnotation({ kind: 'fact', exact: '9%' });
    await first.save();
    expect(first.saveState.state).to.equal('saved');
    const before = shape(first);
    const text = first.text;
    first.remove();

    const second = await storedEditor(database, { text: story, url: 'https://news.example.org/rents', title: 'Rents' });
    expect(second.text).to.equal(text);
    expect(second.text.startsWith('Tuesday: The mayor')).to.equal(true);
    expect(shape(second)).to.deep.equal(before);
    expect(second.documentId).to.equal('url:https://news.example.org/rents');
  });

  it('opens a stored article by its document-id, and resolves ready when it is shown', async () => {
    const database = freshDatabase();
    const first = await storedEditor(database, { text: story, title: 'Rents' });
    first.addAnnotation({ kind: 'quote', exact: 'Critics said' });
    await first.save();
    const id = first.documentId!;
    const before = shape(first);

    const second = await storedEditor(database);
    second.documentId = id;
    await second.ready;
    expect(second.text).to.equal(story.replace('\n\n', '\n'));
    expect(shape(second)).to.deep.equal(before);
    expect(second.metadata.title).to.equal('Rents');
    expect(second.getAttribute('document-id')).to.equal(id);
  });

  it('keeps an orphan and its quote across a reload', async () => {
    const database = freshDatabase();
    const first = await storedEditor(database, { text: story, url: 'https://news.example.org/orphan' });
    const { id } = first.addAnnotation({ kind: 'claim', exact: 'rents rose 4%' });
    const view = viewOf(first);
    const from = 16;
    view.dispatch(view.state.tr.delete(from, from + 'rents rose 4%'.length));
    expect(first.annotations[0].status).to.equal('orphaned');
    await first.save();
    first.remove();
    const second = await storedEditor(database, { text: story, url: 'https://news.example.org/orphan' });
    expect(second.annotations).to.have.length(1);
    expect(second.annotations[0]).to.include({ id, status: 'orphaned', exact: 'rents rose 4%' });
  });

  it('takes properties set in one task together, in any order', async () => {
    const database = freshDatabase();
    const url = 'https://news.example.org/any-order';
    const first = await storedEditor(database, { text: story, url });
    first.addAnnotation({ kind: 'claim', exact: 'rents rose 4%' });
    await first.save();
    const id = first.documentId!;
    first.remove();
    // the stored article is chosen before the database it is in, and before storage is turned on
    const element = await createAnnotator({}, (el) => (el.storage = 'memory'));
    element.documentId = id;
    element.database = database;
    element.storage = 'indexeddb';
    await element.ready;
    expect(element.text).to.equal(story.replace('\n\n', '\n'));
    expect(element.annotations.map((a) => a.exact)).to.deep.equal(['rents rose 4%']);
    expect(element.getAttribute('document-id')).to.equal(id);
    // a value storage does not know means the default
    element.setAttribute('storage', 'somewhere');
    await element.updateComplete;
    expect(element.storage).to.equal('indexeddb');
    expect(element.saveState.state).to.not.equal('memory');
  });

  it('places stored annotations by their quotes when the page brings a changed article', async () => {
    const database = freshDatabase();
    const url = 'https://news.example.org/changed';
    const first = await storedEditor(database, { text: story, url });
    const claim = first.addAnnotation({ kind: 'claim', exact: 'rents rose 4%' });
    await first.save();
    first.remove();
    const second = await storedEditor(database, { text: `Updated at noon.\n\n${story}`, url });
    const [moved] = second.annotations;
    expect(moved).to.include({ id: claim.id, exact: 'rents rose 4%', status: 'anchored' });
    expect(second.text.slice(moved.start, moved.end)).to.equal('rents rose 4%');
  });

  it('finds a stored annotation whose words changed in the page’s new version, and orphans one whose text is gone', async () => {
    const database = freshDatabase();
    const url = 'https://news.example.org/reworded';
    const first = await storedEditor(database, { text: story, url });
    const claim = first.addAnnotation({ kind: 'claim', exact: 'mayor said rents rose 4% last year' });
    const fact = first.addAnnotation({ kind: 'fact', exact: 'the figure was 9%' });
    await first.save();
    first.remove();
    const reworded = 'The mayor said rents rose 5% last year.\n\nNobody disagreed.';
    const second = await storedEditor(database, { text: reworded, url });
    const placed = new Map(second.annotations.map((a) => [a.id, a]));
    expect(placed.get(claim.id)).to.include({ status: 'anchored', exact: 'mayor said rents rose 5% last year' });
    expect(placed.get(fact.id)).to.include({ status: 'orphaned', exact: 'the figure was 9%' });
  });

  it('writes an annotation change without waiting for the text to be saved', async () => {
    const database = freshDatabase();
    const element = await storedEditor(database, { text: story });
    await element.save();
    element.addAnnotation({ kind: 'fact', exact: '9%' });
    await waitUntil(async () => (await readDatabase(database)).annotations.length === 1, 'the annotation record');
    const { annotations, articles } = await readDatabase(database);
    expect(annotations[0].record.kind).to.equal('fact');
    expect(annotations[0].quote.exact).to.equal('9%');
    expect(articles[0].annotationCount).to.equal(1);
  });

  it('keeps an edit made right before the page is closed', async () => {
    const database = freshDatabase();
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><body><script type="module">
      import '/src/define.ts';
      const editor = document.createElement('claim-annotator');
      editor.database = ${JSON.stringify(database)};
      document.body.append(editor);
      await editor.loadArticle({ text: ${JSON.stringify(story)}, url: 'https://news.example.org/closing' });
      await editor.save();
      editor.editorView.dispatch(editor.editorView.state.tr.insertText('BREAKING: ', 1));
      editor.addAnnotation({ kind: 'claim', exact: 'rents rose 4%' });
      parent.postMessage({ edited: ${JSON.stringify(database)} }, '*');
    </script></body>`;
    const edited = messageFromFrame('edited', database);
    document.body.append(frame);
    await edited;
    frame.remove(); // the page goes away right after the edit
    await waitUntil(async () => {
      const { annotations, documents } = await readDatabase(database);
      return annotations.length === 1 && JSON.stringify(documents[0]?.doc ?? '').includes('BREAKING: ');
    }, 'the edit in storage', 3000);
  });
});

describe('several articles in one editor', () => {
  afterEach(removeAnnotators);

  it('stores each loaded article under its own id', async () => {
    const database = freshDatabase();
    const element = await storedEditor(database, { text: 'First story.' });
    element.addAnnotation({ kind: 'claim', exact: 'First' });
    const first = element.documentId;
    await element.loadArticle({ text: 'Second story.' });
    element.addAnnotation({ kind: 'fact', exact: 'Second' });
    await element.save();
    expect(element.documentId).to.not.equal(first);
    const { articles, annotations } = await readDatabase(database);
    expect(articles.map((a) => a.id).sort()).to.deep.equal([first, element.documentId].sort());
    expect(annotations.map((a) => `${a.articleId === first ? 'first' : 'second'}:${a.quote.exact}`).sort()).to.deep.equal(['first:First', 'second:Second']);
  });

  it('writes an unsaved text edit under the old article before opening another', async () => {
    const database = freshDatabase();
    const element = await storedEditor(database, { text: 'First story.', title: 'One' });
    const first = element.documentId!;
    const view = viewOf(element);
    view.dispatch(view.state.tr.insertText('Edited ', 1));
    await element.loadArticle({ text: 'Second story.', title: 'Two' });
    await element.save();
    const { documents, articles } = await readDatabase(database);
    const firstDocument = documents.find((d) => d.articleId === first)!;
    expect(JSON.stringify(firstDocument.doc)).to.contain('Edited First story.');
    expect(articles.find((a) => a.id === first)!.metadata.title).to.equal('One');
  });

  it('saves a change of metadata on its own', async () => {
    const database = freshDatabase();
    const element = await storedEditor(database, { text: story, title: 'Old headline' });
    await element.save();
    const events: string[] = [];
    element.addEventListener('claim-article-update', (event) => events.push(`${event.metadata.title}:${event.origin}`));
    element.updateMetadata({ title: 'New headline' });
    await element.save();
    expect((await readDatabase(database)).articles[0].metadata.title).to.equal('New headline');
    expect(events).to.deep.equal(['New headline:api']);
  });

  it('closes the article without storing an empty one', async () => {
    const database = freshDatabase();
    const element = await storedEditor(database, { text: story });
    element.addAnnotation({ kind: 'claim', exact: 'rents rose 4%' });
    await element.closeArticle();
    expect(element.text).to.equal('');
    expect(element.documentId).to.equal(null);
    const view = viewOf(element);
    view.dispatch(view.state.tr.insertText('typing in the empty editor', 1));
    await element.save();
    const { articles, annotations } = await readDatabase(database);
    expect(articles).to.have.length(1);
    expect(annotations).to.have.length(1);
  });
});

describe('two editors on one article', () => {
  afterEach(removeAnnotators);

  it('shows annotation changes made in one editor in the other, without a reload', async () => {
    const database = freshDatabase();
    const url = 'https://news.example.org/sync';
    const left = await storedEditor(database, { text: story, url });
    await left.save();
    const right = await storedEditor(database, { text: story, url });
    const claim = left.addAnnotation({ kind: 'claim', exact: 'rents rose 4%' });
    await waitUntil(() => right.annotations.some((a) => a.id === claim.id), 'the claim in the other editor');
    expect(shape(right)).to.deep.equal(shape(left));

    right.updateAnnotation(claim.id, { verdict: 'false', attribution: { name: 'Mayor Lee' } });
    await waitUntil(() => left.annotations[0]?.verdict === 'false', 'the verdict in the first editor');
    expect(left.annotations[0].attribution).to.deep.equal({ name: 'Mayor Lee' });

    left.removeAnnotation(claim.id);
    await waitUntil(() => right.annotations.length === 0, 'the removal in the other editor');
    // a change that came from the other editor is not undone by this one's Ctrl+Z
    expect(right.undo()).to.equal(true); // undoes its own verdict change, which no longer has an annotation to change
    expect(right.annotations).to.have.length(0);
  });

  it('follows a rename made elsewhere, and stops saving an article deleted elsewhere', async () => {
    const database = freshDatabase();
    const url = 'https://news.example.org/renamed';
    const left = await storedEditor(database, { text: story, url, title: 'Before' });
    await left.save();
    const right = await storedEditor(database, { text: story, url, title: 'Before' });
    left.updateMetadata({ title: 'After' });
    await left.save();
    await waitUntil(() => right.metadata.title === 'After', 'the new headline in the other editor');
    const { ArticleStore } = await import('../../src/store/index.ts');
    const { TabSync } = await import('../../src/store/index.ts');
    const store = await ArticleStore.open({ name: database });
    await deleteArticle(store, left.documentId!);
    store.close();
    const sync = new TabSync(() => {});
    sync.announce({ articleId: left.documentId!, annotations: [], deleted: true });
    sync.close();
    await waitUntil(() => right.saveState.state === 'failed', 'the other editor stops saving');
    expect(right.saveState).to.include({ reason: 'deleted', message: englishStrings.storageProblems.deleted });
    expect(right.saveState.message).to.contain('deleted in another tab');
    right.addAnnotation({ kind: 'claim', exact: 'rents rose 4%' });
    await right.save();
    expect((await readDatabase(database)).articles.filter((a) => a.id === right.documentId)).to.have.length(0);
    expect(right.annotations).to.have.length(1);
  });

  it('takes the other editor’s saved text when it has no unsaved edits, with every annotation', async () => {
    const database = freshDatabase();
    const url = 'https://news.example.org/sync-text';
    const left = await storedEditor(database, { text: story, url });
    const fact = left.addAnnotation({ kind: 'fact', exact: '9%' });
    await left.save();
    const right = await storedEditor(database, { text: story, url });
    const view = viewOf(left);
    view.dispatch(view.state.tr.insertText('Update: ', 1));
    await left.save();
    await waitUntil(() => right.text.startsWith('Update: '), 'the new text in the other editor');
    const moved = right.annotations.find((a) => a.id === fact.id)!;
    expect(right.text.slice(moved.start, moved.end)).to.equal('9%');
  });
});

describe('upgrading an older database', () => {
  afterEach(removeAnnotators);

  it('migrates a version 1 database through every version and opens its article', async () => {
    const database = freshDatabase();
    // version 1 kept the document inside the article record and had no counts
    const doc = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Old article: the mayor said rents rose 4%.' }] }],
    };
    const raw = await openVersion1(database);
    await new Promise<void>((resolve, reject) => {
      const tx = raw.transaction(['articles', 'annotations'], 'readwrite');
      tx.objectStore('articles').put({
        id: 'old-1',
        metadata: { title: 'Old' },
        doc,
        revision: 3,
        anchors: [['urn:old:1', 30, 43]],
        created: '2026-01-01T00:00:00Z',
        modified: '2026-01-02T00:00:00Z',
      });
      tx.objectStore('annotations').put({
        articleId: 'old-1',
        id: 'urn:old:1',
        record: { id: 'urn:old:1', kind: 'claim', created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z' },
        anchor: [30, 43],
        revision: 3,
        quote: { exact: 'rents rose 4%', prefix: 'Old article: the mayor said ', suffix: '.' },
      });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    raw.close();

    const element = await storedEditor(database);
    element.documentId = 'old-1';
    await element.ready;
    expect(element.text).to.equal('Old article: the mayor said rents rose 4%.');
    expect(shape(element)).to.deep.equal([
      { id: 'urn:old:1', kind: 'claim', start: 28, end: 41, exact: 'rents rose 4%', status: 'anchored', attribution: undefined, verdict: undefined },
    ]);
    const stored = await readDatabase(database);
    expect(stored.stores).to.deep.equal(['annotations', 'articles', 'documents', 'textSaves']);
    // version 3 claims each stored text revision, so a tab that builds on an older one cannot write over it
    expect(stored.textSaves.map(({ articleId, revision }: { articleId: string; revision: number }) => [articleId, revision])).to.deep.equal([['old-1', 3]]);
    expect(stored.articles[0]).to.include({ id: 'old-1', annotationCount: 1 });
    expect(stored.articles[0]).to.not.have.property('doc');
    expect(stored.documents[0]).to.include({ articleId: 'old-1', revision: 3 });
  });
});

describe('when storage fails', () => {
  let rejections: ReturnType<typeof watchRejections>;
  beforeEach(() => (rejections = watchRejections()));
  afterEach(() => {
    rejections.stop();
    removeAnnotators();
  });

  /** The editor works in memory and no promise rejection went unhandled. */
  async function expectStillWorking(element: ClaimAnnotator) {
    const added = element.addAnnotation({ kind: 'fact', exact: '9%' });
    expect(element.annotations.some((a) => a.id === added.id)).to.equal(true);
    await nextFrame(50);
    expect(rejections.reasons.map(String)).to.deep.equal([]);
  }

  it('says so when there is no IndexedDB, and offers a backup', async () => {
    const element = await storedEditor(freshDatabase(), { text: story }, (el) => (el.idbFactory = null));
    await element.updateComplete;
    expect(element.saveState.state).to.equal('failed');
    expect(element.saveState.reason).to.equal('unavailable');
    expect(alertText(element)).to.contain(englishStrings.storageProblems.unavailable);
    expect(shadow(element, '.storage-alert button')?.textContent).to.equal('Export a backup');
    await expectStillWorking(element);
  });

  it('says so when IndexedDB refuses to open', async () => {
    const refusing = {
      open() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const element = await storedEditor(freshDatabase(), { text: story }, (el) => (el.idbFactory = refusing));
    await element.updateComplete;
    expect(element.saveState.reason).to.equal('unavailable');
    expect(alertText(element)).to.contain(englishStrings.storageProblems.unavailable);
    await expectStillWorking(element);
  });

  it('gives up on an open that never settles', async () => {
    const hanging = { open: () => ({}) as IDBOpenDBRequest } as unknown as IDBFactory;
    const element = await storedEditor(freshDatabase(), { text: story }, (el) => {
      el.idbFactory = hanging;
      el.storageTimeout = 200;
    });
    await element.updateComplete;
    expect(element.saveState.reason).to.equal('timeout');
    expect(alertText(element)).to.contain(englishStrings.storageProblems.timeout);
    expect(element.text).to.equal(story.replace('\n\n', '\n'));
    await expectStillWorking(element);
  });

  it('waits for another tab holding an older version, then saves', async () => {
    const database = freshDatabase();
    const old = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(database, 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('articles', { keyPath: 'id' });
        request.result.createObjectStore('annotations', { keyPath: ['articleId', 'id'] }).createIndex('byArticle', 'articleId');
      };
      request.onsuccess = () => resolve(request.result);
    });
    // the old tab does not close when asked
    old.onversionchange = () => {};
    const element = document.createElement('claim-annotator');
    element.database = database;
    document.body.append(element);
    const loading = element.loadArticle({ text: story });
    await waitUntil(() => element.saveState.reason === 'blocked', 'the blocked reason');
    expect(element.saveState).to.include({ state: 'opening', message: englishStrings.storageProblems.blocked });
    old.close();
    await loading;
    await element.save();
    expect(element.saveState.state).to.equal('saved');
    expect((await readDatabase(database)).documents).to.have.length(1);
    await expectStillWorking(element);
  });

  it('stops saving when a newer version opens the database in another tab, keeping the work and the data', async () => {
    const database = freshDatabase();
    const element = await storedEditor(database, { text: story });
    element.addAnnotation({ kind: 'claim', exact: 'rents rose 4%' });
    await element.save();
    const storedBefore = await readDatabase(database);
    const newer = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(database, 99);
      request.onsuccess = () => resolve(request.result);
    });
    await waitUntil(() => element.saveState.state === 'failed', 'the failure');
    expect(element.saveState.reason).to.equal('newer-version');
    expect(alertText(element)).to.contain(englishStrings.storageProblems['newer-version']);
    element.addAnnotation({ kind: 'quote', exact: 'Critics said' });
    await element.save();
    newer.close();
    const storedAfter = await readDatabase(database);
    expect(storedAfter.annotations).to.deep.equal(storedBefore.annotations);
    expect(element.annotations).to.have.length(2);
    await expectStillWorking(element);
  });

  for (const [name, error] of [
    ['QuotaExceededError', () => new DOMException('Quota exceeded.', 'QuotaExceededError')],
    ['an AbortError caused by the quota', () => new DOMException('The transaction was aborted: quota exceeded', 'AbortError')],
  ] as const) {
    it(`says the disk is full on ${name}, and leaves the stored data as it was`, async () => {
      const database = freshDatabase();
      const element = await storedEditor(database, { text: story });
      element.addAnnotation({ kind: 'claim', exact: 'rents rose 4%' });
      await element.save();
      const storedBefore = await readDatabase(database);
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function () {
        throw error();
      };
      try {
        element.addAnnotation({ kind: 'quote', exact: 'Critics said' });
        await element.save();
      } finally {
        IDBObjectStore.prototype.put = put;
      }
      expect(element.saveState.state).to.equal('failed');
      expect(element.saveState.reason).to.equal('quota');
      expect(alertText(element)).to.contain(englishStrings.storageProblems.quota);
      const storedAfter = await readDatabase(database);
      expect(storedAfter.annotations).to.deep.equal(storedBefore.annotations);
      expect(storedAfter.articles, 'the article record is not half-written').to.deep.equal(storedBefore.articles);
      expect(element.annotations).to.have.length(2);
      await expectStillWorking(element);
    });
  }

  it('reopens a connection the browser closed and saves once more', async () => {
    const database = freshDatabase();
    const element = await storedEditor(database, { text: story });
    await element.save();
    const transaction = IDBDatabase.prototype.transaction;
    let refusals = 0;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
      if (refusals++ === 0) throw new DOMException('The database connection is closing.', 'InvalidStateError');
      return transaction.apply(this, args);
    } as IDBDatabase['transaction'];
    try {
      element.addAnnotation({ kind: 'claim', exact: 'rents rose 4%' });
      await element.save();
    } finally {
      IDBDatabase.prototype.transaction = transaction;
    }
    expect(refusals).to.be.greaterThan(1);
    expect(element.saveState.state).to.equal('saved');
    expect(alertText(element)).to.equal('(no alert)');
    expect((await readDatabase(database)).annotations).to.have.length(1);
    await expectStillWorking(element);
  });

  it('saves again after Try saving again, once storage works', async () => {
    const database = freshDatabase();
    const element = await storedEditor(database, { text: story });
    await element.save();
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('Quota exceeded.', 'QuotaExceededError');
    };
    try {
      element.addAnnotation({ kind: 'claim', exact: 'rents rose 4%' });
      await element.save();
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(element.saveState.state).to.equal('failed');
    await element.updateComplete;
    const retry = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.storage-alert button')].find((b) => b.textContent === 'Try saving again')!;
    retry.click();
    await waitUntil(() => element.saveState.state === 'saved', 'saved again');
    expect((await readDatabase(database)).annotations).to.have.length(1);
  });
});
