/**
 * A language table compiled for lookup: word sets and a matcher for multi-word
 * phrases over tokens, built once per table and cached.
 */
import type { Gender, ReportingVerb, SuggestLanguage } from './language.ts';
import type { Token } from './segment.ts';

/** A phrase found at a token: what it is and how many tokens it spans. */
export interface PhraseMatch<T> {
  value: T;
  length: number;
}

/** Multi-word phrases keyed by their first and by their last word, longest first. */
class PhraseTable<T> {
  readonly #byFirst = new Map<string, { words: string[]; value: T }[]>();
  readonly #byLast = new Map<string, { words: string[]; value: T }[]>();

  constructor(entries: Iterable<[string, T]>) {
    for (const [phrase, value] of entries) {
      const words = phrase.toLowerCase().split(' ');
      for (const [map, key] of [
        [this.#byFirst, words[0]],
        [this.#byLast, words[words.length - 1]],
      ] as const) {
        const list = map.get(key) ?? [];
        list.push({ words, value });
        list.sort((a, b) => b.words.length - a.words.length);
        map.set(key, list);
      }
    }
  }

  /** The longest phrase that starts at `tokens[index]` and ends before `limit`, or null. */
  match(tokens: readonly Token[], index: number, limit = tokens.length): PhraseMatch<T> | null {
    const token = tokens[index];
    const candidates = token === undefined ? undefined : this.#byFirst.get(token.lower);
    if (!candidates) return null;
    for (const { words, value } of candidates) {
      if (index + words.length > limit) continue;
      let j = 1;
      while (j < words.length && tokens[index + j].lower === words[j]) j++;
      if (j === words.length) return { value, length: words.length };
    }
    return null;
  }

  /** The longest phrase that ends at `tokens[last]` and starts at `floor` or later, or null. */
  matchEnding(tokens: readonly Token[], last: number, floor = 0): PhraseMatch<T> | null {
    const token = tokens[last];
    const candidates = token === undefined ? undefined : this.#byLast.get(token.lower);
    if (!candidates) return null;
    for (const { words, value } of candidates) {
      const start = last - words.length + 1;
      if (start < floor) continue;
      let j = 0;
      while (j < words.length - 1 && tokens[start + j].lower === words[j]) j++;
      if (j === words.length - 1) return { value, length: words.length };
    }
    return null;
  }
}

/** The compiled form of a `SuggestLanguage`. */
export class Lexicon {
  readonly verbs: PhraseTable<ReportingVerb>;
  readonly sourcePrepositions: PhraseTable<string>;
  readonly statementPhrases: PhraseTable<string>;
  readonly verbModifiers: PhraseTable<string>;
  readonly percentWords: PhraseTable<string>;
  readonly titleCues: PhraseTable<string>;
  readonly termCues: PhraseTable<string>;
  /** Connectives, each with whether it ties a sentence on without a comma. */
  readonly connectives: PhraseTable<boolean>;
  readonly behalfPrepositions: PhraseTable<string>;
  /** Documents and spokespeople: what speaks for someone else. */
  readonly mouthpieces: Set<string>;
  readonly complementizers: Set<string>;
  readonly pronouns: Map<string, Gender | 'plural' | 'thing' | 'writer'>;
  readonly honorifics: Map<string, Gender>;
  readonly roles: Set<string>;
  readonly speakerNouns: Set<string>;
  readonly determiners: Set<string>;
  readonly nameParticles: Set<string>;
  readonly functionWords: Set<string>;
  readonly abbreviations: Set<string>;
  readonly months: Set<string>;
  readonly weekdays: Set<string>;
  readonly currencySymbols: Set<string>;
  readonly currencyWords: Set<string>;
  readonly magnitudes: Set<string>;
  readonly numberWords: Set<string>;
  readonly ordinals: Set<string>;
  readonly rankingWords: Set<string>;
  readonly superlativeMarkers: Set<string>;
  readonly termNouns: Set<string>;
  /** Every character that may be a quotation mark. */
  readonly quoteChars: Set<string>;
  /** Every word that may make a statement checkable: months, number, money, percentage and ranking words. */
  readonly factWords: Set<string>;
  /** The first words of reporting verbs and source prepositions, to skip other words fast. */
  readonly cueWords: Set<string>;

  constructor(readonly language: SuggestLanguage) {
    const pairs = <T>(list: readonly string[], value: (entry: string) => T) => list.map((entry): [string, T] => [entry, value(entry)]);
    this.verbs = new PhraseTable(language.reportingVerbs.flatMap((verb) => verb.forms.map((form): [string, ReportingVerb] => [form, verb])));
    this.sourcePrepositions = new PhraseTable(pairs(language.sourcePrepositions, (p) => p));
    this.statementPhrases = new PhraseTable(pairs(language.statementPhrases, (p) => p));
    this.verbModifiers = new PhraseTable(pairs(language.verbModifiers, (p) => p));
    this.percentWords = new PhraseTable(pairs(language.percentWords, (p) => p));
    this.titleCues = new PhraseTable(pairs(language.titleCues, (p) => p));
    this.termCues = new PhraseTable(pairs(language.termCues, (p) => p));
    this.connectives = new PhraseTable(pairs([...new Set([...language.connectives, ...language.bareConnectives])], (p) => language.bareConnectives.includes(p)));
    this.behalfPrepositions = new PhraseTable(pairs(language.behalfPrepositions, (p) => p));
    this.mouthpieces = new Set([...language.documentNouns, ...language.spokespeople]);
    this.complementizers = new Set(language.complementizers);
    this.pronouns = new Map(Object.entries(language.pronouns));
    this.honorifics = new Map(Object.entries(language.honorifics));
    this.roles = new Set(language.roles.flatMap((role) => role.split(' ')));
    this.speakerNouns = new Set(language.speakerNouns);
    this.determiners = new Set(language.determiners);
    this.nameParticles = new Set(language.nameParticles);
    this.functionWords = new Set(language.functionWords);
    this.abbreviations = new Set(language.abbreviations);
    this.months = new Set([...language.months, ...language.monthAbbreviations]);
    this.weekdays = new Set(language.weekdays);
    this.currencySymbols = new Set(language.currencySymbols);
    this.currencyWords = new Set([...language.currencyWords, ...language.currencyCodes]);
    this.magnitudes = new Set(language.magnitudes);
    this.numberWords = new Set(language.numberWords);
    this.ordinals = new Set(language.ordinals);
    this.rankingWords = new Set(language.rankingWords);
    this.superlativeMarkers = new Set(language.superlativeMarkers);
    this.termNouns = new Set(language.termNouns);
    this.quoteChars = new Set(language.quotePairs.flatMap((pair) => [pair.open, pair.close]));
    this.cueWords = new Set([...language.reportingVerbs.flatMap((verb) => verb.forms), ...language.sourcePrepositions].map((phrase) => phrase.split(' ')[0]));
    this.factWords = new Set([
      ...this.months,
      ...this.currencyWords,
      ...this.magnitudes,
      ...this.numberWords,
      ...this.ordinals,
      ...this.rankingWords,
      ...this.superlativeMarkers,
      ...language.rankingPrefixes,
      ...language.percentWords.map((phrase) => phrase.split(' ')[0]),
    ]);
  }

  /** The gender a noun for a person implies ("spokeswoman"), or undefined. */
  genderOf(word: string): 'female' | 'male' | undefined {
    return this.language.genderedNouns[word];
  }

  /** The honorific a token is (with or without its full stop), or null. */
  honorific(token: Token | undefined): Gender | null {
    return token ? (this.honorifics.get(token.lower) ?? null) : null;
  }

  /** Whether a word names a person's title or role, or a body or person that speaks. */
  isSpeakerNoun(word: string): boolean {
    return this.roles.has(word) || this.speakerNouns.has(word) || this.roles.has(singular(word));
  }
}

function singular(word: string): string {
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

const cache = new WeakMap<SuggestLanguage, Lexicon>();

/** The lexicon of a language table, compiled once. */
export function lexiconOf(language: SuggestLanguage): Lexicon {
  let lexicon = cache.get(language);
  if (!lexicon) {
    lexicon = new Lexicon(language);
    cache.set(language, lexicon);
  }
  return lexicon;
}
