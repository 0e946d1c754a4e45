/**
 * Reading the ids of links and replies, and link types back from their IRIs:
 * what checking given and imported relations needs, apart from links.ts, which
 * start-up loads.
 */
import { linkTypeBase } from './links.ts';

/** An id as annotations and links are named: a non-empty text of up to 2,048 characters. */
export function isRelationId(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && value.length <= 2048;
}

/** The link type id an IRI of an export names (`linkTypeIri` read back); another IRI is kept as given. */
export function linkTypeOf(iri: string): string {
  const own = iri.startsWith(linkTypeBase) ? iri.slice(linkTypeBase.length) : '';
  return /^[a-z0-9-]{1,64}$/.test(own) ? own : iri;
}
