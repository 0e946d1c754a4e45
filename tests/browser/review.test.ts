/**
 * Issue 13 through the UI: the fact-checker sets a claim's status, assignee and
 * a verdict in the edit form with real clicks and keys; the list shows the
 * status, "My work" keeps what is theirs, the history says who changed what;
 * after a reload it is all stored; and Download .csv gives the report.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ClaimAnnotator } from '../../src/index.ts';
import { chooseFromMenu, clickOn, listItem, nextFrame, openEditForm, removeAnnotators, selectText, shadow, shadowAll, waitUntil } from './support.ts';
import { freshDatabase, storedEditor } from './storage-support.ts';

const text = 'The council said the tram will open in 2027. Fares rose 12% last year. Rents fell.';
const article = { text, url: 'https://news.example/tram', title: 'Tram' };

const listedIds = (element: ClaimAnnotator) => shadowAll(element, 'ol.annotation-list > li.annotation').map((li) => li.dataset.annotationId);

describe('review status, people and history', () => {
  afterEach(() => removeAnnotators());

  it('sets a status and an assignee through the form, filters My work, keeps them across a reload and reports them as CSV', async () => {
    const database = freshDatabase();
    const asAna = (element: ClaimAnnotator) => (element.creator = { name: 'Ana Ruiz' });
    const element = await storedEditor(database, article, asAna);
    const claim = element.addAnnotation({ kind: 'claim', exact: 'the tram will open in 2027', verdict: 'unverified' });
    const fact = element.addAnnotation({ kind: 'fact', exact: 'Fares rose 12% last year', reviewer: { name: 'Ana Ruiz' } });
    const other = element.addAnnotation({ kind: 'claim', exact: 'Rents fell', assignee: { name: 'Bob Lee' } });
    await element.updateComplete;

    const form = await openEditForm(element, claim.id);
    const status = form.querySelector<HTMLSelectElement>('select[name="reviewStatus"]')!;
    expect([...status.options].map((option) => option.textContent)).to.deep.equal(['Not set', 'To check', 'In progress', 'In review', 'Approved', 'Published']);
    status.focus();
    // Not set → To check → In progress → In review
    for (let n = 0; n < 3; n++) await sendKeys({ press: 'ArrowDown' });
    expect(status.value).to.equal('in-review');
    await clickOn(form.querySelector('input[name="assignee"]'), 'the assignee field');
    await sendKeys({ type: 'Ana Ruiz' });
    const verdict = form.querySelector<HTMLSelectElement>('select[name="verdict"]')!;
    verdict.focus();
    await sendKeys({ press: 'ArrowDown' }); // Unverified → True
    await clickOn(form.querySelector('button[type="submit"]'), 'Save');
    await element.updateComplete;

    const saved = element.annotations.find((a) => a.id === claim.id)!;
    expect(saved).to.deep.include({ reviewStatus: 'in-review', assignee: { name: 'Ana Ruiz' }, verdict: 'true' });
    expect(saved.history!.map(({ field, from, to, who }) => ({ field, from, to, who }))).to.deep.equal([
      { field: 'verdict', from: 'unverified', to: 'true', who: { type: 'Person', name: 'Ana Ruiz' } },
      { field: 'reviewStatus', from: undefined, to: 'in-review', who: { type: 'Person', name: 'Ana Ruiz' } },
    ]);
    expect(listItem(element, claim.id).querySelector('.review-status')!.textContent).to.equal('In review');

    // the form shows the history
    const again = await openEditForm(element, claim.id);
    await clickOn(again.querySelector('details.history summary'), 'the history');
    expect([...again.querySelectorAll('details.history li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim().replace(/^\S+ \S+ /, ''))).to.deep.equal([
      'Ana Ruiz: Status — → In review',
      'Ana Ruiz: Verdict Unverified → True',
    ]);
    // Escape closes the form, as Cancel does
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(listItem(element, claim.id).querySelector('form')).to.equal(null);

    // My work: assigned to Ana or awaiting her review
    expect(listedIds(element)).to.deep.equal([claim.id, fact.id, other.id]);
    await clickOn(shadow(element, 'input[name="my-work"]'), 'My work');
    await element.updateComplete;
    expect(listedIds(element)).to.deep.equal([claim.id, fact.id]);
    await clickOn(shadow(element, 'input[name="my-work"]'), 'My work');
    // the status and people filters are folded away until opened
    expect(shadow<HTMLDetailsElement>(element, 'details.review-filters')!.open).to.equal(false);
    await clickOn(shadow(element, 'details.review-filters summary'), 'Status and people');
    // the folded fields come with the on-demand chunk when first unfolded
    await waitUntil(() => shadow(element, 'select[name="status-filter"]') !== null, 'the status filter');
    const statusFilter = shadow<HTMLSelectElement>(element, 'select[name="status-filter"]')!;
    statusFilter.focus();
    for (let n = 0; n < 3; n++) await sendKeys({ press: 'ArrowDown' }); // Any status → To check → In progress → In review
    await element.updateComplete;
    expect(listedIds(element)).to.deep.equal([claim.id]);
    await clickOn(shadow(element, 'input[name="reviewer-filter"]'), 'the reviewer filter');
    await sendKeys({ type: 'nobody' });
    await element.updateComplete;
    expect(listedIds(element)).to.deep.equal([]);

    await element.save();
    const id = element.documentId!;
    element.remove();
    const reloaded = await storedEditor(database, {}, (it) => {
      asAna(it);
      it.documentId = id;
    });
    await reloaded.ready;
    const back = reloaded.annotations.find((a) => a.id === claim.id)!;
    expect(back).to.deep.include({ reviewStatus: 'in-review', assignee: { name: 'Ana Ruiz' }, verdict: 'true' });
    expect(back.history).to.deep.equal(saved.history);
    expect(reloaded.annotations.find((a) => a.id === fact.id)!.reviewer).to.deep.equal({ name: 'Ana Ruiz' });
    await reloaded.updateComplete;
    expect(listItem(reloaded, claim.id).querySelector('.review-status')!.textContent).to.equal('In review');

    // Download .csv
    const clicked: { name: string; href: string }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ name: this.download, href: this.href });
    };
    try {
      await chooseFromMenu(reloaded, 'export', 'Download .csv');
      await waitUntil(() => clicked.length > 0, 'the CSV download');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicked[0].name).to.match(/^tram-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = new Uint8Array(await (await fetch(clicked[0].href)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).to.equal('Article,Headline,URL,Kind,Quote,Speaker,Verdict,Status,Assigned to,Reviewer,Sources,Created by,Created,Modified by,Modified');
    expect(lines[1]).to.contain(',Claim,the tram will open in 2027,,True,In review,Ana Ruiz,,,Ana Ruiz,');
    expect(lines).to.have.length(5); // a heading, three rows, and the empty string after the last CRLF
    await nextFrame();
  });

  it('takes a site status scale whole, by property or attribute, and refuses a bad one with a clear error', async () => {
    const element = await storedEditor(freshDatabase(), article);
    element.statusScale = [{ id: 'draft', label: 'Draft' }, { id: 'done', label: 'Done' }];
    expect(element.statusScale).to.deep.equal([{ id: 'draft', label: 'Draft' }, { id: 'done', label: 'Done' }]);
    expect(() => (element.statusScale = [{ id: 'draft', label: '' }])).to.throw(TypeError, /Status 0/);
    expect(element.statusScale.map((status) => status.id)).to.deep.equal(['draft', 'done']);
    element.setAttribute('status-scale', '[{"id":"new","label":"New"}]');
    await element.updateComplete;
    expect(element.statusScale).to.deep.equal([{ id: 'new', label: 'New' }]);
    // a status from elsewhere stays as given, offered beside the scale
    const claim = element.addAnnotation({ kind: 'claim', exact: 'Rents fell', reviewStatus: 'awaiting legal' });
    await element.updateComplete;
    const form = await openEditForm(element, claim.id);
    expect([...form.querySelector<HTMLSelectElement>('select[name="reviewStatus"]')!.options].map((option) => option.value)).to.deep.equal(['', 'new', 'awaiting legal']);
    expect(listItem(element, claim.id).querySelector('.review-status')!.textContent).to.equal('awaiting legal');
  });

  it('starts a claim tagged here at the first step of the status scale, the site\'s when it gave one', async () => {
    const element = await storedEditor(freshDatabase(), article);
    await selectText(element, 'the tram will open in 2027');
    await clickOn(shadow(element, '.selection-toolbar button[data-kind="claim"]'), 'Tag as claim');
    await element.updateComplete;
    expect(element.annotations[0]).to.deep.include({ kind: 'claim', reviewStatus: 'to-check', verdict: 'unverified' });
    element.statusScale = [{ id: 'draft', label: 'Draft' }, { id: 'done', label: 'Done' }];
    await selectText(element, 'Rents fell');
    await clickOn(shadow(element, '.selection-toolbar button[data-kind="fact"]'), 'Tag as fact');
    await element.updateComplete;
    expect(element.annotations.find((a) => a.exact === 'Rents fell')!.reviewStatus).to.equal('draft');
  });

  it('groups the list by status in the scale\'s order, and by assignee, with a heading and a count for each group', async () => {
    const element = await storedEditor(freshDatabase(), article);
    element.addAnnotation({ kind: 'claim', exact: 'the tram will open in 2027', reviewStatus: 'in-review', assignee: { name: 'Bob Lee' } });
    element.addAnnotation({ kind: 'fact', exact: 'Fares rose 12% last year', reviewStatus: 'to-check', assignee: { name: 'Ana Ruiz' } });
    element.addAnnotation({ kind: 'claim', exact: 'Rents fell' });
    await element.updateComplete;
    await clickOn(shadow(element, 'details.review-filters summary'), 'Status and people');
    await waitUntil(() => shadow(element, 'select[name="group-by"]') !== null, 'the grouping');
    const groupBy = shadow<HTMLSelectElement>(element, 'select[name="group-by"]')!;
    groupBy.focus();
    await sendKeys({ press: 'ArrowDown' }); // No grouping → Status
    await element.updateComplete;
    const headings = () => shadowAll(element, 'ol.annotation-list h3.group-heading').map((h) => h.textContent);
    const quotes = () => shadowAll(element, 'ol.annotation-list li.annotation .quote').map((q) => q.textContent!.replace(/[“”"]/g, ''));
    expect(headings()).to.deep.equal(['To check (1)', 'In review (1)', 'No status (1)']);
    expect(quotes()).to.deep.equal(['Fares rose 12% last year', 'the tram will open in 2027', 'Rents fell']);
    await sendKeys({ press: 'ArrowDown' }); // Assigned to
    await element.updateComplete;
    expect(headings()).to.deep.equal(['Ana Ruiz (1)', 'Bob Lee (1)', 'Nobody (1)']);
  });
});

