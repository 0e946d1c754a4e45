/**
 * A site with a strict Content-Security-Policy (default-src 'self': no inline
 * script or style, no eval) embeds the editor: loading it, editing, tagging,
 * the read-only card, the dark theme, the dialogs and a large import (which
 * places annotations in a Worker) must report no violation at all.
 */
import { expect } from '@open-wc/testing';
import type { ClaimAnnotator } from '../../src/index.ts';
import { waitUntil } from './support.ts';

interface PolicedWindow extends Window {
  cspViolations: string[];
}

async function strictPage(): Promise<{ frame: HTMLIFrameElement; win: PolicedWindow; element: ClaimAnnotator }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1100px; height: 700px';
  frame.src = new URL('./fixtures/csp.html', import.meta.url).href;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as unknown as PolicedWindow;
  // the Workers are found among the frame's resources; the dev server serves each module as one, past the buffer's default 250
  win.performance.setResourceTimingBufferSize(100_000);
  await waitUntil(() => Boolean(win.customElements.get('claim-annotator')), 'the element defined in the frame', 10000);
  const element = frame.contentDocument!.querySelector('claim-annotator') as ClaimAnnotator;
  await element.updateComplete;
  return { frame, win, element };
}

/** Numbered figures to tag by the hundred, so an import is large enough for the Worker. */
const figures = Array.from({ length: 450 }, (_, i) => `Figure ${i + 1} is ${(i * 7) % 100}%.`);
const story = [
  'Rents in Vellmoor rose 4% last year, the mayor said.',
  '“We have built more homes than any council in the region,” said Mayor Dana Lee.',
  'The opposition said the figure was closer to 9%.',
  figures.join(' '),
].join('\n\n');

describe('under a strict Content-Security-Policy', () => {
  it('the policy is really enforced in the test page', async () => {
    const { frame, win } = await strictPage();
    const inline = frame.contentDocument!.createElement('div');
    inline.innerHTML = '<img src="https://tracker.example.com/pixel.png">';
    frame.contentDocument!.body.append(inline);
    await waitUntil(() => win.cspViolations.length > 0, 'a violation for a foreign image');
    expect(win.cspViolations[0]).to.contain('img-src');
    frame.remove();
  });

  it('loads, edits, tags, imports and shows cards without a single violation', async () => {
    const { frame, win, element } = await strictPage();
    await element.loadArticle({ html: `<h1>Rents</h1>${story.split('\n\n').map((p) => `<p>${p}</p>`).join('')}`, url: 'https://news.example.org/rents', title: 'Rents' });
    const claim = element.addAnnotation({
      kind: 'claim',
      exact: 'rose 4% last year',
      attribution: { name: 'Dana Lee' },
      verdict: 'false',
      sources: [{ url: 'https://stats.example.org/rents', title: 'Rent index', stance: 'refutes' }],
    });
    element.addAnnotation({ kind: 'quote', exact: 'We have built more homes than any council in the region' });
    element.selectAnnotation(claim.id);
    await element.updateComplete;

    // the form and the dialogs
    const root = element.shadowRoot!;
    (root.querySelector(`li[data-annotation-id="${claim.id}"] button.edit, li[data-annotation-id="${claim.id}"] button`) as HTMLElement | null)?.click();
    await element.updateComplete;
    element.openArticleDialog();
    await element.updateComplete;
    (root.querySelector('dialog[open]') as HTMLDialogElement | null)?.close();

    // a large import: placed in a Worker started from this origin
    const many = figures.map((exact) => ({ kind: 'fact' as const, exact: exact.slice(0, -1) }));
    const donor = frame.contentDocument!.createElement('claim-annotator') as ClaimAnnotator;
    donor.storage = 'memory';
    frame.contentDocument!.body.append(donor);
    await donor.loadArticle({ text: element.text, url: 'https://news.example.org/rents' });
    donor.addAnnotations(many);
    const report = await element.importJsonLd(donor.exportJsonLd());
    expect(element.annotations.length).to.be.greaterThan(400);
    expect(report).to.exist;
    const fetched = win.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(fetched.some((name) => name.includes('anchor-worker')), 'the Worker ran').to.equal(true);

    // suggestions on a long article: read in a second Worker from this origin
    const long = frame.contentDocument!.createElement('claim-annotator') as ClaimAnnotator;
    long.storage = 'memory';
    frame.contentDocument!.body.append(long);
    await long.loadArticle({ text: Array.from({ length: 8 }, () => story).join('\n\n') });
    expect((await long.suggest()).length).to.be.greaterThan(100);
    const workers = win.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(workers.some((name) => name.includes('suggest-worker')), 'the suggestion Worker ran').to.equal(true);

    // the reader's view: dark theme, a card opened by focus
    element.theme = 'dark';
    element.readonly = true;
    await element.updateComplete;
    (root.querySelector('mark.cm-annotation') as HTMLElement).focus();
    await waitUntil(() => root.querySelector('.annotation-card') !== null, 'the card');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(win.cspViolations).to.deep.equal([]);
    frame.remove();
  });
});
