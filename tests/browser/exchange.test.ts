/**
 * JSON-LD exchange through the element: export, import into a fresh or edited
 * article, the report, review marks, untrusted files, and the UI actions.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ClaimAnnotator } from '../../src/index.ts';
import { claimReviewScript } from '../../src/elements/claim-annotator/exchange/claim-review-copy.ts';
import { chooseFromMenu, clickOn, createAnnotator, nextFrame, removeAnnotators, shadow, shadowAll, viewOf, waitUntil } from './support.ts';

const article = [
  '🎉 The council said the tram will cost €48.5 million and open in 2029.',
  'Critics said the eastern line was a blank cheque.',
  'The mayor said the eastern line would carry 11,000 people a day.',
].join('\n\n');

async function annotated(): Promise<ClaimAnnotator> {
  const element = await createAnnotator({ text: article, url: 'https://news.example.org/tram', title: 'Tram', published: '2026-03-12' } as never);
  element.addAnnotation({ kind: 'claim', exact: 'will cost €48.5 million', attribution: { name: 'The council' }, verdict: 'mostly-true', claim: 'The tram costs €48.5m.' });
  element.addAnnotation({ kind: 'quote', exact: 'the eastern line was a blank cheque', attribution: { name: 'Critics' }, quoteStyle: 'indirect' });
  element.addAnnotation({ kind: 'fact', exact: '11,000 people a day', sources: [{ url: 'https://stats.example.org/ridership', stance: 'refutes' }], note: '<b>check</b> the 2025 figure' });
  return element;
}

/** el.text between code point offsets (the article starts with an emoji). */
const slice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

const comparable = (element: ClaimAnnotator) => element.annotations.map(({ created: _c, ...rest }) => rest);

