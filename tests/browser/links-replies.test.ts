/**
 * Issue 13's links and discussion through the UI, with real clicks and keys:
 * a claim is linked to the fact that refutes it from the edit form (the list of
 * the article's annotations narrowed by a search, chosen by keyboard), the list
 * says "Evidence: 1 refuting", the fact's form shows the link from its end;
 * a reply is posted, edited and deleted by its author, while a colleague's
 * reply offers neither; deleting the fact deletes the link and Undo brings it
 * back; and after a reload the links and replies are stored as they were.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ClaimAnnotator } from '../../src/index.ts';
import { clickOn, createAnnotator, listItem, openEditForm, removeAnnotators, shadow, waitUntil } from './support.ts';
import { freshDatabase, storedEditor } from './storage-support.ts';

const text = 'The mayor said rents fell 10% last year. The housing office reports that rents rose 4% in 2025. Bus fares stayed flat.';
const article = { text, url: 'https://news.example/rents', title: 'Rents' };

/** Opens annotation `id`'s form and gives its links and discussion, the form of their own under it. */
async function openDiscussion(element: ClaimAnnotator, id: string): Promise<HTMLFormElement> {
  await openEditForm(element, id, 'form.annotation-discussion fieldset.links');
  return listItem(element, id).querySelector<HTMLFormElement>('form.annotation-discussion')!;
}

const words = (node: Element | null | undefined) => node?.textContent!.replace(/\s+/g, ' ').trim() ?? '';

