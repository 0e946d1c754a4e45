/**
 * Export to W3C Web Annotation JSON-LD (design.md, "Exchange format"; the
 * format is described in docs/format.md). One AnnotationCollection with one
 * embedded page; each annotation's kind is a classifying TextualBody and its
 * fact-checking meaning is schema.org through the `schema:` prefix that
 * anno.jsonld already defines, so `@context` is exactly the anno context.
 * `fromJsonLd` (jsonld-import.ts) reads it back.
 */
import type { Agent, Annotation, ForeignRating, Source } from '../annotation/annotation.ts';
import type { ArticleMetadata } from '../annotation/article.ts';
import { isDateTimeStamp, isoDateForm } from '../annotation/dates.ts';
import { newAnnotationId, timestamp } from '../annotation/ids.ts';
import { type KindDefinition, isQuoteKind } from '../annotation/kinds.ts';
import { claimReviewedOf } from './claim-review.ts';
import { exportedNoteBodies, exportedSelectors, exportedSource } from './carried.ts';
import { reviewProperties } from './review-nodes.ts';
import { relationNodes } from '../relations/relations-jsonld.ts';
import { prefixedSchemaOrg, schemaOrganization, schemaPerson, withoutUndefined } from './nodes.ts';
import { describeQuote } from '../text/quote.ts';
import { CodePointIndex } from '../text/text.ts';
import { type Verdict, defaultVerdictId, findVerdict } from '../annotation/verdicts.ts';

/** The W3C Web Annotation context, exactly as the model and its test suite require it. */
export const annoContext = 'http://www.w3.org/ns/anno.jsonld';

/** The `generator` name that marks our own exports; import trusts their code point offsets and orphans. */
export const generatorName = 'Claimmark';

/** A JSON-LD node as exported: plain JSON. */
export type JsonLdNode = { [key: string]: JsonLdValue };
/** A JSON value inside an exported node. */
export type JsonLdValue = string | number | boolean | JsonLdNode | JsonLdValue[];

/** One exported W3C Annotation. */
export interface JsonLdAnnotation extends JsonLdNode {
  id: string;
  type: 'Annotation';
  /** `classifying`, or the motivation the file it came from gave. */
  motivation: JsonLdValue;
  created: string;
  modified: string;
  body: JsonLdNode[];
  /** Ours, or ours and the other targets the file gave. */
  target: JsonLdNode | JsonLdNode[];
}

/** The export: a W3C AnnotationCollection with its one page embedded. */
export interface AnnotationCollection extends JsonLdNode {
  '@context': typeof annoContext;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: JsonLdNode & { type: 'AnnotationPage'; items: JsonLdAnnotation[] };
}

/** What `toJsonLd` exports: the article, its plain text, its annotations and the vocabulary. */
export interface JsonLdExportInput {
  article: ArticleMetadata;
  /** The article's plain text, which the annotations' offsets count in (for prefix and suffix). */
  text: string;
  annotations: readonly Annotation[];
  kinds: readonly KindDefinition[];
  verdicts: readonly Verdict[];
  /** Who exports: the W3C `creator` of the annotations that name none (an annotation's own creator is never replaced). */
  creator?: { name: string; url?: string };
  /** When, ISO 8601 with timezone; now by default. */
  generated?: string;
  /** The collection's IRI; a new `urn:uuid:` by default. */
  id?: string;
  /** An IRI naming the article when it has no URL, such as its stored document's `urn:uuid:`; a new one by default. */
  documentId?: string;
  /** Export annotations that were private where they came from (`private`) too; left out by default. */
  includePrivate?: boolean;
}

/**
 * The W3C Web Annotation JSON-LD of an article's annotations, lossless for
 * every Annotation field (orphans included). Throws a RangeError when an
 * anchored annotation's `exact` is not the text at its offsets. See
 * `fromJsonLd` for the way back and `toClaimReviews` for publication.
 */
export function toJsonLd(input: JsonLdExportInput): AnnotationCollection {
  const text = new CodePointIndex(input.text);
  const collectionId = input.id ?? newAnnotationId();
  const pageId = withFragment(collectionId, 'page-1');
  const source = input.article.url ?? input.documentId ?? newAnnotationId();
  const generated = input.generated ?? timestamp();
  const context: ExportContext = { ...input, text, source, generated };
  const items = input.annotations
    .filter((annotation) => input.includePrivate || !annotation.private)
    .flatMap((annotation) => [annotationNode(annotation, context), ...(relationNodes(annotation, agentNode) as JsonLdAnnotation[])]);
  const title = input.article.title;
  return {
    '@context': annoContext,
    id: collectionId,
    type: 'AnnotationCollection',
    label: title ? `Claimmark annotations: ${title}` : 'Claimmark annotations',
    total: items.length,
    'schema:about': articleNode(input.article, source),
    first: { id: pageId, type: 'AnnotationPage', partOf: { id: collectionId }, startIndex: 0, items },
    last: pageId,
  };
}

