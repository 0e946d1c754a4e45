/**
 * `<claim-library>` against real IndexedDB, one fresh database per test: the
 * list, Open, Rename, Delete and Undo, New article, back up and restore, and
 * every failure shown in an alert with nothing changed.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  type ArticleSnapshot,
  type ClaimAnnotator,
  type ClaimLibrary,
  type LibraryBackup,
  LibraryOpenEvent,
  backUpLibrary,
  backupFileName,
  maxBackupBytes,
  openLibrary,
} from '../../src/index.ts';
import { englishLibraryStrings } from '../../src/elements/shared/strings/library-strings.ts';
import { clickOn, createAnnotator, label, removeAnnotators, snapshot, viewOf, waitUntil } from './support.ts';

const rents = {
  text: 'The mayor said rents rose 4% last year.\n\nCritics said rents rose 9% instead.',
  url: 'https://news.example.org/rents',
  title: 'Rents rose, the mayor says',
  publisher: 'The Example Times',
  published: '2026-03-12',
};
const trams = { text: 'The tram carried 11.8 million passengers in 2025.', url: 'https://news.example.org/trams', title: 'Tram numbers' };

function uniqueDatabase(): string {
  return `library-test-${crypto.randomUUID()}`;
}

/** An annotator saving into `database`, with `article` loaded and saved. */
async function storedAnnotator(database: string, article: object, id = 'editor'): Promise<ClaimAnnotator> {
  const element = await createAnnotator(article, (el) => {
    el.database = database;
    el.id = id;
  });
  await element.save();
  return element;
}

/** Stores an article with annotations through an annotator of its own, which is then removed. */
async function storeArticle(database: string, article: object, annotations: { kind: string; exact: string; verdict?: string }[]): Promise<string> {
  const element = await storedAnnotator(database, article, `store-${crypto.randomUUID()}`);
  element.addAnnotations(annotations);
  await element.save();
  const id = element.documentId!;
  element.remove();
  return id;
}

async function createLibrary(database: string | undefined, setup: (library: ClaimLibrary) => void = () => undefined): Promise<ClaimLibrary> {
  const library = document.createElement('claim-library');
  if (database) library.database = database;
  setup(library);
  document.body.prepend(library);
  await library.refresh();
  return library;
}

function inLibrary<T extends Element = HTMLElement>(library: ClaimLibrary, selector: string): T | null {
  return library.shadowRoot!.querySelector<T>(selector);
}

function row(library: ClaimLibrary, id: string): HTMLElement | null {
  return inLibrary(library, `li[data-article-id="${CSS.escape(id)}"]`);
}

function button(library: ClaimLibrary, id: string, name: 'open' | 'rename' | 'delete'): HTMLButtonElement {
  const found = row(library, id)?.querySelector<HTMLButtonElement>(`button.${name}`);
  if (!found) throw new Error(`No ${name} button for ${id}`);
  return found;
}

function itemTexts(library: ClaimLibrary): string[] {
  return [...library.shadowRoot!.querySelectorAll('ul.articles > li')].map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim());
}

