/**
 * The people behind annotations: checking an Agent (from the API, a store or
 * a file), the name to show for one, and the one rule for who made and who
 * last changed an annotation (`withAuthorship`).
 */
import { type Agent, type AgentType, type AnnotationRecord, AnnotationError, agentTypes } from './annotation.ts';

/** An absolute IRI without spaces or the characters IRIs exclude (`acct:`, `mailto:`, `https:`, `urn:`...). */
const iriPattern = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i;
/** Schemes that run code when followed: never kept as an agent's IRI. */
const unsafeScheme = /^(javascript|data|vbscript|file):/i;
const maxText = 500;
const maxIri = 2048;

/**
 * Checks an agent given by a caller, a stored record or a file, and returns it
 * cleaned (texts trimmed, empty ones left out): it needs a name, a nickname or
 * an IRI. Throws an AnnotationError naming the field (`creator.homepage`).
 */
export function checkAgent(value: unknown, field: string): Agent | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw new AnnotationError(`${field} must be an object with a name`, 'invalid-field', field);
  const given = value as Record<string, unknown>;
  const agent: Agent = {};
  const textOf = (key: keyof Agent, limit = maxText): string | undefined => {
    const raw = given[key];
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw !== 'string' || raw.length > limit) throw new AnnotationError(`${field}.${key} must be a text of up to ${limit} characters`, 'invalid-field', `${field}.${key}`);
    return raw.trim() || undefined;
  };
  const id = textOf('id', maxIri);
  if (id !== undefined) {
    if (!iriPattern.test(id) || unsafeScheme.test(id)) throw new AnnotationError(`${field}.id ${JSON.stringify(id)} is not an IRI`, 'invalid-field', `${field}.id`);
    agent.id = id;
  }
  const type = textOf('type');
  if (type !== undefined) {
    if (!agentTypes.includes(type as AgentType)) throw new AnnotationError(`${field}.type must be Person, Organization or Software, not ${JSON.stringify(type)}`, 'invalid-field', `${field}.type`);
    agent.type = type as AgentType;
  }
  for (const key of ['name', 'nickname'] as const) {
    const text = textOf(key);
    if (text !== undefined) agent[key] = text;
  }
  const homepage = textOf('homepage', maxIri);
  if (homepage !== undefined) {
    if (!isHttp(homepage)) throw new AnnotationError(`${field}.homepage ${JSON.stringify(homepage)} is not an http(s) URL`, 'invalid-url', `${field}.homepage`);
    agent.homepage = homepage;
  }
  const email = textOf('email', maxIri);
  if (email !== undefined) {
    if (!/^mailto:[^\s<>"]+$/i.test(email)) throw new AnnotationError(`${field}.email must be a mailto: IRI, not ${JSON.stringify(email)}`, 'invalid-field', `${field}.email`);
    agent.email = email;
  }
  const emailSha1 = textOf('emailSha1');
  if (emailSha1 !== undefined) agent.emailSha1 = emailSha1;
  if (agent.name === undefined && agent.nickname === undefined && agent.id === undefined) {
    throw new AnnotationError(`${field} needs a name or an id`, 'invalid-field', `${field}.name`);
  }
  return agent;
}

function isHttp(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The name people read for an agent: its name, else its nickname, else the
 * user of an `acct:` IRI (`alice` for `acct:alice@hypothes.is`), else its IRI.
 */
export function agentName(agent: Agent): string {
  return agent.name ?? agent.nickname ?? acctUser(agent.id ?? '') ?? agent.id ?? '';
}

/** The user part of an `acct:user@host` IRI (RFC 7565), as Hypothesis names its users; undefined for other IRIs. */
export function acctUser(iri: string): string | undefined {
  const user = /^acct:([^@\s]+)@[^@\s]+$/i.exec(iri)?.[1];
  return user === undefined ? undefined : safeDecode(user);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Whether two agents are the same person: by IRI when both have one, else by the name they show. */
export function sameAgent(a: Agent, b: Agent): boolean {
  if (a.id !== undefined && b.id !== undefined) return a.id === b.id;
  return agentName(a) === agentName(b);
}

/**
 * The one rule for authorship, applied to every change a person makes (not to
 * imports, undo or another tab's changes): a new annotation without a creator
 * gets the fact-checker as its creator; a change keeps the creator and records
 * the fact-checker as `modifiedBy`, unless the fact-checker is the creator (then
 * an earlier `modifiedBy` goes: they changed it last). An annotation of unknown
 * creator keeps none: editing it does not make it the fact-checker's. Without a
 * known fact-checker nothing changes. `before` is null for a new annotation.
 */
export function withAuthorship(before: AnnotationRecord | null, after: AnnotationRecord, checker: Agent | undefined): AnnotationRecord {
  if (!checker) return after;
  if (!before) return after.creator ? after : { ...after, creator: checker };
  const creator = after.creator ?? before.creator;
  if (creator && sameAgent(creator, checker)) {
    const { modifiedBy: _earlier, ...record } = after;
    return record;
  }
  return { ...after, modifiedBy: checker };
}
