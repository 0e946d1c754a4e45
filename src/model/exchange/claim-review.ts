/**
 * schema.org ClaimReview markup for a fact-check page: plain JSON-LD with the
 * fields Google's Fact Check tools require (`claimReviewed`, `reviewRating`
 * with `alternateName`, `url`) and recommend (`author` and `publisher`, the
 * fact-checking organisation; `datePublished`; `name`; `itemReviewed` Claim
 * with its `author`, `datePublished`, `appearance` and `firstAppearance`).
 */
import type { Annotation, ForeignRating } from '../annotation/annotation.ts';
import { isHttpUrl } from '../annotation/annotation-input.ts';
import type { ArticleMetadata } from '../annotation/article.ts';
import { isoDateForm, localDay } from '../annotation/dates.ts';
import { type Verdict, defaultVerdictId, findVerdict, ratingNumbers } from '../annotation/verdicts.ts';
import { plainSchemaOrg, schemaOrganization, schemaPerson, withoutUndefined } from './nodes.ts';
import { type LinkType, defaultLinkTypes, findLinkType } from '../relations/links.ts';

/** A ClaimReview as plain schema.org JSON-LD. */
export type ClaimReviewJson = { [key: string]: unknown };

/** What `toClaimReviews` publishes, and who publishes it where. */
export interface ClaimReviewInput {
  article: ArticleMetadata;
  annotations: readonly Annotation[];
  verdicts: readonly Verdict[];
  /** The fact-check page that will carry the markup. */
  url: string;
  /** The publisher of the fact check (Google: the organisation, not the writer); never the checked article's publisher. */
  author: { name: string; url?: string };
  /** The fact check's publication day (2026-03-12); today, on the user's calendar, by default. */
  datePublished?: string;
  /** The review's `name` from its `claimReviewed`; `Fact check: <claim>` by default (the element passes its language's words). */
  name?: (claimReviewed: string) => string;
  /** The link types, to know which links are evidence (`isBasedOn`, `citation`); the defaults when absent. */
  linkTypes?: readonly LinkType[];
}

/** Google's advice for `claimReviewed`: a short summary, under 75 characters. */
export const claimReviewedAdvisedLength = 75;

/**
 * What a review says it reviews: the claim restated, or else the article's
 * words with their line breaks and runs of spaces made single spaces. The
 * words are never cut: a cut claim reads as another claim; the dialog asks
 * for a restatement when they are long (`claimReviewedAdvisedLength`).
 */
export function claimReviewedOf(annotation: Pick<Annotation, 'claim' | 'exact'>): string {
  return annotation.claim ?? annotation.exact.replace(/\s+/g, ' ').trim();
}

/**
 * The annotations `toClaimReviews` publishes: anchored ones, of any kind, with
 * a finding (a verdict other than "unverified", or a rating from another
 * scale), in text order.
 */
export function publishedReviews(annotations: readonly Annotation[]): Annotation[] {
  return annotations
    .filter((a) => a.status === 'anchored' && ((a.verdict !== undefined && a.verdict !== defaultVerdictId) || a.foreignRating !== undefined))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Why `day` cannot be a review's publication date, or null: it must be an ISO
 * day (2026-03-12) and not after tomorrow on the user's calendar (a day of
 * slack for a publisher in a time zone ahead).
 */
export function reviewDateProblem(day: string, now = new Date()): 'not-a-date' | 'future' | null {
  if (isoDateForm(day) !== 'day') return 'not-a-date';
  const tomorrow = localDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1));
  return day > tomorrow ? 'future' : null;
}

/**
 * One ClaimReview per annotation `publishedReviews` picks. Orphans are left
 * out: their text is no longer in the article the review points to. Throws a
 * TypeError when `url` is not an http(s) URL or `datePublished` is not a day.
 * See `toJsonLd` for the exchange format.
 */
export function toClaimReviews(input: ClaimReviewInput): ClaimReviewJson[] {
  if (!isHttpUrl(input.url)) throw new TypeError(`The fact-check URL ${JSON.stringify(input.url)} is not an http(s) URL`);
  const datePublished = input.datePublished ?? localDay();
  if (isoDateForm(datePublished) !== 'day') throw new TypeError(`The review date ${JSON.stringify(datePublished)} is not a day such as 2026-03-12`);
  return publishedReviews(input.annotations).map((annotation) => review(annotation, input, datePublished));
}

