/**
 * The panel with 10,000 annotations: the list is virtualized (only the items
 * on screen are drawn, each with its place in the list), scrolls to the last
 * one, follows a click on a far highlight, draws only the highlights near the
 * screen (all of them to print), filters, and follows typing and the
 * API without drawing the other items again.
 */
import { expect } from '@open-wc/testing';
import type { ClaimAnnotator } from '../../src/index.ts';
import { clickOn, createAnnotator, marksOf, nextFrame, removeAnnotators, shadow, shadowAll, viewOf, waitUntil } from './support.ts';

const count = 10_000;
const kinds = ['claim', 'quote', 'fact'] as const;

/** An article of 2,000 paragraphs of five sentences, "Point 17 rose by 34 units.", and one annotation on each "Point N". */
async function withTenThousand(): Promise<{ element: ClaimAnnotator; ids: string[] }> {
  const paragraphs: string[] = [];
  for (let p = 0; p < count / 5; p++) {
    const sentences: string[] = [];
    for (let s = 0; s < 5; s++) sentences.push(`Point ${p * 5 + s} rose by ${(p * 5 + s) * 2} units.`);
    paragraphs.push(sentences.join(' '));
  }
  const element = await createAnnotator({ text: paragraphs.join('\n\n') });
  const text = element.text;
  const inputs = [];
  let from = 0;
  for (let i = 0; i < count; i++) {
    const start = text.indexOf(`Point ${i} `, from);
    from = start + 1;
    inputs.push({ kind: kinds[i % 3], start, end: start + `Point ${i}`.length, verdict: i % 3 === 0 && i % 2 === 0 ? 'true' : undefined });
  }
  const ids = element.addAnnotations(inputs).map((annotation) => annotation.id);
  await element.updateComplete;
  await waitUntil(() => shadow(element, 'ol.annotation-list.virtual > li') !== null, 'the virtualized list', 5000);
  return { element, ids };
}

const items = (element: ClaimAnnotator) => shadowAll(element, 'ol.annotation-list > li');
const itemOf = (element: ClaimAnnotator, id: string) => shadow(element, `ol.annotation-list > li[data-annotation-id="${id}"]`);
const quoteOf = (element: ClaimAnnotator, id: string) => itemOf(element, id)?.querySelector('.quote')?.textContent ?? null;

/** Whether `item` lies within the side column's visible part. */
function inView(element: ClaimAnnotator, item: Element | null): boolean {
  if (!item) return false;
  const side = shadow(element, '.side')!.getBoundingClientRect();
  const box = item.getBoundingClientRect();
  return box.top >= side.top - 1 && box.bottom <= side.bottom + 1;
}

