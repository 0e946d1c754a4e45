/**
 * Links between annotations: typed and directed, any number. "This claim is
 * supported by that fact", "this quote states that claim", "this claim repeats
 * that one (in another article too)". A link lives on the annotation it starts
 * from (its `links`), names the other by id (`to`), and is an annotation of its
 * own in the W3C model (motivation `linking`, relations-jsonld.ts). The link
 * types are a vocabulary a site can extend, like kinds.
 */
import type { Agent } from '../annotation/annotation.ts';

/** One link from the annotation that holds it to annotation `to`. */
export interface AnnotationLink {
  /** The link's own identity (a `urn:uuid:`), as its W3C annotation's id. */
  id: string;
  /** A link type id of the site's vocabulary, or one from elsewhere kept as given (an IRI). */
  type: string;
  /** The id of the annotation linked to; it may be in another article, or gone from every one. */
  to: string;
  /** The stored article `to` is in, when it is another article of the library. */
  toArticle?: string;
  created: string;
  creator?: Agent;
}

/**
 * A kind of link. `label` reads from the annotation that holds the link ("is
 * supported by"), `inverse` from the other end ("supports"). `evidence` makes
 * the linked annotations count as supporting or refuting evidence of the
 * holder ("Evidence: 2 supporting, 1 refuting").
 */
export interface LinkType {
  /** Stored and exported: lowercase letters, digits and dashes, or an IRI. */
  id: string;
  label: string;
  inverse: string;
  evidence?: 'supports' | 'refutes';
}

/** The default link types. */
export const defaultLinkTypes: readonly LinkType[] = [
  { id: 'supported-by', label: 'is supported by', inverse: 'supports', evidence: 'supports' },
  { id: 'refuted-by', label: 'is refuted by', inverse: 'refutes', evidence: 'refutes' },
  { id: 'states', label: 'states', inverse: 'is stated by' },
  { id: 'contradicts', label: 'contradicts', inverse: 'is contradicted by' },
  { id: 'repeats', label: 'repeats', inverse: 'is repeated by' },
];

/** The most links one annotation holds. */
export const linksPerAnnotation = 1000;

/**
 * A site's link types checked whole, or a TypeError naming the first problem:
 * a non-empty list of `{ id, label, inverse, evidence? }` with distinct ids
 * (lowercase letters, digits and dashes, up to 64) and labels of up to 100
 * characters.
 */
export function normalizeLinkTypes(value: unknown): LinkType[] {
  if (!Array.isArray(value) || !value.length) throw new TypeError('Link types are a non-empty array of { id, label, inverse }');
  const seen = new Set<string>();
  return value.map((given, index) => {
    const text = (key: string) => (typeof given?.[key] === 'string' ? given[key].trim() : '');
    const [id, label, inverse] = [text('id'), text('label'), text('inverse') || text('label')];
    const evidence = given?.evidence;
    if (!/^[a-z0-9-]{1,64}$/.test(id) || seen.has(id) || !label || label.length > 100 || inverse.length > 100 || (evidence != null && evidence !== 'supports' && evidence !== 'refutes')) {
      throw new TypeError(`Link type ${index} needs a new id of lowercase letters, digits and dashes, a label and an inverse of up to 100 characters, and evidence "supports", "refutes" or none: ${JSON.stringify(given)}`);
    }
    seen.add(id);
    return evidence ? { id, label, inverse, evidence } : { id, label, inverse };
  });
}

/** The type `id` of `types`, or null for a type from elsewhere. */
export function findLinkType(types: readonly LinkType[], id: string): LinkType | null {
  return types.find((type) => type.id === id) ?? null;
}

/** How many linked annotations support and refute one holding `links`. */
export function evidenceCounts(links: readonly AnnotationLink[] | undefined, types: readonly LinkType[]): { supports: number; refutes: number } {
  const counts = { supports: 0, refutes: 0 };
  for (const link of links ?? []) {
    const evidence = findLinkType(types, link.type)?.evidence;
    if (evidence) counts[evidence]++;
  }
  return counts;
}

/** Our namespace, where the default link types are named in exports. */
export const linkTypeBase = 'https://w3id.org/claimmark/ns#';

/** The IRI an export names link type `id` by: ours for a plain id, the id itself when it is an IRI from elsewhere. */
export function linkTypeIri(id: string): string {
  return /^[a-z0-9-]+$/.test(id) ? linkTypeBase + id : id;
}