interface ExportContext extends Omit<JsonLdExportInput, 'text'> {
  text: CodePointIndex;
  source: string;
  generated: string;
}

/** The article as a schema.org node, so an import can restore its metadata. */
function articleNode(article: ArticleMetadata, source: string): JsonLdNode {
  return withoutUndefined<JsonLdValue>({
    id: source,
    type: 'schema:Article',
    'schema:url': article.url ? { id: article.url } : undefined,
    'schema:headline': article.title,
    'schema:publisher': article.publisher ? schemaOrganization(article.publisher, prefixedSchemaOrg) : undefined,
    'schema:author': article.author ? schemaPerson({ name: article.author }, prefixedSchemaOrg) : undefined,
    'schema:datePublished': article.published,
  });
}

/**
 * One annotation: ours, with what the file it came from said that we do not
 * model written again as it was (docs/format.md, "Carried through"): its
 * motivation and other properties, another tool's generator beside ours, its
 * target's properties and selectors beside ours, its other targets.
 */
function annotationNode(annotation: Annotation, context: ExportContext): JsonLdAnnotation {
  const { motivation = 'classifying', generator: theirGenerator, ...properties } = (annotation.carried?.annotation ?? {}) as JsonLdNode;
  const ourGenerator: JsonLdNode = { type: 'Software', name: generatorName };
  const ours = selectors(annotation, context.text);
  const target: JsonLdNode = {
    ...(annotation.carried?.target as JsonLdNode | undefined),
    type: 'SpecificResource',
    source: exportedSource(annotation, context.source),
    selector: [...ours, ...(exportedSelectors(annotation, ours) as JsonLdValue[])],
  };
  const targets = annotation.carried?.targets as JsonLdNode[] | undefined;
  return {
    ...properties,
    id: annotation.id,
    type: 'Annotation',
    motivation,
    ...creatorOf(annotation, context),
    ...(reviewProperties(annotation, agentNode) as JsonLdNode),
    created: annotation.created,
    modified: annotation.modified,
    generator: theirGenerator === undefined ? ourGenerator : [ourGenerator, ...(Array.isArray(theirGenerator) ? theirGenerator : [theirGenerator])],
    generated: context.generated,
    body: bodies(annotation, context),
    target: targets?.length ? [target, ...targets] : target,
  };
}

/**
 * Who made the annotation, as it was made or imported; the exporting
 * fact-checker only for one that names nobody. Who changed it last is
 * `schema:editor` ("the person who edited the CreativeWork"): the W3C model
 * has no term for it (docs/format.md).
 */
function creatorOf(annotation: Annotation, context: ExportContext): JsonLdNode {
  const creator = annotation.creator ?? (context.creator && { type: 'Person' as const, name: context.creator.name, homepage: context.creator.url });
  return withoutUndefined<JsonLdValue>({
    creator: creator ? (annotation.coCreators?.length ? [creator, ...annotation.coCreators].map(agentNode) : agentNode(creator)) : undefined,
    'schema:editor': annotation.modifiedBy ? agentNode(annotation.modifiedBy) : undefined,
  });
}

/** An Agent in the W3C model's terms (§3.3.2), with what it has. */
function agentNode(agent: Agent): JsonLdNode {
  return withoutUndefined<JsonLdValue>({
    id: agent.id,
    type: agent.type,
    name: agent.name,
    nickname: agent.nickname,
    email: agent.email,
    email_sha1: agent.emailSha1,
    homepage: agent.homepage,
  });
}

/**
 * A TextQuoteSelector and a TextPositionSelector in code points. An orphan has
 * no text, so no context; its position selector is collapsed (start = end) at
 * the place its text was, which is how import knows it is an orphan.
 */
function selectors(annotation: Annotation, text: CodePointIndex): JsonLdNode[] {
  if (annotation.status === 'orphaned') {
    return [
      { type: 'TextQuoteSelector', exact: annotation.exact },
      { type: 'TextPositionSelector', start: annotation.start, end: annotation.start },
    ];
  }
  const quote = describeQuote(text, annotation);
  if (quote.exact !== annotation.exact) {
    throw new RangeError(`Annotation ${annotation.id}: the text at ${annotation.start}-${annotation.end} is ${JSON.stringify(quote.exact)}, not ${JSON.stringify(annotation.exact)}`);
  }
  return [
    withoutUndefined<JsonLdValue>({ type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix || undefined, suffix: quote.suffix || undefined }),
    { type: 'TextPositionSelector', start: annotation.start, end: annotation.end },
  ];
}

