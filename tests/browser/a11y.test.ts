/**
 * axe-core on every state a fact-checker or a reader meets: zero violations of
 * WCAG 2.2 A/AA and axe's best practices, in the light and the dark theme.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendMouse } from '@web/test-runner-commands';
import type { ClaimAnnotator } from '../../src/index.ts';
import '../../src/define.ts';
import { axeViolations } from './axe.ts';
import { createAnnotator, nextFrame, removeAnnotators, selectText, shadow, shadowAll, viewOf, waitUntil } from './support.ts';

const story =
  'Rents in Vellmoor rose 4% last year, the mayor said on Monday.\n\n“We have built more homes than any council in the region,” said Mayor Dana Lee.\n\nThe opposition said the figure was closer to 9%.';

/** The element inside a page `<main>`, as a site embeds it. */
async function embedded(theme: 'light' | 'dark', article = story): Promise<ClaimAnnotator> {
  const element = await createAnnotator({}, (el) => {
    el.storage = 'memory';
    el.theme = theme;
  });
  const main = document.createElement('main');
  document.body.append(main);
  main.append(element);
  await element.updateComplete;
  if (article) await element.loadArticle({ text: article, title: 'Rents in Vellmoor', url: 'https://news.example.org/rents' });
  return element;
}

function annotate(element: ClaimAnnotator) {
  element.addAnnotation({
    kind: 'claim',
    exact: 'rose 4% last year',
    attribution: { name: 'Dana Lee', role: 'Mayor' },
    verdict: 'false',
    claim: 'Rents rose by 4% in 2025.',
    sources: [{ url: 'https://stats.example.org/rents', title: 'Rent index', stance: 'refutes' }],
  });
  element.addAnnotation({ kind: 'quote', exact: 'We have built more homes than any council in the region', attribution: { name: 'Dana Lee' } });
  const fact = element.addAnnotation({ kind: 'fact', exact: 'closer to 9%', verdict: 'true' });
  element.selectAnnotation(fact.id);
}

async function expectNoViolations(element: ClaimAnnotator, state: string) {
  await element.updateComplete;
  await nextFrame(50);
  const violations = await axeViolations(element);
  expect(violations, `${state}:\n${violations.join('\n')}`).to.deep.equal([]);
}

describe('the accessibility check itself', () => {
  afterEach(removeAnnotators);

  it('sees inside the shadow root, so a broken state would fail', async () => {
    const element = await createAnnotator({ text: story });
    const unnamed = document.createElement('button');
    const lowContrast = document.createElement('p');
    lowContrast.textContent = 'Pale text';
    lowContrast.style.cssText = 'color: #ddd; background: #fff';
    shadow(element, '.side, aside, .panel')!.append(unnamed, lowContrast);
    const violations = await axeViolations(element);
    expect(violations.some((line) => line.startsWith('button-name:'))).to.equal(true);
    expect(violations.some((line) => line.startsWith('color-contrast:'))).to.equal(true);
  });
});

