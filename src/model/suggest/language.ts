/**
 * The shape of a suggester language table: every word, mark and phrase the rules in
 * `suggest.ts` depend on, so that a new language is one more data file beside
 * `english.ts`. Words are lowercase; multi-word entries are written with single spaces.
 */

/** How a reporting verb takes what was reported. */
export interface ReportingVerb {
  /** The dictionary form, used to group forms in tests and messages: "say". */
  lemma: string;
  /** The forms that report speech, one or more words each: "said", "says", "pointed out". */
  forms: string[];
  /**
   * The clause it reports: `zero` takes a clause with or without "that" ("said the
   * plan failed"); `finite` too, but without "that" only when a finite verb shows it is
   * a clause ("claimed the figures were wrong", not "claimed victory"); `that` only
   * with "that" ("noted that …"); `none` no clause at all.
   */
  clause: 'zero' | 'finite' | 'that' | 'none';
  /** Whether a person addressed comes between verb and content: "told reporters that …". */
  object?: 'optional' | 'required';
  /** Whether the reported content may be a noun phrase: "praised the volunteers". */
  nounPhrase?: boolean;
  /** Whether the verb attributes only direct quotes (“…,” she asked), never indirect speech. */
  quoteOnly?: boolean;
  /** A preposition after the object that makes object and phrase the reported content: "accused Reyne of lying". */
  objectPreposition?: string;
}

/** A pair of quotation marks. */
export interface QuotePair {
  open: string;
  close: string;
  /** `double` marks are the outer quotation; `single` ones quote within them or, in some house styles, instead. */
  level: 'double' | 'single';
}

/** What a pronoun or honorific says about the person it refers to. */
export type Gender = 'female' | 'male' | 'any';

