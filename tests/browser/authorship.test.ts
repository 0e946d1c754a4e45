/** The fact-checker says who they are, and annotations keep who made and who changed them, through the UI. */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ClaimAnnotator } from '../../src/index.ts';
import { checkerStorageKey } from '../../src/elements/claim-annotator/fact-checker.ts';
import { clickOn, createAnnotator, listItem, nextFrame, removeAnnotators, shadow, waitUntil } from './support.ts';

const text = 'The council said the tram will open in 2027. Fares rose 12% last year.';
const url = 'https://news.example/tram';

/** A colleague's file: one annotation of Ben's, made in another tool. */
const colleagueFile = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'https://other.example/anno/1',
  type: 'Annotation',
  creator: { id: 'https://other.example/people/ben', type: 'Person', name: 'Ben Colleague' },
  created: '2016-05-01T10:00:00Z',
  modified: '2016-05-01T10:00:00Z',
  body: [{ type: 'TextualBody', purpose: 'tagging', value: 'fact' }, { type: 'TextualBody', value: 'Look at this.' }],
  target: { source: url, selector: { type: 'TextQuoteSelector', exact: 'Fares rose 12%', prefix: 'in 2027. ' } },
};

function checkerButton(element: ClaimAnnotator): HTMLButtonElement {
  return shadow<HTMLButtonElement>(element, '.actions button.checker')!;
}

describe('authorship', () => {
  let database = '';
  const stored = (setup: (element: ClaimAnnotator) => void = () => {}) =>
    createAnnotator({ text, url }, (element) => {
      element.database = database;
      setup(element);
    });

  beforeEach(() => {
    database = `authors-${crypto.randomUUID()}`;
    localStorage.removeItem(checkerStorageKey);
  });
  afterEach(() => {
    removeAnnotators();
    localStorage.removeItem(checkerStorageKey);
  });

  it('the fact-checker gives their name in the UI, and it is kept across a reload', async () => {
    const element = await stored();
    expect(checkerButton(element).textContent).to.equal('Your name');
    // the save state beside the button settles first, so the button stays where the mouse goes
    await element.save();
    await element.updateComplete;
    await clickOn(checkerButton(element), 'Your name');
    await waitUntil(() => shadow<HTMLDialogElement>(element, 'dialog.checker-dialog')?.open ?? false, 'the Your name dialog');
    await sendKeys({ type: 'Ana Checker' });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(shadow<HTMLDialogElement>(element, 'dialog.checker-dialog')!.open).to.equal(false);
    expect(element.creator).to.deep.equal({ name: 'Ana Checker' });
    expect(checkerButton(element).textContent).to.equal('You: Ana Checker');
    element.remove();

    const reloaded = await stored();
    expect(reloaded.creator).to.deep.equal({ name: 'Ana Checker' });
    expect(checkerButton(reloaded).textContent).to.equal('You: Ana Checker');
    // what they tag is theirs
    const made = reloaded.addAnnotation({ kind: 'claim', exact: 'the tram will open in 2027' });
    expect(made.creator).to.deep.equal({ type: 'Person', name: 'Ana Checker' });
    await reloaded.updateComplete;
    expect(listItem(reloaded, made.id).querySelector('.authorship')!.textContent).to.equal('by Ana Checker');
  });

  it('a creator the site sets wins over the name this browser keeps', async () => {
    localStorage.setItem(checkerStorageKey, JSON.stringify({ name: 'Ana Checker' }));
    const element = await stored((it) => (it.creator = { name: 'Site Desk', url: 'https://site.example/desk' }));
    expect(element.creator).to.deep.equal({ name: 'Site Desk', url: 'https://site.example/desk' });
    expect(checkerButton(element).textContent).to.equal('You: Site Desk');
  });

  it('importing a colleague’s file, editing its note and exporting keeps its creator and names the editor', async () => {
    localStorage.setItem(checkerStorageKey, JSON.stringify({ name: 'Ana Checker' }));
    const element = await stored();
    const input = shadow<HTMLInputElement>(element, 'input.import-file')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([JSON.stringify(colleagueFile)], 'ben.jsonld', { type: 'application/ld+json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => shadow<HTMLDialogElement>(element, 'dialog.import-report')?.open ?? false, 'the import report');
    shadow<HTMLDialogElement>(element, 'dialog.import-report')!.close();
    const id = colleagueFile.id;
    await waitUntil(() => listItem(element, id) !== null, 'the imported annotation in the panel');
    expect(listItem(element, id).querySelector('.authorship')!.textContent).to.equal('by Ben Colleague');

    await clickOn(listItem(element, id).querySelector('.item-actions button:not(.danger)'), 'Edit');
    await waitUntil(() => listItem(element, id).querySelector('form.annotation-form') !== null, 'the edit form');
    const note = listItem(element, id).querySelector<HTMLTextAreaElement>('textarea[name="note"]')!;
    note.focus();
    note.setSelectionRange(note.value.length, note.value.length);
    await sendKeys({ type: ' Checked: the audit says 12%.' });
    await clickOn(listItem(element, id).querySelector('form.annotation-form button[type="submit"]'), 'Save');
    await element.updateComplete;
    await nextFrame();
    expect(listItem(element, id).querySelector('.authorship')!.textContent).to.equal('by Ben Colleague · edited by Ana Checker');

    const exported = element.exportJsonLd() as { first: { items: Record<string, unknown>[] } };
    const [item] = exported.first.items;
    expect(item.creator).to.deep.equal(colleagueFile.creator);
    expect(item['schema:editor']).to.deep.equal({ type: 'Person', name: 'Ana Checker' });
    expect((item.body as { value?: string }[]).some((body) => body.value === 'Look at this. Checked: the audit says 12%.')).to.equal(true);
  });

  it('the reader’s card says who made an annotation and who changed it', async () => {
    const element = await createAnnotator({ text, url });
    element.addAnnotation({ kind: 'claim', exact: 'the tram will open in 2027', creator: { id: 'acct:ben@hypothes.is' }, modifiedBy: { name: 'Ana Checker' } });
    element.readonly = true;
    await element.updateComplete;
    shadow<HTMLElement>(element, 'mark.cm-annotation')!.focus();
    await waitUntil(() => shadow(element, '.annotation-card') !== null, 'the card');
    expect(shadow(element, '.annotation-card .card-authorship')!.textContent).to.equal('by ben · edited by Ana Checker');
  });
});
