/**
 * Why a stored record cannot be used. Apart from the checks (record-checks.ts),
 * which load when storage is first read, so that start-up does without them.
 */

/** What is wrong with one field; the element turns it into words. */
export type RecordFault =
  | 'not-object'
  | 'missing'
  | 'unknown-field'
  | 'not-text'
  | 'empty'
  | 'not-count'
  | 'not-timestamp'
  | 'not-url'
  | 'not-date'
  | 'not-kind'
  | 'not-field'
  | 'not-range'
  | 'not-list'
  | 'other-article'
  | 'duplicate'
  | 'no-document'
  | 'not-article'
  | 'too-long';

/** A record that cannot be used: the field (`metadata.url`, `annotations[2].record.kind`) and its fault; `detail` is technical. */
export class RecordError extends Error {
  override name = 'RecordError';
  constructor(
    readonly field: string,
    readonly fault: RecordFault,
    readonly detail?: string,
  ) {
    super(`${field}: ${fault}`);
  }
}

/** A stored record skipped because it cannot be used: its article id (when it has one) and why. */
export interface SkippedRecord {
  id: string | null;
  problem: RecordError;
}
