/**
 * The review workflow of claims and facts: the status scale a desk moves an
 * annotation along (to check … published), who it is assigned to and who
 * reviews it, and its history of verdict and status changes. Which kinds take
 * part is the kind's choice: a `review` entry in its fields (the default claim
 * and fact kinds have one).
 */
import { checkAgent, sameAgent } from '../annotation/agents.ts';
import { type Agent, type AnnotationRecord, AnnotationError } from '../annotation/annotation.ts';

/** One step of a status scale. `id` is what annotations store and exports publish. */
export interface ReviewStatus {
  id: string;
  label: string;
}

/** The default scale, in the order work moves along it. */
export const defaultStatusScale: readonly ReviewStatus[] = [
  { id: 'to-check', label: 'To check' },
  { id: 'in-progress', label: 'In progress' },
  { id: 'in-review', label: 'In review' },
  { id: 'approved', label: 'Approved' },
  { id: 'published', label: 'Published' },
];

/**
 * A site's status scale checked whole and cleaned (ids and labels trimmed), or
 * a TypeError naming the first problem, so that nothing of a bad scale is used:
 * a non-empty list of `{ id, label }` with distinct ids of up to 64 characters.
 */
export function normalizeStatusScale(value: unknown): ReviewStatus[] {
  if (!Array.isArray(value) || !value.length) throw new TypeError('A status scale is a non-empty array of { id, label }');
  const seen = new Set<string>();
  return value.map((status, index) => {
    const id = typeof status?.id === 'string' ? status.id.trim() : '';
    const label = typeof status?.label === 'string' ? status.label.trim() : '';
    if (!id || id.length > 64 || seen.has(id) || !label) throw new TypeError(`Status ${index} needs a label and a new id of 1 to 64 characters: ${JSON.stringify(status)}`);
    seen.add(id);
    return { id, label };
  });
}

/** The label people read for status `id`: the scale's, or the id itself (a status from elsewhere, kept as given). */
export function statusLabel(scale: readonly ReviewStatus[], id: string): string {
  return scale.find((status) => status.id === id)?.label ?? id;
}

/** Which field a history entry is about. */
export type HistoryField = 'verdict' | 'reviewStatus';

/** One change of a verdict or status: who made it (when known), when, and the value before and after (absent for none). */
export interface HistoryEntry {
  when: string;
  who?: Agent;
  field: HistoryField;
  from?: string;
  to?: string;
}

/** How many history entries an annotation keeps: the newest. */
export const historyLimit = 50;

/** The review fields of an annotation. */
export interface ReviewFields {
  /** An id of the site's status scale, or a status from elsewhere kept as given. */
  reviewStatus?: string;
  assignee?: Agent;
  reviewer?: Agent;
  /** Changes of verdict and status, oldest first, at most `historyLimit`. */
  history?: HistoryEntry[];
}

/** A review field's text: up to 500 characters, trimmed, or an AnnotationError naming `field`. */
export const shortText = (value: unknown, field: string): string | undefined => {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.length > 500) throw new AnnotationError(`${field} must be a text of up to 500 characters`, 'invalid-field', field);
  return value.trim() || undefined;
};

/**
 * Checks the review fields present in `input` (from a caller, a store or a file)
 * and returns them cleaned; `undefined` clears one in an update. A status is
 * any short text: one from elsewhere is kept as given. The history is no
 * caller's to give (`withHistory` records it): stored and imported ones are
 * checked by `checkHistory` (history-checks.ts).
 */
export function checkReviewFields(input: ReviewFields): ReviewFields {
  const fields: ReviewFields = {};
  if ('reviewStatus' in input) fields.reviewStatus = shortText(input.reviewStatus, 'reviewStatus');
  if ('assignee' in input) fields.assignee = checkAgent(input.assignee, 'assignee');
  if ('reviewer' in input) fields.reviewer = checkAgent(input.reviewer, 'reviewer');
  return fields;
}

/** `entry` without its undefined parts. */
export function withoutEmpty<T extends object>(entry: T): T {
  for (const key of Object.keys(entry) as (keyof T)[]) if (entry[key] === undefined) delete entry[key];
  return entry;
}

/**
 * `after` with its verdict and status changes since `before` added to its
 * history, made by `who` at `when` (the newest `historyLimit` kept). A new
 * annotation (`before` null) and a change of neither keep the history as is.
 */
export function withHistory(before: AnnotationRecord | null, after: AnnotationRecord, who: Agent | undefined, when: string): AnnotationRecord {
  if (!before) return after;
  const added = (['verdict', 'reviewStatus'] as const)
    .filter((field) => before[field] !== after[field])
    .map((field) => withoutEmpty<HistoryEntry>({ when, field, who, from: before[field], to: after[field] }));
  return added.length ? { ...after, history: [...(after.history ?? []), ...added].slice(-historyLimit) } : after;
}

/** Whether an annotation is `checker`'s work: assigned to them, or awaiting their review (they are its reviewer). */
export function isMyWork(record: Pick<ReviewFields, 'assignee' | 'reviewer'>, checker: Agent | undefined): boolean {
  return [record.assignee, record.reviewer].some((person) => person && checker && sameAgent(person, checker));
}
