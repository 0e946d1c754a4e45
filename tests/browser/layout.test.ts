/**
 * Layout by the host's width (a container query), and a site's own kind
 * vocabulary in the toolbar, the highlights, the filter and the form.
 */
import { expect } from '@open-wc/testing';
import type { ClaimAnnotator, KindDefinition } from '../../src/index.ts';
import {
  clickOn,
  createAnnotator,
  marksOf,
  nextFrame,
  pressCombo,
  removeAnnotators,
  selectText,
  shadow,
  shadowAll,
  waitUntil,
} from './support.ts';

const article = 'In a statement on Tuesday the mayor said rents rose 4% last year.\n\nTenants disagreed strongly.';

async function atWidth(width: number): Promise<{ element: ClaimAnnotator; article: DOMRect; panel: DOMRect; side: DOMRect; host: DOMRect }> {
  const element = await createAnnotator({ text: article });
  element.style.width = `${width}px`;
  element.addAnnotation({ kind: 'claim', exact: 'rents rose 4%' });
  await element.updateComplete;
  await nextFrame();
  return {
    element,
    article: shadow(element, '[part="article"]')!.getBoundingClientRect(),
    panel: shadow(element, '[part="panel"]')!.getBoundingClientRect(),
    // the panel's column: the status line, then the panel
    side: shadow(element, '.side')!.getBoundingClientRect(),
    host: element.getBoundingClientRect(),
  };
}

const customKinds: Partial<KindDefinition>[] = [
  {
    id: 'statistic',
    label: 'Statistic',
    colour: '#7c3aed',
    underline: 'dashed',
    fields: ['sources', 'note'],
    shortcut: 'Alt-Shift-s',
    description: 'A number to check against its source.',
  },
  { id: 'opinion', label: 'Opinion', colour: '#be185d', fields: ['attribution', 'note'] },
];

/** The kind colour an element is drawn with (the --cm-kind-colour custom property it computes). */
function kindColour(element: Element): string {
  return getComputedStyle(element).getPropertyValue('--cm-kind-colour').trim();
}

async function withCustomKinds(): Promise<ClaimAnnotator> {
  const element = await createAnnotator({ text: article });
  element.kinds = customKinds;
  await element.updateComplete;
  return element;
}

async function formOpen(element: ClaimAnnotator): Promise<HTMLFormElement> {
  await element.updateComplete;
  await waitUntil(() => shadow(element, 'form.annotation-form') !== null, 'the edit form');
  return shadow<HTMLFormElement>(element, 'form.annotation-form')!;
}

describe('layout', () => {
  afterEach(removeAnnotators);

  it('at 1000 px the panel sits to the right of the article', async () => {
    const { article, panel, side, host } = await atWidth(1000);
    expect(host.width).to.equal(1000);
    expect(panel.left, 'panel starts right of the article').to.be.at.least(article.right);
    expect(panel.top, 'panel starts above the article bottom').to.be.below(article.bottom);
    expect(Math.abs(side.top - article.top), 'same grid row').to.be.below(1);
    expect(panel.right).to.be.at.most(host.right + 0.5);
  });

  it('at 600 px the panel sits below the article, as wide as it', async () => {
    const { article, panel, host } = await atWidth(600);
    expect(host.width).to.equal(600);
    expect(panel.top, 'panel starts below the article').to.be.at.least(article.bottom);
    expect(Math.abs(panel.left - article.left)).to.be.below(1);
    expect(Math.abs(panel.width - article.width)).to.be.below(1);
  });

  it('re-flows when the host narrows from 1000 to 600 px', async () => {
    const { element } = await atWidth(1000);
    element.style.width = '600px';
    await nextFrame();
    const article = shadow(element, '[part="article"]')!.getBoundingClientRect();
    const panel = shadow(element, '[part="panel"]')!.getBoundingClientRect();
    expect(panel.top).to.be.at.least(article.bottom);
  });
});

