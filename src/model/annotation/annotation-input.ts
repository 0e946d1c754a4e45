/**
 * Checking what callers pass in: the kind, the fields and the span of an
 * annotation. Every check throws an AnnotationError whose message names the
 * problem, before anything is changed.
 */
import { checkAgent } from './agents.ts';
import {
  type Agent,
  type AnnotationFields,
  type AnnotationInput,
  type Attribution,
  type ForeignRating,
  type Source,
  AnnotationError,
  stances,
} from './annotation.ts';
import { startsWithIsoDay } from './dates.ts';
import { type ReviewStatus, checkReviewFields } from '../review/review.ts';
import type { LinkType } from '../relations/links.ts';
import { type KindDefinition, findKind } from './kinds.ts';
import { type TextSpan, findQuote } from '../text/quote.ts';
import type { CodePointIndex } from '../text/text.ts';
import { type Verdict, defaultVerdictId, findVerdictByName } from './verdicts.ts';

/** The kinds and verdicts an editor accepts, and the status scale its forms and reports name statuses by. */
export interface Vocabulary {
  kinds: readonly KindDefinition[];
  verdicts: readonly Verdict[];
  statuses?: readonly ReviewStatus[];
  /** The link types people choose from (see `LinkType`); the defaults when absent. */
  linkTypes?: readonly LinkType[];
}

/** The kind definition for `id`, or an `unknown-kind` error listing the known ones. */
export function requireKind(vocabulary: Vocabulary, id: unknown): KindDefinition {
  const kind = typeof id === 'string' ? findKind(vocabulary.kinds, id) : null;
  if (!kind) {
    const known = vocabulary.kinds.map((k) => k.id).join(', ');
    throw new AnnotationError(`Unknown kind ${JSON.stringify(id)}; known kinds: ${known}`, 'unknown-kind', 'kind');
  }
  return kind;
}

/** Whether `url` is an absolute http or https URL, the only links we keep. */
/**
 * Whether two http(s) addresses name the same page, as a reader would say: the
 * scheme (http or https), a leading `www.`, a trailing slash, the fragment and
 * tracking parameters (`utm_*`, `fbclid`, `gclid`) do not count.
 */
export function samePage(a: string, b: string): boolean {
  const page = (url: string) => {
    const parsed = new URL(url);
    const query = [...parsed.searchParams].filter(([key]) => !/^(utm_|fbclid$|gclid$)/i.test(key)).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `${parsed.hostname.replace(/^www\./i, '').toLowerCase()}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname.replace(/\/+$/, '')}?${new URLSearchParams(query)}`;
  };
  if (!isHttpUrl(a) || !isHttpUrl(b)) return a === b;
  return page(a) === page(b);
}

