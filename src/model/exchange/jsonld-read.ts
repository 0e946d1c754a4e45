/**
 * Reading compact JSON-LD without a JSON-LD processor: terms by the spellings
 * files use (`schema:name`, `http://schema.org/name`, or a bare `name` under a
 * schema.org context), types normalised, and text selectors. Nothing is ever
 * fetched: a remote `@context` is only reported.
 */
import type { TextSelector } from '../annotation/annotation.ts';
import type { NoteTaker } from './import-record.ts';
import { type JsonObject, type JsonValue, isJsonObject } from './json-input.ts';

/** What the `@context`s in scope let bare names mean. */
export interface Terms {
  /** A schema.org context is in scope, so bare names such as `Claim` or `author` may be schema.org terms. */
  schemaBare: boolean;
}

const annoContexts = new Set(['http://www.w3.org/ns/anno.jsonld', 'https://www.w3.org/ns/anno.jsonld']);
const schemaContext = /^https?:\/\/schema\.org(\/|\/docs\/jsonldcontext\.jsonld?)?$/;
const schemaPrefixes = ['schema:', 'http://schema.org/', 'https://schema.org/'];
const oaPrefixes = ['oa:', 'http://www.w3.org/ns/oa#'];
const asTypes: Record<string, string> = {
  'as:OrderedCollection': 'AnnotationCollection',
  'http://www.w3.org/ns/activitystreams#OrderedCollection': 'AnnotationCollection',
  'as:OrderedCollectionPage': 'AnnotationPage',
  'http://www.w3.org/ns/activitystreams#OrderedCollectionPage': 'AnnotationPage',
};
/** Type names anno.jsonld defines; under it a bare `Person` is not schema.org's. */
const annoTypes = new Set([
  'Annotation', 'AnnotationCollection', 'AnnotationPage', 'TextualBody', 'SpecificResource', 'Choice',
  'TextQuoteSelector', 'TextPositionSelector', 'RangeSelector', 'TimeState', 'Person', 'Organization', 'Software', 'Text',
]);

/** The terms in scope after a node's `@context`; reports a context that would need fetching. */
export function readContext(context: JsonValue | undefined, parent: Terms, note: NoteTaker): Terms {
  if (context === undefined) return parent;
  let schemaBare = parent.schemaBare;
  for (const entry of values(context)) {
    if (typeof entry === 'string') {
      if (schemaContext.test(entry)) schemaBare = true;
      else if (!annoContexts.has(entry)) {
        note(`The @context ${quoted(entry)} was not fetched (Claimmark never fetches anything); its terms were read by their usual names`, 'context-not-fetched', entry);
      }
    } else if (isJsonObject(entry)) {
      const vocabulary = entry['@vocab'];
      if (typeof vocabulary === 'string' && schemaPrefixes.slice(1).some((prefix) => vocabulary.startsWith(prefix))) schemaBare = true;
      if (Object.keys(entry).some((key) => key !== '@vocab' && key !== 'schema')) {
        note('An inline @context was not applied; its terms were read by their usual names', 'inline-context');
      }
    }
  }
  return { schemaBare };
}

