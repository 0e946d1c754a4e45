/**
 * Who speaks: registers the people an article names (speakers, names with a title or
 * an appositive role, names opening a sentence), indexes where each is mentioned, and
 * resolves a cue's phrase to the fullest name: "Osei" and "Ms Osei" to "Amara Osei",
 * "she" to the person the previous sentences are about, "the minister" to the person
 * introduced with that title.
 */
import type { Block } from './document.ts';
import { People, type Person } from './people.ts';
import { parseHead, segmentsOf, type SpeakerPhrase } from './phrases/speaker-phrases.ts';
import type { Subject } from './phrases/verb-arguments.ts';
import { isCapitalized } from './segment.ts';
import { sentenceSubject } from './cues.ts';

/** A resolved speaker. */
export interface Resolved {
  name: string;
  person: Person | null;
}

/** Speaker resolution for one article. */
export class Speakers {
  readonly people = new People();

  /** Registers cue subjects, then scans the article for more names and their mentions. */
  constructor(readonly blocks: readonly Block[], subjects: readonly Subject[]) {
    for (const subject of subjects) this.#addSubject(subject);
    for (const block of blocks) this.#addAppositives(block);
    for (const block of blocks) this.#indexMentions(block);
  }

  /** The name a phrase stands for at `at` (UTF-16), or null for the article's own voice. */
  resolve(phrase: SpeakerPhrase, at: number, paragraph: number, role?: string): Resolved | null {
    if (phrase.writer) return null;
    if (phrase.type === 'name') {
      const person = this.people.find(phrase.text);
      return { name: person?.name ?? phrase.text, person };
    }
    if (phrase.type === 'pronoun') {
      const person = phrase.organization ? this.people.lastOrganization(at) : this.people.antecedent(at, paragraph, phrase.gender);
      if (person && phrase.gender && phrase.gender !== 'any' && !person.gender && !person.organization) person.gender = phrase.gender;
      return { name: person?.name ?? '', person };
    }
    const lexicon = this.blocks[0].ctx.lexicon;
    const words = (role ?? phrase.text).toLowerCase().split(/\s+/u);
    const head = [...words].reverse().find((word) => lexicon.isSpeakerNoun(word));
    const person = head ? this.people.withRole(words.join(' '), head, at, !lexicon.roles.has(head)) : null;
    return { name: person?.name ?? phrase.text, person };
  }

  /** Records that a person speaks at `at`, so that a later "she" can find them. */
  speaks(person: Person | null, at: number, paragraph: number, sentence: number): void {
    if (person) this.people.mention({ person, at, paragraph, sentence, speaks: true });
  }

  #addSubject(subject: Subject): void {
    const { phrase } = subject;
    if (phrase.type !== 'name') return;
    this.people.add(phrase.text, phrase.start, { role: subject.role ?? phrase.role, gender: phrase.gender, organization: phrase.organization, evidence: true });
  }

  /** "Amara Osei, the finance minister," and "the moderator, Clare Ostrander," anywhere in the text. */
  #addAppositives(block: Block): void {
    const { ctx, inQuote } = block;
    const { tokens, lexicon } = ctx;
    // only a stretch outside quotation marks with a capital or a title can name someone
    const worth = (a: number, b: number, sentenceStart: number) => {
      if (b - a > 12) return false;
      let named = false;
      for (let k = a; k < b; k++) {
        if (inQuote[k]) return false;
        named ||= (k > sentenceStart && isCapitalized(tokens[k])) || lexicon.isSpeakerNoun(tokens[k].lower);
      }
      return named;
    };
    for (const sentence of block.sentences) {
      // a full name opening a sentence is someone the next "she" may refer to
      const second = tokens[sentence.first + 1];
      const named = second && !lexicon.functionWords.has(tokens[sentence.first].lower) && (isCapitalized(second) || lexicon.isSpeakerNoun(second.lower));
      const opening = named ? sentenceSubject(ctx, sentence.first, sentence.last) : null;
      if (opening?.type === 'name' && !opening.organization && opening.text.includes(' ')) this.people.add(opening.text, opening.start, { role: opening.role, gender: opening.gender });
      const segments = segmentsOf(ctx, sentence.first, sentence.last);
      if (segments.length < 2) continue; // appositives need commas
      const phrases = segments.map(([a, b]) => (worth(a, b, sentence.first) ? parseHead(ctx, a, b) : null));
      phrases.forEach((phrase, i) => {
        if (!phrase || phrase.type !== 'name' || phrase.organization) return;
        const neighbour = [phrases[i - 1], phrases[i + 1]].find((p) => p?.type === 'description');
        const role = phrase.role ?? neighbour?.role ?? neighbour?.text.toLowerCase();
        const gender = phrase.gender ?? neighbour?.gender;
        if (role || gender) this.people.add(phrase.text, phrase.start, { role, gender });
      });
    }
  }

  /** The person a run of capitalised words names; a fuller form of a known surname ("Lidia Farrant") completes it. */
  #personNamed(words: string[], at: number): Person | null {
    const person = this.people.find(words.join(' '));
    if (person || words.length < 2 || words.length > 4) return person;
    const surname = this.people.find(words[words.length - 1]);
    if (!surname || surname.organization || surname.words.length !== 1) return null;
    return this.people.add(words.join(' '), at);
  }

  /** Every mention of a registered person outside quotation marks. */
  #indexMentions(block: Block): void {
    const { ctx, inQuote, paragraph } = block;
    const { tokens, lexicon } = ctx;
    block.sentences.forEach((sentence, s) => {
      let i = sentence.first;
      while (i < sentence.last) {
        if (inQuote[i] || !isCapitalized(tokens[i])) {
          i++;
          continue;
        }
        let end = i;
        while (end < sentence.last && !inQuote[end] && (isCapitalized(tokens[end]) || lexicon.nameParticles.has(tokens[end].text))) end++;
        if (end < sentence.last && lexicon.roles.has(tokens[end].lower)) {
          i = end; // "Harlow manager Sue Whitlock": the first name modifies the title
          continue;
        }
        const words: string[] = [];
        for (let k = i; k < end; k++) {
          const token = tokens[k];
          if (!lexicon.roles.has(token.lower) && !lexicon.honorific(token) && !lexicon.functionWords.has(token.lower)) words.push(token.text);
        }
        const person = words.length > 0 ? this.#personNamed(words, tokens[i].start) : null;
        if (person && (words.length > 1 || !lexicon.isSpeakerNoun(words[0].toLowerCase()))) {
          this.people.mention({ person, at: tokens[i].start, paragraph: paragraph.index, sentence: block.sentenceBase + s, speaks: false });
        }
        i = Math.max(end, i + 1);
      }
    });
  }
}