/** A suggester language table; see `english.ts`. */
export interface SuggestLanguage {
  /** A BCP 47 code: "en". */
  code: string;
  quotePairs: QuotePair[];
  /** The apostrophes that may also be written inside words (don’t, O’Brien). */
  apostrophes: string[];
  reportingVerbs: ReportingVerb[];
  /** Prepositions that put the source after them: "according to". */
  sourcePrepositions: string[];
  /** Adverbials that mark where something was said: "in a statement", "in an interview". */
  statementPhrases: string[];
  /** Words that open a reported clause: "that". */
  complementizers: string[];
  /** Auxiliaries and modals that show a clause has a finite verb: "was", "would". */
  finiteWords: string[];
  /** The ending of regular past forms, which also show a finite verb: "ed". */
  pastEnding: string;
  /** Letters after a name that are no part of it: "KC", "MP", "Jr". */
  nameSuffixes: string[];
  /** Nouns for what a body issues, which speaks for that body: "statement", "report". */
  documentNouns: string[];
  /** Nouns for people who speak for someone else: "spokesperson", "representative"; "a spokesperson for the firm" is the firm speaking, as "a statement from the firm" is. */
  spokespeople: string[];
  /** Prepositions that join a document or a spokesperson to whom they speak for: "from", "for", "on behalf of". */
  behalfPrepositions: string[];
  /** Subject pronouns that may stand for a speaker, with what they say about them; `writer` is the article's own voice (I, we). */
  pronouns: Record<string, Gender | 'plural' | 'thing' | 'writer'>;
  /** Object pronouns for the person told: "me", "them". */
  objectPronouns: string[];
  /** Honorifics written before a name: "mr", "dr" (a final full stop is allowed). */
  honorifics: Record<string, Gender>;
  /** Nouns for people that say whether they are women or men: "spokeswoman", "father". */
  genderedNouns: Record<string, Exclude<Gender, 'any'>>;
  /** Titles and roles of people: "minister", "spokesperson", "coach". */
  roles: string[];
  /** Other nouns for people or bodies that speak: "resident", "police", "ministry", "report". */
  speakerNouns: string[];
  /** Word endings of nouns for people who do something: "-er", "-ist" (a spokesperson, a climatologist). */
  agentSuffixes: string[];
  /** Words that open a noun phrase: "the", "a", "one". */
  determiners: string[];
  /** Possessive determiners: "its", "his", "her", "their". */
  possessives: string[];
  /** The ending of a possessive noun: "'s", "’s", and the bare apostrophe of plurals. */
  possessiveEndings: string[];
  /** Words that open a relative clause inside a noun phrase: "who", "which". */
  relativePronouns: string[];
  /** Word endings of participles that open a descriptive phrase: "titled …", "speaking …". */
  participleEndings: string[];
  /** The ending of a present participle, which continues a sentence (", adding that …"): "ing". */
  presentParticipleEnding: string;
  /** Words that open a time adverbial after a verb: "on", "last". */
  timePrepositions: string[];
  /** Nouns of time after those words: "week", "year" (weekdays and months count too). */
  timeNouns: string[];
  /** Prepositions that may open an adverbial after a verb: "on", "in", "during". */
  prepositions: string[];
  /** Prepositions that attach an organisation or place to a person: "of", "at", "for". */
  nounPrepositions: string[];
  /** Words that never open reported content without "that": "so" in "she told me so". */
  notSubjects: string[];
  /** Conjunctions that join two reporting verbs: "and", "but". */
  conjunctions: string[];
  /**
   * Words and phrases that tie a sentence to the one before and state nothing of their
   * own: "however", "in addition", "separately". A suggested claim or fact does not
   * start with one, nor with its comma, and none is a speaker's name.
   */
  connectives: string[];
  /** Those of `connectives` that tie a sentence on without a comma too ("Meanwhile the port …"); the others need it ("However, …", not "However hard …"). */
  bareConnectives: string[];
  /** Lowercase words that may sit inside a name: "de", "van", "al". */
  nameParticles: string[];
  /** Words between a subject and its verb that do not change who speaks: "has", "also", "later". */
  verbModifiers: string[];
  /** Words that never start a name although capitalised at a sentence start: "the", "but", "on". */
  functionWords: string[];
  /** Abbreviations whose full stop does not end a sentence: "mr", "st", "u.s" (without the final stop). */
  abbreviations: string[];
  months: string[];
  /** Abbreviated month names: "jan", "sept". */
  monthAbbreviations: string[];
  weekdays: string[];
  /** Words before a month that make it a date: "in", "since", "last". */
  datePrepositions: string[];
  currencySymbols: string[];
  /** Words for money: "dollars", "euros", "pounds", "cents". */
  currencyWords: string[];
  /** Codes written before or after an amount: "usd", "eur". */
  currencyCodes: string[];
  /** Words and suffixes that scale a number: "million", "bn", "m". */
  magnitudes: string[];
  /** Words that make a number a percentage: "percent", "per cent", "percentage points". */
  percentWords: string[];
  /** Number words that count something checkable: "two", "dozen", "half". */
  numberWords: string[];
  /** Ordinal words: "first", "second", "third". */
  ordinals: string[];
  /** Superlatives and ranking words: "largest", "highest", "ranked", "record". */
  rankingWords: string[];
  /** First halves of ranking compounds: "best" in "best-selling", "top" in "top-ranked". */
  rankingPrefixes: string[];
  /** Words that make the next adjective a superlative: "most", "least". */
  superlativeMarkers: string[];
  /** Adjectives whose superlative is measured, not felt: "the most expensive", not "the most moving". */
  measurableAdjectives: string[];
  /** Verbs that give a name to something: "called it “a disgrace”" quotes whoever called it so. */
  namingVerbs: string[];
  /** Words before the title of a work in quotation marks, which starts with a capital: "film", "titled". */
  titleCues: string[];
  /** Words before a term in quotation marks, whatever its case: "so-called", "dubbed", "the word". */
  termCues: string[];
  /** Words that turn the next quotation into a term being discussed, not speech: "word", "slogan". */
  termNouns: string[];
}