describe('JSON-LD export and import', () => {
  afterEach(removeAnnotators);

  it('exports an AnnotationCollection with positions in code points', async () => {
    const element = await annotated();
    const exported = element.exportJsonLd() as { '@context': unknown; type: string; total: number; first: { items: { target: { source: string; selector: { type: string; start?: number; exact?: string }[] } }[] } };
    expect(exported['@context']).to.equal('http://www.w3.org/ns/anno.jsonld');
    expect(exported.type).to.equal('AnnotationCollection');
    expect(exported.total).to.equal(3);
    const [first] = exported.first.items;
    expect(first.target.source).to.equal('https://news.example.org/tram');
    const position = first.target.selector.find((s) => s.type === 'TextPositionSelector')!;
    // the emoji counts as one: "🎉 The council said the tram " is 28 code points
    expect(position.start).to.equal(element.annotations[0].start);
    expect(slice(element.text, 0, 28)).to.equal('🎉 The council said the tram ');
    expect(position.start).to.equal(28);
  });

  it('brings an export back into a fresh editor unchanged', async () => {
    const source = await annotated();
    const file = JSON.stringify(source.exportJsonLd());
    const target = await createAnnotator({ text: article, url: 'https://news.example.org/tram' });
    const report = await target.importJsonLd(file);
    expect(report).to.include({ added: 3, updated: 0, unchanged: 0 });
    expect(report.moved).to.deep.equal([]);
    expect(report.orphaned).to.deep.equal([]);
    expect(report.rejected).to.deep.equal([]);
    // each keeps the version the file gave it, the baseline of the next import's merge
    expect(target.annotations.map(({ fromFile: _f, ...rest }) => rest)).to.deep.equal(source.annotations);
    expect(target.annotations.every((a) => a.fromFile?.modified === a.modified)).to.equal(true);
    // importing the same file again changes nothing
    const again = await target.importJsonLd(file);
    expect(again).to.include({ added: 0, updated: 0, unchanged: 3 });
    expect(target.annotations).to.have.length(3);
  });

  it('re-anchors into an edited copy: moved ones are marked for review, lost ones are orphans', async () => {
    const source = await annotated();
    const file = source.exportJsonLd();
    const edited = [
      'Update, Thursday: the vote was 31 to 18.',
      '🎉 The council said the tram will cost €49.5 million and open in 2029.',
      'The mayor said the eastern line would carry 11,000 people a day.',
    ].join('\n\n');
    const target = await createAnnotator({ text: edited });
    const [claim, quote, fact] = source.annotations;
    const report = await target.importJsonLd(file);
    expect(report.moved).to.deep.equal([claim.id]);
    // what the panel shows for "changed: check": the file's quote and the words it now sits on
    expect(report.reviews).to.deep.equal([{ id: claim.id, reason: 'changed', fileQuote: claim.exact, placedText: 'will cost €49.5 million' }]);
    expect(report.orphaned).to.deep.equal([quote.id]);
    const placed = new Map(target.annotations.map((a) => [a.id, a]));
    expect(placed.get(claim.id)).to.include({ exact: 'will cost €49.5 million', status: 'anchored' });
    expect(placed.get(quote.id)).to.include({ exact: 'the eastern line was a blank cheque', status: 'orphaned' });
    expect(slice(target.text, placed.get(fact.id)!.start, placed.get(fact.id)!.end)).to.equal('11,000 people a day');
    await target.updateComplete;
    expect(shadowAll(target, `mark.cm-annotation-review[data-annotation-id="${claim.id}"]`).length).to.be.greaterThan(0);
    const note = shadow(target, `li[data-annotation-id="${claim.id}"] .review-note button`)!;
    expect(note.textContent).to.equal('Looks right');
    // the panel says what happened, with the file's words beside the article's
    const check = shadow(target, `li[data-annotation-id="${claim.id}"] .review-note`)!;
    expect(check.querySelector('p')!.textContent).to.equal('Its words changed since the file: check');
    expect([...check.querySelectorAll('.old-new dt, .old-new dd')].map((el) => el.textContent)).to.deep.equal(['In the file', `“${claim.exact}”`, 'Here', '“will cost €49.5 million”']);
    // the quote's words are not in this copy: detached, and said so (not "deleted": it was never placed here)
    expect(shadow(target, `li.orphan[data-annotation-id="${quote.id}"] .orphan-reason`)!.textContent).to.equal('Not found in this article');
    note.click();
    await target.updateComplete;
    expect(shadowAll(target, 'mark.cm-annotation-review')).to.have.length(0);
    expect(shadow(target, '.review-note')).to.equal(null);
  });

  it('keeps the marks of annotations to check, and their confirmations, across reloads', async () => {
    const database = `review-marks-${crypto.randomUUID()}`;
    const stored = async () => createAnnotator({}, (element) => (element.database = database));
    const source = await annotated();
    const first = await stored();
    await first.loadArticle({ text: article.replace('€48.5', '€49.5').replace('11,000', '12,000'), title: 'Tram' });
    const report = await first.importJsonLd(source.exportJsonLd());
    expect(report.moved).to.have.length(2);
    await first.save();
    const id = first.documentId!;
    const reopen = async () => {
      const element = await stored();
      element.documentId = id;
      await element.ready;
      await element.updateComplete;
      return element;
    };
    const second = await reopen();
    const marked = () => shadowAll(second, 'mark.cm-annotation-review').map((mark) => mark.dataset.annotationId);
    expect(new Set(marked())).to.deep.equal(new Set(report.moved));
    const [confirmed, waiting] = report.moved;
    shadow<HTMLButtonElement>(second, `li[data-annotation-id="${confirmed}"] .review-note button`)!.click();
    await second.updateComplete;
    await second.save();
    const third = await reopen();
    expect(shadowAll(third, 'mark.cm-annotation-review').map((mark) => mark.dataset.annotationId)).to.include(waiting).and.not.include(confirmed);
    expect(shadow(third, `li[data-annotation-id="${confirmed}"] .review-note`)).to.equal(null);
    expect(third.annotations.find((a) => a.id === waiting)!.placementCheck).to.deep.include({ reason: 'changed', placedText: '12,000 people a day' });
  });

  it('undoes an import in one step', async () => {
    const source = await annotated();
    const target = await createAnnotator({ text: article });
    await target.importJsonLd(source.exportJsonLd());
    expect(target.annotations).to.have.length(3);
    expect(target.undo()).to.equal(true);
    expect(target.annotations).to.have.length(0);
  });

  it('rejects an unusable file with a clear message and changes nothing', async () => {
    const element = await annotated();
    const before = comparable(element);
    for (const [input, message] of [
      ['{"type": "AnnotationCollection", ', /JSON/],
      ['', /JSON|empty/i],
      ['"just a string"', /annotation/i],
      ['[1, 2, 3]', /annotation|item/i],
    ] as const) {
      let error: Error | null = null;
      try {
        const report = await element.importJsonLd(input);
        if (report.added + report.updated === 0 && report.rejected.length) error = new Error(report.rejected.map((r) => r.reason).join('; '));
      } catch (caught) {
        error = caught as Error;
      }
      expect(error, `an error for ${input}`).to.not.equal(null);
      expect(error!.message).to.match(message);
      expect(comparable(element)).to.deep.equal(before);
    }
  });

  it('treats a file as untrusted: no prototype pollution, no script links, HTML kept as text', async () => {
    const element = await createAnnotator({ text: article });
    const file = `{
      "@context": "http://www.w3.org/ns/anno.jsonld",
      "type": "Annotation",
      "__proto__": { "polluted": true },
      "motivation": "tagging",
      "body": [
        { "type": "TextualBody", "purpose": "tagging", "value": "claim" },
        { "type": "TextualBody", "purpose": "commenting", "value": "<img src=x onerror=\\"window.pwned=1\\">" },
        { "type": "SpecificResource", "purpose": "linking", "source": "javascript:alert(1)" }
      ],
      "target": { "source": "https://news.example.org/tram", "selector": { "type": "TextQuoteSelector", "exact": "blank cheque" } }
    }`;
    const report = await element.importJsonLd(file);
    expect(report.added).to.equal(1);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    const [annotation] = element.annotations;
    expect(annotation.note).to.equal('<img src=x onerror="window.pwned=1">');
    expect(annotation.sources ?? []).to.deep.equal([]);
    expect(report.notes.join(' ')).to.match(/javascript|link|source/i);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('runs the import worker: it reads, places and merges a file, and sends the annotations in parts', async () => {
    const worker = new Worker(new URL('../../src/elements/claim-annotator/workers/anchor-worker.ts', import.meta.url), { type: 'module' });
    const { defaultKinds, defaultVerdicts } = await import('../../src/model/index.ts');
    const words = Array.from({ length: 2500 }, (_, i) => `w${i}`);
    const items = words.map((word, i) => ({ id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, type: 'Annotation', body: { type: 'TextualBody', purpose: 'tagging', value: 'fact' }, target: { selector: { type: 'TextQuoteSelector', exact: word, prefix: i ? ' ' : '', suffix: ' ' } } }));
    const messages: { part?: { list: string; items: unknown[] }; result?: { add: { start: number; end: number }[]; merge: { added: string[] } } }[] = [];
    await new Promise<void>((resolve, reject) => {
      worker.onmessage = (event) => {
        messages.push(event.data);
        if (event.data.result || event.data.error) resolve();
      };
      worker.onerror = () => reject(new Error('the worker failed to start'));
      worker.postMessage({ task: 'prepare', input: { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', items }, vocabulary: { kinds: defaultKinds, verdicts: defaultVerdicts }, options: {}, text: `${words.join(' ')} `, existing: [] });
    });
    worker.terminate();
    const parts = messages.filter((message) => message.part);
    expect(parts.map((message) => [message.part!.list, message.part!.items.length])).to.deep.equal([['add', 2000], ['add', 500]]);
    const added = parts.flatMap((message) => message.part!.items as { start: number; end: number }[]);
    expect(added[1]).to.include({ start: 3, end: 5 });
    expect(messages.at(-1)!.result!.merge.added.length).to.equal(2500);
  });

  it('places a large import (in a worker) as well as a small one', async () => {
    const words = Array.from({ length: 3000 }, (_, i) => `word${i}`);
    const text = words.join(' ');
    const source = await createAnnotator({ text });
    source.addAnnotations(words.slice(0, 600).map((word) => ({ kind: 'fact', exact: word, prefix: ' ', suffix: ' ' })).slice(1));
    const target = await createAnnotator({ text });
    const report = await target.importJsonLd(source.exportJsonLd());
    expect(report.added).to.equal(599);
    expect(target.annotations.map((a) => [a.id, a.start, a.end])).to.deep.equal(source.annotations.map((a) => [a.id, a.start, a.end]));
  });
});

describe('exchange actions in the editor', () => {
  afterEach(removeAnnotators);

  it('imports a .jsonld file dropped on the editor and shows the report', async () => {
    const source = await annotated();
    const target = await createAnnotator({ text: article });
    const transfer = new DataTransfer();
    transfer.items.add(new File([JSON.stringify(source.exportJsonLd())], 'tram.jsonld', { type: 'application/ld+json' }));
    shadow(target, '.layout')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await waitUntil(() => shadow<HTMLDialogElement>(target, 'dialog.import-report')?.open ?? false, 'the import report');
    const counts = shadowAll(target, 'dialog.import-report .report-counts li').map((li) => li.textContent);
    expect(counts).to.deep.equal(['3 added', '0 updated (changed in the file)', '0 already here, unchanged']);
    expect(target.annotations).to.have.length(3);
  });

  it('asks before placing the annotations of another page on this article, and places them when told to', async () => {
    const target = await createAnnotator({ text: article, url: 'https://news.example.org/tram', title: 'Tram' } as never);
    const made = (source: string, exact: string) => ({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      body: [{ type: 'TextualBody', purpose: 'classifying', value: 'claim' }],
      target: { source, selector: { type: 'TextQuoteSelector', exact } },
    });
    const file = [made('https://news.example.org/bus-fares', 'Critics said'), made('http://www.news.example.org/tram/?utm_source=feed#top', 'will cost')];
    const drop = () => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([JSON.stringify(file)], 'other.jsonld', { type: 'application/ld+json' }));
      shadow(target, '.layout')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    };
    drop();
    await waitUntil(() => shadow<HTMLDialogElement>(target, 'dialog.untagged-choice')?.open ?? false, 'the question before the import');
    const question = shadow(target, 'dialog.untagged-choice')!;
    expect(question.querySelector('h2')!.textContent).to.equal('Annotations of another page');
    // the same article under another spelling of its address is not another page
    expect([...question.querySelectorAll('.other-page .url')].map((span) => span.textContent)).to.deep.equal(['https://news.example.org/bus-fares', 'https://news.example.org/tram']);
    expect(question.querySelector('select'), 'no kind to choose: both name one').to.equal(null);
    (question.querySelector('button[type="button"]') as HTMLButtonElement).click();
    expect(target.annotations, 'Cancel imports nothing').to.have.length(0);
    drop();
    await waitUntil(() => shadow<HTMLDialogElement>(target, 'dialog.untagged-choice')?.open ?? false, 'the question again');
    (shadow(target, 'dialog.untagged-choice button[type="submit"]') as HTMLButtonElement).click();
    await waitUntil(() => shadow<HTMLDialogElement>(target, 'dialog.import-report')?.open ?? false, 'the import report');
    expect(target.annotations).to.have.length(2);
    const notes = shadowAll(target, 'dialog.import-report li').map((li) => li.textContent!.trim());
    expect(notes).to.include('An annotation made on another page, https://news.example.org/bus-fares, was placed on this article. (item 1)');
    // the API reports it too
    const report = await target.importJsonLd(file);
    expect(report.otherSources).to.deep.equal(['https://news.example.org/bus-fares']);
  });

  it('never lets a file overwrite an edit made here: a conflict is reported, and the file’s version can be taken', async () => {
    const target = await createAnnotator({ text: article });
    const id = 'urn:uuid:3b7f6a10-9c2d-4e8f-a1b2-c3d4e5f60718';
    const file = (note: string, modified: string) => ({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id,
      type: 'Annotation',
      created: '2026-03-01T09:00:00Z',
      modified,
      body: [
        { type: 'TextualBody', purpose: 'classifying', value: 'fact' },
        { type: 'TextualBody', purpose: 'commenting', value: note },
      ],
      target: { selector: { type: 'TextQuoteSelector', exact: '11,000 people a day' } },
    });
    const drop = async (body: object) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([JSON.stringify(body)], 'colleague.jsonld', { type: 'application/ld+json' }));
      shadow(target, '.layout')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      await waitUntil(() => shadow<HTMLDialogElement>(target, 'dialog.import-report')?.open ?? false, 'the import report');
    };
    await drop(file('Ask the operator', '2026-03-01T09:00:00Z'));
    shadow<HTMLDialogElement>(target, 'dialog.import-report')!.close();
    // the checker edits it here; the same file again changes nothing, however late it dates itself
    target.updateAnnotation(id, { note: 'Operator says 9,800' });
    await drop(file('Ask the operator', '9999-12-31T00:00:00Z'));
    expect(target.annotations[0]!.note).to.equal('Operator says 9,800');
    expect(shadowAll(target, 'dialog.import-report .report-conflicts li')).to.have.length(0);
    shadow<HTMLDialogElement>(target, 'dialog.import-report')!.close();
    // the colleague changed it too: both changed, the version here stays and the report asks
    await drop(file('Ridership report due in May', '2026-03-04T09:00:00Z'));
    expect(target.annotations[0]!.note).to.equal('Operator says 9,800');
    const item = shadow(target, 'dialog.import-report .report-conflicts li')!;
    expect(item.textContent!.replace(/\s+/g, ' ')).to.contain('“11,000 people a day”: edited here and in the file');
    (item.querySelector('button') as HTMLButtonElement).click();
    await target.updateComplete;
    expect(target.annotations[0]!.note).to.equal('Ridership report due in May');
    expect(shadow(target, 'dialog.import-report .report-conflicts li [role="status"]')!.textContent).to.equal('The file’s version is used');
    // taking it is one change the checker can undo
    expect(target.undo()).to.equal(true);
    expect(target.annotations[0]!.note).to.equal('Operator says 9,800');
  });

  it('asks which kind untagged annotations become, Note first, and reports how many became it', async () => {
    const target = await createAnnotator({ text: article });
    const hypothesis = {
      rows: [
        { id: 'Aa1', user: 'acct:a@hypothes.is', uri: 'https://news.example.org/tram', text: 'Source?', tags: ['foo'], target: [{ selector: [{ type: 'TextQuoteSelector', exact: 'a blank cheque' }] }] },
        { id: 'Aa2', user: 'acct:a@hypothes.is', uri: 'https://news.example.org/tram', text: '', tags: ['Quote'], target: [{ selector: [{ type: 'TextQuoteSelector', exact: 'Critics said' }] }] },
        { id: 'Aa3', user: 'acct:a@hypothes.is', uri: 'https://news.example.org/tram', text: 'Big if true', tags: [], target: [{ selector: [{ type: 'TextQuoteSelector', exact: '11,000 people a day' }] }] },
      ],
    };
    const drop = async () => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([JSON.stringify(hypothesis)], 'hypothesis.json', { type: 'application/json' }));
      shadow(target, '.layout')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      await waitUntil(() => shadow<HTMLDialogElement>(target, 'dialog.untagged-choice')?.open ?? false, 'the kind choice');
    };
    await drop();
    const choice = shadow<HTMLDialogElement>(target, 'dialog.untagged-choice')!;
    expect(choice.textContent).to.match(/2 annotations in this file name none of the kinds here/);
    const select = choice.querySelector('select')!;
    expect(select.value).to.equal('note');
    expect([...select.options].map((option) => option.textContent)).to.include.members(['Claim', 'Note']);
    // cancel imports nothing
    (choice.querySelector('.form-buttons button[type="button"]') as HTMLButtonElement).click();
    await nextFrame();
    expect(choice.open).to.equal(false);
    expect(target.annotations).to.have.length(0);

    await drop();
    choice.querySelector('select')!.value = 'claim';
    (choice.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await waitUntil(() => shadow<HTMLDialogElement>(target, 'dialog.import-report')?.open ?? false, 'the import report');
    expect(shadow(target, 'dialog.import-report .report-untagged')!.textContent).to.equal('2 without a kind of ours imported as Claim');
    expect(target.annotations.map((a) => [a.exact, a.kind])).to.deep.equal([
      ['Critics said', 'quote'],
      ['a blank cheque', 'claim'],
      ['11,000 people a day', 'claim'],
    ]);
  });

  it('imports untagged annotations as Note through the API, or as the kind it is given', async () => {
    const target = await createAnnotator({ text: article });
    const comment = { type: 'Annotation', id: 'http://example.org/anno5', body: { type: 'TextualBody', value: 'Nice' }, target: { selector: { type: 'TextQuoteSelector', exact: 'a blank cheque' } } };
    const report = await target.importJsonLd(comment);
    expect([report.untagged, report.untaggedKind, target.annotations[0].kind]).to.deep.equal([1, 'note', 'note']);
    const again = await target.importJsonLd({ ...comment, id: 'http://example.org/anno6' }, { untaggedKind: 'fact' });
    expect(again.untaggedKind).to.equal('fact');
    let error: Error | null = null;
    await target.importJsonLd(comment, { untaggedKind: 'rumour' }).catch((caught: Error) => (error = caught));
    expect(error!.name).to.equal('AnnotationError');
  });

  it('shows a rating from elsewhere on the card and exports it unchanged', async () => {
    const target = await createAnnotator({ text: article });
    const rating = { type: 'schema:Rating', 'schema:alternateName': 'Pants on fire', 'schema:author': { type: 'schema:Organization', 'schema:name': 'PolitiFact' } };
    await target.importJsonLd({
      type: 'Annotation',
      id: 'https://factcheck.example/a/1',
      body: [{ type: 'schema:ClaimReview', 'schema:reviewRating': rating }],
      target: { selector: { type: 'TextQuoteSelector', exact: 'a blank cheque' } },
    });
    expect(target.annotations[0]).to.include({ kind: 'claim' });
    expect(target.annotations[0].foreignRating).to.deep.equal({ label: 'Pants on fire', scale: 'PolitiFact' });
    const exported = target.exportJsonLd() as { first: { items: { body: Record<string, unknown>[] }[] } };
    const review = exported.first.items[0].body.find((body) => body.type === 'schema:ClaimReview')!;
    expect(review['schema:reviewRating']).to.deep.equal(rating);
    // the panel's item says it too, where a verdict of ours would stand
    await target.updateComplete;
    expect(shadow(target, 'li.annotation .foreign-rating')!.textContent).to.equal('Rated elsewhere (PolitiFact): Pants on fire');
    target.readonly = true;
    await target.updateComplete;
    shadow<HTMLElement>(target, 'mark.cm-annotation')!.focus();
    await waitUntil(() => shadow(target, '.annotation-card') !== null, 'the card');
    expect(shadow(target, '.annotation-card .foreign-rating')!.textContent).to.equal('Rated elsewhere (PolitiFact): Pants on fire');
    target.readonly = false;
    await target.updateComplete;
    target.updateAnnotation(target.annotations[0].id, { verdict: 'False' });
    expect(target.annotations[0].verdict).to.equal('false');
    expect(target.annotations[0].foreignRating).to.equal(undefined);
    await target.updateComplete;
    expect(shadow(target, 'li.annotation .foreign-rating')).to.equal(null);
    expect(shadow(target, 'li.annotation .verdict')!.textContent).to.equal('False');
  });

  it('reports a file that is not JSON without changing anything', async () => {
    const target = await annotated();
    const before = comparable(target);
    const input = shadow<HTMLInputElement>(target, 'input.import-file')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File(['not json at all'], 'broken.jsonld', { type: 'application/ld+json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => shadow<HTMLDialogElement>(target, 'dialog.import-report')?.open ?? false, 'the import report');
    expect(shadow(target, 'dialog.import-report [role="alert"]')!.textContent).to.match(/JSON/);
    expect(comparable(target)).to.deep.equal(before);
  });

  it('imports private Hypothesis annotations and an HTML body, and leaves the private ones out of the download unless ticked', async () => {
    const target = await createAnnotator({ text: article, url: 'https://news.example.org/tram', title: 'Tram', published: '2026-03-12' } as never);
    const row = (id: string, exact: string, read: string[]) => ({
      id,
      created: '2026-03-12T10:00:00+00:00',
      updated: '2026-03-12T10:00:00+00:00',
      user: 'acct:someone@hypothes.is',
      uri: 'https://news.example.org/tram',
      text: 'Check this.',
      tags: ['claim'],
      permissions: { read },
      target: [{ source: 'https://news.example.org/tram', selector: [{ type: 'RangeSelector', startContainer: '/p[2]', startOffset: 0, endContainer: '/p[2]', endOffset: 7 }, { type: 'TextQuoteSelector', exact }] }],
    });
    const html = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://annotations.example.org/1',
      type: 'Annotation',
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: 'fact' },
        { type: 'TextualBody', format: 'text/html', language: 'en', value: '<p onclick="window.pwned=1">Rose <b>fast</b><script>window.pwned=1</script><a href="javascript:window.pwned=1">here</a></p>' },
      ],
      target: { source: 'https://news.example.org/tram', selector: { type: 'TextQuoteSelector', exact: '11,000 people a day' } },
    };
    const transfer = new DataTransfer();
    const file = [row('PublicAnno01', 'will cost €48.5 million', ['group:__world__']), row('PrivateAnno1', 'blank cheque', ['acct:someone@hypothes.is']), html];
    transfer.items.add(new File([JSON.stringify(file)], 'hypothesis.json', { type: 'application/json' }));
    shadow(target, '.layout')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await waitUntil(() => shadow<HTMLDialogElement>(target, 'dialog.import-report')?.open ?? false, 'the import report');
    expect(shadow(target, 'dialog.import-report .report-private')!.textContent).to.match(/^1 private/);
    shadow<HTMLDialogElement>(target, 'dialog.import-report')!.close();
    await target.updateComplete;
    expect(target.annotations).to.have.length(3);
    expect(target.annotations.map((a) => a.private ?? false)).to.deep.equal([false, true, false]);
    const privateItem = shadow(target, 'li.annotation[data-annotation-id="https://hypothes.is/a/PrivateAnno1"]')!;
    expect(privateItem.querySelector('.private-badge')!.textContent).to.equal('Private');
    expect(shadow(target, 'li.annotation[data-annotation-id="https://hypothes.is/a/PublicAnno01"] .private-badge')).to.equal(null);
    expect(target.annotations.find((a) => a.id === 'https://annotations.example.org/1')!.note).to.equal('Rose fasthere');
    expect(target.shadowRoot!.querySelector('b, script, a[href^="javascript"]')).to.equal(null);

    const downloads: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push(this.href);
    };
    const download = async (tick: boolean) => {
      [...target.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')].find((b) => b.textContent === 'Download .jsonld')!.click();
      await waitUntil(() => shadow<HTMLDialogElement>(target, 'dialog.export-choice')?.open ?? false, 'the download dialog');
      const box = shadow<HTMLInputElement>(target, 'dialog.export-choice input[name="includePrivate"]')!;
      box.checked = tick;
      shadow<HTMLButtonElement>(target, 'dialog.export-choice button[type="submit"]')!.click();
      await waitUntil(() => downloads.length > 0, 'the download');
      const exported = JSON.parse(await (await fetch(downloads.pop()!)).text()) as { total: number; first: { items: Record<string, unknown>[] } };
      return exported;
    };
    try {
      const without = await download(false);
      expect(without.first.items.map((item) => item.id)).to.deep.equal(['https://hypothes.is/a/PublicAnno01', 'https://annotations.example.org/1']);
      // the HTML body comes back as HTML, sanitized; the range Hypothesis wrote travels beside our selectors
      expect(without.first.items[1].body).to.deep.include({ type: 'TextualBody', format: 'text/html', language: 'en', value: '<p>Rose <b>fast</b><a>here</a></p>' });
      const selectors = (without.first.items[0].target as { selector: Record<string, unknown>[] }).selector;
      // ours, then the file's: its range in the W3C model's terms, its own quote as given
      expect(selectors.map((selector) => selector.type)).to.deep.equal(['TextQuoteSelector', 'TextPositionSelector', 'RangeSelector', 'TextQuoteSelector']);
      expect(selectors[3]).to.deep.equal({ type: 'TextQuoteSelector', exact: 'will cost €48.5 million' });
      const all = await download(true);
      expect(all.total).to.equal(3);
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('downloads the export named after the headline and date', async () => {
    const element = await annotated();
    const clicked: { name: string; href: string }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ name: this.download, href: this.href });
    };
    try {
      [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')].find((b) => b.textContent === 'Download .jsonld')!.click();
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicked.map((c) => c.name)).to.deep.equal(['tram-2026-03-12.jsonld']);
    const text = await (await fetch(clicked[0].href)).text();
    expect(JSON.parse(text).total).to.equal(3);
  });

  it('makes the ClaimReview block for a fact-check page', async () => {
    const element = await annotated();
    const reviews = element.exportClaimReviews({ url: 'https://factcheck.example.org/tram', author: { name: 'Vellmoor Checks' } }) as Record<string, unknown>[];
    // one review: the claim has a verdict, the fact has none yet
    expect(reviews).to.have.length(1);
    expect(reviews[0]).to.include({ '@context': 'https://schema.org', '@type': 'ClaimReview', url: 'https://factcheck.example.org/tram', claimReviewed: 'The tram costs €48.5m.' });
    expect(() => element.exportClaimReviews({ url: 'javascript:alert(1)', author: { name: 'X' } })).to.throw(/not an http\(s\) URL/);
    expect(() => element.exportClaimReviews({ url: 'https://factcheck.example.org/', author: { name: ' ' } })).to.throw(/needs a name/);

    [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')].find((b) => b.textContent === 'Copy ClaimReview')!.click();
    await element.updateComplete;
    await nextFrame();
    const dialog = shadow<HTMLDialogElement>(element, 'dialog.claim-review')!;
    expect(dialog.open).to.equal(true);
    dialog.querySelector<HTMLInputElement>('[name="url"]')!.value = 'https://factcheck.example.org/tram';
    dialog.querySelector<HTMLInputElement>('[name="author"]')!.value = 'Vellmoor Checks';
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => Boolean(dialog.querySelector('textarea')), 'the markup');
    const markup = dialog.querySelector('textarea')!.value;
    expect(markup.startsWith('<script type="application/ld+json">')).to.equal(true);
    expect(markup.endsWith('</script>')).to.equal(true);
    expect(JSON.parse(markup.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, ''))).to.include({ '@type': 'ClaimReview' });
  });

  it('keeps editing working while an import of an edited article is reviewed', async () => {
    const source = await annotated();
    const target = await createAnnotator({ text: article.replace('€48.5', '€49.5') });
    await target.importJsonLd(source.exportJsonLd());
    const view = viewOf(target);
    view.dispatch(view.state.tr.insertText('Breaking: ', 1));
    expect(target.annotations.every((a) => a.status === 'anchored')).to.equal(true);
    expect(target.annotations.map((a) => slice(target.text, a.start, a.end))).to.deep.equal(target.annotations.map((a) => a.exact));
  });
});

