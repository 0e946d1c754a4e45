/**
 * The English words for what is wrong with a stored or backed-up record, for
 * both elements (the library's restore report and list, the editor's
 * stored-article alert). Imported only by lazy chunks, so they cost start-up
 * nothing; French is in fr.ts.
 */
import type { RecordFaultWords } from './record-faults.ts';

export const englishRecordFaults: RecordFaultWords = {
  'not-object': 'is not an object',
  missing: 'is missing',
  'unknown-field': 'is not a field of this format',
  'not-text': 'is not text',
  empty: 'is empty',
  'not-count': 'is not a whole number of 0 or more',
  'not-timestamp': 'is not an ISO 8601 timestamp with a timezone',
  'not-url': 'is not an http(s) URL',
  'not-date': 'is not an ISO 8601 date',
  'not-kind': 'is not a kind id (lowercase letters, digits and dashes)',
  'not-field': 'has a field of the wrong type or value',
  'not-range': 'is not a range within the text',
  'not-list': 'is not a list',
  'other-article': 'belongs to another article or annotation',
  duplicate: 'appears twice',
  'no-document': 'is missing, so the article has no text',
  'not-article': 'is not a Claimmark article',
  'too-long': 'has more text than the editor opens',
};