describe('the panel with 10,000 annotations', () => {
  afterEach(removeAnnotators);

  it('draws only the first items, each saying where it stands in the list', async () => {
    const { element, ids } = await withTenThousand();
    expect(shadow(element, '#panel-title')!.textContent).to.equal('Annotations (10000)');
    const drawn = items(element);
    expect(drawn.length).to.be.greaterThan(3);
    expect(drawn.length).to.be.lessThan(200);
    expect(drawn[0].dataset.annotationId).to.equal(ids[0]);
    expect(drawn[0].querySelector('.quote')!.textContent).to.equal('“Point 0”');
    expect(drawn.slice(0, 3).map((li) => [li.getAttribute('role'), li.getAttribute('aria-posinset'), li.getAttribute('aria-setsize')])).to.deep.equal([
      ['listitem', '1', '10000'],
      ['listitem', '2', '10000'],
      ['listitem', '3', '10000'],
    ]);
    expect(shadow(element, 'ol.annotation-list')!.getAttribute('role')).to.equal('list');
    expect(shadowAll(element, '.panel button').some((button) => /more/i.test(button.textContent ?? ''))).to.equal(false);
  });

  it('scrolls to the end of the list, where the last annotation is', async () => {
    const { element, ids } = await withTenThousand();
    const side = shadow(element, '.side')!;
    expect(getComputedStyle(side).position).to.equal('sticky');
    await waitUntil(
      async () => {
        side.scrollTop = side.scrollHeight;
        await nextFrame();
        return itemOf(element, ids[count - 1]) !== null;
      },
      'the last item',
      8000,
    );
    const last = itemOf(element, ids[count - 1])!;
    expect(last.getAttribute('aria-posinset')).to.equal(String(count));
    expect(last.querySelector('.quote')!.textContent).to.equal(`“Point ${count - 1}”`);
    expect(itemOf(element, ids[0])).to.equal(null);
  });

  it('a click on a far highlight scrolls its item into view and marks it current', async () => {
    const { element, ids } = await withTenThousand();
    const far = ids[7321];
    expect(itemOf(element, far)).to.equal(null);
    // a highlight far below is drawn once the fact-checker scrolls to its words
    const farMark = () => viewOf(element).dom.querySelector(`mark[data-annotation-id="${far}"]`);
    expect(farMark(), 'a highlight far from the screen is not drawn').to.equal(null);
    const paragraph = [...viewOf(element).dom.querySelectorAll('p')].find((p) => p.textContent!.includes('Point 7321 rose'))!;
    paragraph.scrollIntoView({ block: 'center' });
    await waitUntil(() => farMark() !== null, 'the far highlight drawn after scrolling', 3000);
    await clickOn(farMark(), 'the far highlight');
    await waitUntil(() => inView(element, itemOf(element, far)), 'the far item in view', 5000).catch((error) => {
      const side = shadow(element, '.side')!;
      const drawn = items(element).map((li) => li.getAttribute('aria-posinset'));
      throw new Error(`${error.message}: drawn ${drawn[0]}-${drawn.at(-1)}, side ${side.scrollTop}/${side.scrollHeight}, item ${JSON.stringify(itemOf(element, far)?.getBoundingClientRect())}, column ${JSON.stringify(side.getBoundingClientRect())}`);
    });
    const item = itemOf(element, far)!;
    expect(item.classList.contains('active')).to.equal(true);
    expect(item.querySelector('.jump')!.getAttribute('aria-current')).to.equal('true');
    expect(item.getAttribute('aria-posinset')).to.equal('7322');
  });

  it('draws the highlights where the fact-checker reads: after scrolling, after a jump from the list, and all of them to print', async () => {
    window.scrollTo(0, 0); // an earlier test scrolled the page
    const { element, ids } = await withTenThousand();
    const drawnIds = () => new Set(marksOf(element).map((mark) => mark.dataset.annotationId));
    await waitUntil(() => drawnIds().has(ids[0]), 'the first highlights drawn', 3000).catch((error) => {
      const some = [...drawnIds()].slice(0, 3).map((id) => ids.indexOf(id!));
      throw new Error(`${error.message}: ${drawnIds().size} drawn, from ${some}, scrollY ${window.scrollY}, top ${viewOf(element).dom.getBoundingClientRect().top}`);
    });
    expect(drawnIds().size, 'only the highlights around the screen are drawn').to.be.below(count / 4);
    expect(drawnIds().has(ids[count - 1])).to.equal(false);
    // the page scrolled to the end: the last highlights are drawn, the first ones not
    window.scrollTo(0, document.documentElement.scrollHeight);
    await waitUntil(() => drawnIds().has(ids[count - 1]), 'the last highlight drawn after scrolling to the end', 3000);
    expect(drawnIds().has(ids[0])).to.equal(false);
    // the first item's jump button brings the article back to its words, drawn
    const side = shadow(element, '.side')!;
    side.scrollTop = 0;
    await waitUntil(() => itemOf(element, ids[0]) !== null, 'the first item', 3000);
    await clickOn(itemOf(element, ids[0])!.querySelector('.jump'), 'the first item’s jump button');
    await waitUntil(() => drawnIds().has(ids[0]), 'the first highlight drawn after the jump', 3000);
    const first = marksOf(element, ids[0])[0].getBoundingClientRect();
    expect(first.top >= 0 && first.bottom <= window.innerHeight, 'the jumped-to highlight is on screen').to.equal(true);
    // printing draws every highlight, and afterwards the screen's again
    window.dispatchEvent(new Event('beforeprint'));
    expect(marksOf(element).length, 'every highlight drawn for printing').to.equal(count);
    window.dispatchEvent(new Event('afterprint'));
    expect(drawnIds().size).to.be.below(count / 4);
    expect(drawnIds().has(ids[0])).to.equal(true);
  });

  it('filters narrow the list to the kinds, verdict and words asked for', async () => {
    const { element, ids } = await withTenThousand();
    for (const label of ['Claim', 'Quote']) {
      const box = shadowAll(element, 'fieldset.filters label').find((l) => l.textContent!.includes(label))!.querySelector('input')!;
      box.click();
      await element.updateComplete;
    }
    await nextFrame();
    const facts = Math.floor(count / 3);
    expect(items(element).every((li) => li.querySelector('.kind-label')!.textContent === 'Fact')).to.equal(true);
    expect(items(element)[0].getAttribute('aria-setsize')).to.equal(String(facts));
    expect(items(element)[0].dataset.annotationId).to.equal(ids[2]);
    const search = shadow<HTMLInputElement>(element, 'input[type="search"]')!;
    search.value = 'point 9998';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await element.updateComplete;
    await nextFrame();
    expect(items(element).map((li) => li.dataset.annotationId)).to.deep.equal([ids[9998]]);
    expect(shadow(element, 'ol.annotation-list.virtual')).to.equal(null);
  });

  it('typing in the article changes only the item whose words it changed', async () => {
    const { element, ids } = await withTenThousand();
    const view = viewOf(element);
    const first = itemOf(element, ids[0])!;
    const second = itemOf(element, ids[1])!;
    // "Point 1" is the second annotation: type inside it, between "Po" and "int"
    let at = -1;
    view.state.doc.descendants((node, pos) => {
      if (at < 0 && node.isText && node.text!.includes('Point 1 ')) at = pos + node.text!.indexOf('Point 1 ') + 2;
    });
    view.focus();
    view.dispatch(view.state.tr.insertText('XY', at));
    await waitUntil(() => quoteOf(element, ids[1]) === '“PoXYint 1”', 'the typed words in the list', 3000);
    expect(quoteOf(element, ids[0])).to.equal('“Point 0”');
    expect(quoteOf(element, ids[2])).to.equal('“Point 2”');
    // the other items were not drawn again
    expect(itemOf(element, ids[0])).to.equal(first);
    expect(itemOf(element, ids[1])).to.equal(second);
  });

  it('adding and removing annotations through the API updates the list', async () => {
    const { element, ids } = await withTenThousand();
    const start = element.text.indexOf('rose by 0 units');
    const added = element.addAnnotation({ kind: 'fact', start, end: start + 'rose by 0 units'.length });
    await element.updateComplete;
    await waitUntil(() => items(element)[1]?.dataset.annotationId === added.id, 'the new item in second place', 3000);
    expect(shadow(element, '#panel-title')!.textContent).to.equal('Annotations (10001)');
    expect(items(element)[1].getAttribute('aria-setsize')).to.equal('10001');
    element.removeAnnotation(ids[0]);
    await element.updateComplete;
    await waitUntil(() => items(element)[0]?.dataset.annotationId === added.id, 'the first item gone', 3000);
    expect(shadow(element, '#panel-title')!.textContent).to.equal('Annotations (10000)');
    expect(items(element)[0].getAttribute('aria-posinset')).to.equal('1');
  });
});
