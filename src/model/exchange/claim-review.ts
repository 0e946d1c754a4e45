/**
 * schema.org ClaimReview markup for a fact-check page: plain JSON-LD with the
 * fields Google's Fact Check tools require (`claimReviewed`, `reviewRating`
 * with `alternateName`, `url`) and recommend (`author`, `datePublished`,
 * `itemReviewed` Claim with its `author`, `datePublished` and `appearance`).
 */
import type { Annotation } from '../annotation/annotation.ts';
import { isHttpUrl } from '../annotation/annotation-input.ts';
import type { ArticleMetadata } from '../annotation/article.ts';
import { timestamp } from '../annotation/ids.ts';
import { type Verdict, defaultVerdictId, findVerdict } from '../annotation/verdicts.ts';
import { plainSchemaOrg, schemaOrganization, schemaPerson, withoutUndefined } from './nodes.ts';

/** A ClaimReview as plain schema.org JSON-LD. */
export type ClaimReviewJson = { [key: string]: unknown };

/** What `toClaimReviews` publishes, and who publishes it where. */
export interface ClaimReviewInput {
  article: ArticleMetadata;
  annotations: readonly Annotation[];
  verdicts: readonly Verdict[];
  /** The fact-check page that will carry the markup. */
  url: string;
  /** The publisher of the fact check (Google: the organisation, not the writer). */
  author: { name: string; url?: string };
  /** The fact check's publication date; today (UTC) by default. */
  datePublished?: string;
}

/**
 * One ClaimReview per anchored annotation, of any kind, that has a verdict
 * other than "unverified" (which is no finding yet), in text order. Orphans
 * are left out: their text is no longer in the article the review points to.
 * Throws a TypeError when `url` is not an http(s) URL. See `toJsonLd` for the
 * exchange format.
 */
export function toClaimReviews(input: ClaimReviewInput): ClaimReviewJson[] {
  if (!isHttpUrl(input.url)) throw new TypeError(`The fact-check URL ${JSON.stringify(input.url)} is not an http(s) URL`);
  const datePublished = input.datePublished ?? timestamp().slice(0, 10);
  return input.annotations
    .filter((annotation) => annotation.status === 'anchored' && annotation.verdict !== undefined && annotation.verdict !== defaultVerdictId)
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((annotation) => review(annotation, input, datePublished));
}

function review(annotation: Annotation, input: ClaimReviewInput, datePublished: string): ClaimReviewJson {
  const verdict = annotation.verdict as string;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: input.url,
    // Google requires a summary of the claim; without one the words of the article stand for it
    claimReviewed: annotation.claim ?? annotation.exact,
    author: schemaOrganization(input.author.name, plainSchemaOrg, input.author.url),
    datePublished,
    reviewRating: { '@type': 'Rating', alternateName: findVerdict(input.verdicts, verdict)?.label ?? verdict },
    itemReviewed: withoutUndefined({
      '@type': 'Claim',
      author: annotation.attribution ? schemaPerson(annotation.attribution, plainSchemaOrg) : undefined,
      datePublished: input.article.published,
      appearance: input.article.url ? appearance(input.article) : undefined,
    }),
  };
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