describe('custom kinds', () => {
  afterEach(removeAnnotators);

  it('el.kinds returns the vocabulary with defaults filled in', async () => {
    const element = await withCustomKinds();
    expect(element.kinds.map(({ id, label, colour, underline, fields }) => ({ id, label, colour, underline, fields }))).to.deep.equal([
      { id: 'statistic', label: 'Statistic', colour: '#7c3aed', underline: 'dashed', fields: ['sources', 'note'] },
      { id: 'opinion', label: 'Opinion', colour: '#be185d', underline: 'double', fields: ['attribution', 'note'] },
    ]);
  });

  it('shows the custom kinds in the toolbar with their labels, colours and shortcuts', async () => {
    const element = await withCustomKinds();
    await selectText(element, 'rents rose 4%');
    await element.updateComplete;
    const buttons = shadowAll<HTMLButtonElement>(element, '.selection-toolbar button[data-kind]');
    expect(buttons.map((b) => b.dataset.kind)).to.deep.equal(['statistic', 'opinion']);
    expect(buttons.map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Statistic Alt+Shift+S', 'Opinion']);
    expect(buttons[0].getAttribute('aria-keyshortcuts')).to.equal('Alt+Shift+S');
    expect(buttons[0].title).to.equal('A number to check against its source. (Alt+Shift+S)');
    expect(kindColour(buttons[0])).to.equal('#7c3aed');
    expect(kindColour(buttons[1])).to.equal('#be185d');
  });

  it('lists the custom kinds in the panel filter', async () => {
    const element = await withCustomKinds();
    element.addAnnotation({ kind: 'opinion', exact: 'Tenants disagreed' });
    await element.updateComplete;
    expect(shadowAll(element, 'fieldset.filters label').map((l) => l.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Statistic (0)', 'Opinion (1)']);
  });

  it('tagging as a custom kind draws its colour and opens a form with its fields only', async () => {
    const element = await withCustomKinds();
    await selectText(element, 'rents rose 4%');
    await element.updateComplete;
    await clickOn(shadow(element, '.selection-toolbar button[data-kind="statistic"]'), 'Statistic button');
    const form = await formOpen(element);
    const [annotation] = element.annotations;
    expect(annotation).to.include({ kind: 'statistic', exact: 'rents rose 4%', start: 41, end: 54 });
    const [mark] = marksOf(element, annotation.id);
    expect(mark.classList.contains('cm-kind-statistic')).to.equal(true);
    expect(kindColour(mark)).to.equal('#7c3aed');
    expect(mark.title).to.equal('Statistic');
    expect(form.getAttribute('aria-label')).to.equal('Edit Statistic');
    expect([...form.querySelectorAll<HTMLSelectElement>('select[name="kind"] option')].map((o) => [o.value, o.textContent])).to.deep.equal([
      ['statistic', 'Statistic'],
      ['opinion', 'Opinion'],
    ]);
    const names = [...form.querySelectorAll<HTMLInputElement>('input[name], textarea[name], select[name]')].map((input) => input.name);
    expect(names).to.deep.equal(['kind', 'source.0.url', 'source.0.title', 'source.0.accessed', 'source.0.stance', 'note']);
  });

  it("a custom kind's shortcut tags the selection, and the default shortcuts are gone", async () => {
    const element = await withCustomKinds();
    await selectText(element, 'Tenants disagreed');
    await pressCombo(['Alt', 'Shift'], 'KeyC');
    await element.updateComplete;
    expect(element.annotations).to.deep.equal([]);
    await pressCombo(['Alt', 'Shift'], 'KeyS');
    await element.updateComplete;
    expect(element.annotations.map(({ kind, exact, start, end }) => ({ kind, exact, start, end }))).to.deep.equal([
      { kind: 'statistic', exact: 'Tenants disagreed', start: 66, end: 83 },
    ]);
  });

  it('switching the kind in the form shows the new kind\'s fields, and Save changes the kind', async () => {
    const element = await withCustomKinds();
    await selectText(element, 'Tenants disagreed');
    await pressCombo(['Alt', 'Shift'], 'KeyS');
    let form = await formOpen(element);
    const kind = form.querySelector<HTMLSelectElement>('select[name="kind"]')!;
    kind.value = 'opinion';
    kind.dispatchEvent(new Event('change', { bubbles: true }));
    await element.updateComplete;
    form = shadow<HTMLFormElement>(element, 'form.annotation-form')!;
    expect(form.getAttribute('aria-label')).to.equal('Edit Opinion');
    const names = [...form.querySelectorAll<HTMLInputElement>('input[name], textarea[name], select[name]')].map((input) => input.name);
    // the speaker's fields: name, person or organisation (two radios), role, organisation
    expect(names).to.deep.equal(['kind', 'attribution.name', 'attribution.type', 'attribution.type', 'attribution.role', 'attribution.organization', 'note']);
    form.querySelector<HTMLInputElement>('input[name="attribution.name"]')!.value = 'Tenants union';
    await clickOn(form.querySelector('button[type="submit"]'), 'Save');
    const [annotation] = element.annotations;
    expect(annotation.kind).to.equal('opinion');
    expect(annotation.attribution).to.deep.equal({ name: 'Tenants union' });
    expect(marksOf(element, annotation.id)[0].classList.contains('cm-kind-opinion')).to.equal(true);
  });

  it('rejects a kind vocabulary with a colour that could break out of the style attribute', async () => {
    const element = await createAnnotator({ text: article });
    const before = element.kinds;
    expect(() => {
      element.kinds = [{ id: 'bad', colour: 'red;background:url(https://evil.example/)' }];
    }).to.throw(TypeError, 'Kind "bad" has an invalid colour');
    expect(element.kinds).to.deep.equal(before);
  });

  /** Sets `kinds`, expecting a KindError for `field` of kind `kindId`; returns its message. */
  function refused(element: ClaimAnnotator, kinds: Partial<KindDefinition>[], kindId: string, field: string): string {
    try {
      element.kinds = kinds;
    } catch (error) {
      expect(error).to.be.instanceOf(TypeError);
      expect(error).to.include({ name: 'KindError', kind: kindId, field });
      return (error as Error).message;
    }
    throw new Error('the kinds were taken');
  }

  for (const colour of ['red /*', "red '", 'reddish']) {
    it(`a colour ${JSON.stringify(colour)} changes nothing: every kind keeps its colour, the dark theme its rules`, async () => {
      const element = await withCustomKinds();
      element.theme = 'dark';
      element.addAnnotation({ kind: 'opinion', exact: 'Tenants disagreed' });
      await element.updateComplete;
      const [mark] = marksOf(element);
      const darkOpinion = kindColour(mark);
      expect(darkOpinion, 'the dark theme lightens the kind colour').to.contain('color-mix');
      const message = refused(element, [{ id: 'opinion', colour: '#be185d' }, { id: 'statistic', colour }], 'statistic', 'colour');
      expect(message).to.contain(`Kind "statistic" has an invalid colour ${JSON.stringify(colour)}`);
      await element.updateComplete;
      expect(element.kinds.map((kind) => kind.id)).to.deep.equal(['statistic', 'opinion']);
      expect(kindColour(marksOf(element)[0])).to.equal(darkOpinion);
      element.theme = 'light';
      await element.updateComplete;
      expect(kindColour(marksOf(element)[0])).to.equal('#be185d');
    });
  }

  it('a shortcut no keymap takes changes nothing, and the old shortcuts still tag', async () => {
    const element = await withCustomKinds();
    const message = refused(element, [{ id: 'rumour', colour: '#0f766e', shortcut: 'Hyper-x' }], 'rumour', 'shortcut');
    expect(message).to.contain('Kind "rumour" has an invalid shortcut "Hyper-x"');
    await element.updateComplete;
    expect(element.kinds.map((kind) => kind.id)).to.deep.equal(['statistic', 'opinion']);
    await selectText(element, 'Tenants disagreed');
    await element.updateComplete;
    expect(shadowAll<HTMLButtonElement>(element, '.selection-toolbar button[data-kind]').map((b) => b.dataset.kind)).to.deep.equal(['statistic', 'opinion']);
    await pressCombo(['Alt', 'Shift'], 'KeyS');
    await element.updateComplete;
    expect(element.annotations.map((a) => a.kind)).to.deep.equal(['statistic']);
  });
});