for (const theme of ['light', 'dark'] as const) {
  describe(`accessibility of every state (${theme} theme)`, () => {
    afterEach(() => {
      removeAnnotators();
      document.querySelectorAll('main').forEach((main) => main.remove());
    });

    it('with no article', async () => {
      await expectNoViolations(await embedded(theme, ''), 'empty');
    });

    it('with an article and no annotations', async () => {
      await expectNoViolations(await embedded(theme), 'no annotations');
    });

    it('annotated, with one selected', async () => {
      const element = await embedded(theme);
      annotate(element);
      await expectNoViolations(element, 'annotated');
    });

    it('with the tagging toolbar and then the form open', async () => {
      const element = await embedded(theme);
      annotate(element);
      await selectText(element, 'the mayor said');
      await waitUntil(() => shadow(element, '.selection-toolbar') !== null, 'the toolbar');
      await expectNoViolations(element, 'toolbar');
      shadow(element, '.selection-toolbar button[data-kind="quote"]')!.click();
      await waitUntil(() => shadow(element, 'form.annotation-form') !== null, 'the form');
      await expectNoViolations(element, 'form open');
    });

    it('with a detached annotation listed', async () => {
      const element = await embedded(theme);
      annotate(element);
      const view = viewOf(element);
      const at = element.text.indexOf('The opposition');
      const from = view.state.doc.content.size - (element.text.length - at) - 1;
      view.dispatch(view.state.tr.delete(from, view.state.doc.content.size - 1));
      await waitUntil(() => shadowAll(element, 'li.orphan').length === 1, 'the detached annotation');
      await expectNoViolations(element, 'orphan listed');
    });

    it('with a storage error shown', async () => {
      const element = await createAnnotator({}, (el) => {
        el.database = `a11y-${Math.random()}`;
        el.idbFactory = null;
        el.theme = theme;
      });
      await element.loadArticle({ text: story });
      await waitUntil(() => shadow(element, '[role="alert"]') !== null, 'the alert');
      await expectNoViolations(element, 'error shown');
    });

    it('with the actions bar stuck over the scrolled article, and each of its menus open', async () => {
      const element = await embedded(theme, [story, ...Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1} of what the council published.`)].join('\n\n'));
      annotate(element);
      await element.updateComplete;
      window.scrollTo(0, 1500);
      await nextFrame();
      await expectNoViolations(element, 'actions bar stuck');
      for (const menu of ['article', 'export']) {
        shadow<HTMLButtonElement>(element, `[data-menu="${menu}"] > button`)!.click();
        await waitUntil(() => shadow(element, `#${menu}-menu:not([hidden])`) !== null, `the ${menu} menu`);
        await expectNoViolations(element, `${menu} menu open`);
        shadow<HTMLButtonElement>(element, `[data-menu="${menu}"] > button`)!.click();
      }
      window.scrollTo(0, 0);
    });

    it('with every verdict of the scale on a badge', async () => {
      const element = await embedded(theme);
      const words = ['Rents', 'Vellmoor', 'rose', 'last', 'year', 'mayor', 'Monday', 'opposition'];
      element.verdicts.forEach((verdict, i) => element.addAnnotation({ kind: 'claim', exact: words[i], verdict: verdict.id }));
      await expectNoViolations(element, 'every verdict');
    });

    it('with the article dialog open', async () => {
      const element = await embedded(theme);
      element.openArticleDialog();
      await waitUntil(() => shadow(element, 'dialog[open]') !== null, 'the dialog');
      await expectNoViolations(element, 'article dialog');
    });

    it('read-only, with a card open', async () => {
      const element = await embedded(theme);
      annotate(element);
      element.readonly = true;
      await element.updateComplete;
      await expectNoViolations(element, 'read-only');
      // a reader on the keyboard: the pointer (left over the article by the toolbar's test) is off it, or its leaving would hide the card
      await sendMouse({ type: 'move', position: [0, 0] });
      shadowAll<HTMLElement>(element, 'mark.cm-annotation')[0].focus();
      await waitUntil(() => shadow(element, '.annotation-card') !== null, 'the card');
      await expectNoViolations(element, 'read-only card open');
    });

    it('read-only, with a file that cannot be fetched', async () => {
      const element = await createAnnotator({}, (el) => {
        el.storage = 'memory';
        el.readonly = true;
        el.theme = theme;
        el.articleSrc = '/no/such/article.html';
      });
      await waitUntil(() => shadow(element, '[role="alert"]') !== null, 'the message');
      await expectNoViolations(element, 'fetch failed');
    });
  });
}

describe('what a screen reader hears of highlights', () => {
  afterEach(removeAnnotators);

  const accessibleText = () => executeServerCommand<string, undefined>('accessible-text');

  it('says where each highlight starts and ends, and its kind, in the editor and the reader view', async () => {
    const element = await createAnnotator({ text: 'Rents rose 4% last year, the mayor said.\n\nCritics disagreed.' });
    element.addAnnotation({ kind: 'claim', exact: 'rose 4% last year' });
    element.addAnnotation({ kind: 'quote', exact: 'Critics disagreed' });
    await element.updateComplete;
    const editing = await accessibleText();
    expect(editing).to.contain('Rents [Claim start] rose 4% last year [Claim end], the mayor said.');
    expect(editing).to.contain('[Quote start] Critics disagreed [Quote end].');
    // the words are not article text: copying and the element's text stay clean
    expect(element.text).to.equal('Rents rose 4% last year, the mayor said.\nCritics disagreed.');

    element.readonly = true;
    await element.updateComplete;
    expect(viewOf(element).dom.getAttribute('role')).to.equal('article');
    expect(await accessibleText()).to.contain('Rents [Claim start] rose 4% last year [Claim end], the mayor said.');
  });

  it('announces once for an annotation that spans paragraphs, and in the page’s language', async () => {
    document.documentElement.lang = 'fr';
    try {
      const element = await createAnnotator({ text: 'Le maire a parlé.\n\nLes loyers ont augmenté.' });
      element.addAnnotation({ kind: 'fact', exact: 'a parlé.\nLes loyers' });
      await element.updateComplete;
      await waitUntil(async () => (await accessibleText()).includes('[début fait]'), 'French words');
      const heard = await accessibleText();
      expect(heard).to.contain('Le maire [début fait] a parlé.');
      expect(heard).to.contain('Les loyers [fin fait] ont augmenté.');
      expect(heard.split('[début fait]').length - 1).to.equal(1);
      // nothing of it is on screen
      const mark = shadowAll(element, 'mark[data-cm-start]')[0];
      expect(mark.getBoundingClientRect().width).to.be.lessThan(120);
      expect(getComputedStyle(mark, '::before').width).to.equal('auto');
    } finally {
      document.documentElement.lang = 'en';
    }
  });
});
