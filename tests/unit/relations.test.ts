/**
 * Issue 13's links and replies in the model and the editor: the link types and
 * their checks, the checks of stored and imported links and replies, the
 * commands (a link or reply is its own undo step and never dates the
 * annotation; deleting an annotation deletes the links to it, and undo brings
 * them back), and the way through JSON-LD: our export read back, W3C links and
 * replies of other tools, Hypothesis replies, links and replies of an
 * annotation already in the article, and the bad cases (a reply of 1 MB, a
 * link to an annotation that is nowhere, a link type off the list, a cycle of
 * "repeats", 10,000 links on one article).
 */
import { undo } from 'prosemirror-history';
import { describe, expect, it } from 'vitest';
import {
  type Annotation,
  type AnnotationLink,
  checkLinks,
  checkReplies,
  defaultKinds,
  defaultLinkTypes,
  defaultVerdicts,
  evidenceCounts,
  fromJsonLd,
  isOwnReply,
  linkTypeIri,
  linkTypeOf,
  normalizeLinkTypes,
  prepareImport,
  replyCharacters,
  toJsonLd,
} from '../../src/model/index.ts';
import { checkAnnotationRecord } from '../../src/store/record-checks.ts';
import { createArticleState } from '../../src/editor/setup.ts';
import { EditorRelations } from '../../src/editor/relations/relations.ts';
import { TestHost } from './helpers.ts';
import { articleText, exportInput, spanOf, vocabulary } from './exchange-helpers.ts';

const created = '2026-03-12T10:00:00Z';
const ana = { name: 'Ana Ruiz' };
const link = (to: string, type = 'supported-by', id = `urn:uuid:00000000-0000-4000-8000-${to.slice(-12)}`): AnnotationLink => ({ id, type, to, created });

describe('link types', () => {
  it('are five by default, two of them evidence', () => {
    expect(defaultLinkTypes.map((type) => type.id)).toEqual(['supported-by', 'refuted-by', 'states', 'contradicts', 'repeats']);
    expect(evidenceCounts([link('urn:x:1'), link('urn:x:2'), link('urn:x:3', 'refuted-by'), link('urn:x:4', 'repeats')], defaultLinkTypes)).toEqual({ supports: 2, refutes: 1 });
  });

  it('take a site list whole, and refuse a bad one with a TypeError', () => {
    expect(normalizeLinkTypes([{ id: 'cites', label: ' cites ', inverse: 'is cited by', evidence: 'supports' }])).toEqual([{ id: 'cites', label: 'cites', inverse: 'is cited by', evidence: 'supports' }]);
    for (const bad of [[], 'cites', [{ id: 'Cites', label: 'x' }], [{ id: 'a', label: 'A' }, { id: 'a', label: 'B' }], [{ id: 'a', label: 'A', evidence: 'maybe' }]]) {
      expect(() => normalizeLinkTypes(bad)).toThrow(TypeError);
    }
  });

  it('are named by an IRI of ours in exports; one from elsewhere stays its IRI', () => {
    expect(linkTypeIri('supported-by')).toBe('https://w3id.org/claimmark/ns#supported-by');
    expect(linkTypeOf(linkTypeIri('supported-by'))).toBe('supported-by');
    expect(linkTypeOf('https://tools.example/ns#paraphrases')).toBe('https://tools.example/ns#paraphrases');
  });
});

