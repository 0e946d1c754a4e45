/**
 * Issue 6: every language bundle has every key of English, each of the same
 * type, and every function takes as many arguments; nested records (save
 * states, storage problems, backup problems) have every entry. English is the
 * entry bundle plus the words that travel in lazy chunks (the Suggest list,
 * the import report, backup problems).
 */
import { describe, expect, it } from 'vitest';
import { englishStrings } from '../../src/elements/shared/strings/annotator-strings.ts';
import { englishRestoreStrings } from '../../src/elements/shared/strings/restore-strings.ts';
import { englishOnDemandStrings } from '../../src/elements/shared/strings/on-demand-strings.ts';
import { englishLibraryStrings } from '../../src/elements/shared/strings/library-strings.ts';
import { englishSuggestionStrings } from '../../src/elements/shared/strings/suggestion-strings.ts';
import * as fr from '../../src/elements/shared/strings/fr.ts';
import { defaultLinkTypes, defaultStatusScale } from '../../src/model/index.ts';

/** The default vocabulary's words, which English has in the vocabulary itself. */
const vocabularyKeys = ['kindLabels', 'kindDescriptions', 'verdictLabels', 'verdictDescriptions', 'statusLabels', 'linkTypeLabels'];

const englishAnnotator: Record<string, unknown> = { ...englishStrings, ...englishSuggestionStrings, ...englishOnDemandStrings };
const englishLibrary: Record<string, unknown> = { ...englishLibraryStrings, ...englishRestoreStrings };

/** What a bundle lacks or has wrong compared with English: one line per key. */
function differences(english: Record<string, unknown>, other: Record<string, unknown>, path = ''): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(english)) {
    const theirs = other[key];
    const where = `${path}${key}`;
    if (!(key in other)) problems.push(`${where} is missing`);
    else if (typeof theirs !== typeof value) problems.push(`${where} is a ${typeof theirs}, not a ${typeof value}`);
    else if (typeof value === 'function' && (theirs as (...args: unknown[]) => unknown).length !== value.length) {
      problems.push(`${where} takes ${(theirs as () => unknown).length} arguments, not ${value.length}`);
    } else if (typeof value === 'object' && value) problems.push(...differences(value as Record<string, unknown>, theirs as Record<string, unknown>, `${where}.`));
    else if (typeof value === 'string' && !(theirs as string).trim()) problems.push(`${where} is empty`);
  }
  return problems;
}

/** Keys a bundle has that English lacks (left over from a rename, or misspelt). */
const extra = (english: Record<string, unknown>, other: Record<string, unknown>, allowed: string[] = []) =>
  Object.keys(other).filter((key) => !(key in english) && !allowed.includes(key));

describe('the language bundles', () => {
  it('French has every word of <claim-annotator>, of the same type and arity', () => {
    expect(differences(englishAnnotator, fr.claim as Record<string, unknown>)).toEqual([]);
    expect(extra(englishAnnotator, fr.claim as Record<string, unknown>, vocabularyKeys)).toEqual([]);
  });

  it('French has every word of <claim-library>, of the same type and arity', () => {
    expect(differences(englishLibrary, fr.library as Record<string, unknown>)).toEqual([]);
    expect(extra(englishLibrary, fr.library as Record<string, unknown>)).toEqual([]);
  });

  it('French names every default kind, verdict and review status', () => {
    expect(Object.keys(fr.claim.kindLabels ?? {}).sort()).toEqual(['claim', 'fact', 'note', 'quote']);
    expect(Object.keys(fr.claim.statusLabels ?? {})).toEqual(defaultStatusScale.map((status) => status.id));
    expect(Object.keys(fr.claim.linkTypeLabels ?? {})).toEqual(defaultLinkTypes.map((type) => type.id));
    expect(Object.keys(fr.claim.verdictLabels ?? {})).toEqual(Object.keys(fr.claim.verdictDescriptions ?? {}));
  });

  it('finds a missing key, a wrong type and a wrong arity', () => {
    const english = { a: 'A', b: (n: number) => `${n}`, c: { x: 'X' } };
    expect(differences(english, { b: (n: number, m: number) => `${n}${m}`, c: {} })).toEqual([
      'a is missing',
      'b takes 2 arguments, not 1',
      'c.x is missing',
    ]);
    expect(differences(english, { a: 1, b: () => '', c: { x: ' ' } })).toEqual(['a is a number, not a string', 'b takes 0 arguments, not 1', 'c.x is empty']);
  });
});