function review(annotation: Annotation, input: ClaimReviewInput, datePublished: string): ClaimReviewJson {
  const claimReviewed = claimReviewedOf(annotation);
  const { evidence, statedBy } = relatedOf(annotation, input.annotations, input.linkTypes ?? defaultLinkTypes);
  const cited = new Map(evidence.flatMap((other) => other.sources ?? []).map((source) => [source.url, source]));
  const speaker = annotation.attribution ?? statedBy.find((quote) => quote.attribution)?.attribution;
  const appearances = [
    ...(input.article.url ? [appearance(input.article)] : []),
    ...statedBy.map((quote) => withoutUndefined({ '@type': 'Quotation', text: quote.exact, spokenByCharacter: quote.attribution ? schemaPerson(quote.attribution, plainSchemaOrg) : undefined, isPartOf: input.article.url })),
  ];
  // Google reads `author` as the publishing organisation; schema.org's CreativeWork also has `publisher`
  const publisher = schemaOrganization(input.author.name, plainSchemaOrg, input.author.url);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: input.url,
    name: input.name ? input.name(claimReviewed) : `Fact check: ${claimReviewed}`,
    claimReviewed,
    author: publisher,
    publisher,
    datePublished,
    reviewRating: rating(annotation, input.verdicts),
    // the evidence linked to it (supported by, refuted by): its words, and the sources it gives
    isBasedOn: evidence.length ? evidence.map((other) => withoutUndefined({ '@type': 'CreativeWork', text: other.exact, url: input.article.url })) : undefined,
    citation: cited.size ? [...cited.values()].map((source) => withoutUndefined({ '@type': 'CreativeWork', url: source.url, name: source.title })) : undefined,
    itemReviewed: withoutUndefined({
      '@type': 'Claim',
      // the speaker of a quote that states the claim, when the claim names none
      author: speaker ? schemaPerson(speaker, plainSchemaOrg) : undefined,
      datePublished: input.article.published,
      appearance: appearances.length > 1 ? appearances : appearances[0],
      firstAppearance: input.article.url && isFirstAppearance(annotation, input.article) ? appearance(input.article) : undefined,
    }),
  };
}

/** The verdict's label, with its numbers on the site's scale (`ratingNumbers`); a rating from elsewhere with its own, and whose scale it is. */
function rating(annotation: Annotation, verdicts: readonly Verdict[]): ClaimReviewJson {
  const verdict = annotation.verdict;
  if (verdict === undefined || verdict === defaultVerdictId) {
    const given = annotation.foreignRating as ForeignRating;
    const scale = given.scale !== undefined ? schemaOrganization(given.scale, plainSchemaOrg) : undefined;
    return ratingNode(given.label, given, scale);
  }
  return ratingNode(findVerdict(verdicts, verdict)?.label ?? verdict, ratingNumbers(verdicts, verdict));
}

function ratingNode(label: string, numbers: { value?: number | string; best?: number | string; worst?: number | string } | null | undefined, author?: ClaimReviewJson): ClaimReviewJson {
  return withoutUndefined({ '@type': 'Rating', alternateName: label, ratingValue: numbers?.value, bestRating: numbers?.best, worstRating: numbers?.worst, author });
}

/**
 * Whether the article is where the claim first appeared: when its speaker is
 * the article's own author or publisher, the article is what made it. A claim
 * the article reports from someone else appeared before, somewhere unknown.
 */
function isFirstAppearance(annotation: Annotation, article: ArticleMetadata): boolean {
  const speaker = annotation.attribution?.name.trim().toLowerCase();
  return speaker !== undefined && [article.author, article.publisher].some((name) => name?.trim().toLowerCase() === speaker);
}

/** The evidence linked from `annotation` (by a link type that is evidence by default) and the quotes that state it, among `all`. */
function relatedOf(annotation: Annotation, all: readonly Annotation[], types: readonly LinkType[]): { evidence: Annotation[]; statedBy: Annotation[] } {
  const byId = new Map(all.map((other) => [other.id, other]));
  const evidence = (annotation.links ?? [])
    .filter((link) => findLinkType(types, link.type)?.evidence)
    .map((link) => byId.get(link.to))
    .filter((other): other is Annotation => other !== undefined);
  const statedBy = all.filter((other) => other.links?.some((link) => link.type === 'states' && link.to === annotation.id));
  return { evidence, statedBy };
}

/** The article the claim appears in: its URL, with headline, date and publisher when known. */
function appearance(article: ArticleMetadata): ClaimReviewJson {
  return withoutUndefined({
    '@type': 'CreativeWork',
    url: article.url,
    headline: article.title,
    datePublished: article.published,
    author: article.author ? schemaPerson({ name: article.author }, plainSchemaOrg) : undefined,
    publisher: article.publisher ? schemaOrganization(article.publisher, plainSchemaOrg) : undefined,
  });
}
