/**
 * Why storage failed, in English, by the store's and the saving's reason codes
 * (`StoreError.reason`, `SaveState.reason`): one object both elements' bundles
 * share, so the words are in the start-up bundle once.
 */
import type { SaveProblem } from '../../../persistence/index.ts';

/** A sentence for each reason storage can fail (or, for `blocked`, wait). */
export type StorageProblems = Readonly<Record<SaveProblem, string>>;

export const englishStorageProblems: StorageProblems = {
  unavailable: 'This browser does not let Claimmark store anything here (private browsing, or storage is turned off).',
  timeout: 'The browser’s storage did not answer in time.',
  blocked: 'Another Claimmark tab keeps an older version of the database open: close it so the update can finish.',
  'newer-version': 'A newer version of Claimmark opened the database in another tab, so this tab stopped saving. Reload this tab.',
  quota: 'The browser has no more storage space for this site.',
  closed: 'The browser closed the connection to the database.',
  missing: 'The article is no longer stored here.',
  'text-conflict': 'Another tab saved different text for this article first.',
  failed: 'The browser’s storage reported an error.',
  deleted: 'This article was deleted in another tab or in the library, so it is no longer saved.',
};

/** The words for a storage failure: `problems`' sentence for its reason (any error that is not a StoreError counts as `failed`). */
export function storageProblem(problems: StorageProblems, reason: string | undefined): string {
  return (reason && Object.hasOwn(problems, reason) ? problems[reason as SaveProblem] : undefined) ?? problems.failed;
}
