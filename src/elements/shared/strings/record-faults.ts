/**
 * What is wrong with a stored or backed-up record, in words: the type of the
 * words and how a problem is said. The English words are in
 * record-fault-words.ts, which only lazy chunks import (such a record is
 * rare); French is in fr.ts.
 */
import type { RecordFault } from '../../../store/index.ts';

/** What a field's fault is, after the field's name: "metadata.url is not an http(s) URL". */
export type RecordFaultWords = Readonly<Record<RecordFault, string>>;

/** A field and its fault in `words`, with the technical detail when there is one: "document.doc is not a Claimmark article (…)". */
export function recordProblem(problem: { field: string; fault: RecordFault; detail?: string }, words: RecordFaultWords): string {
  return `${problem.field} ${words[problem.fault]}${problem.detail ? ` (${problem.detail})` : ''}`;
}
