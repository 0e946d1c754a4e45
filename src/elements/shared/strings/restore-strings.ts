/**
 * The words of restoring a library backup, in English: what was restored,
 * kept, skipped or refused, the question before newer work is replaced, and
 * what is wrong with a record (also for the stored ones the list leaves out).
 * They load with the restore code (claim-library/library-backup.ts), so they
 * cost start-up nothing; other languages have them in their bundle (fr.ts),
 * and the library's `strings` property can replace any of them.
 */
import type { BackupFault } from '../../../persistence/backup-reading.ts';
import type { LibraryStrings } from './library-strings.ts';
import { englishRecordFaults } from './record-fault-words.ts';

export const englishRestoreStrings = {
  backupProblem: 'This file cannot be restored.',
  backedUp: (articles: string, annotations: string, file: string) => `Backed up ${articles} with ${annotations} to ${file}.`,
  restoreRejected: (file: string, why: string) => `${file} was not restored: ${why}. Nothing was changed.`,
  backupTooLarge: (megabytes: number) => `it is larger than ${megabytes} MB, more than this library restores`,
  backupUnreadable: (detail: string) => `it could not be read (${detail})`,
  /** Stored articles whose records cannot be read: left out of the list, left as stored. */
  unlisted: (list: string, count: number) =>
    `${count === 1 ? 'One stored article cannot be read and is' : `${count} stored articles cannot be read and are`} not listed: ${list}. ${count === 1 ? 'It is' : 'They are'} left as stored.`,
  recordFaults: englishRecordFaults,
  restored: (articles: string, annotations: string) => `Restored ${articles} with ${annotations}.`,
  alreadyThere: (articles: string, count: number) => `${articles} ${count === 1 ? 'was' : 'were'} already up to date.`,
  emptyBackup: (file: string) => `${file} holds no articles; nothing was changed.`,
  /** `_count` is there for languages whose words agree with the number. */
  keptNewer: (articles: string, _count: number) => `Kept ${articles} changed here after the backup was made.`,
  skippedOpen: (titles: string) => `Not restored because open in the editor: ${titles}. Open another article and restore again to replace it.`,
  restoreStopped: (written: number, total: number) => `${written} of ${total} articles were restored before this; the rest were not.`,
  nothingRestored: 'Nothing was restored.',
  newerTitle: (count: number): string => (count === 1 ? 'An article changed after this backup' : `${count} articles changed after this backup`),
  newerHelp: (count: number): string =>
    count === 1
      ? 'This article was changed here after the backup was made. Replacing it puts back the older version from the backup:'
      : `These articles were changed here after the backup was made. Replacing them puts back the older versions from the backup:`,
  inBackup: (moment: string) => `backup version of ${moment}`,
  keepNewer: (count: number): string => (count === 1 ? 'Keep the newer version' : 'Keep the newer versions'),
  replaceNewer: 'Replace with the backup',
  cancelRestore: 'Cancel restore',
  /** Why a whole file is refused; `detail` is the value found (a format, a version) or the parser's message. */
  backupFault: (fault: Exclude<BackupFault, 'too-large' | 'bad-field'>, detail: string): string =>
    ({
      'not-json': `it is not JSON (${detail})`,
      'proto-key': 'it contains a "__proto__" key, which no backup has',
      'not-backup': `it is not a Claimmark library backup (its format is ${detail}, not "claimmark-backup")`,
      'other-version': `it is a backup of version ${detail}; this Claimmark reads version 1`,
    })[fault],
  /** An article of a backup file without a readable headline: its place in the file. */
  backupArticle: (position: number) => `article ${position} of the file`,
  /** `list` names each article with why it cannot be opened. */
  skippedUnreadable: (list: string, count: number) =>
    `Not restored, because ${count === 1 ? 'it cannot' : 'they cannot'} be opened: ${list}. Everything else in the file was restored or already here.`,
};

/** The words of restoring a backup. */
export type RestoreStrings = Readonly<typeof englishRestoreStrings>;

/** The library's words with the English restore words where its language (or `strings`) has none. */
export function restoreWords(strings: LibraryStrings): LibraryStrings & RestoreStrings {
  const words: Record<string, unknown> = { ...englishRestoreStrings };
  for (const key of Object.keys(words)) {
    const given = (strings as unknown as Record<string, unknown>)[key];
    if (typeof given === typeof words[key]) words[key] = given;
  }
  return { ...strings, ...(words as RestoreStrings) };
}
