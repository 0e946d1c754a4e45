/**
 * The checks of links and replies a stored record or a file holds, apart from
 * links.ts and replies.ts so that only the code that reads records and files
 * (the store's record checks, loaded on demand) carries them.
 */
import { checkAgent } from '../annotation/agents.ts';
import { AnnotationError } from '../annotation/annotation.ts';
import { isZonedTimestamp } from '../annotation/dates.ts';
import { type AnnotationLink, linksPerAnnotation } from './links.ts';
import { isRelationId } from './relation-ids.ts';
import { type Reply, checkReplyText, repliesPerAnnotation } from './replies.ts';

/** The list of a record's `field` (absent: undefined), or an AnnotationError when it is not an array of at most `limit` `things`. */
function listOf(value: unknown, field: string, limit: number, things: string): unknown[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw new AnnotationError(`${field} must be an array`, 'invalid-field', field);
  if (value.length > limit) throw new AnnotationError(`${field} holds ${value.length} ${things}, more than the ${limit} an annotation may have`, 'invalid-field', field);
  return value;
}

/**
 * The links of a stored record or a file, checked and cleaned, or an
 * AnnotationError naming the first bad one (`links.3.to`). A type not on the
 * site's list is kept as given: it came from elsewhere.
 */
export function checkLinks(value: unknown, field = 'links'): AnnotationLink[] | undefined {
  const list = listOf(value, field, linksPerAnnotation, 'links');
  if (!list) return undefined;
  const seen = new Set<string>();
  const links = list.map((given, index): AnnotationLink => {
    const at = `${field}.${index}`;
    const { id, type, to, toArticle, created, creator } = (given ?? {}) as Record<string, unknown>;
    for (const [key, part] of Object.entries({ id, type, to, ...(toArticle === undefined ? {} : { toArticle }) })) {
      if (!isRelationId(part)) throw new AnnotationError(`${at}.${key} must be a non-empty text of up to 2,048 characters`, 'invalid-field', `${at}.${key}`);
    }
    if (seen.has(id as string)) throw new AnnotationError(`${at}.id ${JSON.stringify(id)} is there twice`, 'invalid-field', `${at}.id`);
    seen.add(id as string);
    if (!isZonedTimestamp(created)) throw new AnnotationError(`${at}.created must be an ISO 8601 timestamp with a timezone`, 'invalid-field', `${at}.created`);
    const agent = checkAgent(creator, `${at}.creator`);
    return { id: id as string, type: type as string, to: to as string, ...(toArticle === undefined ? {} : { toArticle: toArticle as string }), created, ...(agent ? { creator: agent } : {}) };
  });
  return links.length ? links : undefined;
}

/** The replies of a stored record or a file, checked and cleaned, or an AnnotationError naming the first bad one (`replies.2.text`). */
export function checkReplies(value: unknown, field = 'replies'): Reply[] | undefined {
  const list = listOf(value, field, repliesPerAnnotation, 'replies');
  if (!list) return undefined;
  const seen = new Set<string>();
  const replies = list.map((given, index): Reply => {
    const at = `${field}.${index}`;
    const { id, text, created, modified, creator } = (given ?? {}) as Record<string, unknown>;
    if (!isRelationId(id) || seen.has(id)) throw new AnnotationError(`${at}.id must be a new non-empty text of up to 2,048 characters`, 'invalid-field', `${at}.id`);
    seen.add(id);
    if (!isZonedTimestamp(created)) throw new AnnotationError(`${at}.created must be an ISO 8601 timestamp with a timezone`, 'invalid-field', `${at}.created`);
    if (modified !== undefined && !isZonedTimestamp(modified)) throw new AnnotationError(`${at}.modified must be an ISO 8601 timestamp with a timezone`, 'invalid-field', `${at}.modified`);
    const agent = checkAgent(creator, `${at}.creator`);
    return { id, text: checkReplyText(text, `${at}.text`), created, ...(modified ? { modified } : {}), ...(agent ? { creator: agent } : {}) };
  });
  return replies.length ? replies : undefined;
}