/** The bodies, in a fixed order: kind, meaning, review, sources, note (the file's note bodies while it is unchanged), the file's other bodies. */
function bodies(annotation: Annotation, context: ExportContext): JsonLdNode[] {
  const list: JsonLdNode[] = [{ type: 'TextualBody', purpose: 'classifying', value: annotation.kind, format: 'text/plain' }];
  const meaning = meaningNode(annotation, context);
  list.push(meaning);
  if (annotation.claim !== undefined || annotation.verdict !== undefined || annotation.foreignRating !== undefined) list.push(reviewNode(annotation, meaning.id as string, context));
  for (const source of annotation.sources ?? []) list.push(sourceNode(source));
  const fileNote = exportedNoteBodies(annotation);
  if (fileNote) list.push(...(fileNote as JsonLdNode[]));
  else if (annotation.note !== undefined) list.push({ type: 'TextualBody', purpose: 'commenting', value: annotation.note, format: 'text/plain' });
  list.push(...((annotation.carried?.bodies ?? []) as JsonLdNode[]));
  return list;
}

/**
 * The schema.org meaning of the span: a Quotation for quote kinds, whose
 * speaker is `spokenByCharacter` ("the person to whom the quotation is
 * attributed within the containing CreativeWork"); otherwise a Claim, whose
 * author made it and whose `appearance` is the article.
 */
function meaningNode(annotation: Annotation, context: ExportContext): JsonLdNode {
  const quote = isQuoteKind(context.kinds, annotation.kind);
  return withoutUndefined<JsonLdValue>({
    id: withFragment(annotation.id, quote ? 'quotation' : 'claim'),
    type: quote ? 'schema:Quotation' : 'schema:Claim',
    'schema:text': quote ? annotation.exact : undefined,
    [quote ? 'schema:spokenByCharacter' : 'schema:author']: annotation.attribution ? schemaPerson(annotation.attribution, prefixedSchemaOrg) : undefined,
    'schema:appearance': quote ? undefined : { id: context.source },
    'schema:isPartOf': quote ? { id: context.source } : undefined,
    'schema:genre': annotation.quoteStyle,
    'schema:recordedAt': annotation.occasion !== undefined ? { type: 'schema:Event', 'schema:name': annotation.occasion } : undefined,
  });
}

/**
 * The ClaimReview: the claim restated as `claimReviewed` (or the article's
 * words, `claimReviewedOf`), the verdict as a
 * Rating whose `alternateName` is the label people read and whose
 * `identifier` is our verdict id; a rating from elsewhere as it came (also
 * beside "unverified", which does not replace it).
 */
function reviewNode(annotation: Annotation, reviewedId: string, context: ExportContext): JsonLdNode {
  const verdict = annotation.verdict;
  return withoutUndefined<JsonLdValue>({
    id: withFragment(annotation.id, 'review'),
    type: 'schema:ClaimReview',
    // Google requires it: the article's words stand for a claim not restated (import reads them back as no restatement)
    'schema:claimReviewed': claimReviewedOf(annotation),
    'schema:itemReviewed': { id: reviewedId },
    'schema:reviewRating':
      verdict !== undefined && !(verdict === defaultVerdictId && annotation.foreignRating)
        ? { type: 'schema:Rating', 'schema:alternateName': findVerdict(context.verdicts, verdict)?.label ?? verdict, 'schema:identifier': verdict }
        : annotation.foreignRating && foreignRatingNode(annotation.foreignRating),
  });
}

/** A rating on another scale, unchanged: its label, id, place on the scale, and whose scale (the Rating's `author`). */
function foreignRatingNode(rating: ForeignRating): JsonLdNode {
  return withoutUndefined<JsonLdValue>({
    type: 'schema:Rating',
    'schema:alternateName': rating.label,
    'schema:identifier': rating.id,
    'schema:ratingValue': rating.value,
    'schema:bestRating': rating.best,
    'schema:worstRating': rating.worst,
    'schema:author': rating.scale !== undefined ? { type: 'schema:Organization', 'schema:name': rating.scale } : undefined,
  });
}

/**
 * A source as a linking SpecificResource: its stance as
 * `schema:linkRelationship`, its title as `schema:name`, and the date it was
 * read as a W3C TimeState (the version of the page that date).
 */
function sourceNode(source: Source): JsonLdNode {
  return withoutUndefined<JsonLdValue>({
    type: 'SpecificResource',
    purpose: 'linking',
    source: source.url,
    'schema:name': source.title,
    'schema:linkRelationship': source.stance,
    ...accessedNode(source.accessed),
  });
}

/**
 * A date becomes a TimeState spanning that day (UTC), a date-time with
 * timezone its `sourceDate`; anything else the form let through is kept as
 * text in `schema:temporal`.
 */
function accessedNode(accessed: string | undefined): JsonLdNode {
  if (accessed === undefined) return {};
  if (isoDateForm(accessed) === 'day') {
    return { state: { type: 'TimeState', sourceDateStart: `${accessed}T00:00:00Z`, sourceDateEnd: `${accessed}T23:59:59Z` } };
  }
  if (isDateTimeStamp(accessed)) return { state: { type: 'TimeState', sourceDate: accessed } };
  return { 'schema:temporal': accessed };
}

/** `iri#name`, or `iri-name` when the IRI already has a fragment. */
function withFragment(iri: string, name: string): string {
  return iri.includes('#') ? `${iri}-${name}` : `${iri}#${name}`;
}
