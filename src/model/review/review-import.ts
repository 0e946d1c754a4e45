/**
 * Reading the review fields of an imported annotation (the way back of
 * exchange/review-nodes.ts, docs/format.md "Review"): untrusted values read
 * into a draft, then each checked on its own so that one bad part is left out
 * with a note and the rest kept.
 */
import { type Agent, AnnotationError } from '../annotation/annotation.ts';
import { checkAgent } from '../annotation/agents.ts';
import { quoted } from '../exchange/jsonld-read.ts';
import { type ReviewFields, checkReviewFields, historyLimit } from './review.ts';
import { checkHistory } from './history-checks.ts';

export type { ReviewFields };
import { type JsonObject, type JsonValue, isJsonObject } from '../exchange/json-input.ts';
import { type Terms, objects, schemaValue, text, values } from '../exchange/jsonld-read.ts';
import type { DraftAgent, NoteTaker } from '../exchange/import-record.ts';
import { fieldTerm, historyTerm } from '../exchange/review-nodes.ts';

/**
 * The review fields an annotation node gives, not yet checked (`checkFields`
 * does that): its status as given (a status not on the site's scale is kept),
 * the people in its assignee and reviewer Roles, and its history entries;
 * `readAgent` reads a person.
 */
export function readReview(node: JsonObject, terms: Terms, readAgent: (value: JsonValue | undefined, terms: Terms) => DraftAgent | undefined): ReviewFields {
  const review: Record<string, unknown> = {};
  const status = text(schemaValue(node, 'creativeWorkStatus', terms));
  if (status !== undefined) review.reviewStatus = status;
  for (const role of objects(schemaValue(node, 'contributor', terms))) {
    const name = text(schemaValue(role, 'roleName', terms));
    const person = readAgent(schemaValue(role, 'contributor', terms), terms);
    if ((name === 'assignee' || name === 'reviewer') && person && !(name in review)) review[name] = person;
  }
  const history = node[historyTerm];
  if (history !== undefined) {
    review.history = values(history).map((change) => {
      if (!isJsonObject(change)) return change;
      const field = text(change[fieldTerm]);
      const entry: Record<string, unknown> = { field, when: text(schemaValue(change, 'endTime', terms)) };
      const who = readAgent(schemaValue(change, 'agent', terms), terms);
      if (who) entry.who = who;
      const from = text(schemaValue(change, 'replacee', terms));
      const to = text(schemaValue(change, 'replacer', terms));
      if (from !== undefined) entry.from = from;
      if (to !== undefined) entry.to = to;
      return entry;
    });
  }
  return review as ReviewFields;
}

/**
 * The review fields a file gave, each checked on its own: a person as a
 * creator is (`fileAgent`: a bad part dropped, one without a name or IRI left
 * out, with `agent-field` notes), a status or a history entry that cannot be
 * used (one without a date) left out with a `review-field` note naming it.
 */
export function checkedReview(given: ReviewFields | undefined, note: NoteTaker): ReviewFields {
  const review: ReviewFields = {};
  for (const [key, value] of Object.entries(given ?? {}) as [keyof ReviewFields, unknown][]) {
    if (key === 'assignee' || key === 'reviewer') {
      const person = fileAgent(value as DraftAgent, key, note);
      if (person) review[key] = person;
      continue;
    }
    const parts = key === 'history' ? values(value as JsonValue) : [value];
    const kept: unknown[] = [];
    for (const part of parts) {
      try {
        kept.push(key === 'history' ? checkHistory([part]) : checkReviewFields({ reviewStatus: part as string }).reviewStatus);
      } catch (error) {
        if (!(error instanceof AnnotationError)) throw error;
        note(`The ${key} ${error.field ?? ''} was left out: ${error.message}`, 'review-field', key);
      }
    }
    const clean = key === 'history' ? kept.flat().filter(Boolean).slice(-historyLimit) : kept[0];
    if (clean !== undefined && !(Array.isArray(clean) && !clean.length)) Object.assign(review, { [key]: clean });
  }
  return review;
}

/**
 * A person a file names (creator, editor, assignee, reviewer) as the checks keep it: a part that fails them (a
 * `javascript:` homepage, an unknown type) is dropped with a note, and the rest
 * kept; with neither name nor IRI left, the agent is dropped.
 */
export function fileAgent(given: DraftAgent | undefined, field: string, note: NoteTaker): Agent | undefined {
  if (!given) return undefined;
  const fields: DraftAgent = { ...given };
  for (let tries = 0; tries <= Object.keys(given).length; tries++) {
    try {
      return checkAgent(fields, field);
    } catch (error) {
      if (!(error instanceof AnnotationError)) throw error;
      const key = error.field?.slice(field.length + 1) as keyof Agent | undefined;
      if (!key || key === 'name' || fields[key] === undefined) break;
      note(`The ${field} ${key} ${quoted(fields[key] ?? '')} was dropped: ${error.message}`, 'agent-field', `${field}.${key}`);
      delete fields[key];
    }
  }
  note(`A ${field} without a name or an IRI was not imported`, 'agent-field', field);
  return undefined;
}
