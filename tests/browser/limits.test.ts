/**
 * The text limit (persistence/limits.ts) where an article comes in: loadArticle
 * refuses a longer text or HTML before parsing it and changes nothing, and the
 * article dialog says so in the element's words, in English and French.
 */
import { expect } from '@open-wc/testing';
import { ArticleError, type ClaimAnnotator, maxArticleCharacters } from '../../src/index.ts';
import * as fr from '../../src/elements/shared/strings/fr.ts';
import { createAnnotator, nextFrame, removeAnnotators, shadow } from './support.ts';

const overLimit = () => `${'The council met. '.repeat(Math.ceil(maxArticleCharacters / 17))}x`;

async function newArticleDialog(element: ClaimAnnotator): Promise<HTMLDialogElement> {
  element.openArticleDialog('new');
  await element.updateComplete;
  await nextFrame();
  return shadow<HTMLDialogElement>(element, 'dialog.article-dialog')!;
}

describe('the article text limit', () => {
  afterEach(removeAnnotators);

  it('loadArticle refuses text over the limit with an ArticleError and keeps the article shown', async () => {
    const element = await createAnnotator({ text: 'The mayor said rents rose 4%.' });
    element.addAnnotation({ kind: 'claim', exact: 'rents rose 4%' });
    let error: unknown = null;
    const started = performance.now();
    await element.loadArticle({ text: overLimit() }).catch((caught: unknown) => (error = caught));
    expect(error).to.be.instanceOf(ArticleError);
    expect((error as Error).message).to.equal(`text is over the ${maxArticleCharacters} characters the editor opens`);
    expect(performance.now() - started).to.be.below(1000);
    expect(element.text).to.equal('The mayor said rents rose 4%.');
    expect(element.annotations).to.have.length(1);
    await element.ready;
  });

  it('loadArticle refuses HTML whose text is over the limit', async () => {
    const element = await createAnnotator({ text: 'Kept.' });
    const error = await element.loadArticle({ html: `<p>${overLimit()}</p>` }).then(() => null, (caught: unknown) => caught as Error);
    expect(error?.message).to.equal(`its text is over the ${maxArticleCharacters} characters the editor opens`);
    expect(element.text).to.equal('Kept.');
  });

  it('the article dialog says the limit, and opens nothing', async () => {
    const element = await createAnnotator({ text: 'Kept.' });
    const dialog = await newArticleDialog(element);
    dialog.querySelector<HTMLTextAreaElement>('textarea[name="content"]')!.value = overLimit();
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await element.updateComplete;
    expect(dialog.querySelector('.error')?.textContent).to.equal(
      'This article has more than 10 MB of text, more than the editor opens in reasonable time; open a shorter one.',
    );
    expect(dialog.open).to.equal(true);
    expect(element.text).to.equal('Kept.');
  });

  it('the article dialog says it in French', async () => {
    const element = await createAnnotator({ text: 'Gardé.' }, (el) => {
      el.storage = 'memory';
      el.lang = 'fr';
    });
    await element.updateComplete;
    const dialog = await newArticleDialog(element);
    dialog.querySelector<HTMLTextAreaElement>('textarea[name="content"]')!.value = overLimit();
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await element.updateComplete;
    expect(dialog.querySelector('.error')?.textContent).to.equal(fr.claim.articleTooLong!(10));
  });
});
