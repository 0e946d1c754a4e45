/**
 * The words that load with a lazy chunk (the dialogs', a restore's, a stored
 * record's faults) are optional in the bundles' types, so the type checker no
 * longer says when French lacks one: this test does.
 */
import { describe, expect, it } from 'vitest';
import * as fr from '../../src/elements/shared/strings/fr.ts';
import { onDemandWords } from '../../src/elements/shared/strings/on-demand-strings.ts';
import { englishRecordFaults } from '../../src/elements/shared/strings/record-fault-words.ts';
import { restoreWords } from '../../src/elements/shared/strings/restore-strings.ts';

const missing = (english: object, language: object) => Object.keys(english).filter((key) => typeof (language as Record<string, unknown>)[key] !== typeof (english as Record<string, unknown>)[key]);

describe('the lazy words', () => {
  it('are all in French, for the editor', () => expect(missing(onDemandWords({} as never), fr.claim)).toEqual([]));
  it('are all in French, for the library', () => expect(missing(restoreWords({} as never), fr.library)).toEqual([]));
  it('say every record fault in French', () => expect(missing(englishRecordFaults, fr.claim.recordFaults!)).toEqual([]));
  it('give the language’s words over the English ones, and the English where it has none', () => {
    expect(onDemandWords(fr.claim).nothingToLoad).toBe(fr.claim.nothingToLoad);
    expect(restoreWords({ ...fr.library, nothingRestored: undefined } as never).nothingRestored).toBe('Nothing was restored.');
  });
});
