/**
 * Stored records that cannot be used, seeded straight into IndexedDB as an
 * older version or a hand edit leaves them: the library lists the others and
 * names the bad ones, and the editor opening one resolves `ready`, shows the
 * problem, and keeps working.
 */
import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { type ClaimAnnotator, type ClaimLibrary, openLibrary } from '../../src/index.ts';
import { createAnnotator, removeAnnotators, shadow, viewOf } from './support.ts';
import { openVersion1 } from './storage-support.ts';

const doc = (text: string, more: object[] = []) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }, ...more] });
const day = (n: number) => `2026-01-0${n}T00:00:00Z`;

function freshDatabase(): string {
  return `stored-records-test-${crypto.randomUUID()}`;
}

/**
 * A version 1 database (the document inside the article record, no counts)
 * holding a good article, one whose metadata is null, and one whose document
 * is null; opening it upgrades it to the current version.
 */
async function seedVersion1(database: string): Promise<void> {
  const raw = await openVersion1(database);
  await new Promise<void>((resolve, reject) => {
    const tx = raw.transaction('articles', 'readwrite');
    const articles = tx.objectStore('articles');
    articles.put({ id: 'good', metadata: { title: 'Good article' }, doc: doc('The mayor said rents rose 4%.'), revision: 1, anchors: [], created: day(1), modified: day(3) });
    articles.put({ id: 'no-metadata', metadata: null, doc: doc('Lost headline.'), revision: 1, anchors: [], created: day(1), modified: day(2) });
    articles.put({ id: 'no-document', metadata: { title: 'No text' }, doc: null, revision: 1, anchors: [], created: day(1), modified: day(1) });
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  raw.close();
}

/** Writes records into a current database (created by opening the library first). */
async function put(database: string, records: { articles?: object[]; documents?: object[]; annotations?: object[] }): Promise<void> {
  const db = await openDB(database);
  const tx = db.transaction(['articles', 'documents', 'annotations'], 'readwrite');
  for (const name of ['articles', 'documents', 'annotations'] as const) for (const record of records[name] ?? []) void tx.objectStore(name).put(record);
  await tx.done;
  db.close();
}

async function createLibrary(database: string): Promise<ClaimLibrary> {
  const library = document.createElement('claim-library');
  library.database = database;
  document.body.prepend(library);
  await library.refresh();
  return library;
}

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const storageAlert = (element: ClaimAnnotator) => text(shadow(element, '.storage-alert'));

async function storedEditor(database: string): Promise<ClaimAnnotator> {
  return createAnnotator({}, (element) => (element.database = database));
}

describe('stored records that cannot be used', () => {
  let libraries: ClaimLibrary[] = [];
  afterEach(() => {
    removeAnnotators();
    for (const library of libraries) library.remove();
    libraries = [];
  });

  it('the library lists the good articles of a version 1 database and names the one with metadata null and the one with document null', async () => {
    const database = freshDatabase();
    await seedVersion1(database);
    const library = await createLibrary(database);
    libraries.push(library);
    // the record without a document was upgraded into one whose document is null: it can be listed, not opened
    expect(library.articles.map((a) => a.id)).to.deep.equal(['good', 'no-document']);
    const note = text(library.shadowRoot!.querySelector('.unlisted'));
    expect(note).to.contain('One stored article cannot be read and is not listed');
    expect(note).to.contain('no-metadata (article.metadata is not an object)');
    expect(library.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('the editor opening the record with metadata null resolves ready, says why, and keeps working', async () => {
    const database = freshDatabase();
    await seedVersion1(database);
    const element = await storedEditor(database);
    await element.loadArticle({ text: 'Another article.' });
    element.documentId = 'no-metadata';
    await element.ready;
    expect(storageAlert(element)).to.contain('The stored article no-metadata could not be read (article.metadata is not an object)');
    expect(element.text).to.equal('Another article.');
    const added = element.addAnnotation({ kind: 'claim', exact: 'Another' });
    expect(added.status).to.equal('anchored');
  });

  it('the editor opening the article whose document is null says so, and the record is left as stored', async () => {
    const database = freshDatabase();
    await seedVersion1(database);
    const element = await storedEditor(database);
    element.documentId = 'no-document';
    await element.ready;
    expect(storageAlert(element)).to.contain('The stored article no-document could not be read (document.doc is missing)');
    const db = await openDB(database);
    expect(await db.get('articles', 'no-document')).to.include({ id: 'no-document' });
    db.close();
  });

  it('the editor refuses a stored document the schema does not allow (heading level 1e21, a link title that is an object), and stays usable', async () => {
    const database = freshDatabase();
    const library = await createLibrary(database);
    libraries.push(library);
    const article = (id: string) => ({ id, metadata: { title: id }, created: day(1), modified: day(2), annotationCount: 0 });
    await put(database, {
      articles: [article('heading'), article('link')],
      documents: [
        { articleId: 'heading', doc: doc('x', [{ type: 'heading', attrs: { level: 1e21 }, content: [{ type: 'text', text: 'Big' }] }]), revision: 1, anchors: [] },
        {
          articleId: 'link',
          doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a link', marks: [{ type: 'link', attrs: { href: 'https://e.org', title: { toString: 1 } } }] }] }] },
          revision: 1,
          anchors: [],
        },
      ],
    });
    const element = await storedEditor(database);
    await element.loadArticle({ text: 'Still here.' });
    for (const id of ['heading', 'link']) {
      element.documentId = id;
      await element.ready;
      expect(storageAlert(element)).to.contain(`The stored article ${id} could not be read (document.doc is not a Claimmark article`);
      expect(element.text).to.equal('Still here.');
      expect(viewOf(element).dom.querySelector('h1, [class*="e+"]')).to.equal(null);
    }
    element.addAnnotation({ kind: 'fact', exact: 'Still' });
    expect(element.annotations.map((a) => a.exact)).to.deep.equal(['Still']);
  });

  it('the editor leaves out a stored annotation whose kind has spaces, shows the others, and says so', async () => {
    const database = freshDatabase();
    const library = await createLibrary(database);
    libraries.push(library);
    const annotation = (id: string, kind: string, from: number, to: number, exact: string) => ({
      articleId: 'a',
      id,
      record: { id, kind, created: day(1), modified: day(1) },
      anchor: [from, to],
      revision: 1,
      quote: { exact, prefix: '', suffix: '' },
    });
    await put(database, {
      articles: [{ id: 'a', metadata: { title: 'Rents' }, created: day(1), modified: day(2), annotationCount: 2 }],
      documents: [{ articleId: 'a', doc: doc('Rents rose 4%.'), revision: 1, anchors: [] }],
      annotations: [annotation('n1', 'claim', 1, 6, 'Rents'), annotation('n2', 'claim evil', 7, 11, 'rose')],
    });
    const element = await storedEditor(database);
    element.documentId = 'a';
    await element.ready;
    expect(element.annotations.map((a) => a.id)).to.deep.equal(['n1']);
    expect(storageAlert(element)).to.contain('1 stored annotation of this article could not be read and is not shown (annotations[1].record.kind is not a kind id');
    expect(viewOf(element).dom.querySelector('.evil')).to.equal(null);
    expect(element.addAnnotation({ kind: 'fact', exact: 'rose' }).status).to.equal('anchored');
  });

  it('reads a long article’s annotations a part at a time, every one in order, and names a bad one in a later part by its place', async () => {
    const database = freshDatabase();
    const library = await createLibrary(database);
    libraries.push(library);
    // more than two reads' worth (2,000 each), and a record that cannot be used in the third
    const count = 4500;
    const bad = 4321;
    const ids = Array.from({ length: count }, (_, i) => `n${String(i).padStart(5, '0')}`);
    const words = 'Rents rose 4%.';
    await put(database, {
      articles: [{ id: 'a', metadata: { title: 'Rents' }, created: day(1), modified: day(2), annotationCount: count }],
      documents: [{ articleId: 'a', doc: doc(words), revision: 1, anchors: [] }],
      // another article's records sort after this one's and must not be read with it
      annotations: [
        ...ids.map((id, i) => ({
          articleId: 'a',
          id,
          record: { id, kind: i === bad ? 'claim evil' : 'claim', created: day(1), modified: day(1) },
          anchor: [1, 6],
          revision: 1,
          quote: { exact: 'Rents', prefix: '', suffix: '' },
        })),
        { articleId: 'b', id: 'other', record: { id: 'other', kind: 'claim', created: day(1), modified: day(1) }, anchor: [1, 6], revision: 1, quote: { exact: 'Rents', prefix: '', suffix: '' } },
      ],
    });
    const store = await openLibrary({ name: database });
    try {
      const snapshot = (await store.getArticle('a'))!;
      expect(snapshot.annotations.map((a) => a.id)).to.deep.equal(ids.filter((_, i) => i !== bad));
      expect(snapshot.skipped?.map((s) => [s.id, s.problem.field])).to.deep.equal([[ids[bad], `annotations[${bad}].record.kind`]]);
    } finally {
      store.close();
    }
  });
});