describe('the ClaimReview script block', () => {
  it('cannot end early or swallow the page, whatever the claim says', () => {
    const reviews = [
      { '@type': 'ClaimReview', claimReviewed: 'He wrote <!--<script> in the post & left' },
      { '@type': 'ClaimReview', claimReviewed: 'A claim that ends </script><p id="injected">here</p>' },
    ];
    const page = new DOMParser().parseFromString(`<body>${claimReviewScript(reviews)}<p id="after">the rest of the page</p></body>`, 'text/html');
    const scripts = page.querySelectorAll('script');
    expect(scripts).to.have.length(1);
    expect(JSON.parse(scripts[0].textContent!)).to.deep.equal(reviews);
    expect(page.getElementById('after')?.textContent).to.equal('the rest of the page');
    expect(page.getElementById('injected')).to.equal(null);
  });
});

describe('the Copy ClaimReview dialog', () => {
  // across two paragraphs: the review gives the words on one line, 114 characters
  const longWords = 'Critics said the eastern line was a blank cheque.\nThe mayor said the eastern line would carry 11,000 people a day.';
  const oneLine = longWords.replace('\n', ' ');
  // what an earlier Copy remembered in this browser would stand in for the site's publisher
  beforeEach(() => localStorage.removeItem('claimmark:fact-check-publisher'));
  afterEach(() => {
    localStorage.removeItem('claimmark:fact-check-publisher');
    removeAnnotators();
  });

  /** An article whose publisher is the newspaper, on a site whose fact-checking desk publishes the reviews. */
  async function onSite(): Promise<ClaimAnnotator> {
    const element = await createAnnotator({ text: article, url: 'https://news.example.org/tram', publisher: 'The Daily Example' } as never, (el) => {
      el.storage = 'memory';
      el.setAttribute('fact-check-publisher', '{"name":"Vellmoor Checks","url":"https://checks.example.org/"}');
    });
    element.addAnnotation({ kind: 'claim', exact: 'will cost €48.5 million', verdict: 'mostly-true', claim: 'The tram costs €48.5m.' });
    element.addAnnotation({ kind: 'claim', exact: longWords, attribution: { name: 'The mayor' }, verdict: 'false' });
    await element.updateComplete;
    return element;
  }

  async function openDialog(element: ClaimAnnotator): Promise<HTMLDialogElement> {
    await chooseFromMenu(element, 'export', 'Copy ClaimReview');
    await element.updateComplete;
    const dialog = shadow<HTMLDialogElement>(element, 'dialog.claim-review')!;
    await waitUntil(() => dialog.open, 'the dialog');
    return dialog;
  }

  const field = (dialog: HTMLDialogElement, name: string) => dialog.querySelector<HTMLInputElement>(`[name="${name}"]`)!;

  async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
    await clickOn(input, input.name);
    input.select();
    await sendKeys({ type: text });
  }

  it('offers the site’s publisher, never the article’s, and today; warns of a long claim; publishes the date set', async () => {
    const element = await onSite();
    const dialog = await openDialog(element);
    expect(field(dialog, 'author').value).to.equal('Vellmoor Checks');
    expect(field(dialog, 'authorUrl').value).to.equal('https://checks.example.org/');
    const today = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(field(dialog, 'datePublished').value).to.equal(`${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`);
    // the mayor's claim is not restated: its words stand for it, longer than Google advises
    const warning = dialog.querySelector('.long-claims')!;
    expect(warning.textContent).to.include('under 75 characters');
    expect(warning.querySelectorAll('li')).to.have.length(1);
    expect(warning.querySelector('li')!.textContent).to.include(`${oneLine.slice(0, 79)}…`).and.to.include('(114 characters)');

    await typeInto(field(dialog, 'url'), 'https://checks.example.org/tram');
    const date = field(dialog, 'datePublished');
    date.value = '2026-03-14';
    date.dispatchEvent(new Event('input', { bubbles: true }));
    await clickOn(dialog.querySelector('button[type="submit"]'), 'Copy');
    await waitUntil(() => Boolean(dialog.querySelector('textarea')), 'the markup');
    const markup = JSON.parse(dialog.querySelector('textarea')!.value.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, '')) as Record<string, any>[];
    expect(markup.map((review) => review.datePublished)).to.deep.equal(['2026-03-14', '2026-03-14']);
    expect(markup[0].author).to.deep.equal({ '@type': 'Organization', name: 'Vellmoor Checks', url: 'https://checks.example.org/' });
    expect(markup[1].claimReviewed).to.equal(oneLine);
  });

  it('refuses a date in the future', async () => {
    const element = await onSite();
    const dialog = await openDialog(element);
    await typeInto(field(dialog, 'url'), 'https://checks.example.org/tram');
    field(dialog, 'datePublished').value = '2999-01-01';
    await clickOn(dialog.querySelector('button[type="submit"]'), 'Copy');
    await waitUntil(() => Boolean(dialog.querySelector('.error')), 'the error');
    expect(dialog.querySelector('.error')!.textContent).to.equal('The date of the fact-check is in the future.');
    expect(dialog.querySelector('textarea')).to.equal(null);
  });

  it('remembers the publisher the user typed, after a reload, over the site’s', async () => {
    const first = await onSite();
    let dialog = await openDialog(first);
    await typeInto(field(dialog, 'url'), 'https://checks.example.org/tram');
    await typeInto(field(dialog, 'author'), 'Vellmoor Fact Desk');
    await typeInto(field(dialog, 'authorUrl'), 'https://desk.example.org/');
    await clickOn(dialog.querySelector('button[type="submit"]'), 'Copy');
    await waitUntil(() => Boolean(dialog.querySelector('textarea')), 'the markup');
    removeAnnotators();

    const again = await onSite();
    dialog = await openDialog(again);
    expect(field(dialog, 'author').value).to.equal('Vellmoor Fact Desk');
    expect(field(dialog, 'authorUrl').value).to.equal('https://desk.example.org/');
  });

  it('leads to the claim to restate', async () => {
    const element = await onSite();
    const dialog = await openDialog(element);
    await clickOn(dialog.querySelector('.long-claims button'), 'Restate');
    await element.updateComplete;
    expect(dialog.open).to.equal(false);
    const mayor = element.annotations.find((a) => a.exact === longWords)!;
    await waitUntil(() => shadow(element, `li[data-annotation-id="${mayor.id}"] .jump`)?.getAttribute('aria-current') === 'true', 'the claim shown');
  });
});
