/** Who made an annotation and who changed it last: import of each shape, export, the editing rule, the checks. */
import { TextSelection } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { reattachToSelection, tagSelection } from '../../src/editor/commands.ts';
import { createArticleState } from '../../src/editor/setup.ts';
import { type Agent, AnnotationError, defaultKinds, findKind, fromJsonLd, toJsonLd, withAuthorship } from '../../src/model/index.ts';
import { RecordError, checkAnnotationRecord } from '../../src/store/record-checks.ts';
import { ana, annotations, ben, exportInput, vocabulary } from './exchange-helpers.ts';
import { TestHost, article } from './helpers.ts';

const quote = { type: 'TextQuoteSelector', exact: 'Fares rose 12%' };

/** A W3C annotation from another tool with `creator` as given. */
function w3c(creator: unknown, more: object = {}) {
  return { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'https://other.example/anno/1', type: 'Annotation', creator, body: { type: 'TextualBody', value: 'A note' }, target: { source: 'https://news.example/a', selector: quote }, ...more };
}

function importedFrom(file: object) {
  const result = fromJsonLd(file, vocabulary);
  expect(result.rejected).toEqual([]);
  return { annotation: result.annotations[0], notes: result.noteDetails };
}

describe('import keeps who made an annotation', () => {
  it('reads a creator given only as an IRI', () => {
    expect(importedFrom(w3c('http://example.org/user1')).annotation.creator).toEqual({ id: 'http://example.org/user1' });
  });

  it('reads every part of a W3C Agent: id, type, name, nickname, homepage, email, email_sha1', () => {
    const creator = {
      id: 'http://example.org/user1', type: 'Person', name: 'My Pseudonym', nickname: 'pseudo',
      homepage: 'http://example.org/home', email: 'mailto:user1@example.org', email_sha1: '58bad08927902ff9307b621c54716dcc5083e339',
    };
    expect(importedFrom(w3c(creator)).annotation.creator).toEqual({
      id: 'http://example.org/user1', type: 'Person', name: 'My Pseudonym', nickname: 'pseudo',
      homepage: 'http://example.org/home', email: 'mailto:user1@example.org', emailSha1: '58bad08927902ff9307b621c54716dcc5083e339',
    });
  });

  it('reads an organisation or a program, with types as FOAF and schema.org write them', () => {
    expect(importedFrom(w3c({ type: 'foaf:Organization', name: 'Audit Desk' })).annotation.creator).toEqual({ type: 'Organization', name: 'Audit Desk' });
    expect(importedFrom(w3c({ type: 'Software', name: 'Bot' })).annotation.creator).toEqual({ type: 'Software', name: 'Bot' });
    expect(importedFrom(w3c({ type: 'schema:Person', 'schema:name': 'Zoé' })).annotation.creator).toEqual({ type: 'Person', name: 'Zoé' });
  });

  it('keeps every one of several creators, the first as the creator, and exports them as a list again', () => {
    const { annotation, notes } = importedFrom(w3c([{ name: 'First Person' }, { name: 'Second Person' }, 'http://example.org/third']));
    expect(annotation.creator).toEqual({ name: 'First Person' });
    expect(annotation.coCreators).toEqual([{ name: 'Second Person' }, { id: 'http://example.org/third' }]);
    expect(notes.map((note) => note.code)).not.toContain('agent-field');
    const [item] = toJsonLd({ ...exportInput, annotations: [{ ...annotations[3], creator: annotation.creator, coCreators: annotation.coCreators }] }).first.items;
    expect(item.creator).toEqual([{ name: 'First Person' }, { name: 'Second Person' }, { id: 'http://example.org/third' }]);
  });

  it('drops an unusable part of a creator with a note and keeps the rest', () => {
    const { annotation, notes } = importedFrom(w3c({ name: 'Eve', homepage: 'javascript:alert(1)', type: 'Cat' }));
    expect(annotation.creator).toEqual({ name: 'Eve' });
    expect(notes.filter((note) => note.code === 'agent-field').map((note) => note.value).sort()).toEqual(['creator.homepage', 'creator.type']);
  });

  it('drops a creator with neither name nor IRI, with a note, and imports the annotation', () => {
    const { annotation, notes } = importedFrom(w3c({ homepage: 'https://example.org' }));
    expect(annotation.creator).toBeUndefined();
    expect(notes.map((note) => note.code)).toContain('agent-field');
  });

  it('reads a Hypothesis user as the creator: acct: IRI as id, its user as the name, or the display name', () => {
    const row = { id: 'Ab12_x', uri: 'https://news.example/a', user: 'acct:alice@hypothes.is', text: 'A note', target: [{ source: 'https://news.example/a', selector: [quote] }] };
    expect(importedFrom({ rows: [row], total: 1 }).annotation.creator).toEqual({ id: 'acct:alice@hypothes.is', name: 'alice' });
    const named = { ...row, user_info: { display_name: 'Alice Liddell' } };
    expect(importedFrom({ rows: [named], total: 1 }).annotation.creator).toEqual({ id: 'acct:alice@hypothes.is', name: 'Alice Liddell' });
  });

  it('reads who changed it last from schema:editor', () => {
    expect(importedFrom(w3c('http://example.org/user1', { 'schema:editor': { type: 'Person', name: 'Ana' } })).annotation.modifiedBy).toEqual({ type: 'Person', name: 'Ana' });
  });
});

