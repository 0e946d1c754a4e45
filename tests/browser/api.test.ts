/**
 * The element's public API in the browser: bad input throws a named error and
 * changes nothing, offsets count code points, every change fires its event
 * with the right origin, and the element survives being moved.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ClaimAnnotator } from '../../src/index.ts';
import {
  clickOn,
  createAnnotator,
  endUndoGroup,
  focusEditor,
  markedText,
  chooseFromMenu,
  marksOf,
  nextFrame,
  placeCaret,
  pressCombo,
  recordEvents,
  removeAnnotators,
  selectText,
  shadow,
  shadowAll,
  snapshot,
  undoKeys,
  viewOf,
  waitUntil,
} from './support.ts';

const article = 'The mayor said rents rose 4% last year.\n\nCritics said rents rose 9% instead.';
// plain text: "The mayor said rents rose 4% last year.\nCritics said rents rose 9% instead." (75 code points);
// "rents rose" occurs at 15 and at 53.

async function withClaim(): Promise<{ element: ClaimAnnotator; id: string }> {
  const element = await createAnnotator({ text: article, url: 'https://news.example.org/rents', title: 'Rents' });
  const { id } = element.addAnnotation({ kind: 'claim', exact: 'rents rose 4%', attribution: { name: 'Mayor Lee' }, verdict: 'mostly-true' });
  await element.updateComplete;
  return { element, id };
}

/** Runs `change`, which must throw an Error whose message matches `message`, and checks that nothing changed. */
function expectRefused(element: ClaimAnnotator, change: () => unknown, message: RegExp): void {
  const before = { text: element.text, annotations: snapshot(element), marks: marksOf(element).length };
  const events = recordEvents(element);
  let thrown: unknown;
  try {
    change();
  } catch (error) {
    thrown = error;
  }
  events.stop();
  expect(thrown, 'an error').to.be.instanceOf(Error);
  expect((thrown as Error).message).to.match(message);
  expect({ text: element.text, annotations: snapshot(element), marks: marksOf(element).length }).to.deep.equal(before);
  expect(events.summary(), 'events').to.deep.equal([]);
}