function statusText(library: ClaimLibrary): string {
  return (inLibrary(library, '.status')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function alertText(library: ClaimLibrary): string | null {
  const alert = inLibrary(library, '[role="alert"]');
  return alert ? (alert.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
}

/** Everything stored, in a stable order, for before/after comparisons. */
async function storedContent(database: string): Promise<ArticleSnapshot[]> {
  const store = await openLibrary({ name: database });
  const backup = await backUpLibrary(store);
  store.close();
  const sorted = backup.articles.map((item) => ({ ...item, annotations: [...item.annotations].sort((a, b) => a.id.localeCompare(b.id)) }));
  return JSON.parse(JSON.stringify(sorted.sort((a, b) => a.article.id.localeCompare(b.article.id))));
}

/** Chooses `file` in the library's restore file picker, as the browser does after the dialog. */
async function chooseBackupFile(library: ClaimLibrary, file: File): Promise<void> {
  const input = inLibrary<HTMLInputElement>(library, 'input[type="file"]')!;
  const files = new DataTransfer();
  files.items.add(file);
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Captures the download the library starts: its file name and content. */
async function captureDownload(run: () => Promise<void> | void): Promise<{ fileName: string; text: string }> {
  const original = HTMLAnchorElement.prototype.click;
  let link: HTMLAnchorElement | null = null;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    link = this;
  };
  try {
    await run();
    await waitUntil(() => link !== null, 'the download');
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
  const { href, download } = link as unknown as HTMLAnchorElement;
  return { fileName: download, text: await (await fetch(href)).text() };
}

const unhandled: unknown[] = [];
const onRejection = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
const onError = (event: ErrorEvent) => unhandled.push(event.error ?? event.message);

describe('<claim-library>', () => {
  beforeEach(() => {
    unhandled.length = 0;
    addEventListener('unhandledrejection', onRejection);
    addEventListener('error', onError);
  });
  afterEach(() => {
    removeEventListener('unhandledrejection', onRejection);
    removeEventListener('error', onError);
    for (const library of document.querySelectorAll('claim-library')) library.remove();
    removeAnnotators();
    expect(unhandled.map(String), 'uncaught errors').to.deep.equal([]);
  });

  it('explains what to do when nothing is stored', async () => {
    const library = await createLibrary(uniqueDatabase());
    expect(inLibrary(library, 'ul.articles')).to.equal(null);
    expect(inLibrary(library, '.empty')?.textContent).to.match(/No stored articles yet[\s\S]*New article/);
  });

  it('lists stored articles with their details and counts, most recent first', async () => {
    const database = uniqueDatabase();
    const rentsId = await storeArticle(database, rents, [
      { kind: 'claim', exact: 'rents rose 4%' },
      { kind: 'claim', exact: 'rents rose 9%' },
    ]);
    const untitledId = await storeArticle(database, { text: 'A note without a headline.' }, [{ kind: 'fact', exact: 'note' }]);
    const library = await createLibrary(database);
    expect(library.articles.map((a) => [a.id, a.annotationCount])).to.deep.equal([
      [untitledId, 1],
      [rentsId, 2],
    ]);
    const list = inLibrary(library, 'ul.articles')!;
    expect(list.getAttribute('role')).to.equal('list');
    expect(list.getAttribute('aria-label')).to.equal('Stored articles');
    const [first, second] = itemTexts(library);
    expect(first).to.match(/^Untitled article .*1 annotation · Changed/);
    expect(second).to.match(/^Rents rose, the mayor says The Example Times · Published Mar 12, 2026 2 annotations · Changed/);
    const published = row(library, rentsId)!.querySelector('time')!;
    expect(published.getAttribute('datetime')).to.equal('2026-03-12');
    // the visible "Open" says which article to a screen reader
    expect(button(library, rentsId, 'open').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Open “Rents rose, the mayor says”');
  });

  it('formats dates and numbers in the page language', async () => {
    const database = uniqueDatabase();
    const id = await storeArticle(database, rents, [{ kind: 'claim', exact: 'rents rose 4%' }]);
    const library = await createLibrary(database, (element) => element.setAttribute('lang', 'de'));
    expect(row(library, id)!.querySelector('time')!.textContent).to.equal('12.03.2026');
  });

  it('follows the editor: refreshes after it saves and marks the article it shows', async () => {
    const database = uniqueDatabase();
    const annotator = await storedAnnotator(database, rents);
    const library = await createLibrary(undefined, (element) => (element.for = 'editor'));
    const id = annotator.documentId!;
    expect(library.articles.map((a) => a.annotationCount)).to.deep.equal([0]);
    expect(row(library, id)!.getAttribute('aria-current')).to.equal('true');
    annotator.addAnnotation({ kind: 'claim', exact: 'rents rose 4%' });
    await waitUntil(() => library.articles[0]?.annotationCount === 1, 'the list to show the new annotation');
    expect(itemTexts(library)[0]).to.contain('1 annotation');
  });

  it('Open switches the editor to the stored article with its annotations', async () => {
    const database = uniqueDatabase();
    const rentsId = await storeArticle(database, rents, [
      { kind: 'claim', exact: 'rents rose 4%', verdict: 'false' },
      { kind: 'quote', exact: 'rents rose 9%' },
    ]);
    const annotator = await storedAnnotator(database, trams);
    const library = await createLibrary(database, (element) => (element.for = 'editor'));
    const opened: string[] = [];
    library.addEventListener('claim-library-open', (event) => opened.push(event instanceof LibraryOpenEvent ? event.articleId : 'not a LibraryOpenEvent'));
    await clickOn(button(library, rentsId, 'open'), 'Open');
    await waitUntil(() => annotator.documentId === rentsId, 'the editor to switch');
    await annotator.ready;
    expect(opened).to.deep.equal([rentsId]);
    expect(annotator.metadata.title).to.equal(rents.title);
    expect(annotator.annotations.map((a) => [a.kind, a.exact, a.verdict, a.status])).to.deep.equal([
      ['claim', 'rents rose 4%', 'false', 'anchored'],
      ['quote', 'rents rose 9%', undefined, 'anchored'],
    ]);
    await library.updateComplete;
    expect(row(library, rentsId)!.getAttribute('aria-current')).to.equal('true');
    await waitUntil(() => viewOf(annotator).hasFocus(), 'the article text to have the focus');
  });

  it('Open writes the shown article’s pending edit to that article before switching', async () => {
    const database = uniqueDatabase();
    const rentsId = await storeArticle(database, rents, [{ kind: 'claim', exact: 'rents rose 4%' }]);
    const annotator = await storedAnnotator(database, trams);
    const tramsId = annotator.documentId!;
    const library = await createLibrary(database, (element) => (element.for = 'editor'));
    const view = viewOf(annotator);
    view.dispatch(view.state.tr.insertText('Yesterday, ', 1)); // saved only after a pause in typing
    await clickOn(button(library, rentsId, 'open'), 'Open');
    await waitUntil(() => annotator.documentId === rentsId, 'the editor to switch');
    await annotator.ready;
    await annotator.save();
    const store = await openLibrary({ name: database });
    const [tramsStored, rentsStored] = await Promise.all([store.getArticle(tramsId), store.getArticle(rentsId)]);
    store.close();
    expect(JSON.stringify(tramsStored!.document!.doc)).to.contain('Yesterday, The tram carried');
    expect(tramsStored!.article.metadata.title).to.equal(trams.title);
    expect(JSON.stringify(rentsStored!.document!.doc)).to.contain('The mayor said rents rose 4%');
    expect(annotator.text.startsWith('The mayor said')).to.equal(true);
  });

  it('renames with the keyboard: Enter saves, Escape cancels, focus returns to Rename', async () => {
    const database = uniqueDatabase();
    const rentsId = await storeArticle(database, rents, [{ kind: 'claim', exact: 'rents rose 4%' }]);
    const library = await createLibrary(database);
    const renames: string[] = [];
    library.addEventListener('claim-library-rename', (event) => renames.push(`${event.articleId}=${event.title}`));

    button(library, rentsId, 'rename').focus();
    await sendKeys({ press: 'Enter' });
    await library.updateComplete;
    const input = library.shadowRoot!.activeElement as HTMLInputElement;
    expect(label(input)).to.equal('input [name=title] ""');
    expect(input.value).to.equal(rents.title);
    await sendKeys({ type: 'Rents: what the mayor said' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => library.articles[0]?.title === 'Rents: what the mayor said', 'the list to show the new title');
    expect(itemTexts(library)[0]).to.match(/^Rents: what the mayor said /);
    expect(label(library.shadowRoot!.activeElement)).to.match(/^button\.rename "Rename/);
    const store = await openLibrary({ name: database });
    expect((await store.getArticle(rentsId))!.article.metadata.title).to.equal('Rents: what the mayor said');
    expect(renames).to.deep.equal([`${rentsId}=Rents: what the mayor said`]);

    await sendKeys({ press: 'Enter' });
    await library.updateComplete;
    await sendKeys({ type: 'Not this' });
    await sendKeys({ press: 'Escape' });
    await library.updateComplete;
    expect(inLibrary(library, 'input[name="title"]')).to.equal(null);
    expect(label(library.shadowRoot!.activeElement)).to.match(/^button\.rename "Rename/);
    expect((await store.getArticle(rentsId))!.article.metadata.title).to.equal('Rents: what the mayor said');
    expect(renames).to.have.length(1);
    store.close();
  });

  it('renames the article open in the editor there too, and the editor keeps the new title', async () => {
    const database = uniqueDatabase();
    const annotator = await storedAnnotator(database, rents);
    const id = annotator.documentId!;
    const library = await createLibrary(database, (element) => (element.for = 'editor'));
    await clickOn(button(library, id, 'rename'), 'Rename');
    const input = inLibrary<HTMLInputElement>(library, 'input[name="title"]')!;
    input.value = 'Renamed while open';
    await clickOn(inLibrary(library, '.rename-form button[type="submit"]'), 'Save');
    await waitUntil(() => annotator.metadata.title === 'Renamed while open', 'the editor to show the new title');
    annotator.addAnnotation({ kind: 'claim', exact: 'rents rose 4%' }); // the editor writes its metadata with this change
    await annotator.save();
    const store = await openLibrary({ name: database });
    expect((await store.getArticle(id))!.article.metadata.title).to.equal('Renamed while open');
    store.close();
  });

  it('deletes an article with everything it has, and Undo puts all of it back', async () => {
    const database = uniqueDatabase();
    const rentsId = await storeArticle(database, rents, [
      { kind: 'claim', exact: 'rents rose 4%' },
      { kind: 'fact', exact: 'rents rose 9%' },
    ]);
    const annotator = await storedAnnotator(database, trams);
    const library = await createLibrary(database, (element) => (element.for = 'editor'));
    const before = await storedContent(database);
    const deleted: string[] = [];
    library.addEventListener('claim-library-delete', (event) => deleted.push(event.article.id));

    await clickOn(button(library, rentsId, 'delete'), 'Delete');
    await waitUntil(() => !row(library, rentsId), 'the article to leave the list');
    expect(deleted).to.deep.equal([rentsId]);
    expect(statusText(library)).to.equal('Deleted “Rents rose, the mayor says” and its annotations.Undo');
    const after = await storedContent(database);
    expect(after.map((item) => item.article.id)).to.deep.equal([annotator.documentId]);
    expect(after.flatMap((item) => item.annotations.map((a) => a.articleId))).to.not.include(rentsId);
    // focus goes to the next article in the list
    expect(label(library.shadowRoot!.activeElement)).to.match(/^button\.open "Open “Tram numbers”"/);

    await clickOn(inLibrary(library, '.status button.undo'), 'Undo');
    await waitUntil(() => Boolean(row(library, rentsId)), 'the article to come back');
    expect(await storedContent(database)).to.deep.equal(before);
    expect(statusText(library)).to.match(/^Restored “Rents rose, the mayor says”/);
    expect(label(library.shadowRoot!.activeElement)).to.match(/^button\.open "Open “Rents rose/);

    annotator.documentId = rentsId;
    await annotator.ready;
    expect(annotator.annotations.map((a) => [a.kind, a.exact, a.status])).to.deep.equal([
      ['claim', 'rents rose 4%', 'anchored'],
      ['fact', 'rents rose 9%', 'anchored'],
    ]);
  });

  it('does not delete the article open in the editor, and says why', async () => {
    const database = uniqueDatabase();
    const annotator = await storedAnnotator(database, rents);
    const library = await createLibrary(database, (element) => (element.for = 'editor'));
    const before = await storedContent(database);
    await clickOn(button(library, annotator.documentId!, 'delete'), 'Delete');
    await library.updateComplete;
    expect(statusText(library)).to.match(/is open in the editor\. Open or start another article first/);
    expect(await storedContent(database)).to.deep.equal(before);
  });

  it('New article opens the editor’s dialog for an article of its own', async () => {
    const database = uniqueDatabase();
    const annotator = await storedAnnotator(database, rents);
    const rentsId = annotator.documentId!;
    const library = await createLibrary(database, (element) => (element.for = 'editor'));
    await clickOn(inLibrary(library, 'button.new'), 'New article');
    await waitUntil(() => Boolean(annotator.shadowRoot!.querySelector<HTMLDialogElement>('dialog.article-dialog')?.open), 'the dialog');
    const dialog = annotator.shadowRoot!.querySelector<HTMLDialogElement>('dialog.article-dialog')!;
    (dialog.querySelector('textarea') as HTMLTextAreaElement).value = 'A brand new article about buses.';
    (dialog.querySelector('input[name="title"]') as HTMLInputElement).value = 'Buses';
    (dialog.querySelector('form') as HTMLFormElement).requestSubmit();
    await waitUntil(() => annotator.metadata.title === 'Buses' && annotator.documentId !== null, 'the new article');
    await annotator.save();
    await library.refresh();
    expect(annotator.documentId).to.not.equal(rentsId);
    expect(library.articles.map((a) => a.title).sort()).to.deep.equal(['Buses', rents.title]);
  });

  it('New article keeps the shown article’s id when the dialog is cancelled', async () => {
    const database = uniqueDatabase();
    const annotator = await storedAnnotator(database, rents);
    const rentsId = annotator.documentId!;
    const library = await createLibrary(database, (element) => (element.for = 'editor'));
    await clickOn(inLibrary(library, 'button.new'), 'New article');
    await waitUntil(() => Boolean(annotator.shadowRoot!.querySelector<HTMLDialogElement>('dialog.article-dialog')?.open), 'the dialog');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => annotator.documentId === rentsId, 'the id to come back');
  });

  it('backs up everything to one file and restores it into a fresh database exactly', async () => {
    const source = uniqueDatabase();
    await storeArticle(source, rents, [
      { kind: 'claim', exact: 'rents rose 4%', verdict: 'false' },
      { kind: 'quote', exact: 'rents rose 9%' },
    ]);
    const annotator = await storedAnnotator(source, trams);
    annotator.addAnnotation({ kind: 'fact', exact: '11.8 million passengers' });
    // an orphan: its text deleted, kept with the hint that brings it back
    const orphan = annotator.addAnnotation({ kind: 'claim', exact: 'in 2025' });
    const view = viewOf(annotator);
    const at = view.state.doc.textContent.indexOf(' in 2025') + 1;
    view.dispatch(view.state.tr.delete(at, at + ' in 2025'.length));
    expect(annotator.annotations.find((a) => a.id === orphan.id)?.status).to.equal('orphaned');
    const library = await createLibrary(source, (element) => (element.for = 'editor'));
    const backups: string[] = [];
    library.addEventListener('claim-library-backup', (event) => backups.push(event.fileName));

    // the editor's unsaved text edit goes into the backup too
    const file = await captureDownload(() => clickOn(inLibrary(library, 'button.backup'), 'Back up everything'));
    expect(file.fileName).to.match(/^claimmark-library-\d{4}-\d{2}-\d{2}\.json$/);
    expect(file.fileName).to.equal(backupFileName());
    expect(backups).to.deep.equal([file.fileName]);
    const backup = JSON.parse(file.text) as LibraryBackup;
    expect([backup.format, backup.version, backup.articles.length]).to.deep.equal(['claimmark-backup', 1, 2]);
    await waitUntil(() => /^Backed up 2 articles with 4 annotations/.test(statusText(library)), 'the backup report');

    const target = uniqueDatabase();
    const fresh = await createLibrary(target);
    const restores: string[] = [];
    fresh.addEventListener('claim-library-restore', (event) => restores.push(`${event.from}:${event.articleIds.length}:${event.annotationCount}`));
    await chooseBackupFile(fresh, new File([file.text], file.fileName, { type: 'application/json' }));
    await waitUntil(() => fresh.articles.length === 2, 'the restored articles');
    expect(statusText(fresh)).to.equal('Restored 2 articles with 4 annotations.');
    expect(restores).to.deep.equal(['backup:2:4']);
    expect(await storedContent(target)).to.deep.equal(await storedContent(source));

    // and the editor opens them as they were
    const copy = await createAnnotator({}, (el) => (el.database = target));
    for (const id of [annotator.documentId!, fresh.articles.find((a) => a.title === rents.title)!.id]) {
      annotator.documentId = id;
      copy.documentId = id;
      await Promise.all([annotator.ready, copy.ready]);
      expect(snapshot(copy)).to.deep.equal(snapshot(annotator));
      expect(copy.text).to.equal(annotator.text);
    }
  });

  it('asks before replacing articles changed after the backup, and keeps them unless told', async () => {
    const database = uniqueDatabase();
    const annotator = await storedAnnotator(database, rents, 'writer');
    const id = annotator.documentId!;
    const store = await openLibrary({ name: database });
    const old = await backUpLibrary(store);
    annotator.addAnnotation({ kind: 'claim', exact: 'rents rose 4%' });
    await annotator.save();
    annotator.remove();
    const newer = await storedContent(database);
    const library = await createLibrary(database);
    const file = () => new File([JSON.stringify(old)], 'old.json', { type: 'application/json' });
    const dialog = () => inLibrary<HTMLDialogElement>(library, 'dialog.newer-dialog');

    await chooseBackupFile(library, file());
    await waitUntil(() => Boolean(dialog()?.open), 'the question');
    expect(dialog()!.textContent).to.contain(rents.title);
    expect(label(library.shadowRoot!.activeElement)).to.match(/^button\.keep/);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => statusText(library) === 'Nothing was restored.', 'the cancel');
    expect(await storedContent(database)).to.deep.equal(newer);

    await chooseBackupFile(library, file());
    await waitUntil(() => Boolean(dialog()?.open), 'the question');
    await clickOn(inLibrary(library, 'dialog button.keep'), 'Keep');
    await waitUntil(() => /Kept 1 article changed here/.test(statusText(library)), 'the report');
    expect(await storedContent(database)).to.deep.equal(newer);

    await chooseBackupFile(library, file());
    await waitUntil(() => Boolean(dialog()?.open), 'the question');
    await clickOn(inLibrary(library, 'dialog button.replace'), 'Replace');
    await waitUntil(() => statusText(library) === 'Restored 1 article with 0 annotations.', 'the report');
    expect((await store.getArticle(id))!.annotations).to.deep.equal([]);
    expect(library.articles[0].annotationCount).to.equal(0);
    store.close();
  });

  it('never restores over the article open in the editor', async () => {
    const database = uniqueDatabase();
    const annotator = await storedAnnotator(database, rents);
    const store = await openLibrary({ name: database });
    const old = await backUpLibrary(store);
    store.close();
    annotator.addAnnotation({ kind: 'claim', exact: 'rents rose 4%' });
    await annotator.save();
    const library = await createLibrary(database, (element) => (element.for = 'editor'));
    const before = await storedContent(database);
    await chooseBackupFile(library, new File([JSON.stringify(old)], 'old.json'));
    await waitUntil(() => /Not restored because open in the editor: “Rents rose, the mayor says”/.test(statusText(library)), 'the report');
    expect(inLibrary(library, 'dialog.newer-dialog')).to.equal(null);
    expect(await storedContent(database)).to.deep.equal(before);
  });

  it('leaves articles that are already as in the backup alone, and says so', async () => {
    const database = uniqueDatabase();
    await storeArticle(database, rents, [{ kind: 'claim', exact: 'rents rose 4%' }]);
    const store = await openLibrary({ name: database });
    const backup = await backUpLibrary(store);
    store.close();
    const library = await createLibrary(database);
    const before = await storedContent(database);
    await chooseBackupFile(library, new File([JSON.stringify(backup)], 'same.json'));
    await waitUntil(() => statusText(library) === '1 article was already up to date.', 'the report');
    await chooseBackupFile(library, new File([JSON.stringify({ ...backup, articles: [] })], 'empty.json'));
    await waitUntil(() => statusText(library) === 'empty.json holds no articles; nothing was changed.', 'the report');
    expect(await storedContent(database)).to.deep.equal(before);
  });

  it('reports a restore that storage stopped, with how far it got', async () => {
    const source = uniqueDatabase();
    await storeArticle(source, rents, [{ kind: 'claim', exact: 'rents rose 4%' }]);
    await storeArticle(source, trams, []);
    const store = await openLibrary({ name: source });
    const backup = await backUpLibrary(store);
    store.close();
    const library = await createLibrary(uniqueDatabase());
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      await chooseBackupFile(library, new File([JSON.stringify(backup)], 'full.json'));
      await waitUntil(() => alertText(library) !== null, 'the alert');
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(alertText(library)).to.match(/no more storage space for this site\. 0 of 2 articles were restored before this/);
    // the status line follows once the list is read again
    await waitUntil(() => Boolean(statusText(library)), 'the status line');
    expect(statusText(library)).to.equal('Nothing was restored.');
  });

  describe('refuses a malformed backup, says why and changes nothing', () => {
    const valid = (): Record<string, unknown> => ({ format: 'claimmark-backup', version: 1, exported: '2026-03-12T10:00:00.000Z', articles: [] });
    const article = {
      article: { id: 'a1', metadata: { title: 'T' }, created: '2026-03-12T10:00:00.000Z', modified: '2026-03-12T10:00:00.000Z', annotationCount: 0 },
      document: null,
      annotations: [],
    };
    const cases: [string, string, RegExp][] = [
      ['not JSON', '{"format": "claimmark-backup", ', /bad\.json was not restored: it is not JSON/],
      ['empty', '', /it is not JSON/],
      ['another format', JSON.stringify({ ...valid(), format: 'w3c-annotations' }), /it is not a Claimmark library backup \(its format is "w3c-annotations"/],
      ['a later version', JSON.stringify({ ...valid(), version: 2 }), /it is a backup of version 2; this Claimmark reads version 1/],
      ['an array', '[]', /it is not a Claimmark library backup/],
      ['articles of the wrong type', JSON.stringify({ ...valid(), articles: 'all' }), /articles is not a list/],
      ['an unknown field', JSON.stringify({ ...valid(), extra: true }), /extra is not a field of this format/],
      ['a __proto__ key', '{"format":"claimmark-backup","version":1,"exported":"2026-03-12T10:00:00.000Z","articles":[],"__proto__":{"polluted":true}}', /"__proto__" key/],
      ['a nested __proto__ key', JSON.stringify({ ...valid(), articles: [article] }).replace('"metadata":{', '"metadata":{"__proto__":{"polluted":true},'), /"__proto__" key/],
    ];
    for (const [name, text, message] of cases) {
      it(name, async () => {
        const database = uniqueDatabase();
        await storeArticle(database, rents, [{ kind: 'claim', exact: 'rents rose 4%' }]);
        const library = await createLibrary(database);
        const before = await storedContent(database);
        await chooseBackupFile(library, new File([text], 'bad.json', { type: 'application/json' }));
        await waitUntil(() => alertText(library) !== null, 'the alert');
        expect(alertText(library)).to.match(message);
        expect(alertText(library)).to.match(/Nothing was changed\./);
        expect(await storedContent(database)).to.deep.equal(before);
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
        await clickOn(inLibrary(library, '[role="alert"] button.dismiss'), 'Dismiss');
        expect(alertText(library)).to.equal(null);
      });
    }
  });

  describe('restores the good articles of a backup, and skips and names each bad one', () => {
    const at = '2026-03-12T10:00:00.000Z';
    const paragraph = (text: string, marks?: object[]) => ({ type: 'paragraph', content: [{ type: 'text', text, ...(marks ? { marks } : {}) }] });
    const item = (id: string, title: string, doc: object | null = { type: 'doc', content: [paragraph('Rents rose 4%.')] }, annotations: object[] = []) => ({
      article: { id, metadata: { title }, created: at, modified: at, annotationCount: annotations.length },
      document: doc && { articleId: id, doc, revision: 1, anchors: [] },
      annotations,
    });
    const claim = (kind: string) => ({
      articleId: 'kind',
      id: 'n1',
      record: { id: 'n1', kind, created: at, modified: at },
      anchor: [1, 6],
      revision: 1,
      quote: { exact: 'Rents', prefix: '', suffix: ' rose' },
    });
    const crafted = () => ({
      format: 'claimmark-backup',
      version: 1,
      exported: at,
      articles: [
        item('good', 'Good article'),
        item('link', 'Link title', { type: 'doc', content: [paragraph('a link', [{ type: 'link', attrs: { href: 'https://e.org', title: { toString: 1 } } }])] }),
        item('heading', 'Heading level', { type: 'doc', content: [{ type: 'heading', attrs: { level: 1e21 }, content: [{ type: 'text', text: 'x' }] }] }),
        item('kind', 'Kind with spaces', undefined, [claim('claim evil')]),
        item('nodoc', 'No document', null),
        { ...item('nometa', 'x'), article: { ...item('nometa', 'x').article, metadata: null } },
      ],
    });

    it('in English', async () => {
      const database = uniqueDatabase();
      const library = await createLibrary(database);
      await chooseBackupFile(library, new File([JSON.stringify(crafted())], 'crafted.json'));
      await waitUntil(() => /^Restored 1 article/.test(statusText(library)), 'the report');
      const report = statusText(library);
      expect(report).to.contain('Restored 1 article with 0 annotations. Not restored, because they cannot be opened:');
      expect(report).to.contain('“Link title” (document.doc is not a Claimmark article (link title: text, not an object))');
      expect(report).to.contain('“Heading level” (document.doc is not a Claimmark article (heading level: 1 to 6, not 1e+21))');
      expect(report).to.contain('“Kind with spaces” (annotations[0].record.kind is not a kind id (lowercase letters, digits and dashes))');
      expect(report).to.contain('“No document” (document is missing, so the article has no text)');
      expect(report).to.contain('article 6 of the file (article.metadata is not an object)');
      expect(alertText(library)).to.equal(null);
      expect(library.articles.map((a) => a.id)).to.deep.equal(['good']);

      // what was restored opens, and the editor keeps working
      const editor = await createAnnotator({}, (el) => (el.database = database));
      editor.documentId = 'good';
      await editor.ready;
      expect(editor.text).to.equal('Rents rose 4%.');
      expect(editor.addAnnotation({ kind: 'claim', exact: 'Rents' }).status).to.equal('anchored');
    });

    it('in French', async () => {
      const library = await createLibrary(uniqueDatabase(), (element) => (element.lang = 'fr'));
      await library.updateComplete;
      await chooseBackupFile(library, new File([JSON.stringify(crafted())], 'crafted.json'));
      await waitUntil(() => /^Restauration de 1/.test(statusText(library)), 'the report');
      const report = statusText(library);
      expect(report).to.contain('Non restaurés, car impossible à ouvrir : ');
      expect(report).to.contain('« Kind with spaces » (annotations[0].record.kind n’est pas un identifiant de type');
      expect(report).to.contain('l’article 6 du fichier (article.metadata n’est pas un objet)');
    });
  });

  it('refuses a backup over the size limit before reading it, and says the limit', async () => {
    const database = uniqueDatabase();
    const library = await createLibrary(database);
    // parts of one blob: the browser does not copy them, so the file is large without filling memory
    const megabyte = new Blob([new Uint8Array(1024 * 1024)]);
    const file = new File(Array.from({ length: Math.ceil(maxBackupBytes / (1024 * 1024)) + 1 }, () => megabyte), 'huge.json');
    const read = File.prototype.text;
    let wasRead = false;
    File.prototype.text = function () {
      wasRead = true;
      return read.call(this);
    };
    try {
      await chooseBackupFile(library, file);
      await waitUntil(() => alertText(library) !== null, 'the alert');
    } finally {
      File.prototype.text = read;
    }
    expect(alertText(library)).to.contain(`huge.json was not restored: it is larger than ${maxBackupBytes / 1024 / 1024} MB, more than this library restores. Nothing was changed.`);
    expect(wasRead).to.equal(false);
  });

  it('shows a failing IndexedDB in an alert, and every action fails the same way', async () => {
    const library = await createLibrary(uniqueDatabase(), (element) => (element.idbFactory = null));
    expect(alertText(library)).to.contain(englishLibraryStrings.storageProblems.unavailable);
    await clickOn(inLibrary(library, '[role="alert"] button.dismiss'), 'Dismiss');
    await clickOn(inLibrary(library, 'button.backup'), 'Back up everything');
    await waitUntil(() => alertText(library) !== null, 'the alert');
    expect(alertText(library)).to.contain(englishLibraryStrings.storageProblems.unavailable);
  });

  it('shows an IndexedDB that refuses to open, and Try again reads the list once it works', async () => {
    let refuse = true;
    const factory = {
      open: (name: string, version?: number) => {
        if (refuse) throw new DOMException('The user denied permission to access the database.', 'UnknownError');
        return indexedDB.open(name, version);
      },
    } as unknown as IDBFactory;
    const database = uniqueDatabase();
    await storeArticle(database, rents, []);
    const library = await createLibrary(database, (element) => (element.idbFactory = factory));
    expect(alertText(library)).to.contain(englishLibraryStrings.storageProblems.unavailable);
    refuse = false;
    await clickOn(inLibrary(library, '[role="alert"] button.retry'), 'Try again');
    await waitUntil(() => library.articles.length === 1, 'the list');
    expect(alertText(library)).to.equal(null);
  });
});
