/**
 * Building the JSON nodes our files carry: the one helper that leaves absent
 * fields out, and the schema.org nodes both exports write. The exchange
 * JSON-LD (`toJsonLd`) writes them under the W3C annotation context, with
 * `type` and `schema:` terms; ClaimReview markup (`toClaimReviews`) as plain
 * schema.org, with `@type` and bare terms. One builder serves both.
 */
import type { Attribution } from '../annotation/annotation.ts';

/** `object` without its undefined entries, so a file shows only the fields that are there. */
export function withoutUndefined<V>(object: { [key: string]: V | undefined }): { [key: string]: V };
export function withoutUndefined<T extends object>(object: T): T;
export function withoutUndefined(object: object): object {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

/** How a schema.org node is written: the key of its type and the prefix of its terms. */
export interface SchemaOrgTerms {
  type: 'type' | '@type';
  prefix: '' | 'schema:';
}

/** schema.org inside our JSON-LD, whose context is the W3C annotation context. */
export const prefixedSchemaOrg: SchemaOrgTerms = { type: 'type', prefix: 'schema:' };

/** Plain schema.org markup (`"@context": "https://schema.org"`). */
export const plainSchemaOrg: SchemaOrgTerms = { type: '@type', prefix: '' };

/** A schema.org node of `type` with `fields` (bare term names), written in `terms`; undefined fields are left out. */
export function schemaNode<V>(terms: SchemaOrgTerms, type: string, fields: { [term: string]: V | undefined }): { [key: string]: V | string } {
  const node: { [key: string]: V | string | undefined } = { [terms.type]: `${terms.prefix}${type}` };
  for (const [term, value] of Object.entries(fields)) node[`${terms.prefix}${term}`] = value;
  return withoutUndefined(node);
}

/**
 * The schema.org node an attribution names: a Person with name, job title
 * (role) and affiliation (organization), or an Organization with its name and
 * the organization it is part of (`parentOrganization`).
 */
export function schemaPerson(attribution: Attribution, terms: SchemaOrgTerms): { [key: string]: string | { [key: string]: string } } {
  if (attribution.type === 'Organization') {
    return schemaNode<string | { [key: string]: string }>(terms, 'Organization', {
      name: attribution.name,
      parentOrganization: attribution.organization !== undefined ? schemaOrganization(attribution.organization, terms) : undefined,
    });
  }
  return schemaNode<string | { [key: string]: string }>(terms, 'Person', {
    name: attribution.name,
    jobTitle: attribution.role,
    affiliation: attribution.organization !== undefined ? schemaOrganization(attribution.organization, terms) : undefined,
  });
}

/** A schema.org Organization by its name, and its URL when known. */
export function schemaOrganization(name: string, terms: SchemaOrgTerms, url?: string): { [key: string]: string } {
  return schemaNode(terms, 'Organization', { name, url });
}
