/**
 * Issue 6: every word either element shows comes from its language bundle.
 * Both elements render under lang="fr" with a pseudo-locale laid over French
 * through their `strings` property: every word of it is wrapped in ⟦…⟧. They
 * are driven into their states (annotations, a detached one, the edit form
 * with an error, the Suggest list, an import with problems, the article and
 * ClaimReview dialogs, storage failing, a bad backup), and every visible text
 * node and every aria-label, title and placeholder in their shadow roots must
 * be marked, apart from the article's text, the user's data and numbers.
 */
import { expect } from '@open-wc/testing';
import type { ClaimAnnotator, ClaimLibrary } from '../../src/index.ts';
import * as fr from '../../src/elements/shared/strings/fr.ts';
import { englishStrings } from '../../src/elements/shared/strings/annotator-strings.ts';
import { englishRestoreStrings } from '../../src/elements/shared/strings/restore-strings.ts';
import { englishLibraryStrings } from '../../src/elements/shared/strings/library-strings.ts';
import { englishOnDemandStrings } from '../../src/elements/shared/strings/on-demand-strings.ts';
import { englishSuggestionStrings } from '../../src/elements/shared/strings/suggestion-strings.ts';
import { chooseFromMenu, clickOn, createAnnotator, removeAnnotators, shadow, waitUntil } from './support.ts';

/** `value` with every word wrapped in ⟦…⟧: strings, what functions return, records' entries. */
function pseudo<T>(value: T): T {
  if (typeof value === 'string') return `⟦${value}⟧` as T;
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    // keep the arity, which the overlay and the bundles' test compare
    const wrapped = (...args: unknown[]) => `⟦${String(fn(...args))}⟧`;
    Object.defineProperty(wrapped, 'length', { value: fn.length });
    return wrapped as T;
  }
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, pseudo(entry)])) as T;
  return value;
}

/** Every key of French (which has every key of English, the lazy chunks' words and the vocabulary's too), marked. */
const pseudoClaim = pseudo({ ...englishStrings, ...englishSuggestionStrings, ...englishOnDemandStrings, ...fr.claim });
const pseudoLibrary = pseudo({ ...englishLibraryStrings, ...englishRestoreStrings, ...fr.library });

const article = {
  text: 'The mayor said rents rose 4% last year. Critics said the figure was wrong.\n\nThe council meets on Monday.',
  title: 'Rents in the city',
  publisher: 'The Example Times',
  published: '2026-03-12',
  url: 'https://news.example/rents',
};
/** What the user gave (the article, names, files, addresses) and what Intl wrote for its dates: may appear unmarked. */
const userData = [
  article.title,
  article.publisher,
  'Jane Doe',
  'Mayor',
  'javascript:alert(1)',
  'problems.jsonld',
  'bad.json',
  article.url,
  'news.example',
  'not in this article at all',
  new Intl.DateTimeFormat('fr', { dateStyle: 'long' }).format(new Date('2026-03-12T12:00:00')),
];
/** The article's own words, which quotes of it (in the panel, the Suggest list, labels) show in part. */
const articleWords = new Set(article.text.split(/[^\p{L}\p{N}%]+/u).filter(Boolean));