export function isHttpUrl(url: unknown): url is string {
  if (typeof url !== 'string') return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Checks the fields present in `input` and returns them cleaned: strings
 * trimmed, empty values as `undefined` (which clears a field in an update).
 */
export function checkFields(input: AnnotationFields, vocabulary: Vocabulary): AnnotationFields {
  const fields: AnnotationFields = {};
  if ('attribution' in input) fields.attribution = checkAttribution(input.attribution);
  if ('claim' in input) fields.claim = optionalText(input.claim, 'claim');
  if ('note' in input) fields.note = optionalText(input.note, 'note');
  if ('occasion' in input) fields.occasion = optionalText(input.occasion, 'occasion');
  if ('foreignRating' in input) fields.foreignRating = checkForeignRating(input.foreignRating);
  if ('verdict' in input) {
    const name = optionalText(input.verdict, 'verdict');
    const verdict = name === undefined ? undefined : findVerdictByName(vocabulary.verdicts, name);
    if (name !== undefined && !verdict) {
      const known = vocabulary.verdicts.map((v) => v.id).join(', ');
      throw new AnnotationError(`Unknown verdict ${JSON.stringify(name)}; known verdicts: ${known}`, 'unknown-verdict', 'verdict');
    }
    fields.verdict = verdict?.id;
    // a verdict chosen here maps a rating from elsewhere onto the site's scale: it replaces that rating;
    // "unverified" is no finding (and what a form shows when nothing is chosen), so it keeps it
    if (verdict && verdict.id !== defaultVerdictId) fields.foreignRating = undefined;
  }
  if ('quoteStyle' in input) {
    const style = input.quoteStyle ?? undefined;
    if (style !== undefined && style !== 'direct' && style !== 'indirect') {
      throw new AnnotationError(`quoteStyle must be "direct" or "indirect", not ${JSON.stringify(style)}`, 'invalid-field', 'quoteStyle');
    }
    fields.quoteStyle = style;
  }
  if ('sources' in input) fields.sources = checkSources(input.sources);
  return { ...fields, ...checkReviewFields(input) };
}

/**
 * Checks who made and who last changed an annotation, when `input` gives them
 * (`creator`, `coCreators`, `modifiedBy`, see `checkAgent`); a key given as null or
 * undefined clears it in an update.
 */
export function checkAuthors(input: { creator?: unknown; coCreators?: unknown; modifiedBy?: unknown }): { creator?: Agent; coCreators?: Agent[]; modifiedBy?: Agent } {
  const authors: { creator?: Agent; coCreators?: Agent[]; modifiedBy?: Agent } = {};
  if ('creator' in input) authors.creator = checkAgent(input.creator, 'creator');
  if ('coCreators' in input && input.coCreators != null) {
    if (!Array.isArray(input.coCreators)) throw new AnnotationError('coCreators must be an array of agents', 'invalid-field', 'coCreators');
    const others = input.coCreators.map((agent, index) => checkAgent(agent, `coCreators.${index}`)).filter((agent) => agent !== undefined);
    authors.coCreators = others.length ? others : undefined;
  } else if ('coCreators' in input) authors.coCreators = undefined;
  if ('modifiedBy' in input) authors.modifiedBy = checkAgent(input.modifiedBy, 'modifiedBy');
  return authors;
}

function optionalText(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new AnnotationError(`${field} must be a string, not ${typeof value}`, 'invalid-field');
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A rating from another scale: a label, and optionally its id, scale and place on it (numbers, or texts of up to 500 characters). */
function checkForeignRating(value: unknown): ForeignRating | undefined {
  if (value === undefined || value === null) return undefined;
  const field = 'foreignRating';
  if (typeof value !== 'object' || Array.isArray(value)) throw new AnnotationError(`${field} must be an object with a label`, 'invalid-field', field);
  const rating: Record<string, string | number> = {};
  for (const [key, given] of Object.entries(value as Record<string, unknown>)) {
    if (!['label', 'id', 'scale', 'value', 'best', 'worst'].includes(key) || given === undefined || given === null) continue;
    const place = `${field}.${key}`;
    const number = typeof given === 'number' && Number.isFinite(given) && key !== 'label' && key !== 'id' && key !== 'scale';
    const text = typeof given === 'string' ? given.trim() : null;
    if (!number && (text === null || text.length > 500)) throw new AnnotationError(`${place} must be a number or a text of up to 500 characters, not ${JSON.stringify(given)}`, 'invalid-field', place);
    if (number || text) rating[key] = number ? given : (text as string);
  }
  if (!rating.label) throw new AnnotationError(`${field} needs a label`, 'invalid-field', `${field}.label`);
  return rating as unknown as ForeignRating;
}

function checkAttribution(value: unknown): Attribution | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object') throw new AnnotationError('attribution must be an object with a name', 'invalid-field', 'attribution');
  const { name, type, role, organization } = value as Record<string, unknown>;
  const attribution: Attribution = { name: optionalText(name, 'attribution.name') ?? '' };
  if (type !== undefined && type !== null && type !== 'Person' && type !== 'Organization') {
    throw new AnnotationError(`attribution.type must be "Person" or "Organization", not ${JSON.stringify(type)}`, 'invalid-field', 'attribution.type');
  }
  const cleanRole = optionalText(role, 'attribution.role');
  const cleanOrganization = optionalText(organization, 'attribution.organization');
  // a person is the default, so only an organisation is recorded
  if (type === 'Organization') {
    if (cleanRole) throw new AnnotationError('an organisation speaking has no role: name the person who speaks for it instead', 'invalid-field', 'attribution.role');
    attribution.type = 'Organization';
  }
  if (cleanRole) attribution.role = cleanRole;
  if (cleanOrganization) attribution.organization = cleanOrganization;
  if (!attribution.name) {
    if (cleanRole || cleanOrganization) throw new AnnotationError('attribution needs a name', 'invalid-field', 'attribution.name');
    return undefined;
  }
  return attribution;
}

function checkSources(value: unknown): Source[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw new AnnotationError('sources must be an array', 'invalid-field', 'sources');
  const sources = value.map((item, index): Source => {
    if (!item || typeof item !== 'object') throw new AnnotationError(`source ${index + 1} must be an object with a url`, 'invalid-field', `sources.${index}`);
    const { url, title, stance, accessed } = item as Record<string, unknown>;
    const cleanUrl = typeof url === 'string' ? url.trim() : url;
    if (!isHttpUrl(cleanUrl)) {
      throw new AnnotationError(`source ${index + 1} URL ${JSON.stringify(url)} is not an http(s) URL`, 'invalid-url', `sources.${index}.url`);
    }
    const source: Source = { url: cleanUrl };
    const cleanTitle = optionalText(title, `source ${index + 1} title`);
    if (cleanTitle) source.title = cleanTitle;
    if (stance !== undefined && stance !== null && stance !== '') {
      if (!stances.includes(stance as Source['stance'] & string)) {
        throw new AnnotationError(`source ${index + 1} stance must be supports, refutes or context, not ${JSON.stringify(stance)}`, 'invalid-field', `sources.${index}.stance`);
      }
      source.stance = stance as Source['stance'];
    }
    const cleanAccessed = optionalText(accessed, `source ${index + 1} accessed`);
    if (cleanAccessed && !startsWithIsoDay(cleanAccessed)) {
      throw new AnnotationError(`source ${index + 1} accessed date ${JSON.stringify(accessed)} is not an ISO 8601 date such as 2026-03-12`, 'invalid-field', `sources.${index}.accessed`);
    }
    if (cleanAccessed) source.accessed = cleanAccessed;
    return source;
  });
  return sources.length ? sources : undefined;
}

/** Whether an input or patch says where its span is. */
export function hasSpan(input: Partial<AnnotationInput>): boolean {
  return input.start !== undefined || input.end !== undefined || input.exact !== undefined;
}

/**
 * The span an input points at in `text` (code points): by `start`/`end`, checked
 * against `exact` when both are given, or by finding `exact` with its context.
 */
export function resolveSpan(input: Partial<AnnotationInput>, text: CodePointIndex): TextSpan {
  if (input.start !== undefined || input.end !== undefined) {
    const { start, end } = input;
    if (!Number.isInteger(start) || !Number.isInteger(end)) {
      throw new AnnotationError(`start and end must both be integers, not ${start} and ${end}`, 'out-of-bounds');
    }
    const span = { start: start as number, end: end as number };
    if (span.start < 0 || span.end > text.length || span.start > span.end) {
      throw new AnnotationError(`Range ${span.start}-${span.end} is out of bounds (the text has ${text.length} characters)`, 'out-of-bounds');
    }
    if (span.start === span.end) throw new AnnotationError(`Range ${span.start}-${span.end} is empty`, 'empty-range');
    if (/^\n+$/.test(text.slice(span.start, span.end))) {
      throw new AnnotationError(`Range ${span.start}-${span.end} covers no text, only a paragraph break`, 'empty-range');
    }
    if (input.exact !== undefined && text.slice(span.start, span.end) !== input.exact) {
      throw new AnnotationError(
        `The text at ${span.start}-${span.end} is ${JSON.stringify(text.slice(span.start, span.end))}, not ${JSON.stringify(input.exact)}`,
        'quote-mismatch',
      );
    }
    return span;
  }
  if (input.exact === undefined) throw new AnnotationError('An annotation needs start and end, or an exact quote', 'missing-span');
  if (typeof input.exact !== 'string' || input.exact === '') throw new AnnotationError('The exact quote is empty', 'empty-range');
  if (/^\n+$/.test(input.exact)) throw new AnnotationError('The exact quote is only a paragraph break', 'empty-range');
  const match = findQuote(text, { exact: input.exact, prefix: input.prefix, suffix: input.suffix });
  if (match.found) return match.span;
  const quoted = JSON.stringify(abbreviate(input.exact));
  if (match.reason === 'ambiguous') {
    throw new AnnotationError(`The quote ${quoted} occurs ${match.candidates} times; give a prefix or suffix to choose one`, 'ambiguous-quote');
  }
  const context = match.candidates > 0 ? ' with that prefix and suffix' : '';
  throw new AnnotationError(`The quote ${quoted} is not in the article${context}`, 'quote-not-found');
}

function abbreviate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
