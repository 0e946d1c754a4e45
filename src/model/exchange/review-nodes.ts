/**
 * The review fields in JSON-LD (docs/format.md, "Review"): the status as
 * schema.org's `creativeWorkStatus`, the assignee and reviewer as
 * `schema:contributor` Roles (`schema:roleName` `assignee` / `reviewer`, the
 * schema.org Role pattern), and the history as `claimmark:history`, a list of
 * `schema:ReplaceAction`s (agent, end time, the value replaced and its
 * replacement) whose `field` says what changed. Only the history needs terms
 * of our own, written as full IRIs in our namespace: a second `@context` would
 * break the W3C rule that a single context is the anno.jsonld string, and an
 * annotation's own context array fails the W3C's context assertion. Reading
 * them back is in review/review-import.ts (import only: not at start-up).
 */
import type { Agent, JsonData } from '../annotation/annotation.ts';
import type { HistoryEntry, ReviewFields } from '../review/review.ts';

/** Our namespace, for the one term schema.org and the W3C model lack. */
export const claimmarkNamespace = 'https://w3id.org/claimmark/ns#';

/** Our two terms: an annotation's list of changes, and which field a change is of. */
export const historyTerm = `${claimmarkNamespace}history`;
export const fieldTerm = `${claimmarkNamespace}field`;

type Node = { [key: string]: JsonData };

/** The review properties of an exported annotation (none when it has no review field); `agentNode` writes a person. */
export function reviewProperties(fields: ReviewFields, agentNode: (agent: Agent) => Node): Node {
  const node: Node = {};
  if (fields.reviewStatus !== undefined) node['schema:creativeWorkStatus'] = fields.reviewStatus;
  const role = (roleName: string, agent: Agent): Node => ({ type: 'schema:Role', 'schema:roleName': roleName, 'schema:contributor': agentNode(agent) });
  const roles = [fields.assignee && role('assignee', fields.assignee), fields.reviewer && role('reviewer', fields.reviewer)].filter((each) => each !== undefined);
  if (roles.length) node['schema:contributor'] = roles;
  if (fields.history?.length) node[historyTerm] = fields.history.map((entry) => changeNode(entry, agentNode));
  return node;
}

function changeNode(entry: HistoryEntry, agentNode: (agent: Agent) => Node): Node {
  const node: Node = { type: 'schema:ReplaceAction', [fieldTerm]: entry.field, 'schema:endTime': entry.when };
  if (entry.who) node['schema:agent'] = agentNode(entry.who);
  if (entry.from !== undefined) node['schema:replacee'] = entry.from;
  if (entry.to !== undefined) node['schema:replacer'] = entry.to;
  return node;
}