/** Leftovers that are not words: numbers, punctuation, key names in shortcut hints. */
const notWords = /^(?:[\s\d.,:;!?()[\]·–—\-/%"“”«»'’…+×#]|Ctrl|Alt|Shift|Cmd|Escape|Arrow(?:Up|Down|Left|Right)|\b[A-Z]\b)*$/u;

/** What is left of `text` once the marked words and the user's data are taken out, when that is more than punctuation and numbers. */
function unmarked(text: string): string | null {
  let rest = text.replace(/⟦[^⟦⟧]*(?:⟦[^⟦⟧]*⟧[^⟦⟧]*)*⟧/gu, ' ');
  for (const data of [...userData].sort((a, b) => b.length - a.length)) rest = rest.split(data).join(' ');
  rest = rest
    .split(/([^\p{L}\p{N}%]+)/u)
    .filter((part) => !articleWords.has(part))
    .join('');
  return notWords.test(rest) ? null : rest.replace(/\s+/g, ' ').trim();
}

/** Every text a reader sees or hears in `root`'s shadow tree (the article's own text aside) that is not from the bundle. */
function englishIn(root: ShadowRoot | Element): string[] {
  const found: string[] = [];
  const visit = (node: Node) => {
    if (node instanceof Element) {
      // a <time> holds a date or moment as Intl writes it in the element's language
      if (node.matches('style, script, template, time, .ProseMirror')) {
        // the article is the user's text; its highlights' spoken names are ours
        if (node.matches('.ProseMirror')) for (const mark of node.querySelectorAll('[data-cm-start], [data-cm-end]')) visitAttributes(mark);
        return;
      }
      visitAttributes(node);
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent ?? '';
      const left = text.trim() ? unmarked(text) : null;
      if (left) found.push(`${(node.parentElement?.tagName ?? '').toLowerCase()}: ${JSON.stringify(text.trim())}`);
    }
    for (const child of node.childNodes) visit(child);
  };
  const visitAttributes = (element: Element) => {
    for (const name of ['aria-label', 'title', 'placeholder', 'data-cm-start', 'data-cm-end']) {
      const value = element.getAttribute(name);
      if (value && value !== 'https://' && unmarked(value)) found.push(`${element.tagName.toLowerCase()}[${name}]: ${JSON.stringify(value)}`);
    }
  };
  visit(root);
  return found;
}

/** Whole text of `element`'s shadow root, to show what a failure saw. */
const expectAllMarked = (element: ClaimAnnotator | ClaimLibrary, state: string) => expect(englishIn(element.shadowRoot!), state).to.deep.equal([]);

describe('no English literal in either element', () => {
  const pageLang = document.documentElement.getAttribute('lang');
  beforeEach(() => (document.documentElement.lang = 'fr'));
  afterEach(() => {
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
    removeAnnotators();
    for (const library of document.querySelectorAll('claim-library')) library.remove();
  });

  it('finds an unmarked word, and lets marked words, data and numbers through', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<p>⟦Annotations⟧ (3)</p><button title="⟦Undo⟧ (Ctrl+Z)">⟦Undo⟧</button><p>${article.title}</p><p>Not saved</p><input placeholder="Search">`;
    expect(englishIn(root)).to.deep.equal(['p: "Not saved"', 'input[placeholder]: "Search"']);
  });

  it('<claim-annotator>: the panel, the form with an error, a detached annotation, the Suggest list', async () => {
    const element = await createAnnotator(article, (el) => {
      el.storage = 'memory';
      el.strings = pseudoClaim;
    });
    await element.updateComplete;
    expectAllMarked(element, 'the empty panel');
    const claim = element.addAnnotation({ kind: 'claim', exact: 'rents rose 4%', attribution: { name: 'Jane Doe', role: 'Mayor' }, verdict: 'false' });
    element.addAnnotation({ kind: 'quote', exact: 'the figure was wrong', attribution: { name: 'Jane Doe' } });
    const orphan = element.addAnnotation({ kind: 'fact', exact: 'The council meets on Monday.' });
    // its text deleted: it is listed as detached
    const view = element.editorView!;
    let from = -1;
    view.state.doc.descendants((node, pos) => {
      if (from < 0 && node.isText && node.text?.includes('The council meets')) from = pos + node.text.indexOf('The council meets');
    });
    view.dispatch(view.state.tr.delete(from, from + 'The council meets on Monday.'.length));
    await element.updateComplete;
    expect(element.annotations.find((a) => a.id === orphan.id)?.status).to.equal('orphaned');
    // the edit form, saved with a bad source URL
    shadow(element, `li[data-annotation-id="${CSS.escape(claim.id)}"] .item-actions button`)!.click();
    await element.updateComplete;
    const form = shadow(element, 'form.annotation-form')!;
    form.querySelector<HTMLInputElement>('input[name="source.0.url"]')!.value = 'javascript:alert(1)';
    (form.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await element.updateComplete;
    expect(form.querySelector('[role="alert"]')?.textContent).to.contain('⟦');
    expectAllMarked(element, 'the edit form with an error');
    await clickOn(form.querySelectorAll(':scope > .form-buttons button')[1] ?? null, 'Cancel');
    await element.suggest();
    await element.updateComplete;
    expect(shadow(element, '.suggestions')).to.exist;
    expectAllMarked(element, 'the Suggest list');
  });

  it('<claim-annotator>: an import with problems, the article and ClaimReview dialogs', async () => {
    const element = await createAnnotator(article, (el) => {
      el.storage = 'memory';
      el.strings = pseudoClaim;
    });
    const file = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      first: {
        type: 'AnnotationPage',
        items: [
          { type: 'Annotation', id: 'urn:x:1', body: [{ type: 'TextualBody', purpose: 'classifying', value: 'statistic' }], target: { selector: { type: 'TextQuoteSelector', exact: 'rents' } } },
          { type: 'Annotation', id: 'urn:x:2', body: [{ type: 'TextualBody', purpose: 'classifying', value: 'claim' }, { type: 'SpecificResource', purpose: 'citing', source: 'javascript:alert(1)' }], target: { selector: { type: 'TextQuoteSelector', exact: 'rents rose 4%' } } },
          { type: 'Annotation', id: 'urn:x:3', body: [{ type: 'TextualBody', purpose: 'classifying', value: 'quote' }], target: { selector: { type: 'TextQuoteSelector', exact: 'not in this article at all' } } },
          'https://elsewhere.example/a/4',
        ],
      },
    };
    const input = shadow<HTMLInputElement>(element, 'input.import-file')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([JSON.stringify(file)], 'problems.jsonld', { type: 'application/ld+json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    // the file names a kind not here: first the choice of kind for it
    await waitUntil(() => shadow<HTMLDialogElement>(element, 'dialog.untagged-choice')?.open ?? false, 'the kind choice');
    await element.updateComplete;
    expectAllMarked(element, 'the kind choice');
    shadow<HTMLButtonElement>(element, 'dialog.untagged-choice button[type="submit"]')!.click();
    await waitUntil(() => shadow<HTMLDialogElement>(element, 'dialog.import-report')?.open ?? false, 'the import report');
    await element.updateComplete;
    const report = shadow(element, 'dialog.import-report')!.textContent ?? '';
    expect(report, 'rejections and notes are listed').to.contain(pseudoClaim.importNotes!['unknown-kind']('statistic'));
    expect(report).to.contain(`${pseudoClaim.importNotes!['source-url']('javascript:alert(1)')} (${pseudoClaim.reportNoteItems!([2], 0)})`);
    expectAllMarked(element, 'the import report');
    shadow<HTMLDialogElement>(element, 'dialog.import-report')!.close();

    // a file that is not JSON
    const broken = new DataTransfer();
    broken.items.add(new File(['not json'], 'problems.jsonld', { type: 'application/ld+json' }));
    input.files = broken.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => shadow(element, 'dialog.import-report [role="alert"]') !== null, 'the import error');
    expectAllMarked(element, 'an unusable file');
    shadow<HTMLDialogElement>(element, 'dialog.import-report')!.close();

    // the article dialog, with a bad URL
    element.openArticleDialog('new');
    await waitUntil(() => shadow(element, 'dialog.article-dialog[open], dialog[open]') !== null, 'the article dialog');
    const dialog = shadow<HTMLDialogElement>(element, 'dialog[open]')!;
    dialog.querySelector<HTMLTextAreaElement>('textarea[name="content"]')!.value = 'Another text.';
    dialog.querySelector<HTMLInputElement>('input[name="url"]')!.value = 'javascript:alert(1)';
    dialog.querySelector('form')!.requestSubmit();
    await element.updateComplete;
    await waitUntil(() => dialog.querySelector('[role="alert"]') !== null, 'the dialog error');
    expectAllMarked(element, 'the article dialog with an error');
    dialog.close();

    // the Copy ClaimReview dialog, with a bad fact-check URL
    await chooseFromMenu(element, 'export', pseudoClaim.copyClaimReview);
    await waitUntil(() => shadow<HTMLDialogElement>(element, 'dialog.claim-review')?.open ?? false, 'the ClaimReview dialog');
    const review = shadow<HTMLDialogElement>(element, 'dialog.claim-review')!;
    review.querySelector<HTMLInputElement>('input[name="url"]')!.removeAttribute('type');
    review.querySelector<HTMLInputElement>('input[name="url"]')!.value = 'javascript:alert(1)';
    // the publisher is the fact-checker's own, never pre-filled from the article
    review.querySelector<HTMLInputElement>('input[name="author"]')!.value = 'Desk';
    review.querySelector('form')!.requestSubmit();
    await waitUntil(() => (review.textContent ?? '').includes(pseudoClaim.claimReviewBadUrl as string), 'the ClaimReview error');
    expectAllMarked(element, 'the ClaimReview dialog with an error');
  });

  it('<claim-annotator>: storage failing, and annotations that could not be loaded', async () => {
    const failing = await createAnnotator(article, (el) => {
      el.database = `no-english-${crypto.randomUUID()}`;
      el.idbFactory = null;
      el.strings = pseudoClaim;
    });
    await waitUntil(() => shadow(failing, '.storage-alert') !== null, 'the storage alert');
    expect(failing.saveState.message).to.equal(pseudoClaim.storageProblems.unavailable);
    expectAllMarked(failing, 'storage failing');

    const refusing = {
      open() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const refused = await createAnnotator(article, (el) => {
      el.database = `no-english-${crypto.randomUUID()}`;
      el.idbFactory = refusing;
      el.strings = pseudoClaim;
    });
    await waitUntil(() => shadow(refused, '.storage-alert') !== null, 'the storage alert');
    expectAllMarked(refused, 'IndexedDB refusing');

    const loading = await createAnnotator({}, (el) => {
      el.storage = 'memory';
      el.strings = pseudoClaim;
      el.setAttribute('src', 'javascript:alert(1)');
    });
    await waitUntil(() => shadow(loading, '[role="alert"]') !== null, 'the load problem');
    expectAllMarked(loading, 'annotations that could not be loaded');

    // a file that is there but holds no annotations (an HTML page)
    const unusable = await createAnnotator(article, (el) => {
      el.storage = 'memory';
      el.strings = pseudoClaim;
      el.setAttribute('src', '/tests/fixtures/readonly/article.html');
    });
    await waitUntil(() => shadow(unusable, '[role="alert"]') !== null, 'the import problem', 4000);
    expect(shadow(unusable, '[role="alert"]')!.textContent).to.contain(pseudoClaim.importFailures!['not-json'](0));
    expectAllMarked(unusable, 'an annotation file that is not JSON');
  });

  it('<claim-library>: the list, storage failing and a bad backup', async () => {
    const database = `no-english-${crypto.randomUUID()}`;
    const writer = await createAnnotator(article, (el) => (el.database = database));
    writer.addAnnotation({ kind: 'claim', exact: 'rents rose 4%' });
    await writer.save();
    writer.remove();
    const library = document.createElement('claim-library');
    library.database = database;
    library.strings = pseudoLibrary;
    document.body.append(library);
    await library.refresh();
    await library.updateComplete;
    expectAllMarked(library, 'the list');
    // the search over every article, with a result
    const words = library.shadowRoot!.querySelector<HTMLInputElement>('.desk-search input[name="text"]')!;
    words.value = 'rents';
    words.form!.requestSubmit();
    await waitUntil(() => library.shadowRoot!.querySelector('ol.results > li') !== null, 'a search result', 4000);
    await library.updateComplete;
    expectAllMarked(library, 'search results');
    library.shadowRoot!.querySelector<HTMLButtonElement>('.clear-search')!.click();
    await waitUntil(() => library.shadowRoot!.querySelector('ul.articles') !== null, 'the list again', 4000);

    const input = library.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    const files = new DataTransfer();
    files.items.add(new File([JSON.stringify({ format: 'claimmark-backup', version: 2, exported: '2026-03-12T10:00:00.000Z', articles: [] })], 'bad.json'));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => library.shadowRoot!.querySelector('[role="alert"]') !== null, 'the backup alert');
    await library.updateComplete;
    expect(library.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(pseudoLibrary.backupFault!('other-version', '2'));
    expectAllMarked(library, 'a bad backup');

    const failing = document.createElement('claim-library');
    failing.database = `no-english-${crypto.randomUUID()}`;
    failing.idbFactory = null;
    failing.strings = pseudoLibrary;
    document.body.append(failing);
    await failing.refresh();
    await failing.updateComplete;
    expect(failing.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.contain(pseudoLibrary.storageProblems.unavailable);
    expectAllMarked(failing, 'storage failing');
  });
});
