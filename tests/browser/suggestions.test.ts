/** The Suggest action: proposals shown, then accepted, edited or dismissed by the fact-checker. */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ClaimAnnotator } from '../../src/index.ts';
import { suggestAnnotations } from '../../src/model/index.ts';
import { suggestWorkerThreshold } from '../../src/elements/claim-annotator/suggestions/suggestions.ts';
import { axeViolations } from './axe.ts';
import { activeInShadow, clickOn, createAnnotator, nextFrame, removeAnnotators, selectText, shadow, shadowAll, undoKeys, viewOf, waitUntil } from './support.ts';

const story = [
  'Harbour fees to rise',
  '“We cannot keep the harbour open on goodwill alone,” said Mara Quint, the port director.',
  'The council’s finance chief, Olu Brandt, warned that reserves would run out by 2027.',
  'Fees rose by 12% in 2024, the highest increase in the region.',
].join('\n\n');

const items = (element: ClaimAnnotator) => shadowAll(element, 'li[data-suggestion-id]');
const dashed = (element: ClaimAnnotator) => shadowAll(element, 'span.cm-suggestion');
const item = (element: ClaimAnnotator, kind: string) => shadow(element, `li.suggestion.cm-kind-${kind}`);
const button = (root: Element | null, label: string) =>
  [...(root?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find((b) => b.textContent!.trim().startsWith(label)) ?? null;

describe('suggestions', () => {
  afterEach(removeAnnotators);

  it('proposes a quote with its speaker, an attributed claim and a fact, and tags nothing by itself', async () => {
    const element = await createAnnotator({ text: story });
    const found = await element.suggest();
    await element.updateComplete;
    const byKind = Object.fromEntries(found.map((s) => [s.kind, s]));
    expect(byKind.quote?.exact).to.equal('We cannot keep the harbour open on goodwill alone');
    expect(byKind.quote?.attribution?.name).to.equal('Mara Quint');
    expect(byKind.claim?.exact).to.equal('reserves would run out by 2027');
    expect(byKind.claim?.attribution?.name).to.equal('Olu Brandt');
    expect(byKind.fact?.exact).to.contain('Fees rose by 12% in 2024');
    expect(element.text.slice(byKind.quote.start, byKind.quote.end)).to.equal(byKind.quote.exact);
    expect(element.annotations).to.deep.equal([]);
    expect(items(element).length).to.equal(found.length);
    expect(dashed(element).map((span) => span.textContent).join('|')).to.contain('We cannot keep the harbour open on goodwill alone');
    expect(await axeViolations(element)).to.deep.equal([]);
  });

  it('accepting fills kind and speaker, takes the suggestion away and keeps focus in the list', async () => {
    const element = await createAnnotator({ text: story });
    await element.suggest();
    await element.updateComplete;
    await clickOn(button(item(element, 'quote'), 'Accept'), 'Accept');
    await element.updateComplete;
    const [quote] = element.annotations;
    expect(quote).to.include({ kind: 'quote', exact: 'We cannot keep the harbour open on goodwill alone', quoteStyle: 'direct' });
    expect(quote.attribution?.name).to.equal('Mara Quint');
    expect(item(element, 'quote') === null).to.equal(true);
    await nextFrame();
    expect(activeInShadow(element)?.closest('li')?.classList.contains('suggestion')).to.equal(true);
    // suggesting again does not propose what is now tagged
    const again = await element.suggest();
    expect(again.some((s) => s.kind === 'quote' && s.start === quote.start)).to.equal(false);
  });

  it('an accepted claim or fact is the record tagging the same words makes: Unverified, made by the fact-checker (issue 12)', async () => {
    const asChecker = (element: ClaimAnnotator) => {
      element.storage = 'memory';
      element.creator = { name: 'Ana Checker' };
    };
    const tagged = await createAnnotator({ text: story }, asChecker);
    for (const words of ['reserves would run out by 2027', 'Fees rose by 12% in 2024, the highest increase in the region']) {
      await selectText(tagged, words);
      await tagged.updateComplete;
      await clickOn(shadow(tagged, `.selection-toolbar button[data-kind="${words.startsWith('Fees') ? 'fact' : 'claim'}"]`), 'the kind button');
    }
    const accepted = await createAnnotator({ text: story }, asChecker);
    await clickOn(button(shadow(accepted, '.actions'), 'Suggest'), 'Suggest');
    await waitUntil(() => items(accepted).length > 0, 'the suggestions');
    await clickOn(button(item(accepted, 'claim'), 'Accept'), 'Accept the claim');
    await clickOn(button(item(accepted, 'fact'), 'Accept'), 'Accept the fact');
    await accepted.updateComplete;
    // what a person sets by hand or the suggestion fills in (the speaker) aside, the records are alike
    const made = (element: ClaimAnnotator) =>
      element.annotations.map(({ id: _id, created: _created, modified: _modified, start: _start, end: _end, exact: _exact, attribution: _attribution, ...rest }) => rest);
    expect(made(accepted)).to.deep.equal(made(tagged));
    expect(accepted.annotations.map((a) => [a.kind, a.verdict, a.creator?.name])).to.deep.equal([
      ['claim', 'unverified', 'Ana Checker'],
      ['fact', 'unverified', 'Ana Checker'],
    ]);
    expect(accepted.annotations[0].attribution?.name).to.equal('Olu Brandt');
  });

  it('does not propose again, as another kind, a sentence the fact-checker tagged (issue 12)', async () => {
    const element = await createAnnotator({ text: story });
    await selectText(element, 'Fees rose by 12% in 2024, the highest increase in the region.');
    await element.updateComplete;
    await clickOn(shadow(element, '.selection-toolbar button[data-kind="claim"]'), 'the claim button');
    expect(element.annotations.map((a) => a.kind)).to.deep.equal(['claim']);
    await clickOn(button(shadow(element, '.actions'), 'Suggest'), 'Suggest');
    await waitUntil(() => items(element).length > 0, 'the suggestions');
    expect(item(element, 'fact') === null, 'no fact on the tagged sentence').to.equal(true);
    expect(dashed(element).some((span) => span.textContent!.includes('Fees rose')), 'no dashed highlight on it').to.equal(false);
    // the rest of the article is still proposed: accepting its claim leaves the quote of another sentence
    expect(items(element).length).to.equal(2);
    await clickOn(button(item(element, 'claim'), 'Accept'), 'Accept the claim');
    await clickOn(button(shadow(element, '.suggestions'), 'Close'), 'Close');
    await clickOn(button(shadow(element, '.actions'), 'Suggest'), 'Suggest again');
    await waitUntil(() => items(element).length > 0, 'the suggestions again');
    expect(items(element).map((li) => li.classList.contains('cm-kind-quote'))).to.deep.equal([true]);
  });

  it('accept and edit opens the new annotation’s form; dismiss only removes the suggestion', async () => {
    const element = await createAnnotator({ text: story });
    await element.suggest();
    await element.updateComplete;
    await clickOn(button(item(element, 'fact'), 'Dismiss'), 'Dismiss');
    await element.updateComplete;
    expect(item(element, 'fact') === null).to.equal(true);
    expect(element.annotations.length).to.equal(0);
    await clickOn(button(item(element, 'claim'), 'Accept and edit'), 'Accept and edit');
    await waitUntil(() => shadow(element, 'form.annotation-form') !== null, 'the form');
    const name = shadow<HTMLInputElement>(element, 'form.annotation-form input[name="attribution.name"]')!;
    expect(name.value).to.equal('Olu Brandt');
  });

  it('says in the status line when suggesting fails, and loses nothing', async () => {
    const element = await createAnnotator({ text: story });
    element.addAnnotation({ kind: 'fact', exact: 'Fees rose by 12% in 2024' });
    const unhandled: unknown[] = [];
    const record = (event: PromiseRejectionEvent) => {
      unhandled.push(event.reason);
      event.preventDefault();
    };
    window.addEventListener('unhandledrejection', record);
    // as when the chunk cannot load (a file missing on the server) or the suggester throws
    element.suggest = () => Promise.reject(new Error('the suggestions file could not load'));
    try {
      await clickOn(button(shadow(element, '.actions'), 'Suggest'), 'Suggest');
      await waitUntil(() => (shadow(element, '.status')?.textContent ?? '').includes('could not load'), 'the message');
      expect(shadow(element, '.status')!.textContent).to.contain('Could not make suggestions: the suggestions file could not load.');
      expect(element.annotations.length).to.equal(1);
      expect(unhandled).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', record);
    }
  });

  it('says when there is nothing to suggest, and when none are left', async () => {
    const element = await createAnnotator({ text: 'A quiet day\n\nThe harbour was calm and the boats stayed in.' });
    expect(await element.suggest()).to.deep.equal([]);
    await element.updateComplete;
    expect(shadow(element, '.suggestions .help')!.textContent).to.contain('Nothing to suggest');
    await element.loadArticle({ text: '“We sail at dawn,” said Ana Bell.' });
    await element.suggest();
    await element.updateComplete;
    await clickOn(button(item(element, 'quote'), 'Dismiss'), 'Dismiss');
    await element.updateComplete;
    expect(shadow(element, '.suggestions .help')!.textContent).to.contain('No suggestions left');
  });

  it('accepts or dismisses all of a kind, as one undo step', async () => {
    const text = ['“One,” said Ana Bell.', '“Two,” said Ben Coe.', '“Three,” said Cy Dunn.'].join('\n\n');
    const element = await createAnnotator({ text });
    const found = await element.suggest();
    await element.updateComplete;
    expect(found.filter((s) => s.kind === 'quote').length).to.equal(3);
    await clickOn(button(shadow(element, '.suggestion-group.cm-kind-quote'), 'Accept all 3'), 'Accept all');
    await element.updateComplete;
    expect(element.annotations.map((a) => a.attribution?.name)).to.deep.equal(['Ana Bell', 'Ben Coe', 'Cy Dunn']);
    viewOf(element).focus();
    await undoKeys();
    expect(element.annotations.length).to.equal(0);
  });

  it('follows edits made while suggestions are shown', async () => {
    const element = await createAnnotator({ text: story });
    await element.suggest();
    const view = viewOf(element);
    view.dispatch(view.state.tr.insertText('BREAKING: ', 1));
    await element.updateComplete;
    await clickOn(button(item(element, 'quote'), 'Accept'), 'Accept');
    expect(element.annotations[0].exact).to.equal('We cannot keep the harbour open on goodwill alone');
  });

  it('in the reader view returns suggestions without showing them, and leaving edit mode takes them away', async () => {
    const element = await createAnnotator({ text: story });
    await element.suggest();
    await element.updateComplete;
    expect(dashed(element).length).to.be.greaterThan(0);
    element.readonly = true;
    await element.updateComplete;
    expect(dashed(element).length, 'no dashed highlight in the reader view').to.equal(0);
    const found = await element.suggest();
    await element.updateComplete;
    expect(found.some((s) => s.kind === 'quote')).to.equal(true);
    expect(dashed(element).length).to.equal(0);
    expect(element.annotations).to.deep.equal([]);
  });

  it('reads a long article in a Web Worker, and suggests there what it would here', async () => {
    const body = story.split('\n\n').slice(1).join('\n\n');
    const long = ['Harbour fees to rise', ...Array.from({ length: 240 }, () => body)].join('\n\n');
    expect(long.length).to.be.greaterThan(suggestWorkerThreshold);
    const element = await createAnnotator({ text: long });
    const found = await element.suggest();
    const fetched = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(fetched.some((name) => name.includes('suggest-worker')), 'the worker ran').to.equal(true);
    const here = suggestAnnotations(element.text);
    expect(found.length).to.be.greaterThan(500);
    expect(found.map((s) => [s.kind, s.start, s.end, s.attribution?.name])).to.deep.equal(here.map((s) => [s.kind, s.start, s.end, s.attribution?.name]));
    expect(dashed(element).length).to.be.greaterThan(500);
  });

  it('works from the keyboard: Suggest, then Accept, and a click on a dashed highlight finds its item', async () => {
    const element = await createAnnotator({ text: story });
    button(shadow(element, '.actions'), 'Suggest')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => items(element).length > 0, 'the suggestions');
    item(element, 'quote')!.querySelector<HTMLElement>('.jump')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(activeInShadow(element)?.textContent?.trim()).to.equal('Accept');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => element.annotations.length === 1, 'the accepted quote');
    await clickOn(dashed(element).find((span) => span.closest('p')?.textContent?.includes('reserves'))!, 'a dashed claim');
    await waitUntil(() => activeInShadow(element)?.closest('li')?.classList.contains('cm-kind-claim') === true, 'the claim’s item focused');
  });
});
