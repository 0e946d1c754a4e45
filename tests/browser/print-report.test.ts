/**
 * Export ▸ Print report: the fact-check report printed from the editor, the
 * article's highlights numbered where they end and the annotations listed
 * under the same numbers, those no longer in the text after them; print
 * rules that hide the editor's controls; nothing changed on screen.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { ClaimAnnotator } from '../../src/index.ts';
import { chooseFromMenu, createAnnotator, removeAnnotators, shadow, viewOf } from './support.ts';

const story = [
  'The mayor said rents rose 4% last year, according to the council.',
  'Critics said rents rose 9% instead. The tram carried 11.8 million passengers.',
  'A sentence that will be deleted soon.',
].join('\n\n');

async function annotated(): Promise<ClaimAnnotator> {
  const element = await createAnnotator({ text: story, title: 'Rents rose', url: 'https://news.example.org/rents' });
  element.addAnnotations([
    // added out of order: the report follows the text
    { kind: 'fact', exact: '11.8 million passengers', verdict: 'true', sources: [{ url: 'https://stats.example.org/trams', title: 'Transit report', stance: 'supports' }] },
    { kind: 'claim', exact: 'rents rose 4% last year', verdict: 'false', claim: 'Rents rose 4% in 2025.', attribution: { name: 'Mayor Ana Ruiz' } },
    { kind: 'claim', exact: 'will be deleted soon' },
  ]);
  // the third one's words go: it is detached
  const view = viewOf(element);
  let from = -1;
  view.state.doc.descendants((node, pos) => {
    if (node.isText && node.text!.includes('A sentence that')) from = pos;
  });
  view.dispatch(view.state.tr.delete(from, from + 'A sentence that will be deleted soon.'.length));
  await element.updateComplete;
  return element;
}

describe('the printable fact-check report', () => {
  afterEach(async () => {
    removeAnnotators();
    await emulateMedia({ media: 'screen' });
  });

  it('prints the annotations under the numbers their highlights have in the text, and the detached ones after', async () => {
    const element = await annotated();
    const printed: { html: string; text: string; items: string[]; detached: string[] }[] = [];
    const print = window.print;
    window.print = () => {
      // the page is about to print: what the report shows then
      window.dispatchEvent(new Event('beforeprint'));
      const section = shadow(element, '.print-report')!;
      printed.push({
        html: section.innerHTML,
        text: section.textContent!.replace(/\s+/g, ' '),
        items: [...section.querySelectorAll(':scope > ol > li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()),
        detached: [...section.querySelectorAll(':scope > ul > li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()),
      });
      window.dispatchEvent(new Event('afterprint'));
    };
    try {
      await chooseFromMenu(element, 'export', 'Print report');
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      window.print = print;
    }
    expect(printed.length, 'window.print was called once').to.equal(1);
    const [report] = printed;
    expect(report.text).to.contain('Fact-check report: Rents rose');
    expect(report.text).to.contain('https://news.example.org/rents');
    expect(report.items).to.have.length(2);
    expect(report.items[0]).to.match(/^Claim · False “rents rose 4% last year” — Mayor Ana Ruiz Claim: Rents rose 4% in 2025\./);
    expect(report.items[1]).to.match(/^Fact · True “11\.8 million passengers” Sources: Supports: Transit report, https:\/\/stats\.example\.org\/trams/);
    expect(report.detached).to.have.length(1);
    expect(report.detached[0]).to.contain('“will be deleted soon”');
    // nothing stays behind on screen
    expect(shadow(element, '.print-report')).to.equal(null);
  });

  it('hides the editor’s controls and numbers the highlights on paper, and changes nothing on screen', async () => {
    const element = await annotated();
    const print = window.print;
    window.print = () => undefined;
    try {
      await chooseFromMenu(element, 'export', 'Print report');
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      window.print = print;
    }
    const side = shadow(element, '.side')!;
    const end = viewOf(element).dom.querySelector<HTMLElement>('mark.cm-annotation[data-cm-end]')!;
    expect(getComputedStyle(side).display).to.not.equal('none');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(side).display).to.equal('none');
    expect(getComputedStyle(shadow(element, '.actions-bar')!).display).to.equal('none');
    expect(getComputedStyle(end, '::after').content).to.contain('counter(claimmark-note)');
  });
});
