/**
 * The people and bodies an article names, and how a later "Osei", "she" or "the
 * minister" is resolved to the fullest name the article gives.
 */
import type { Gender } from './language.ts';

/** A person or organisation the article names. */
export interface Person {
  /** The fullest form of the name seen: "Amara Osei". */
  name: string;
  words: string[];
  /** Titles and roles given with the name, lowercase: "finance minister". */
  roles: string[];
  gender?: Exclude<Gender, 'any'>;
  organization: boolean;
  /** Whether something shows it is someone who speaks: a cue, a title, a role or a gendered honorific. */
  evidence: boolean;
  /** UTF-16 offset of the first mention. */
  firstAt: number;
}

/** A place where a person is mentioned, for resolving pronouns. */
export interface Mention {
  person: Person;
  at: number;
  /** Sentence number across the article. */
  sentence: number;
  paragraph: number;
  /** Whether the person speaks there (the subject of a reporting verb). */
  speaks: boolean;
}

/** How far back a pronoun looks for its person, in mentions, whatever the paragraphs. */
const lookBehind = 60;

/** Lowercase words of a name, without a possessive ending. */
export function nameWords(name: string): string[] {
  if (/^[\p{L}\p{M}-]+$/u.test(name)) return [name.toLowerCase()]; // one plain word, the common case
  return name
    .toLowerCase()
    .replace(/['’]s?$/u, '')
    .split(/\s+/u)
    .filter((word) => word !== '' && word !== '.');
}

/** The people of one article. */
export class People {
  readonly #people: Person[] = [];
  /** People by each word of their name. */
  readonly #byWord = new Map<string, Person[]>();
  /** Mentions in the text, in order, and speakers' mentions, kept in order too. */
  readonly #mentions: Mention[] = [];

  /** Registers a name, merging it with a person it is part of (or who is part of it); returns the person. */
  add(name: string, at: number, details: { role?: string; gender?: Gender; organization?: boolean; evidence?: boolean } = {}): Person {
    const words = nameWords(name);
    const bare = name.replace(/['’]s?$/u, '');
    let person = this.find(name);
    if (!person) {
      // a fuller form of someone known by part of the name: "Lidia Farrant" after "Farrant"
      const organization = Boolean(details.organization);
      person = this.#candidates(words).find((p) => p.organization === organization && containsRun(words, p.words)) ?? null;
      if (person) {
        person.name = bare;
        person.words = words;
        this.#index(person);
      }
    }
    if (!person) {
      person = { name: bare, words, roles: [], organization: Boolean(details.organization), evidence: false, firstAt: at };
      this.#people.push(person);
      this.#index(person);
    }
    if (details.role && !person.roles.includes(details.role)) person.roles.push(details.role);
    if (details.gender && details.gender !== 'any') person.gender = details.gender;
    person.evidence ||= Boolean(details.evidence || details.role || (details.gender && details.gender !== 'any'));
    person.firstAt = Math.min(person.firstAt, at);
    return person;
  }

  /** The person a name refers to ("Osei" for "Amara Osei"), or null. */
  find(name: string): Person | null {
    const words = nameWords(name);
    if (words.length === 0) return null;
    let best: Person | null = null;
    for (const person of this.#byWord.get(words[0]) ?? []) {
      if (!containsRun(person.words, words)) continue;
      if (!best || (person.words.length === words.length && best.words.length !== words.length)) best = person;
    }
    return best;
  }

  /**
   * The person introduced before `at` with a role ("the minister" for "Finance
   * Minister Amara Osei"): the one whose role shares most words with it and has
   * fewest others ("shadow home secretary" is not "home secretary"), then the latest;
   * with `bodies`, organisations too ("the carrier" for "budget carrier SkyLark").
   */
  withRole(role: string, head: string, at: number, bodies = false): Person | null {
    const query = role.split(/\s+/u);
    let best: { person: Person; score: number } | null = null;
    for (const person of this.#people) {
      if ((person.organization && !bodies) || person.firstAt > at) continue;
      for (const held of person.roles) {
        const words = held.split(/\s+/u);
        if (!words.includes(head)) continue;
        const shared = query.filter((word) => words.includes(word)).length;
        const score = (shared * 100 - (words.length - shared)) * 1e9 + person.firstAt;
        if (!best || score > best.score) best = { person, score };
      }
    }
    return best?.person ?? null;
  }

  /** Records a mention, keeping mentions in text order; a speaker already mentioned there is marked as speaking. */
  mention(mention: Mention): void {
    const mentions = this.#mentions;
    const last = mentions[mentions.length - 1];
    if (!last || last.at < mention.at) {
      mentions.push(mention);
      return;
    }
    const index = upperBound(mentions, mention.at);
    const there = mentions[index];
    if (there && there.at === mention.at && there.person === mention.person) there.speaks ||= mention.speaks;
    else mentions.splice(index, 0, mention);
  }

  /**
   * The person a "she" or "he" at `at` stands for: in the nearest sentence before it
   * (up to `reach` paragraphs back) that mentions a person of a fitting gender, the one
   * who speaks there or else the first mentioned; people known to speak before bare
   * names (a name opening a sentence may be a team or a firm). Failing that, the first
   * person named after it in the same or the next paragraph (a feature's opening "she said").
   */
  antecedent(at: number, paragraph: number, gender: Gender | undefined, reach = 3): Person | null {
    const mentions = this.#mentions;
    const fits = (m: Mention) => !m.person.organization && (!gender || gender === 'any' || !m.person.gender || m.person.gender === gender);
    const from = upperBound(mentions, at);
    for (const evidence of [true, false]) {
      let index = from - 1;
      const floor = Math.max(0, from - lookBehind);
      while (index >= floor && mentions[index].paragraph >= paragraph - reach) {
        const sentence = mentions[index].sentence;
        const inSentence: Mention[] = [];
        while (index >= floor && mentions[index].sentence === sentence) {
          if (fits(mentions[index]) && (mentions[index].person.evidence || !evidence)) inSentence.unshift(mentions[index]);
          index--;
        }
        if (inSentence.length > 0) return (inSentence.find((m) => m.speaks) ?? inSentence[0]).person;
      }
    }
    for (let index = from; index < mentions.length && mentions[index].paragraph <= paragraph + 1; index++) {
      if (fits(mentions[index])) return mentions[index].person;
    }
    return null;
  }

  /** The organisation mentioned or speaking last before `at`, for "it". */
  lastOrganization(at: number): Person | null {
    const mentions = this.#mentions;
    const from = upperBound(mentions, at);
    for (let i = from - 1; i >= Math.max(0, from - lookBehind); i--) if (mentions[i].person.organization) return mentions[i].person;
    return null;
  }

  #candidates(words: readonly string[]): Person[] {
    const seen = new Set<Person>();
    for (const word of words) for (const person of this.#byWord.get(word) ?? []) seen.add(person);
    return [...seen];
  }

  #index(person: Person): void {
    for (const word of person.words) {
      const list = this.#byWord.get(word) ?? [];
      if (!list.includes(person)) list.push(person);
      this.#byWord.set(word, list);
    }
  }
}

function containsRun(words: readonly string[], part: readonly string[]): boolean {
  for (let i = 0; i + part.length <= words.length; i++) {
    let j = 0;
    while (j < part.length && words[i + j] === part[j]) j++;
    if (j === part.length) return true;
  }
  return false;
}

function upperBound(mentions: readonly Mention[], at: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (mentions[mid].at < at) low = mid + 1;
    else high = mid;
  }
  return low;
}
