/**
 * A large import in the element: read and placed in the worker, applied in
 * slices while the fact-checker reads and types, shown with a progress bar
 * and Cancel, undone in one step; a worker's refusal said as the element says
 * a small file's.
 */
import { expect } from '@open-wc/testing';
import type { ClaimAnnotator } from '../../src/index.ts';
import { TextSelection } from 'prosemirror-state';
import { createAnnotator, nextFrame, removeAnnotators, shadow, viewOf, waitUntil } from './support.ts';

/** An article of `count` distinct words, 100 to a paragraph. */
function article(count: number): { text: string; words: string[] } {
  const words = Array.from({ length: count }, (_, i) => `word${i}x`);
  const paragraphs: string[] = [];
  for (let i = 0; i < count; i += 100) paragraphs.push(words.slice(i, i + 100).join(' '));
  return { text: paragraphs.join('\n\n'), words };
}

/** A W3C file (as text) with one fact on each word, by quote and context, as another tool writes it. */
function fileOf(words: string[], note?: (i: number) => string | undefined): string {
  const items = words.map((word, i) => ({
    id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    type: 'Annotation',
    created: '2026-11-01T10:00:00Z',
    modified: '2026-11-02T10:00:00Z',
    body: [{ type: 'TextualBody', purpose: 'tagging', value: 'fact' }, ...(note?.(i) ? [{ type: 'TextualBody', purpose: 'commenting', value: note(i) }] : [])],
    target: { selector: { type: 'TextQuoteSelector', exact: word, prefix: i % 100 ? ' ' : '', suffix: (i + 1) % 100 ? ' ' : '' } },
  }));
  return JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', first: { type: 'AnnotationPage', items } });
}

/** The import's progress bar, once it shows some annotations in and some to come. */
async function midImport(element: ClaimAnnotator): Promise<HTMLProgressElement> {
  let bar: HTMLProgressElement | null = null;
  await waitUntil(
    () => {
      bar = shadow<HTMLProgressElement>(element, '.import-progress progress');
      return !!bar && bar.value > 0 && bar.value < bar.max;
    },
    'the import half way',
    20000,
  );
  return bar!;
}

const summary = (element: ClaimAnnotator) => element.annotations.map(({ id, start, end, exact, note }) => ({ id, start, end, exact, note }));