/** A value as a list: absent is empty, a single value a list of one. */
export function values(value: JsonValue | undefined): JsonValue[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The objects among a value's entries. */
export function objects(value: JsonValue | undefined): JsonObject[] {
  return values(value).filter(isJsonObject);
}

/** A string value: a plain string, a `{"@value": string}`, or the first of a list. */
export function text(value: JsonValue | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return first;
  if (isJsonObject(first) && typeof first['@value'] === 'string') return first['@value'];
  return undefined;
}

/** A node's `id` (or `@id`). */
export function nodeId(node: JsonObject): string | undefined {
  return text(node.id) ?? text(node['@id']);
}

/** A string or a node's id: how an IRI-valued property is written. */
export function iri(value: JsonValue | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return first;
  return isJsonObject(first) ? nodeId(first) : undefined;
}

/** A node's types, normalised: W3C and ActivityStreams types by their anno.jsonld names, schema.org ones as `schema:Name`. */
export function nodeTypes(node: JsonObject, terms: Terms): string[] {
  return [...values(node.type), ...values(node['@type'])].filter((type) => typeof type === 'string').map((type) => normaliseType(type as string, terms));
}

function normaliseType(type: string, terms: Terms): string {
  // own entries only: a type named `toString` is a string like any other, not Object.prototype's
  if (Object.hasOwn(asTypes, type)) return asTypes[type];
  for (const prefix of oaPrefixes) if (type.startsWith(prefix)) return type.slice(prefix.length);
  for (const prefix of schemaPrefixes) if (type.startsWith(prefix)) return `schema:${type.slice(prefix.length)}`;
  if (terms.schemaBare && !annoTypes.has(type) && /^[A-Z]\w*$/.test(type)) return `schema:${type}`;
  return type;
}

/** A W3C vocabulary value such as a purpose, without an `oa:` prefix or namespace. */
export function w3cTerm(value: string): string {
  for (const prefix of oaPrefixes) if (value.startsWith(prefix)) return value.slice(prefix.length);
  return value;
}

/** The value of schema.org property `name`, however the file spells it. */
export function schemaValue(node: JsonObject, name: string, terms: Terms): JsonValue | undefined {
  for (const prefix of schemaPrefixes) {
    const value = node[prefix + name];
    if (value !== undefined) return value;
  }
  return terms.schemaBare ? node[name] : undefined;
}

/** A name: `schema:name`, or the bare `name` (foaf:name under anno.jsonld). */
export function nameOf(value: JsonValue | undefined, terms: Terms): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (!isJsonObject(first)) return text(first);
  return text(schemaValue(first, 'name', terms)) ?? text(first.name);
}

/**
 * Reads TextQuoteSelector and TextPositionSelector from a list of selectors
 * into one `selector`; bad ones are reported and skipped. A quote inside
 * another selector's `refinedBy` (a FragmentSelector, CssSelector or
 * XPathSelector narrowed to its words, W3C model §4.2.9) is read too; a
 * position there counts from the start of that fragment, not of the article,
 * so it is not. `pageOnly` names the other selector types present (a
 * RangeSelector, an XPath): they need the page's DOM, so they are not used.
 */
export function readTextSelectors(selectors: JsonValue | undefined, terms: Terms, note: NoteTaker): { selector: TextSelector; range: boolean; pageOnly: string[] } {
  const result: TextSelector = {};
  const pageOnly: string[] = [];
  const read = (list: JsonValue | undefined, refined: boolean, depth: number) => {
    for (const selector of objects(list)) {
      const types = nodeTypes(selector, terms);
      if (types.includes('TextQuoteSelector')) {
        if (result.exact !== undefined) continue;
        const exact = text(selector.exact);
        if (!exact) {
          note('A TextQuoteSelector without an exact quote was skipped', 'quote-without-exact');
          continue;
        }
        result.exact = exact;
        result.prefix = text(selector.prefix);
        result.suffix = text(selector.suffix);
      } else if (types.includes('TextPositionSelector')) {
        if (result.start !== undefined) continue;
        if (refined) {
          note('A TextPositionSelector inside another selector was not used: it counts from the start of that part of the page, not of the article', 'refined-position');
          continue;
        }
        const { start, end } = selector;
        if (!isOffset(start) || !isOffset(end) || start > end) {
          note(`A TextPositionSelector with start ${JSON.stringify(start)} and end ${JSON.stringify(end)} was skipped: they must be whole numbers, start <= end`, 'bad-position', `${JSON.stringify(start)}–${JSON.stringify(end)}`);
          continue;
        }
        result.start = start;
        result.end = end;
      } else {
        const type = types[0] ?? 'selector';
        if (!pageOnly.includes(type)) pageOnly.push(type);
        // the depth of the file is bounded already; this bounds the work
        if (depth < 16 && selector.refinedBy !== undefined) read(selector.refinedBy, true, depth + 1);
      }
    }
  };
  read(selectors, false, 0);
  return { selector: result, range: pageOnly.includes('RangeSelector'), pageOnly };
}

function isOffset(value: JsonValue | undefined): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** A value for a message: quoted, and cut short when long. */
export function quoted(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
}