describe('export names each annotation’s own creator', () => {
  const items = toJsonLd({ ...exportInput, annotations: [annotations[2], { ...annotations[3], creator: undefined }] }).first.items;

  it('keeps an imported creator, never the exporting fact-checker in its place', () => {
    expect(items[0].creator).toEqual({ id: 'acct:ben@hypothes.is', name: 'ben' });
  });

  it('names the exporting fact-checker only where an annotation names nobody', () => {
    expect(items[1].creator).toEqual({ type: 'Person', name: 'Ana Checker', homepage: 'https://factcheck.example/staff/ana' });
  });

  it('writes who changed it last as schema:editor, and reads both back', () => {
    expect(items[0]['schema:editor']).toEqual({ type: 'Person', name: 'Ana Checker', homepage: 'https://factcheck.example/staff/ana' });
    expect(items[1]['schema:editor']).toBeUndefined();
    const back = fromJsonLd(toJsonLd(exportInput), vocabulary).annotations;
    expect(back.map((annotation) => [annotation.creator, annotation.modifiedBy])).toEqual(annotations.map((annotation) => [annotation.creator, annotation.modifiedBy]));
  });
});

describe('withAuthorship', () => {
  const record = { id: 'urn:uuid:1', kind: 'claim', created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z' };

  it('makes the fact-checker the creator of what they make, and leaves a given creator', () => {
    expect(withAuthorship(null, record, ana).creator).toEqual(ana);
    expect(withAuthorship(null, { ...record, creator: ben }, ana).creator).toEqual(ben);
  });

  it('keeps the creator of someone else’s annotation and records the fact-checker as modifiedBy', () => {
    expect(withAuthorship({ ...record, creator: ben }, { ...record, creator: ben, note: 'x' }, ana)).toMatchObject({ creator: ben, modifiedBy: ana });
  });

  it('changes nothing when the creator edits (and their edit ends an earlier modifiedBy), nor without a fact-checker', () => {
    const after = withAuthorship({ ...record, creator: ana, modifiedBy: ben }, { ...record, creator: ana, modifiedBy: ben, note: 'x' }, { name: 'Ana Checker' });
    expect(after).toEqual({ ...record, creator: ana, note: 'x' });
    expect(withAuthorship({ ...record, creator: ben }, { ...record, creator: ben, note: 'x' }, undefined)).toEqual({ ...record, creator: ben, note: 'x' });
  });
});

/** An editor whose fact-checker is `checker.current`. */
function editorOf(text: string, checker: { current?: Agent }) {
  const host = new TestHost(text);
  host.state = createArticleState({ doc: article(text), annotations: { kinds: defaultKinds }, checker: () => checker.current });
  return host;
}

describe('the editor records who made and changed an annotation', () => {
  const text = 'The mayor said the budget grew by 12% in 2025.';

  it('an annotation tagged in the editor, or added through the API, has the fact-checker as creator', () => {
    const host = editorOf(text, { current: ana });
    const from = host.posOf('the budget');
    host.dispatch(host.state.tr.setSelection(TextSelection.create(host.state.doc, from, from + 'the budget'.length)));
    host.run(tagSelection(findKind(defaultKinds, 'claim')!));
    expect(host.annotations.list()[0].creator).toEqual(ana);
    expect(host.annotations.add({ kind: 'fact', exact: '12%' }).creator).toEqual(ana);
  });

  it('an accepted suggestion (tagAll) is the record tagging its words makes: the kind’s defaults and the creator (issue 12)', () => {
    const now = '2026-12-03T10:00:00.000Z';
    for (const kind of defaultKinds) {
      const tagged = editorOf(text, { current: ana });
      const from = tagged.posOf('the budget grew');
      tagged.dispatch(tagged.state.tr.setSelection(TextSelection.create(tagged.state.doc, from, from + 'the budget grew'.length)));
      tagged.run(tagSelection(kind, now));
      const accepted = editorOf(text, { current: ana });
      accepted.annotations.tagAll([{ kind: kind.id, exact: 'the budget grew' }], now);
      const { id: _tagged, ...byHand } = tagged.annotations.list()[0];
      const { id: _accepted, ...bySuggestion } = accepted.annotations.list()[0];
      expect(bySuggestion, kind.id).toEqual(byHand);
      expect(bySuggestion.verdict, kind.id).toBe(kind.fields.includes('verdict') ? 'unverified' : undefined);
    }
  });

  it('an accepted suggestion keeps the fields it brings over the defaults; the API adds only what it is given', () => {
    const host = editorOf(text, { current: ana });
    const [claim] = host.annotations.tagAll([{ kind: 'claim', exact: 'the budget grew', verdict: 'false', attribution: { name: 'the mayor' } }]);
    expect(claim).toMatchObject({ verdict: 'false', attribution: { name: 'the mayor' }, creator: ana });
    expect(host.annotations.add({ kind: 'fact', exact: '12%' }).verdict).toBeUndefined();
  });

  it('editing another checker’s annotation keeps its creator and sets modifiedBy; nothing without a checker', () => {
    const checker: { current?: Agent } = {};
    const host = editorOf(text, checker);
    const { id } = host.annotations.add({ kind: 'claim', exact: 'the budget grew', creator: ben });
    expect(host.annotations.update(id, { note: 'Checked' }).modifiedBy).toBeUndefined();
    checker.current = ana;
    expect(host.annotations.update(id, { note: 'Checked again' })).toMatchObject({ creator: ben, modifiedBy: ana });
    const from = host.posOf('12%');
    host.dispatch(host.state.tr.setSelection(TextSelection.create(host.state.doc, from, from + 3)));
    checker.current = { name: 'Cleo' };
    host.run(reattachToSelection(id));
    expect(host.annotations.get(id)).toMatchObject({ creator: ben, modifiedBy: { name: 'Cleo' }, exact: '12%' });
  });

  it('refuses a creator that is not an Agent, naming the field', () => {
    const host = editorOf(text, {});
    const attempt = (creator: unknown) => () => host.annotations.add({ kind: 'claim', exact: 'the budget', creator: creator as Agent });
    expect(attempt({ name: 'X', homepage: 'javascript:alert(1)' })).toThrow(expect.objectContaining({ field: 'creator.homepage' }));
    expect(attempt({ type: 'Robot', name: 'X' })).toThrow(AnnotationError);
    expect(attempt({ homepage: 'https://x.example' })).toThrow(expect.objectContaining({ field: 'creator.name' }));
    expect(attempt('ana')).toThrow(expect.objectContaining({ field: 'creator' }));
  });
});

describe('a stored record keeps its creator and modifiedBy, checked', () => {
  const stored = { id: 'urn:uuid:1', kind: 'claim', created: '2026-01-01T00:00:00Z', modified: '2026-01-02T00:00:00Z' };

  it('keeps them as they were stored', () => {
    expect(checkAnnotationRecord({ ...stored, creator: ben, modifiedBy: ana })).toEqual({ ...stored, creator: ben, modifiedBy: ana });
    expect(checkAnnotationRecord({ ...stored, creator: ben, coCreators: [ana] })).toEqual({ ...stored, creator: ben, coCreators: [ana] });
  });

  it('refuses a bad one with the field to blame', () => {
    const bad = () => checkAnnotationRecord({ ...stored, modifiedBy: { name: 'Eve', id: 'javascript:alert(1)' } });
    expect(bad).toThrow(RecordError);
    expect(bad).toThrow(expect.objectContaining({ field: 'record.modifiedBy.id', fault: 'not-field' }));
    expect(() => checkAnnotationRecord({ ...stored, coCreators: [{ type: 'Person' }] })).toThrow(expect.objectContaining({ field: 'record.coCreators.0.name' }));
  });
});
