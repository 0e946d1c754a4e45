/**
 * Why a library backup cannot be restored, in English, by `BackupError.reason`:
 * loaded with the backup reading (library-backup.ts), in its lazy chunk, since
 * only a restore needs them. Other languages have them in their bundle.
 */
import type { BackupProblem } from '../../claim-library/library-backup.ts';

/** A clause for each reason (after "… was not restored:"): `field` is where in the file, such as `articles[0].article.id`; `value` what was found. */
export type BackupProblems = Readonly<Record<BackupProblem, (field: string, value: string) => string>>;

export const englishBackupProblems: BackupProblems = {
  'not-json': () => 'it is not JSON',
  'proto-key': () => 'it contains a "__proto__" key, which no backup has',
  'not-a-backup': (_field: string, value: string) => `it is not a Claimmark library backup (its format is ${value})`,
  version: (_field: string, value: string) => `it is backup version ${value}; this Claimmark reads version 1`,
  'duplicate-id': (field: string, value: string) => `the id ${value} appears twice in ${field}`,
  'unknown-field': (field: string, value: string) => `${field} has an unknown field ${value}`,
  'missing-field': (field: string, value: string) => `${field} has no ${value}`,
  'invalid-field': (field: string) => `${field} does not hold what a backup holds there`,
  'invalid-url': (field: string) => `${field} is not an http(s) address`,
  'not-an-article': (field: string) => `${field} is not a Claimmark article`,
  'too-large': (_field: string, value: string) => `it is larger than ${value} MB`,
};

/** Why a backup cannot be restored, in `words` (a language's, else English): its reason's clause, with where and what. */
export function backupProblem(words: Partial<BackupProblems> | undefined, error: { reason: BackupProblem; field: string; value: string }): string {
  const say = words?.[error.reason] ?? englishBackupProblems[error.reason] ?? englishBackupProblems['invalid-field'];
  return say(error.field, error.value);
}
