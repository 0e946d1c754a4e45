import { expect } from '@open-wc/testing';
import type { ClaimAnnotator } from '../../src/index.ts';
import { createAnnotator, nextFrame, shadow } from './support.ts';

async function openDialog(element: ClaimAnnotator, mode: 'new' | 'details' = 'new') {
  element.openArticleDialog(mode);
  await element.updateComplete;
  await nextFrame();
  const dialog = shadow<HTMLDialogElement>(element, 'dialog.article-dialog')!;
  expect(dialog.open, 'dialog open').to.equal(true);
  return dialog;
}

function field(dialog: HTMLDialogElement, name: string) {
  return dialog.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)!;
}

function htmlFile(content: string, name = 'story.html', type = 'text/html') {
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type }));
  return transfer;
}

async function submit(element: ClaimAnnotator, dialog: HTMLDialogElement) {
  dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await element.updateComplete;
  await nextFrame();
}

describe('the New article dialog', () => {
  let element: ClaimAnnotator;
  afterEach(() => element.remove());

  it('loads pasted plain text with its metadata', async () => {
    element = await createAnnotator({ text: 'Old article.' });
    element.addAnnotation({ kind: 'claim', exact: 'Old' });
    const dialog = await openDialog(element);
    field(dialog, 'content').value = 'First paragraph\nstill first.\n\nSecond paragraph.';
    field(dialog, 'title').value = 'Council votes';
    field(dialog, 'url').value = 'https://example.org/council';
    field(dialog, 'published').value = '2026-03-12';
    await submit(element, dialog);
    expect(dialog.open).to.equal(false);
    expect(element.text).to.equal('First paragraph still first.\nSecond paragraph.');
    expect(element.metadata).to.deep.equal({ title: 'Council votes', url: 'https://example.org/council', published: '2026-03-12' });
    expect(element.annotations).to.deep.equal([]);
    expect(shadow(element, '.headline')!.textContent).to.equal('Council votes');
  });

  it('keeps the formatting of pasted HTML and drops scripts and bad links', async () => {
    element = await createAnnotator();
    const dialog = await openDialog(element);
    const textarea = field(dialog, 'content') as HTMLTextAreaElement;
    const clipboard = new DataTransfer();
    clipboard.setData('text/html', '<h1>Rates rise</h1><p>The <em>bank</em> said <a href="javascript:alert(1)">so</a>.</p><script>window.pwned = true</script><img src=x onerror="window.pwned = true">');
    clipboard.setData('text/plain', 'Rates rise The bank said so.');
    textarea.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }));
    await element.updateComplete;
    expect(textarea.value).to.equal('Rates rise\n\nThe bank said so.');
    expect(field(dialog, 'title').value, 'headline from the h1').to.equal('Rates rise');
    await submit(element, dialog);
    const dom = element.editorView!.dom;
    expect(dom.querySelector('h1')!.textContent).to.equal('Rates rise');
    expect(dom.querySelector('em')!.textContent).to.equal('bank');
    expect(dom.querySelector('a'), 'javascript: link dropped').to.equal(null);
    expect(dom.querySelector('img, script')).to.equal(null);
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(undefined);
  });

  it('opens an .html file chosen in the file picker', async () => {
    element = await createAnnotator();
    const dialog = await openDialog(element);
    const input = field(dialog, 'file') as HTMLInputElement;
    input.files = htmlFile('<html><head><title>Tram story</title></head><body><p>One.</p><p>Two.</p></body></html>').files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(field(dialog, 'title').value).to.equal('Tram story');
    await submit(element, dialog);
    expect(element.text).to.equal('One.\nTwo.');
  });

  it('opens a .txt file dropped on the dialog', async () => {
    element = await createAnnotator();
    const dialog = await openDialog(element);
    const transfer = htmlFile('Dropped one.\n\nDropped two.', 'notes.txt', 'text/plain');
    dialog.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(field(dialog, 'content').value).to.equal('Dropped one.\n\nDropped two.');
    await submit(element, dialog);
    expect(element.text).to.equal('Dropped one.\nDropped two.');
  });

  it('refuses a file that is neither HTML nor text, and says so', async () => {
    element = await createAnnotator({ text: 'Keep me.' });
    const dialog = await openDialog(element);
    dialog.dispatchEvent(new DragEvent('drop', { dataTransfer: htmlFile('%PDF-1.7', 'report.pdf', 'application/pdf'), bubbles: true, cancelable: true }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await element.updateComplete;
    expect(dialog.querySelector('[role="alert"]')!.textContent).to.equal('report.pdf is not an .html or .txt file.');
    expect(element.text).to.equal('Keep me.');
  });

  it('shows a bad URL as an error and keeps the current article', async () => {
    element = await createAnnotator({ text: 'Keep me.' });
    const dialog = await openDialog(element);
    field(dialog, 'content').value = 'New text.';
    field(dialog, 'url').value = 'javascript:alert(1)';
    await submit(element, dialog);
    expect(dialog.open).to.equal(true);
    expect(dialog.querySelector('[role="alert"]')!.textContent).to.equal('The article URL must be an http(s) address.');
    expect(element.text).to.equal('Keep me.');
    expect(field(dialog, 'content').value, 'typed text kept').to.equal('New text.');
  });

  it('asks for content when nothing was pasted', async () => {
    element = await createAnnotator({ text: 'Keep me.' });
    const dialog = await openDialog(element);
    await submit(element, dialog);
    expect(dialog.querySelector('[role="alert"]')!.textContent).to.equal('Paste the article text or open a file first.');
  });

  it('edits the metadata of the current article without touching its annotations', async () => {
    element = await createAnnotator({ text: 'The mayor spoke.', title: 'Old', url: 'https://example.org/old' });
    element.addAnnotation({ kind: 'quote', exact: 'mayor' });
    const dialog = await openDialog(element, 'details');
    expect(field(dialog, 'title').value).to.equal('Old');
    field(dialog, 'title').value = 'New headline';
    field(dialog, 'publisher').value = 'The Gazette';
    await submit(element, dialog);
    expect(element.metadata).to.deep.equal({ title: 'New headline', url: 'https://example.org/old', publisher: 'The Gazette' });
    expect(element.annotations.map((a) => a.exact)).to.deep.equal(['mayor']);
  });
});