describe('stored and imported links and replies', () => {
  it('are checked field by field, naming the bad one', () => {
    expect(checkLinks([link('urn:x:1')])).toEqual([link('urn:x:1')]);
    expect(() => checkLinks([{ ...link('urn:x:1'), to: '' }])).toThrow(/links\.0\.to/);
    expect(() => checkLinks([link('urn:x:1'), link('urn:x:1')])).toThrow(/twice/);
    expect(() => checkLinks([{ ...link('urn:x:1'), created: 'Monday' }])).toThrow(/links\.0\.created/);
    expect(() => checkReplies([{ id: 'urn:x:r', text: '  ', created }])).toThrow(/replies\.0\.text/);
    expect(() => checkReplies([{ id: 'urn:x:r', text: 'x'.repeat(replyCharacters + 1), created }])).toThrow(/more than the 100,000/);
    expect(checkReplies([{ id: 'urn:x:r', text: ' Agreed. ', created, creator: ana }])).toEqual([{ id: 'urn:x:r', text: 'Agreed.', created, creator: ana }]);
  });

  it('pass the store\'s record checks, and a bad one is refused', () => {
    const record = { id: 'urn:x:a', kind: 'claim', created, modified: created, links: [link('urn:x:b')], replies: [{ id: 'urn:x:r', text: 'Why?', created }] };
    expect(checkAnnotationRecord(record)).toMatchObject({ links: [link('urn:x:b')], replies: [{ text: 'Why?' }] });
    expect(() => checkAnnotationRecord({ ...record, links: [{ id: 'urn:x:l', to: 'urn:x:b' }] })).toThrow();
    expect(() => checkAnnotationRecord({ ...record, replies: 'none' })).toThrow();
  });

  it('a reply is its author\'s own; nobody\'s is own where nobody is known', () => {
    const reply = { id: 'urn:x:r', text: 'Why?', created, creator: ana };
    expect(isOwnReply(reply, { name: 'Ana Ruiz' })).toBe(true);
    expect(isOwnReply(reply, { name: 'Bob Lee' })).toBe(false);
    expect(isOwnReply(reply, undefined)).toBe(false);
    expect(isOwnReply({ ...reply, creator: undefined }, undefined)).toBe(true);
  });
});

/** An editor with three annotations (a claim, a fact, a quote) made by Ana. */
function desk() {
  const host = new TestHost('The mayor said the budget grew by 12% in 2025.', 'The audit confirms a 12% rise.', '"We spent wisely," the mayor said.');
  host.state = createArticleState({ doc: host.state.doc, annotations: { kinds: defaultKinds }, checker: () => ana });
  const text = host.annotations.text;
  const span = (exact: string) => ({ start: text.indexOf(exact), end: text.indexOf(exact) + exact.length });
  const claim = host.annotations.add({ kind: 'claim', ...span('the budget grew by 12% in 2025') }, created);
  const fact = host.annotations.add({ kind: 'fact', ...span('The audit confirms a 12% rise') }, created);
  const quote = host.annotations.add({ kind: 'quote', ...span('We spent wisely') }, created);
  return { host, claim, fact, quote };
}

