/**
 * The people behind annotations: checking an Agent (from the API, a store or
 * a file), the name to show for one, and the one rule for who made and who
 * last changed an annotation (`withAuthorship`).
 */
import { type Agent, type AgentType, type AnnotationRecord, AnnotationError, agentTypes } from './annotation.ts';

/** What each part of an agent must be, and how an error says it. */
const agentParts: Record<keyof Agent, [test: (text: string) => boolean, what: string]> = {
  // an absolute IRI, but none that runs code when followed
  id: [(text) => /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i.test(text) && !/^(javascript|data|vbscript|file):/i.test(text), 'an IRI'],
  type: [(text) => agentTypes.includes(text as AgentType), 'Person, Organization or Software'],
  name: [() => true, ''],
  nickname: [() => true, ''],
  homepage: [(text) => /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(text), 'an http(s) URL'],
  email: [(text) => /^mailto:[^\s<>"]+$/i.test(text), 'a mailto: IRI'],
  emailSha1: [() => true, ''],
};

/**
 * Checks an agent given by a caller, a stored record or a file, and returns it
 * cleaned (texts trimmed, empty ones left out): it needs a name, a nickname or
 * an IRI; each part is a text of up to 2,048 characters. Throws an
 * AnnotationError naming the field (`creator.homepage`).
 */
export function checkAgent(value: unknown, field: string): Agent | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw new AnnotationError(`${field} must be an object with a name`, 'invalid-field', field);
  const agent: Record<string, string> = {};
  for (const [key, [test, what]] of Object.entries(agentParts)) {
    const given = (value as Record<string, unknown>)[key];
    if (given === undefined || given === null) continue;
    const text = typeof given === 'string' && given.length <= 2048 ? given.trim() : null;
    if (text === null || (text && !test(text))) {
      throw new AnnotationError(`${field}.${key} must be ${what || 'a text'}, not ${JSON.stringify(given)}`, 'invalid-field', `${field}.${key}`);
    }
    if (text) agent[key] = text;
  }
  if (!agent.name && !agent.nickname && !agent.id) throw new AnnotationError(`${field} needs a name or an id`, 'invalid-field', `${field}.name`);
  return agent as Agent;
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
  return /^acct:([^@\s]+)@[^@\s]+$/i.exec(iri)?.[1];
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
