/**
 * The words of `<claim-annotator>` that load with its on-demand chunk
 * (claim-annotator/on-demand.ts), in English: the article dialog, the import
 * report and the ClaimReview dialog, and what is wrong with a stored record
 * that cannot be read (rare). They cost start-up nothing; other languages have them in their bundle (fr.ts), and the
 * element's `strings` property can replace any of them.
 */
import type { ClaimStrings } from './annotator-strings.ts';
import { RecordError, type SkippedRecord } from '../../../store/record-checks.ts';
import { englishRecordFaults } from './record-fault-words.ts';
import { recordProblem } from './record-faults.ts';

const englishOnDemandStrings = {
  storedUnreadable: (id: string, why?: string) => `The stored article ${id} could not be read${why ? ` (${why})` : ''}. It is left as it is in storage.`,
  storedSkipped: (count: number, why: string) =>
    `${count} stored ${count === 1 ? 'annotation of this article could not be read and is' : 'annotations of this article could not be read and are'} not shown (${why}). ${count === 1 ? 'It is' : 'They are'} left as ${count === 1 ? 'it is' : 'they are'} in storage.`,
  recordFaults: englishRecordFaults,
  articleText: 'Article text or HTML',
  articleTextHelp: 'Paste the article here, or drop an .html or .txt file on this dialog.',
  pastedHtml: 'Formatting from the pasted HTML is kept. Editing the text here drops it.',
  chooseFile: 'Or open a file',
  fileTooLarge: (name: string, megabytes: number) => `${name} is larger than ${megabytes} MB; open a smaller file.`,
  fileWrongType: (name: string) => `${name} is not an .html or .txt file.`,
  nothingToLoad: 'Paste the article text or open a file first.',
  importReport: 'Import report',
  reportAdded: (n: number) => `${n} added`,
  reportUpdated: (n: number) => `${n} updated (newer in the file)`,
  reportUnchanged: (n: number) => `${n} already here, unchanged`,
  reportKept: (n: number) => `${n} kept as they are here (older in the file)`,
  reportMoved: (n: number) => `${n} placed on changed text: check them (marked with a dashed outline)`,
  reportOrphaned: (n: number) => `${n} could not be placed: listed as detached`,
  reportRejected: (n: number) => `${n} not imported`,
  reportItem: (index: number) => `Item ${index + 1}`,
  reportNotes: 'Notes',
  claimReviewTitle: 'ClaimReview for a fact-check page',
  claimReviewHelp: 'Schema.org markup for search engines: one ClaimReview for each claim or fact with a verdict. Paste it into the fact-check page.',
  factCheckUrl: 'Fact-check page URL',
  reviewAuthor: 'Published by (organisation)',
  reviewAuthorUrl: 'Organisation URL',
  claimReviewBlock: 'Markup',
  claimReviewCopied: 'Copied to the clipboard.',
  claimReviewCopyByHand: 'Copy the markup below.',
  articleTooLong: (megabytes: number) => `This article has more than ${megabytes} MB of text, more than the editor opens in reasonable time; open a shorter one.`,
};

/** The words that load with the on-demand chunk. */
export type OnDemandStrings = Readonly<typeof englishOnDemandStrings>;

/** The element's words with the English on-demand words where its language (or `strings`) has none. */
export function onDemandWords(strings: ClaimStrings): ClaimStrings & OnDemandStrings {
  const words: Record<string, unknown> = { ...englishOnDemandStrings };
  for (const key of Object.keys(words)) {
    const given = (strings as unknown as Record<string, unknown>)[key];
    if (typeof given === typeof words[key]) words[key] = given;
  }
  return { ...strings, ...(words as OnDemandStrings) };
}

/** What is wrong with stored article `id`: its record (`unreadable`), or the annotations left out (`skipped`), in the element's words. */
export function storedProblem(id: string, unreadable: RecordError | null, skipped: readonly SkippedRecord[], strings: ClaimStrings): string {
  const words = onDemandWords(strings);
  // what is not a RecordError (the store makes none other) has no field to name: the alert's title says it
  if (unreadable && !(unreadable instanceof RecordError)) return id;
  if (unreadable) return words.storedUnreadable(id, recordProblem(unreadable, words.recordFaults));
  const reasons = new Set(skipped.map(({ problem }) => recordProblem(problem, words.recordFaults)));
  return words.storedSkipped(skipped.length, [...reasons].join('; '));
}