describe('a large import', function () {
  this.timeout(60000);
  afterEach(removeAnnotators);

  it('keeps the article usable: typed words before the annotations move them, and every one lands on its word', async () => {
    const { text, words } = article(15000);
    const element = await createAnnotator({ text });
    const importing = element.importJsonLd(fileOf(words));
    const bar = await midImport(element);
    expect(shadow(element, '.import-progress')!.textContent).to.match(/Importing annotations: [\d,]+ of 15,000/);
    expect(bar.max).to.equal(15000);
    // typed through the contenteditable while slices are still to come, in the task that saw the import half way
    // (a real key press takes longer than the rest of the import)
    const view = viewOf(element);
    view.focus();
    view.dispatch(view.state.tr.setSelection(TextSelection.atStart(view.state.doc)));
    document.execCommand('insertText', false, 'NEW ');
    expect(shadow(element, '.import-progress'), 'the import was still running after the typing').to.not.equal(null);
    const report = await importing;
    expect(report.added).to.equal(15000);
    expect(element.text.startsWith('NEW word0x')).to.equal(true);
    const misplaced = element.annotations.filter((annotation) => annotation.exact !== words[Number(annotation.id.slice(-12))]);
    expect(misplaced.length, 'annotations not on their word').to.equal(0);
    await nextFrame();
    expect(shadow(element, '.import-progress')).to.equal(null);
    // an undo takes back the slices that came after the typing, never the typed words with them
    element.undo();
    expect(element.text.startsWith('NEW word0x')).to.equal(true);
    expect(element.annotations.length).to.be.below(15000);
  });

  it('is one undo step when nobody edits meanwhile', async () => {
    // large enough to be applied in several slices (the bar seen half way)
    const { text, words } = article(15000);
    const element = await createAnnotator({ text });
    element.addAnnotation({ kind: 'claim', exact: 'word7x word8x' });
    const before = summary(element);
    const importing = element.importJsonLd(fileOf(words));
    await midImport(element);
    expect((await importing).added).to.equal(15000);
    element.undo();
    expect(summary(element)).to.deep.equal(before);
    element.redo();
    expect(element.annotations.length).to.equal(15001);
  });

  it('cancels with the Cancel button: the article is as it was, and the import says so', async () => {
    const { text, words } = article(15000);
    const element = await createAnnotator({ text });
    // a fact-checker's own annotations: one the file changes, one it does not know
    element.addAnnotation({ kind: 'fact', id: 'urn:uuid:00000000-0000-4000-8000-000000005000', exact: 'word5000x', note: 'mine', created: '2026-10-01T10:00:00Z', modified: '2026-10-01T10:00:00Z' } as never);
    element.addAnnotation({ kind: 'claim', exact: 'word7x word8x' });
    const before = summary(element);
    const importing = element.importJsonLd(fileOf(words, (i) => (i === 5000 ? 'the file’s note' : undefined)));
    const failure = importing.then(
      () => null,
      (error: Error) => error,
    );
    await midImport(element);
    // pressed in the task that sees the import half way: a round trip of the mouse outlasts the rest of it
    shadow<HTMLButtonElement>(element, '.import-progress button')!.click();
    const error = await failure;
    expect(error?.name).to.equal('AbortError');
    expect(summary(element)).to.deep.equal(before);
    await waitUntil(() => /Import cancelled/.test(shadow(element, '.import-progress')?.textContent ?? ''), 'the cancelled import said');
    expect(shadow(element, '.import-progress progress')).to.equal(null);
    // another import can run after it
    const report = await element.importJsonLd(fileOf(words.slice(0, 10)));
    expect(report.added).to.equal(10);
  });

  it('says why a large file was refused as it says it of a small one (the worker keeps the error’s kind)', async () => {
    const element = await createAnnotator({ text: 'Rents rose.' });
    const error = await element.importJsonLd(`{"items": [${' '.repeat(300_000)}`).then(
      () => null,
      (failure: Error & { reason?: string }) => failure,
    );
    expect(error?.name).to.equal('ImportError');
    expect(error?.reason).to.equal('not-json');
    expect(element.annotations).to.deep.equal([]);
  });

  it('reopens a large stored article in slices: typing meanwhile moves them, no event fires for them, and every one is on its word after the next reopening', async () => {
    const database = `import-scale-${crypto.randomUUID()}`;
    const stored = (element: ClaimAnnotator) => (element.database = database);
    const { text, words } = article(20000);
    const first = await createAnnotator({ text }, stored);
    await first.importJsonLd(fileOf(words));
    await first.save();
    const id = first.documentId!;
    first.remove();

    const element = await createAnnotator({}, stored);
    const added: string[] = [];
    element.addEventListener('claim-annotation-add', (event) => added.push(event.type));
    let loads = 0;
    element.addEventListener('claim-article-load', () => loads++);
    element.documentId = id;
    // the moment the text is there with the first annotations and the others still to come, words are typed
    // through the contenteditable (a real key press takes longer than what is left of the reopening)
    let typedWith = -1;
    await waitUntil(
      () => {
        if (element.text.length === 0 || element.annotations.length === 0 || element.annotations.length === 20000) return false;
        typedWith = element.annotations.length;
        const view = viewOf(element);
        view.focus();
        view.dispatch(view.state.tr.setSelection(TextSelection.atStart(view.state.doc)));
        document.execCommand('insertText', false, 'NEW ');
        return true;
      },
      'the article shown, part of its annotations in',
      20000,
    );
    expect(loads, 'the load event waits for every annotation').to.equal(0);
    expect(element.text.startsWith('NEW word0x'), 'the typed words').to.equal(true);
    expect(typedWith, 'annotations in when the words were typed').to.be.below(20000);
    await element.ready;
    await waitUntil(() => element.annotations.length === 20000, 'every annotation back', 20000);
    expect(loads).to.equal(1);
    expect(added, 'no add event for annotations that were there before').to.deep.equal([]);
    expect(element.text.startsWith('NEW word0x')).to.equal(true);
    const misplaced = (of: ClaimAnnotator) => of.annotations.filter((annotation) => annotation.exact !== words[Number(annotation.id.slice(-12))]).length;
    expect(misplaced(element), 'annotations not on their word').to.equal(0);
    // the typing is saved, and the ranges with it
    await element.save();
    element.remove();
    const again = await createAnnotator({}, stored);
    again.documentId = id;
    await again.ready;
    await waitUntil(() => again.annotations.length === 20000, 'every annotation back again', 20000);
    expect(again.text.startsWith('NEW word0x')).to.equal(true);
    expect(misplaced(again)).to.equal(0);
  });
});

