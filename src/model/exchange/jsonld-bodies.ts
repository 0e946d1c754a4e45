/**
 * Reading a W3C annotation's bodies into a draft (jsonld-import.ts): the
 * kind, tags, the note, sources, a schema.org meaning, and what is carried as
 * it is.
 */
import { type NoteTaker, type RecordDraft } from './import-record.ts';
import type { JsonData } from '../annotation/annotation.ts';
import { noteBody } from './carry-import.ts';
import { type JsonObject, type JsonValue, isJsonObject } from './json-input.ts';
import { withoutUndefined } from './nodes.ts';
import { type Terms, iri, nameOf, nodeId, nodeTypes, objects, quoted, schemaValue, text, values, w3cTerm } from './jsonld-read.ts';

/** A body given as an IRI that a `@graph` node has. */
export function resolve(body: JsonValue, graph: Map<string, JsonObject>): JsonValue {
  const id = typeof body === 'string' ? body : isJsonObject(body) && Object.keys(body).length === 1 ? nodeId(body) : undefined;
  return (id !== undefined && graph.get(id)) || body;
}

/** Our note body, for a note body of a file that also has others to carry. */
export function ourNoteBody(value: string | undefined): JsonData {
  return { type: 'TextualBody', purpose: 'commenting', value: value ?? '', format: 'text/plain' };
}

/**
 * One body into the draft: a kind, a tag, (part of) the note, a source, a
 * schema.org meaning; one that is none of these (a tagging SpecificResource,
 * an external resource `{ id, … }`, a type we do not know) is carried as it
 * is. Each note body is pushed to `noteBodies`: itself to carry, or null when
 * it is exactly as ours are.
 */
export function readBody(body: JsonValue, draft: RecordDraft, terms: Terms, motivation: string | undefined, note: NoteTaker, noteBodies: JsonData[]): void {
  if (typeof body === 'string') {
    // a body that is only an IRI: a link
    draft.sources.push({ url: body });
    return;
  }
  if (!isJsonObject(body)) {
    note(`A body of type ${quoted(body === null ? 'null' : Array.isArray(body) ? 'array' : typeof body)} was not imported`, 'body-type', body === null ? 'null' : Array.isArray(body) ? 'array' : typeof body);
    return;
  }
  const types = nodeTypes(body, terms);
  const purposes = values(body.purpose).map((purpose) => (typeof purpose === 'string' ? w3cTerm(purpose) : ''));
  if (!purposes.length && motivation) purposes.push(motivation); // a body's purpose defaults to the motivation
  const carry = () => (draft.carried.bodies ??= []).push(body as JsonData);
  if (types.includes('TextualBody') || ('value' in body && !('source' in body))) {
    // Readium's AnnotationSet puts a highlight's tag on its textual body
    const tag = text(body.tag);
    if (tag !== undefined && tag.trim()) draft.tags.push(tag);
    const value = text(body.value);
    if (value === undefined) {
      carry();
      return;
    }
    if (purposes.includes('classifying')) draft.kinds.push(value);
    else if (purposes.includes('tagging')) {
      draft.tags.push(value);
      // the tag stays a tag in the export, for the tool that wrote it (a kind it names is also our classifying body)
      carry();
    } else {
      const read = noteBody(body, value);
      if (read.cleaned) note('HTML in a body was cleaned: scripts, styles, attributes other than href and title, and links other than http(s) were removed', 'html-cleaned');
      draft.notes.push(read.text);
      noteBodies.push(read.carried ?? null);
    }
  } else if ((types.includes('SpecificResource') || 'source' in body) && !isLink(body, purposes)) {
    // a SpecificResource with purpose tagging (a tag by IRI), identifying, describing…: not a link to a source
    carry();
  } else if (types.includes('SpecificResource') || 'source' in body) {
    draft.sources.push({
      url: iri(body.source),
      title: nameOf(body, terms) ?? (isJsonObject(body.source) ? nameOf(body.source, terms) : undefined),
      stance: text(schemaValue(body, 'linkRelationship', terms)),
      accessed: accessed(body, terms),
    });
  } else if (types.some((type) => type.startsWith('schema:'))) {
    readSchemaBody(body, types, draft, terms);
  } else {
    // an external resource (`{ id, format, language }`), a Choice, a type of another vocabulary
    carry();
  }
}

