/**
 * Theming (issue 5): the documented custom properties and parts reach the
 * shadow DOM from a page stylesheet, the dark theme (by attribute or by the
 * reader's system setting) darkens the element, and the text pairs that
 * readers see keep WCAG AA contrast in both themes.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { ClaimAnnotator, ClaimLibrary } from '../../src/index.ts';
import { createAnnotator, marksOf, nextFrame, removeAnnotators, selectText, shadow, viewOf, waitUntil } from './support.ts';

const text = 'The mayor said rents rose 4% last year.\n\nCritics said the figure was 9%.';

/** An annotator with a claim, a quote and a fact, in `theme`. */
async function themed(theme?: 'light' | 'dark' | 'auto', setup: (element: ClaimAnnotator) => void = () => undefined): Promise<ClaimAnnotator> {
  const element = await createAnnotator({ text, url: 'https://news.example.org/rents', title: 'Rents' }, (el) => {
    el.storage = 'memory';
    if (theme) el.theme = theme;
    setup(el);
  });
  element.addAnnotations([
    { kind: 'claim', exact: 'rents rose 4% last year' },
    { kind: 'quote', exact: 'The mayor said' },
    { kind: 'fact', exact: '9%' },
  ]);
  await element.updateComplete;
  await nextFrame();
  return element;
}

function markOf(element: ClaimAnnotator, kind: string): HTMLElement {
  const mark = marksOf(element).find((m) => m.classList.contains(`cm-kind-${kind}`));
  if (!mark) throw new Error(`No ${kind} highlight`);
  return mark;
}

let pageStyles: HTMLStyleElement[] = [];

/** Adds a stylesheet to the page (outside every shadow root), removed after the test. */
function pageCss(rules: string): void {
  const style = document.createElement('style');
  style.textContent = rules;
  document.head.append(style);
  pageStyles.push(style);
}

/** Any CSS colour (including color-mix results) as sRGB bytes and alpha, read back from a canvas. */
function rgba(colour: string, over?: string): [number, number, number, number] {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  if (over) {
    context.fillStyle = over;
    context.fillRect(0, 0, 1, 1);
  }
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a];
}