describe('linking and replying in the editor', () => {
  it('links, by the fact-checker, without changing the annotation; undo takes the link back', () => {
    const { host, claim, fact } = desk();
    const made = new EditorRelations(host.annotations).link(claim.id, fact.id, 'supported-by');
    expect(made).toMatchObject({ type: 'supported-by', to: fact.id, creator: ana });
    const after = host.annotations.get(claim.id)!;
    expect(after.links).toEqual([made]);
    expect(after.modified).toBe(claim.modified);
    expect(after.history).toBeUndefined();
    host.run(undo);
    expect(host.annotations.get(claim.id)!.links).toBeUndefined();
  });

  it('refuses an unknown type, a link to itself and the same link twice', () => {
    const { host, claim, fact } = desk();
    expect(() => new EditorRelations(host.annotations).link(claim.id, fact.id, 'agrees')).toThrow(/Unknown link type/);
    expect(() => new EditorRelations(host.annotations).link(claim.id, claim.id, 'repeats')).toThrow(/another annotation/);
    new EditorRelations(host.annotations).link(claim.id, fact.id, 'supported-by');
    expect(() => new EditorRelations(host.annotations).link(claim.id, fact.id, 'supported-by')).toThrow(/already/);
    expect(() => new EditorRelations(host.annotations).link('urn:x:nobody', fact.id, 'supported-by')).toThrow(/no annotation/);
  });

  it('keeps a cycle of "repeats" as two links', () => {
    const { host, claim, quote } = desk();
    new EditorRelations(host.annotations).link(claim.id, quote.id, 'repeats');
    new EditorRelations(host.annotations).link(quote.id, claim.id, 'repeats');
    expect(host.annotations.get(claim.id)!.links![0].to).toBe(quote.id);
    expect(host.annotations.get(quote.id)!.links![0].to).toBe(claim.id);
  });

  it('deleting an annotation deletes the links to it, and undo brings both back', () => {
    const { host, claim, fact, quote } = desk();
    new EditorRelations(host.annotations).link(claim.id, fact.id, 'supported-by');
    new EditorRelations(host.annotations).link(quote.id, fact.id, 'repeats');
    new EditorRelations(host.annotations).link(claim.id, quote.id, 'repeats');
    host.annotations.remove(fact.id);
    expect(host.annotations.get(claim.id)!.links!.map((l) => l.to)).toEqual([quote.id]);
    expect(host.annotations.get(quote.id)!.links).toBeUndefined();
    host.run(undo);
    expect(host.annotations.get(fact.id)).not.toBeNull();
    expect(host.annotations.get(claim.id)!.links!.map((l) => l.to)).toEqual([fact.id, quote.id]);
    expect(host.annotations.get(quote.id)!.links!.map((l) => l.to)).toEqual([fact.id]);
  });

  it('a link to an annotation whose text was deleted survives, to the orphan', () => {
    const { host, claim, fact } = desk();
    new EditorRelations(host.annotations).link(claim.id, fact.id, 'supported-by');
    const from = host.posOf('The audit');
    host.dispatch(host.state.tr.delete(from, from + 'The audit confirms a 12% rise.'.length));
    expect(host.annotations.get(fact.id)!.status).toBe('orphaned');
    expect(host.annotations.get(claim.id)!.links![0].to).toBe(fact.id);
  });

  it('replies without dating the annotation; edits and deletes only one\'s own', () => {
    const { host, claim } = desk();
    const reply = new EditorRelations(host.annotations).reply(claim.id, '  Which budget line?  ', '2026-03-12T11:00:00Z');
    expect(reply).toMatchObject({ text: 'Which budget line?', creator: ana, created: '2026-03-12T11:00:00Z' });
    expect(host.annotations.get(claim.id)!.modified).toBe(claim.modified);
    new EditorRelations(host.annotations).changeReply(claim.id, reply.id, 'Which line of the budget?', '2026-03-12T11:05:00Z');
    expect(host.annotations.get(claim.id)!.replies).toEqual([{ ...reply, text: 'Which line of the budget?', modified: '2026-03-12T11:05:00Z' }]);
    // Bob's reply, from a file or another tab, is not Ana's to change
    const record = host.annotations.placement(claim.id)!.record;
    host.annotations.applyImport([], [{ ...host.annotations.get(claim.id)!, replies: [...record.replies!, { id: 'urn:x:bob', text: 'Line 4.', created, creator: { name: 'Bob Lee' } }] }]);
    expect(() => new EditorRelations(host.annotations).changeReply(claim.id, 'urn:x:bob', 'Line 5.')).toThrow(/fact-checker's/);
    expect(() => new EditorRelations(host.annotations).changeReply(claim.id, 'urn:x:bob', null)).toThrow();
    new EditorRelations(host.annotations).changeReply(claim.id, reply.id, null);
    expect(host.annotations.get(claim.id)!.replies!.map((r) => r.id)).toEqual(['urn:x:bob']);
    expect(() => new EditorRelations(host.annotations).reply(claim.id, '   ')).toThrow(/not empty/);
    expect(() => new EditorRelations(host.annotations).reply(claim.id, 'x'.repeat(1024 * 1024))).toThrow(/more than the 100,000/);
  });
});

describe('links and replies in JSON-LD', () => {
  const [claim, quote, fact] = exportInput.annotations;
  const linked: Annotation[] = [
    { ...claim, links: [link(fact.id), link(quote.id, 'repeats')], replies: [{ id: 'urn:uuid:00000000-0000-4000-8000-0000000000r1', text: 'Is 2027 still the plan?', created, creator: ana }] },
    ...exportInput.annotations.slice(1),
  ];
  const exported = toJsonLd({ ...exportInput, annotations: linked });

  it('are annotations of their own: linking from the annotation to the other with a classifying type, replying to the annotation', () => {
    const items = exported.first.items;
    const links = items.filter((item) => item.motivation === 'linking');
    expect(links).toHaveLength(2);
    expect(links[0]).toMatchObject({ target: claim.id, body: [{ id: fact.id }, { type: 'SpecificResource', purpose: 'classifying', source: 'https://w3id.org/claimmark/ns#supported-by' }] });
    const replies = items.filter((item) => item.motivation === 'replying');
    expect(replies).toEqual([expect.objectContaining({ target: claim.id, body: { type: 'TextualBody', value: 'Is 2027 still the plan?', format: 'text/plain' }, creator: { name: 'Ana Ruiz' } })]);
    expect(exported.total).toBe(items.length);
  });

  it('come back on their annotations after a round trip, and a second import adds nothing', () => {
    const prepared = prepareImport(exported, vocabulary, {}, articleText, []);
    expect(prepared.relations).toEqual({ links: 2, replies: 1 });
    expect(prepared.parsed.rejected).toEqual([]);
    const back = prepared.add.find((annotation) => annotation.id === claim.id)!;
    expect(back.links).toEqual(linked[0].links);
    expect(back.replies).toEqual(linked[0].replies);
    const again = prepareImport(exported, vocabulary, {}, articleText, prepared.add);
    expect(again.relations).toEqual({ links: 0, replies: 0 });
    expect(again.update).toEqual([]);
  });

  it('join an annotation already in the article without counting it as updated', () => {
    const here = exportInput.annotations;
    const file = { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', items: exported.first.items.filter((item) => item.motivation !== 'classifying') };
    const prepared = prepareImport(file, vocabulary, {}, articleText, here);
    expect(prepared.relations).toEqual({ links: 2, replies: 1 });
    expect(prepared.merge.updated).toEqual([]);
    expect(prepared.update.map((annotation) => annotation.id)).toEqual([claim.id]);
    expect(prepared.update[0].modified).toBe(claim.modified);
  });

  it('a link or reply whose annotation is nowhere is reported, not dropped silently', () => {
    const file = [{ '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:x:reply', type: 'Annotation', motivation: 'replying', target: 'urn:x:gone', body: { type: 'TextualBody', value: 'Hm.' } }];
    const prepared = prepareImport(file, vocabulary, {}, articleText, []);
    expect(prepared.parsed.rejected).toEqual([expect.objectContaining({ index: 0, code: 'no-annotation-to-relate', value: 'urn:x:gone' })]);
  });

  it('a reply of 1 MB is rejected with the reason, the rest imported', () => {
    const file = [
      { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', motivation: 'replying', target: claim.id, body: { type: 'TextualBody', value: 'x'.repeat(1024 * 1024) } },
      { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', motivation: 'replying', target: claim.id, body: { type: 'TextualBody', value: 'Fine.' } },
    ];
    const prepared = prepareImport(file, vocabulary, {}, articleText, exportInput.annotations);
    expect(prepared.parsed.rejected).toEqual([expect.objectContaining({ index: 0, code: 'invalid-field', reason: expect.stringMatching(/1,048,576 characters/) })]);
    expect(prepared.update[0].replies!.map((reply) => reply.text)).toEqual(['Fine.']);
  });

  it('keeps a link type off the list, and a link to an annotation in no file, as given', () => {
    const file = [{ type: 'Annotation', motivation: 'oa:linking', target: { id: claim.id }, body: ['urn:uuid:99999999-0000-4000-8000-000000000001', { type: 'SpecificResource', purpose: 'classifying', source: 'https://tools.example/ns#paraphrases' }] }];
    const prepared = prepareImport(file, vocabulary, {}, articleText, exportInput.annotations);
    expect(prepared.update[0].links).toEqual([expect.objectContaining({ type: 'https://tools.example/ns#paraphrases', to: 'urn:uuid:99999999-0000-4000-8000-000000000001' })]);
  });

  it('reads Hypothesis replies as replies to the thread\'s root, no longer rejected', () => {
    const root = { id: 'AbC123', uri: 'https://news.example/tram-line-update', user: 'acct:ben@hypothes.is', created, updated: created, text: '', tags: ['claim'], target: [{ source: 'https://news.example/tram-line-update', selector: [{ type: 'TextQuoteSelector', ...spanOf('the eastern tram line will open in 2027'), start: undefined, end: undefined }] }] };
    const reply = { id: 'DeF456', uri: root.uri, user: 'acct:cara@hypothes.is', created: '2026-03-12T12:00:00Z', updated: '2026-03-12T12:30:00Z', text: 'Source?', references: ['AbC123'], target: [{ source: root.uri }] };
    const nested = { ...reply, id: 'GhI789', text: 'The audit.', references: ['AbC123', 'DeF456'], created: '2026-03-12T13:00:00Z', updated: '2026-03-12T13:00:00Z' };
    const read = fromJsonLd({ rows: [root, reply, nested] }, vocabulary);
    expect(read.rejected).toEqual([]);
    expect(read.replies.map((r) => [r.on, r.text])).toEqual([['https://hypothes.is/a/AbC123', 'Source?'], ['https://hypothes.is/a/AbC123', 'The audit.']]);
    const prepared = prepareImport({ rows: [root, reply, nested] }, vocabulary, {}, articleText, []);
    expect(prepared.add[0].replies).toEqual([
      { id: 'https://hypothes.is/a/DeF456', text: 'Source?', created: '2026-03-12T12:00:00Z', modified: '2026-03-12T12:30:00Z', creator: { id: 'acct:cara@hypothes.is', name: 'cara' } },
      { id: 'https://hypothes.is/a/GhI789', text: 'The audit.', created: '2026-03-12T13:00:00Z', creator: { id: 'acct:cara@hypothes.is', name: 'cara' } },
    ]);
  });

  it('10,000 links on one article travel whole', () => {
    const many: Annotation[] = exportInput.annotations.map((annotation, at) =>
      at === 0 ? { ...annotation, links: Array.from({ length: 1000 }, (_, n) => link(`urn:x:target-${String(n).padStart(12, '0')}`, 'repeats')) } : annotation,
    );
    // ten annotations with a thousand links each
    const tenfold = Array.from({ length: 10 }, (_, copy) => ({ ...many[0], id: `urn:uuid:00000000-0000-4000-8000-${String(copy).padStart(12, '0')}`, links: many[0].links!.map((l) => ({ ...l, id: `${l.id}-${copy}` })) }));
    const exported = toJsonLd({ ...exportInput, annotations: tenfold });
    const prepared = prepareImport(exported, vocabulary, {}, articleText, []);
    expect(prepared.relations.links).toBe(10_000);
    expect(prepared.add.reduce((sum, annotation) => sum + (annotation.links?.length ?? 0), 0)).toBe(10_000);
  });
});

// the default kinds and verdicts are what the editor tests use
void defaultKinds;
void defaultVerdicts;

describe('links in ClaimReview', () => {
  it('names the evidence as isBasedOn and its sources as citation, and a quote stating the claim as its appearance and author', async () => {
    const { toClaimReviews } = await import('../../src/model/index.ts');
    const [claim, quote, fact] = exportInput.annotations;
    const unattributed = { ...claim, attribution: undefined, links: [link(fact.id)] };
    const stating = { ...quote, links: [link(claim.id, 'states')] };
    const [review] = toClaimReviews({
      article: exportInput.article,
      annotations: [unattributed, stating, fact],
      verdicts: defaultVerdicts,
      url: 'https://factcheck.example/tram',
      author: { name: 'Fact Desk' },
      datePublished: '2026-03-14',
    }) as Record<string, any>[];
    expect(review.isBasedOn).toEqual([{ '@type': 'CreativeWork', text: fact.exact, url: exportInput.article.url }]);
    expect(review.citation).toEqual([{ '@type': 'CreativeWork', url: 'https://audit.example/report-2026#table-3', name: 'Table 3' }]);
    expect(review.itemReviewed.author).toMatchObject({ '@type': 'Person', name: 'Mira Ostrander' });
    expect(review.itemReviewed.appearance[1]).toMatchObject({ '@type': 'Quotation', text: quote.exact, spokenByCharacter: { name: 'Mira Ostrander' } });
  });
});

describe('a link to another article', () => {
  it('names that article as schema:isPartOf of the body, and reads it back', () => {
    const [claim] = exportInput.annotations;
    const other = 'urn:uuid:99999999-0000-4000-8000-000000000009';
    const linked = { ...claim, links: [{ ...link(other, 'repeats'), toArticle: '0b7c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3' }] };
    const exported = toJsonLd({ ...exportInput, annotations: [linked] });
    const node = exported.first.items.find((item) => item.motivation === 'linking')!;
    expect((node.body as object[])[0]).toEqual({ id: other, 'schema:isPartOf': { id: 'urn:uuid:0b7c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3' } });
    const back = prepareImport(exported, vocabulary, {}, articleText, []).add[0];
    expect(back.links).toEqual(linked.links);
    expect(checkLinks(linked.links)).toEqual(linked.links);
  });
});