describe('the public API', () => {
  afterEach(removeAnnotators);

  describe('bad input throws a named error and changes nothing', () => {
    it('an unknown verdict, named, whether given as an id or a label', async () => {
      const { element } = await withClaim();
      expectRefused(element, () => element.addAnnotation({ kind: 'claim', exact: 'last year', verdict: 'Pants on fire' }), /^Unknown verdict "Pants on fire"; known verdicts: unverified, /);
    });

    it('takes a verdict by its label, in any case', async () => {
      const { element } = await withClaim();
      const added = element.addAnnotation({ kind: 'claim', exact: 'last year', verdict: 'Mostly False' });
      expect(added.verdict).to.equal('mostly-false');
      expect(element.updateAnnotation(added.id, { verdict: 'HALF TRUE' }).verdict).to.equal('mixed');
    });

    it('an unknown kind', async () => {
      const { element } = await withClaim();
      expectRefused(element, () => element.addAnnotation({ kind: 'opinion', exact: 'last year' }), /^Unknown kind "opinion"; known kinds: claim, quote, fact, note$/);
    });

    it('an unknown kind in an update', async () => {
      const { element, id } = await withClaim();
      expectRefused(element, () => element.updateAnnotation(id, { kind: 'opinion' }), /^Unknown kind "opinion"/);
    });

    it('a quote that is not in the article', async () => {
      const { element } = await withClaim();
      expectRefused(element, () => element.addAnnotation({ kind: 'quote', exact: 'rents fell' }), /^The quote "rents fell" is not in the article$/);
    });

    it('an ambiguous quote without context', async () => {
      const { element } = await withClaim();
      expectRefused(
        element,
        () => element.addAnnotation({ kind: 'quote', exact: 'rents rose' }),
        /^The quote "rents rose" occurs 2 times; give a prefix or suffix to choose one$/,
      );
    });

    it('a prefix or suffix chooses one occurrence of an ambiguous quote', async () => {
      const { element } = await withClaim();
      const second = element.addAnnotation({ kind: 'quote', exact: 'rents rose', prefix: 'Critics said ' });
      const first = element.addAnnotation({ kind: 'fact', exact: 'rents rose', suffix: ' 4%' });
      expect([second.start, second.end, second.exact]).to.deep.equal([53, 63, 'rents rose']);
      expect([first.start, first.end, first.exact]).to.deep.equal([15, 25, 'rents rose']);
      expect(markedText(element, second.id)).to.equal('rents rose');
      expect(marksOf(element, second.id)[0].closest('p') === viewOf(element).dom.children[1], 'in the second paragraph').to.equal(true);
    });

    it('a prefix that matches no occurrence', async () => {
      const { element } = await withClaim();
      expectRefused(
        element,
        () => element.addAnnotation({ kind: 'quote', exact: 'rents rose', prefix: 'Landlords said ' }),
        /^The quote "rents rose" is not in the article with that prefix and suffix$/,
      );
    });

    it('a range past the end of the text', async () => {
      const { element } = await withClaim();
      expectRefused(element, () => element.addAnnotation({ kind: 'fact', start: 70, end: 80 }), /^Range 70-80 is out of bounds \(the text has 75 characters\)$/);
    });

    it('a range with a negative start', async () => {
      const { element } = await withClaim();
      expectRefused(element, () => element.addAnnotation({ kind: 'fact', start: -1, end: 3 }), /^Range -1-3 is out of bounds/);
    });

    it('an empty range', async () => {
      const { element } = await withClaim();
      expectRefused(element, () => element.addAnnotation({ kind: 'fact', start: 5, end: 5 }), /^Range 5-5 is empty$/);
    });

    it('an empty range in an update', async () => {
      const { element, id } = await withClaim();
      expectRefused(element, () => element.updateAnnotation(id, { start: 20, end: 20 }), /^Range 20-20 is empty$/);
    });

    it('offsets that do not hold the given exact text', async () => {
      const { element } = await withClaim();
      expectRefused(element, () => element.addAnnotation({ kind: 'fact', start: 0, end: 3, exact: 'the' }), /^The text at 0-3 is "The", not "the"$/);
    });

    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://files.example.org/report.pdf']) {
      it(`a ${url.split(':')[0]}: source URL`, async () => {
        const { element } = await withClaim();
        expectRefused(
          element,
          () => element.addAnnotation({ kind: 'fact', exact: 'last year', sources: [{ url }] }),
          new RegExp(`^source 1 URL ${escapeRegExp(JSON.stringify(url))} is not an http\\(s\\) URL$`),
        );
      });
    }

    it('a non-http source URL in an update', async () => {
      const { element, id } = await withClaim();
      expectRefused(
        element,
        () => element.updateAnnotation(id, { sources: [{ url: 'https://ok.example.org/' }, { url: 'javascript:alert(1)' }] }),
        /^source 2 URL "javascript:alert\(1\)" is not an http\(s\) URL$/,
      );
    });

    it('updateAnnotation of an unknown id', async () => {
      const { element } = await withClaim();
      expectRefused(element, () => element.updateAnnotation('urn:uuid:nope', { note: 'x' }), /^There is no annotation with id urn:uuid:nope$/);
    });

    it('removeAnnotation of an unknown id', async () => {
      const { element } = await withClaim();
      expectRefused(element, () => element.removeAnnotation('urn:uuid:nope'), /^There is no annotation with id urn:uuid:nope$/);
    });

    it('selectAnnotation of an unknown id', async () => {
      const { element } = await withClaim();
      expectRefused(element, () => element.selectAnnotation('urn:uuid:nope'), /^There is no annotation with id urn:uuid:nope$/);
    });

    it('loadArticle with a non-http URL rejects and keeps the current article', async () => {
      const { element } = await withClaim();
      const before = { text: element.text, annotations: snapshot(element), metadata: element.metadata };
      const events = recordEvents(element);
      let rejected: unknown;
      await element.loadArticle({ text: 'Another story.', url: 'javascript:alert(1)' }).catch((error: unknown) => {
        rejected = error;
      });
      expect(rejected).to.be.instanceOf(Error);
      expect((rejected as Error).message).to.equal('The article URL "javascript:alert(1)" is not an http(s) URL');
      expect({ text: element.text, annotations: snapshot(element), metadata: element.metadata }).to.deep.equal(before);
      expect(events.summary()).to.deep.equal([]);
      expect(shadow(element, '.headline')!.textContent).to.equal('Rents');
    });

    it('loadArticle with a bad publication date rejects', async () => {
      const { element } = await withClaim();
      const before = element.text;
      let rejected: unknown;
      await element.loadArticle({ text: 'Another story.', published: 'last Tuesday' }).catch((error: unknown) => {
        rejected = error;
      });
      expect((rejected as Error).message).to.match(/^The publication date "last Tuesday" is not an ISO 8601 date/);
      expect(element.text).to.equal(before);
    });
  });

  describe('offsets count code points', () => {
    const emojiArticle = '🎉 Party: the mayor said rents rose 4%.';
    // "rents rose 4%" starts at UTF-16 offset 25 but code point 24: the emoji is two UTF-16 units.

    it('an annotation found by its quote after an emoji has code point offsets', async () => {
      const element = await createAnnotator({ text: emojiArticle });
      const claim = element.addAnnotation({ kind: 'claim', exact: 'rents rose 4%' });
      expect([claim.start, claim.end]).to.deep.equal([24, 37]);
      expect([...element.text].slice(claim.start, claim.end).join('')).to.equal('rents rose 4%');
      expect(element.text.slice(claim.start, claim.end)).to.not.equal('rents rose 4%');
    });

    it('an annotation given by code point offsets covers exactly those characters', async () => {
      const element = await createAnnotator({ text: emojiArticle });
      const claim = element.addAnnotation({ kind: 'claim', start: 24, end: 29 });
      expect(claim.exact).to.equal('rents');
      expect(markedText(element, claim.id)).to.equal('rents');
      const emoji = element.addAnnotation({ kind: 'fact', start: 0, end: 1 });
      expect(emoji.exact).to.equal('🎉');
      expect(markedText(element, emoji.id)).to.equal('🎉');
    });

    it('a span tagged in the UI after an emoji reports code point offsets', async () => {
      const element = await createAnnotator({ text: emojiArticle });
      await selectText(element, 'rents rose');
      await pressCombo(['Alt', 'Shift'], 'KeyC');
      await element.updateComplete;
      const [claim] = element.annotations;
      expect([claim.start, claim.end, claim.exact]).to.deep.equal([24, 34, 'rents rose']);
      expect([...element.text].slice(claim.start, claim.end).join('')).to.equal(claim.exact);
    });
  });

  describe('events', () => {
    it('addAnnotation fires claim-annotation-add with origin "api" and the annotation', async () => {
      const element = await createAnnotator({ text: article });
      const events = recordEvents(element);
      const added = element.addAnnotation({ kind: 'fact', exact: 'last year' });
      expect(events.summary()).to.deep.equal(['claim-annotation-add:api']);
      expect(events.events[0].annotation).to.deep.equal(added);
      expect(events.events[0].annotation).to.include({ start: 29, end: 38, exact: 'last year', status: 'anchored' });
      expect([events.events[0].bubbles, events.events[0].composed], 'bubbles, composed').to.deep.equal([true, true]);
    });

    it('updateAnnotation fires claim-annotation-update with origin "api" and the new fields', async () => {
      const { element, id } = await withClaim();
      const events = recordEvents(element);
      element.updateAnnotation(id, { verdict: 'false' });
      expect(events.summary()).to.deep.equal(['claim-annotation-update:api']);
      expect(events.events[0].annotation).to.include({ id, verdict: 'false', start: 15, end: 28 });
    });

    it('removeAnnotation fires claim-annotation-remove with origin "api" and what was removed', async () => {
      const { element, id } = await withClaim();
      const [before] = snapshot(element);
      const events = recordEvents(element);
      element.removeAnnotation(id);
      expect(events.summary()).to.deep.equal(['claim-annotation-remove:api']);
      expect(events.events[0].annotation).to.deep.equal(before);
    });

    it('selectAnnotation fires claim-annotation-select with origin "api", and selects the text', async () => {
      const { element, id } = await withClaim();
      const events = recordEvents(element);
      element.selectAnnotation(id);
      expect(events.summary()).to.deep.equal(['claim-annotation-select:api']);
      expect(events.events[0].annotationId).to.equal(id);
      const { from, to } = viewOf(element).state.selection;
      expect(viewOf(element).state.doc.textBetween(from, to)).to.equal('rents rose 4%');
      element.selectAnnotation(null);
      expect(events.summary()).to.deep.equal(['claim-annotation-select:api', 'claim-annotation-select:api']);
      expect(events.events[1].annotationId).to.equal(null);
    });

    it('loadArticle fires claim-article-load with origin "api" and the metadata', async () => {
      const element = await createAnnotator({ text: article });
      const events = recordEvents(element);
      await element.loadArticle({ text: 'A new story.', url: 'https://news.example.org/new', title: 'New' });
      expect(events.summary()).to.deep.equal(['claim-article-load:api']);
      expect((events.events[0] as Event & { metadata?: unknown }).metadata).to.deep.equal({ url: 'https://news.example.org/new', title: 'New' });
      expect(element.text).to.equal('A new story.');
    });

    it('loading from the New article dialog fires claim-article-load with origin "user"', async () => {
      const element = await createAnnotator({ text: article });
      const events = recordEvents(element);
      await chooseFromMenu(element, 'article', 'New article');
      await element.updateComplete;
      await waitUntil(() => (shadow<HTMLDialogElement>(element, 'dialog.article-dialog')?.open ?? false) === true, 'the dialog');
      const textarea = shadow<HTMLTextAreaElement>(element, 'dialog.article-dialog textarea[name="content"]')!;
      textarea.focus();
      await sendKeys({ type: 'Rents fell in March.' });
      await clickOn(shadow(element, 'dialog.article-dialog button[type="submit"]'), 'Open article');
      await element.updateComplete;
      expect(element.text).to.equal('Rents fell in March.');
      expect(events.summary()).to.deep.equal(['claim-article-load:user']);
    });

    it('tagging with the keyboard fires claim-annotation-add and -select with origin "user"', async () => {
      const element = await createAnnotator({ text: article });
      await selectText(element, 'last year');
      const events = recordEvents(element);
      await pressCombo(['Alt', 'Shift'], 'KeyF');
      await element.updateComplete;
      expect(events.summary()).to.deep.equal(['claim-annotation-add:user', 'claim-annotation-select:user']);
      expect(events.events[0].annotation).to.include({ kind: 'fact', exact: 'last year', start: 29, end: 38 });
      expect(events.events[1].annotationId).to.equal(events.events[0].annotation!.id);
    });

    it('typing fires claim-article-edit with origin "user" per edit', async () => {
      const element = await createAnnotator({ text: article });
      await placeCaret(element, 'instead', 7);
      const events = recordEvents(element);
      await sendKeys({ type: '!!' });
      await nextFrame();
      expect(events.summary()).to.deep.equal(['claim-article-edit:user', 'claim-article-edit:user']);
    });

    it('deleting annotated text fires claim-annotation-update (orphaned) with origin "user"', async () => {
      const { element, id } = await withClaim();
      await selectText(element, 'rents rose 4%');
      const events = recordEvents(element);
      await sendKeys({ press: 'Backspace' });
      await nextFrame();
      expect(events.summary()).to.deep.equal(['claim-article-edit:user', 'claim-annotation-update:user']);
      expect(events.events[1].annotation).to.include({ id, status: 'orphaned', exact: 'rents rose 4%' });
    });

    it('Ctrl+Z fires the reverse events with origin "history"', async () => {
      const { element, id } = await withClaim();
      await selectText(element, 'rents rose 4%');
      endUndoGroup(element);
      await sendKeys({ press: 'Backspace' });
      await nextFrame();
      const events = recordEvents(element);
      await undoKeys();
      expect(events.summary()).to.deep.equal(['claim-article-edit:history', 'claim-annotation-update:history']);
      expect(events.events[1].annotation).to.include({ id, status: 'anchored', start: 15, end: 28 });
    });

    it('undoing an API add (el.undo) fires claim-annotation-remove with origin "history"', async () => {
      const { element, id } = await withClaim();
      const events = recordEvents(element);
      expect(element.undo()).to.equal(true);
      expect(events.summary()).to.deep.equal(['claim-annotation-remove:history']);
      expect(events.events[0].annotation!.id).to.equal(id);
      expect(element.annotations).to.deep.equal([]);
      expect(element.redo()).to.equal(true);
      expect(events.summary()).to.deep.equal(['claim-annotation-remove:history', 'claim-annotation-add:history']);
    });

    it('saving the edit form fires claim-annotation-update with origin "user"', async () => {
      const { element, id } = await withClaim();
      const events = recordEvents(element);
      await clickOn(shadow(element, `li[data-annotation-id="${id}"] .item-actions button:not(.danger)`), 'Edit');
      await element.updateComplete;
      const form = shadow<HTMLFormElement>(element, 'form.annotation-form')!;
      form.querySelector<HTMLTextAreaElement>('textarea[name="note"]')!.focus();
      await sendKeys({ type: 'Check the census.' });
      await clickOn(form.querySelector('button[type="submit"]'), 'Save');
      expect(events.summary()).to.deep.equal(['claim-annotation-update:user']);
      expect(events.events[0].annotation).to.include({ id, note: 'Check the census.' });
    });
  });

  describe('moving the element', () => {
    it('keeps edits and annotations when removed and re-appended, with a new view', async () => {
      const { element, id } = await withClaim();
      await placeCaret(element, 'instead', 7);
      await sendKeys({ type: ', critics said' });
      await nextFrame();
      const before = { text: element.text, annotations: snapshot(element) };
      expect(before.text).to.equal('The mayor said rents rose 4% last year.\nCritics said rents rose 9% instead, critics said.');
      const oldView = viewOf(element);
      element.remove();
      expect(element.editorView).to.equal(null);
      const holder = document.createElement('div');
      document.body.append(holder);
      holder.append(element);
      await element.updateComplete;
      await nextFrame();
      const view = viewOf(element);
      expect(view).to.not.equal(oldView);
      expect(shadowAll(element, '.editor-mount .ProseMirror')).to.have.length(1);
      expect({ text: element.text, annotations: snapshot(element) }).to.deep.equal(before);
      expect([...view.dom.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(before.text.split('\n'));
      expect(markedText(element, id)).to.equal('rents rose 4%');
      holder.remove();
    });

    it('after re-appending, the editor takes typing and Ctrl+Z still undoes earlier edits', async () => {
      const { element } = await withClaim();
      await placeCaret(element, 'instead', 7);
      endUndoGroup(element);
      await sendKeys({ type: ' X' });
      await nextFrame();
      element.remove();
      document.body.append(element);
      await element.updateComplete;
      await focusEditor(element);
      await undoKeys();
      expect(element.text).to.equal('The mayor said rents rose 4% last year.\nCritics said rents rose 9% instead.');
      await placeCaret(element, 'Critics');
      await sendKeys({ type: 'Y' });
      await nextFrame();
      expect(element.text).to.equal('The mayor said rents rose 4% last year.\nYCritics said rents rose 9% instead.');
    });

    it('API changes made while the element is out of the page show once it is back', async () => {
      const { element } = await withClaim();
      element.remove();
      const fact = element.addAnnotation({ kind: 'fact', exact: '9%' });
      expect(fact).to.include({ start: 64, end: 66, status: 'anchored' });
      document.body.append(element);
      await element.updateComplete;
      await nextFrame();
      expect(markedText(element, fact.id)).to.equal('9%');
      expect(shadowAll(element, 'ol.annotation-list > li').map((li) => li.dataset.annotationId)).to.deep.equal(element.annotations.map((a) => a.id));
    });
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