/** WCAG relative luminance of an opaque colour. */
function luminance(colour: string): number {
  const [r, g, b] = rgba(colour).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two opaque colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** A background with alpha, flattened onto the opaque colour under it. */
function flatten(colour: string, under: string): string {
  const [r, g, b] = rgba(colour, under);
  return `rgb(${r}, ${g}, ${b})`;
}

const style = (node: Element) => getComputedStyle(node);

describe('theming', () => {
  afterEach(async () => {
    for (const sheet of pageStyles) sheet.remove();
    pageStyles = [];
    removeAnnotators();
    for (const library of document.querySelectorAll('claim-library')) library.remove();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('a page rule for --claim-kind-quote-colour colours the quote highlights', async () => {
    pageCss('claim-annotator { --claim-kind-quote-colour: rgb(1, 2, 3) }');
    const element = await themed();
    expect(style(markOf(element, 'quote')).textDecorationColor).to.equal('rgb(1, 2, 3)');
    expect(style(markOf(element, 'claim')).textDecorationColor, 'other kinds keep theirs').to.equal('rgb(217, 119, 6)');
  });

  it('the page’s kind colour is used as is in the dark theme, and the default one is lightened', async () => {
    pageCss('claim-annotator { --claim-kind-quote-colour: rgb(1, 2, 3) }');
    const element = await themed('dark');
    expect(style(markOf(element, 'quote')).textDecorationColor).to.equal('rgb(1, 2, 3)');
    const claim = style(markOf(element, 'claim')).textDecorationColor;
    expect(luminance(claim), `dark-theme claim colour ${claim}`).to.be.above(luminance('#d97706'));
  });

  it('::part(highlight) and ::part(highlight-quote) in a page stylesheet style the marks', async () => {
    pageCss(`
      claim-annotator::part(highlight) { font-weight: 700; }
      claim-annotator::part(highlight-quote) { background-color: rgb(10, 20, 30); text-decoration-style: wavy; }
    `);
    const element = await themed();
    const quote = style(markOf(element, 'quote'));
    const claim = style(markOf(element, 'claim'));
    expect([quote.backgroundColor, quote.textDecorationStyle, quote.fontWeight]).to.deep.equal(['rgb(10, 20, 30)', 'wavy', '700']);
    expect([claim.backgroundColor === 'rgb(10, 20, 30)', claim.fontWeight]).to.deep.equal([false, '700']);
    expect(markOf(element, 'fact').getAttribute('part')).to.equal('highlight highlight-fact');
  });

  it('::part(panel) and ::part(toolbar) in a page stylesheet apply', async () => {
    pageCss(`
      claim-annotator::part(panel) { background-color: rgb(200, 10, 10); }
      claim-annotator::part(toolbar) { border-top-color: rgb(0, 128, 0); }
    `);
    const element = await themed();
    expect(style(shadow(element, '[part="panel"]')!).backgroundColor).to.equal('rgb(200, 10, 10)');
    await selectText(element, 'Critics');
    await element.updateComplete;
    await waitUntil(() => shadow(element, '[part="toolbar"]') !== null, 'the toolbar');
    expect(style(shadow(element, '[part="toolbar"]')!).borderTopColor).to.equal('rgb(0, 128, 0)');
  });

  it('::part(card) in a page stylesheet applies to the read-only card', async () => {
    pageCss('claim-annotator::part(card) { background-color: rgb(1, 100, 200); }');
    const element = await themed(undefined, (el) => (el.readonly = true));
    markOf(element, 'claim').focus();
    await waitUntil(() => shadow(element, '[part="card"]') !== null, 'the card');
    expect(style(shadow(element, '[part="card"]')!).backgroundColor).to.equal('rgb(1, 100, 200)');
  });

  it('theme="dark" gives the element and its panel a dark background and light text', async () => {
    const element = await themed('dark');
    expect(element.getAttribute('theme')).to.equal('dark');
    const host = style(element);
    const panel = style(shadow(element, '[part="panel"]')!);
    expect(luminance(host.backgroundColor), `background ${host.backgroundColor}`).to.be.below(0.05);
    expect(luminance(host.color), `text ${host.color}`).to.be.above(0.6);
    expect(luminance(panel.backgroundColor), `panel ${panel.backgroundColor}`).to.be.below(0.05);
    expect(luminance(panel.color), `panel text ${panel.color}`).to.be.above(0.6);
    expect(host.colorScheme, 'native controls follow').to.equal('dark');
  });

  it('a page rule on the element wins over the dark theme’s defaults', async () => {
    pageCss('claim-annotator.brand { --claim-surface: rgb(250, 240, 230); --claim-text-colour: rgb(20, 20, 20); }');
    const element = await themed('dark', (el) => el.classList.add('brand'));
    expect([style(element).backgroundColor, style(element).color]).to.deep.equal(['rgb(250, 240, 230)', 'rgb(20, 20, 20)']);
  });

  it('theme="auto" follows the reader’s prefers-color-scheme', async () => {
    const element = await themed('auto');
    await emulateMedia({ colorScheme: 'light' });
    await nextFrame();
    expect(style(element).backgroundColor).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'dark' });
    await nextFrame();
    expect(luminance(style(element).backgroundColor), 'dark system').to.be.below(0.05);
    expect(luminance(style(shadow(element, '[part="panel"]')!).color)).to.be.above(0.6);
    const light = await themed('light');
    expect(style(light).backgroundColor, 'theme="light" ignores the system').to.equal('rgb(255, 255, 255)');
  });

  it('--claim-article-font-family, --claim-font-family and --claim-spacing take effect', async () => {
    const element = await themed();
    const panel = shadow(element, '[part="panel"]')!;
    expect(style(panel).paddingTop, 'default spacing 1rem: panel padding 0.75rem').to.equal('12px');
    pageCss(`claim-annotator {
      --claim-article-font-family: 'Courier New', monospace;
      --claim-font-family: 'Times New Roman', serif;
      --claim-spacing: 2rem;
    }`);
    await nextFrame();
    expect(style(viewOf(element).dom).fontFamily).to.equal('"Courier New", monospace');
    expect(style(panel).fontFamily).to.equal('"Times New Roman", serif');
    expect(style(panel).paddingTop).to.equal('24px');
    expect(style(shadow(element, '.layout')!).columnGap).to.equal('32px');
  });

  it('--claim-highlight-strength and --claim-highlight-thickness restyle the highlights', async () => {
    const element = await themed();
    const claim = markOf(element, 'claim');
    expect(style(claim).textDecorationThickness).to.equal('2px');
    const before = rgba(style(claim).backgroundColor)[3];
    element.style.setProperty('--claim-highlight-strength', '50%');
    element.style.setProperty('--claim-highlight-thickness', '4px');
    expect(style(claim).textDecorationThickness).to.equal('4px');
    expect(rgba(style(claim).backgroundColor)[3], 'a stronger tint').to.be.above(before * 2.5);
  });

  it('<claim-library theme="dark"> is dark with light text', async () => {
    const library = document.createElement('claim-library') as ClaimLibrary;
    library.database = `theming-${crypto.randomUUID()}`;
    library.theme = 'dark';
    document.body.prepend(library);
    await library.refresh();
    await library.updateComplete;
    expect(library.getAttribute('theme')).to.equal('dark');
    const host = style(library);
    expect(luminance(host.backgroundColor), `background ${host.backgroundColor}`).to.be.below(0.05);
    expect(luminance(host.color), `text ${host.color}`).to.be.above(0.6);
    const primary = style(library.shadowRoot!.querySelector('button.primary')!);
    expect(contrast(primary.color, primary.backgroundColor), 'New article button').to.be.at.least(4.5);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`text pairs keep 4.5:1 in the ${theme} theme`, async () => {
      const element = await themed(theme);
      const nested = element.addAnnotation({ kind: 'quote', exact: 'rents' }); // nested inside the claim
      element.selectAnnotation(nested.id);
      await element.updateComplete;
      await nextFrame();
      const surface = style(element).backgroundColor;
      const panelNode = shadow(element, '[part="panel"]')!;
      const panel = style(panelNode).backgroundColor;
      const item = panelNode.querySelector('.annotation')!;
      const itemSurface = style(item).backgroundColor;
      const pairs: [string, string, string][] = [
        ['text', style(element).color, surface],
        ['panel text', style(panelNode).color, panel],
        ['muted text (item meta)', style(item.querySelector('.meta')!).color, itemSurface],
        ['muted text (save state)', style(shadow(element, '.save-state')!).color, surface],
        ['byline link', style(shadow(element, '.byline a')!).color, surface],
        ['delete button', style(item.querySelector('.danger')!).color, itemSurface],
      ];
      // states this test does not put on screen (hover, alerts, review notes), from the colours they are drawn with
      const token = (name: string) => flatten(style(element).getPropertyValue(name).trim(), surface);
      for (const [name, fg, bg] of [
        ['muted text under the pointer', '--claim-muted-colour', '--claim-hover-surface'],
        ['delete button under the pointer', '--claim-danger-colour', '--claim-hover-surface'],
        ['link button on the panel', '--claim-focus-colour', '--claim-panel-surface'],
        ['primary button under the pointer', '--claim-on-focus-colour', '--cm-primary-hover'],
        ['alert text', '--claim-text-colour', '--cm-danger-surface'],
        ['alert danger text', '--claim-danger-colour', '--cm-danger-surface'],
        ['moved-on-import note', '--cm-review-colour', '--claim-surface'],
      ]) {
        pairs.push([name, token(fg), token(bg)]);
      }
      (item.querySelector('.item-actions button') as HTMLButtonElement).click(); // Edit: the form's primary button
      await element.updateComplete;
      const primary = shadow(element, 'form.annotation-form button.primary')!;
      pairs.push(['primary button', style(primary).color, style(primary).backgroundColor]);
      // highlighted text: the tints of every mark around it, flattened onto the surface
      for (const mark of marksOf(element)) {
        let background = surface;
        const chain: HTMLElement[] = [];
        for (let node: HTMLElement | null = mark; node && node.tagName === 'MARK'; node = node.parentElement) chain.unshift(node);
        for (const layer of chain) background = flatten(style(layer).backgroundColor, background);
        pairs.push([`highlight ${mark.className} "${mark.textContent}"`, style(mark).color, background]);
      }
      const failing = pairs
        .map(([name, fg, bg]) => [name, fg, bg, Math.round(contrast(fg, bg) * 100) / 100] as const)
        .filter(([, , , ratio]) => ratio < 4.5)
        .map(([name, fg, bg, ratio]) => `${name}: ${fg} on ${bg} = ${ratio}`);
      expect(failing).to.deep.equal([]);
    });
  }
});