describe('links between annotations and replies', () => {
  afterEach(() => removeAnnotators());

  it('links a claim to its evidence, discusses it, and keeps both across a reload', async () => {
    const database = freshDatabase();
    const asAna = (element: ClaimAnnotator) => (element.creator = { name: 'Ana Ruiz' });
    const element = await storedEditor(database, article, asAna);
    const claim = element.addAnnotation({ kind: 'claim', exact: 'rents fell 10% last year', attribution: { name: 'The mayor' } });
    const fact = element.addAnnotation({ kind: 'fact', exact: 'rents rose 4% in 2025' });
    const other = element.addAnnotation({ kind: 'claim', exact: 'Bus fares stayed flat' });
    await element.updateComplete;

    const form = await openDiscussion(element, claim.id);
    expect(words(form.querySelector('fieldset.links .hint'))).to.contain('No links yet');
    // the type: Is supported by → Is refuted by, by keyboard
    const type = form.querySelector<HTMLSelectElement>('select[name="link-type"]')!;
    type.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(type.value).to.equal('refuted-by');
    // the search narrows the article's other annotations to the fact
    await clickOn(form.querySelector('input[name="link-search"]'), 'Find an annotation');
    await sendKeys({ type: 'rose 4' });
    await element.updateComplete;
    const to = form.querySelector<HTMLSelectElement>('select[name="link-to"]')!;
    expect([...to.options].map((option) => option.value)).to.deep.equal([fact.id]);
    expect(to.options[0].textContent).to.equal('Fact: “rents rose 4% in 2025”');
    await clickOn([...form.querySelectorAll('button')].find((button) => button.textContent === 'Add link') ?? null, 'Add link');
    await element.updateComplete;
    const linked = element.annotations.find((a) => a.id === claim.id)!;
    expect(linked.links).to.have.length(1);
    expect(linked.links![0]).to.deep.include({ type: 'refuted-by', to: fact.id, creator: { type: 'Person', name: 'Ana Ruiz' } });
    expect(linked.modified).to.equal(claim.modified);
    expect(words(form.querySelector('.link-list li'))).to.match(/^is refuted by Fact: “rents rose 4% in 2025” Go to Remove link$/);
    expect(words(listItem(element, claim.id).querySelector('.relations'))).to.equal('Evidence: 1 refuting');
    // selecting the claim marks the fact it links to in the text, and nothing else; selecting the fact marks the claim
    const mark = (id: string) => shadow(element, `.ProseMirror mark[data-annotation-id="${id}"]`)!;
    const outline = (id: string) => getComputedStyle(mark(id)).outlineStyle;
    element.selectAnnotation(claim.id);
    await waitUntil(() => outline(fact.id) === 'dashed', 'the linked fact marked');
    expect(outline(other.id)).to.equal('none');
    element.selectAnnotation(fact.id);
    await waitUntil(() => outline(claim.id) === 'dashed', 'the linking claim marked');
    element.selectAnnotation(null);
    await waitUntil(() => outline(claim.id) === 'none' && outline(fact.id) === 'none', 'no marks once nothing is selected');

    // a reply, typed and posted with Ctrl+Enter; then edited by its author
    await clickOn(form.querySelector('textarea[name="reply-text"]'), 'Reply');
    await sendKeys({ type: 'The housing office figure is the official one.' });
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Control' });
    await element.updateComplete;
    expect(form.querySelector<HTMLTextAreaElement>('textarea[name="reply-text"]')!.value).to.equal('');
    let replies = element.annotations.find((a) => a.id === claim.id)!.replies!;
    expect(replies.map((reply) => [reply.text, reply.creator?.name])).to.deep.equal([['The housing office figure is the official one.', 'Ana Ruiz']]);
    expect(words(listItem(element, claim.id).querySelector('.relations'))).to.equal('Evidence: 1 refuting · 1 reply');
    await clickOn([...form.querySelectorAll('.reply button')].find((button) => button.textContent === 'Edit') ?? null, 'Edit the reply');
    await element.updateComplete;
    const editing = form.querySelector<HTMLTextAreaElement>('.reply.editing textarea')!;
    editing.focus();
    editing.select();
    await sendKeys({ type: 'The housing office figure is official.' });
    await clickOn(form.querySelector('.reply.editing button.primary'), 'Save reply');
    await element.updateComplete;
    replies = element.annotations.find((a) => a.id === claim.id)!.replies!;
    expect(replies[0].text).to.equal('The housing office figure is official.');
    expect(replies[0].modified).to.be.a('string');
    expect(words(form.querySelector('.reply .reply-head'))).to.match(/^Ana Ruiz · .+ · edited$/);

    // Bob, in another tool, replied too: his reply offers no Edit or Delete to Ana
    element.creator = { name: 'Bob Lee' };
    await element.addReply(claim.id, 'Agreed.');
    element.creator = { name: 'Ana Ruiz' };
    await element.updateComplete;
    const bob = form.querySelectorAll('.reply')[1];
    expect(words(bob.querySelector('.reply-text'))).to.equal('Agreed.');
    expect(bob.querySelector('.reply-actions')).to.equal(null);
    expect(form.querySelectorAll('.reply')[0].querySelector('.reply-actions')).not.to.equal(null);
    // a reply posted before the checker gave a name is "You" to them (dated to the minute), "Someone" once they have one
    element.creator = null;
    await element.addReply(claim.id, 'Noted.');
    await element.updateComplete;
    const head = () => words(form.querySelectorAll('.reply')[2].querySelector('.reply-head'));
    expect(head()).to.match(/^You · .*\d{4}/);
    expect(head()).not.to.match(/\d:\d\d:\d\d/);
    element.creator = { name: 'Ana Ruiz' };
    await element.updateComplete;
    expect(head()).to.match(/^Someone · /);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;

    // the fact's form shows the link from its end
    const factForm = await openDiscussion(element, fact.id);
    expect(words(factForm.querySelector('.link-list li.incoming'))).to.match(/^refutes Claim: “rents fell 10% last year” Go to$/);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;

    // deleting the fact deletes the link; Undo brings both back
    await clickOn(listItem(element, fact.id).querySelector('.item-actions button.danger'), 'Delete');
    await element.updateComplete;
    expect(element.annotations.find((a) => a.id === claim.id)!.links).to.equal(undefined);
    expect(listItem(element, claim.id).querySelector('.relations')!.textContent).to.equal('3 replies');
    expect(element.undo()).to.equal(true);
    await element.updateComplete;
    expect(element.annotations.find((a) => a.id === claim.id)!.links![0].to).to.equal(fact.id);

    // stored, and back after a reload
    await element.save();
    const id = element.documentId!;
    const before = element.annotations.find((a) => a.id === claim.id)!;
    element.remove();
    const reloaded = await storedEditor(database, {}, (it) => {
      asAna(it);
      it.documentId = id;
    });
    await reloaded.ready;
    const back = reloaded.annotations.find((a) => a.id === claim.id)!;
    expect(back.links).to.deep.equal(before.links);
    expect(back.replies).to.deep.equal(before.replies);
    expect(reloaded.annotations.find((a) => a.id === other.id)!.links).to.equal(undefined);
    await reloaded.updateComplete;
    expect(words(listItem(reloaded, claim.id).querySelector('.relations'))).to.equal('Evidence: 1 refuting · 3 replies');

    // the export carries them as annotations of their own
    const items = (reloaded.exportJsonLd() as { first: { items: { motivation: string; target: unknown }[] } }).first.items;
    expect(items.filter((entry) => entry.motivation === 'linking').map((entry) => entry.target)).to.deep.equal([claim.id]);
    expect(items.filter((entry) => entry.motivation === 'replying')).to.have.length(3);
  });

  it('refuses a bad link through the API with a clear error, and takes a site\'s link types', async () => {
    const element = await storedEditor(freshDatabase(), article);
    const claim = element.addAnnotation({ kind: 'claim', exact: 'rents fell 10% last year' });
    const refusal = async (made: Promise<unknown>) => made.then(() => 'made', (error: Error) => `${error.name}: ${error.message}`);
    expect(await refusal(element.linkAnnotations(claim.id, claim.id, 'repeats'))).to.match(/^AnnotationError: .*another annotation/);
    expect(await refusal(element.linkAnnotations(claim.id, 'urn:x:other', 'agrees'))).to.match(/Unknown link type "agrees"/);
    expect(await refusal(element.addReply(claim.id, ' '))).to.match(/not empty/);
    expect(await refusal(element.addReply('urn:x:nobody', 'Hm.'))).to.match(/no annotation/);
    element.linkTypes = [{ id: 'cites', label: 'cites', inverse: 'is cited by', evidence: 'supports' }];
    expect(() => (element.linkTypes = [{ id: 'Bad Id', label: 'x', inverse: 'y' }])).to.throw(TypeError);
    // a link to an annotation in another article is kept
    const link = await element.linkAnnotations(claim.id, 'urn:uuid:0f0f0f0f-0000-4000-8000-000000000001', 'cites');
    await element.updateComplete;
    expect(words(listItem(element, claim.id).querySelector('.relations'))).to.equal('Evidence: 1 supporting');
    await element.unlinkAnnotations(claim.id, link.id);
    expect(element.annotations[0].links).to.equal(undefined);
  });

  it('shows a reader the evidence a claim is linked to, quoted, with its sources\' links', async () => {
    const element = await createAnnotator(article);
    const claim = element.addAnnotation({ kind: 'claim', exact: 'rents fell 10% last year', verdict: 'false' });
    const fact = element.addAnnotation({ kind: 'fact', exact: 'rents rose 4% in 2025', sources: [{ url: 'https://housing.example/report', title: 'Housing report' }] });
    await element.linkAnnotations(claim.id, fact.id, 'refuted-by');
    await element.linkAnnotations(claim.id, 'urn:uuid:0f0f0f0f-0000-4000-8000-000000000002', 'repeats');
    element.readonly = true;
    await element.updateComplete;
    shadow<HTMLElement>(element, `mark[data-annotation-id="${claim.id}"]`)!.focus();
    await waitUntil(() => shadow(element, '.annotation-card .card-linked') !== null, 'the card with its links');
    const linked = shadow(element, '.annotation-card .card-linked')!;
    // the link to an annotation in another article is not drawn for a reader
    expect([...linked.querySelectorAll('li')].map(words)).to.deep.equal(['is refuted by rents rose 4% in 2025 Housing report']);
    expect([...linked.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://housing.example/report']);
  });

  it('links a claim to one that repeats it in another stored article, found by searching the library', async () => {
    const database = freshDatabase();
    const first = await storedEditor(database, { text: 'Last spring the mayor said rents fell 10% in a year.', title: 'Spring interview' });
    const earlier = first.addAnnotation({ kind: 'claim', exact: 'rents fell 10% in a year' });
    await first.save();
    const firstId = first.documentId!;
    first.remove();
    const element = await storedEditor(database, article);
    const claim = element.addAnnotation({ kind: 'claim', exact: 'rents fell 10% last year' });
    await element.save();
    await element.updateComplete;
    const form = await openDiscussion(element, claim.id);
    const type = form.querySelector<HTMLSelectElement>('select[name="link-type"]')!;
    type.focus();
    for (let n = 0; n < 4; n++) await sendKeys({ press: 'ArrowDown' }); // … → repeats
    expect(type.value).to.equal('repeats');
    await clickOn(form.querySelector('input[name="link-search"]'), 'Find an annotation');
    await sendKeys({ type: 'rents fell' });
    await clickOn([...form.querySelectorAll('button')].find((button) => button.textContent === 'Search the other articles too') ?? null, 'Search the other articles too');
    await waitUntil(() => form.querySelector('optgroup[label="In other articles"] option') !== null, 'the library\'s hits');
    const to = form.querySelector<HTMLSelectElement>('select[name="link-to"]')!;
    const hit = form.querySelector<HTMLOptionElement>('optgroup[label="In other articles"] option')!;
    expect(hit.textContent).to.equal('Spring interview: Claim “rents fell 10% in a year”');
    to.value = hit.value;
    to.focus();
    await clickOn([...form.querySelectorAll('button')].find((button) => button.textContent === 'Add link') ?? null, 'Add link');
    await element.updateComplete;
    expect(element.annotations[0].links![0]).to.deep.include({ type: 'repeats', to: earlier.id, toArticle: firstId });
    await waitUntil(() => words(form.querySelector('.link-list li')).startsWith('repeats an annotation in “Spring interview”'), 'the link named by its article');
  });

  it('links to an annotation picked in the text with the mouse', async () => {
    const element = await storedEditor(freshDatabase(), article);
    const claim = element.addAnnotation({ kind: 'claim', exact: 'rents fell 10% last year' });
    const fact = element.addAnnotation({ kind: 'fact', exact: 'rents rose 4% in 2025' });
    await element.updateComplete;
    const form = await openDiscussion(element, claim.id);
    const type = form.querySelector<HTMLSelectElement>('select[name="link-type"]')!;
    type.focus();
    await sendKeys({ press: 'ArrowDown' }); // refuted by
    const pick = [...form.querySelectorAll('button')].find((button) => button.textContent === 'Pick in the text') ?? null;
    await clickOn(pick, 'Pick in the text');
    await element.updateComplete;
    expect(pick!.getAttribute('aria-pressed')).to.equal('true');
    expect(words(form.querySelector('.add-link [role="status"]'))).to.equal('Click the annotation to link to in the text.');
    await clickOn(shadow(element, `.ProseMirror mark[data-annotation-id="${fact.id}"]`), 'the fact in the text');
    await waitUntil(() => element.annotations.find((a) => a.id === claim.id)!.links?.length === 1, 'the link');
    expect(element.annotations.find((a) => a.id === claim.id)!.links![0]).to.deep.include({ type: 'refuted-by', to: fact.id });
    await element.updateComplete;
    expect(pick!.getAttribute('aria-pressed')).to.equal('false');
  });
});