/** Purposes that make a resource body a tag or a name, not a source to read (a `citing` or `linking` one is a source). */
const notLinkPurposes = ['tagging', 'identifying', 'classifying', 'bookmarking', 'highlighting'];

/** A resource body is a link to a source unless its purpose (its own, or the motivation) makes it a tag or a name. */
function isLink(_body: JsonObject, purposes: string[]): boolean {
  return !purposes.some((purpose) => notLinkPurposes.includes(purpose));
}

/** The date a source was read: a TimeState's `sourceDate`, or a whole day as `sourceDateStart`/`End`, or `schema:temporal`. */
function accessed(body: JsonObject, terms: Terms): string | undefined {
  for (const state of objects(body.state)) {
    const exact = text(state.sourceDate);
    if (exact) return exact;
    const start = text(state.sourceDateStart);
    const end = text(state.sourceDateEnd);
    const day = start?.match(/^(\d{4}-\d{2}-\d{2})T00:00:00(\.0+)?Z$/)?.[1];
    if (day && end?.startsWith(`${day}T23:59:59`)) return day;
    if (start) return start;
  }
  return text(schemaValue(body, 'temporal', terms));
}

/** A schema.org body: the Claim or Quotation and its speaker, or the ClaimReview and its rating. */
function readSchemaBody(body: JsonObject, types: string[], draft: RecordDraft, terms: Terms): void {
  draft.schemaTypes.push(...types);
  if (types.includes('schema:ClaimReview')) {
    draft.claim = text(schemaValue(body, 'claimReviewed', terms)) ?? draft.claim;
    const rating = schemaValue(body, 'reviewRating', terms);
    const ratingNode = isJsonObject(rating) ? rating : undefined;
    const label = ratingNode ? text(schemaValue(ratingNode, 'alternateName', terms)) ?? nameOf(ratingNode, terms) : text(rating);
    const id = ratingNode ? text(schemaValue(ratingNode, 'identifier', terms)) : undefined;
    if (label !== undefined || id !== undefined) draft.verdict = { id, label };
    if (ratingNode) {
      const place = (name: string) => {
        const given = schemaValue(ratingNode, name, terms);
        return typeof given === 'number' ? given : text(given);
      };
      draft.rating = withoutUndefined({
        value: place('ratingValue'),
        best: place('bestRating'),
        worst: place('worstRating'),
        scale: nameOf(schemaValue(ratingNode, 'author', terms), terms),
      });
    }
    return;
  }
  const speaker = schemaValue(body, 'spokenByCharacter', terms) ?? schemaValue(body, 'author', terms) ?? schemaValue(body, 'creator', terms);
  if (speaker !== undefined) {
    const person = objects(speaker)[0];
    const types = person ? nodeTypes(person, terms) : [];
    // an organisation speaking (schema:Organization, or the W3C context's Organization) has no role; it is part of another
    draft.attribution = types.includes('schema:Organization') || types.includes('Organization')
      ? { name: nameOf(speaker, terms), type: 'Organization', organization: nameOf(schemaValue(person, 'parentOrganization', terms), terms) }
      : {
          name: nameOf(speaker, terms),
          role: person && (text(schemaValue(person, 'jobTitle', terms)) ?? text(schemaValue(person, 'roleName', terms))),
          organization: person && nameOf(schemaValue(person, 'affiliation', terms), terms),
        };
  }
  draft.quoteStyle = text(schemaValue(body, 'genre', terms)) ?? draft.quoteStyle;
  draft.occasion = nameOf(schemaValue(body, 'recordedAt', terms), terms) ?? draft.occasion;
}
