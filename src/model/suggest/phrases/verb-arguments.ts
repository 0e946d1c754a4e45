/**
 * What stands around a reporting verb: its subject before it ("Amara Osei, the
 * finance minister, said") or after it ("said Tomas Ekwe"), the source after
 * "according to", the person addressed ("told reporters") and the tails that only
 * say where or when ("said in a statement on Thursday"). The noun phrases
 * themselves are read by speaker-phrases.ts.
 */
import { isCapitalized, isConnective, type Token } from '../segment.ts';
import { type PhraseContext, type SpeakerPhrase, parseHead, segmentsOf, tokenText } from './speaker-phrases.ts';

/** How many tokens before its verb a subject with its appositives may start. */
const subjectReach = 48;

/** A speaker phrase with what its appositives add: the role in "Amara Osei, the finance minister,". */
export interface Subject {
  phrase: SpeakerPhrase;
  /** Token index where the subject starts. */
  first: number;
  role?: string;
}

/**
 * The subject that ends right before a verb at `last`: comma-separated heads read
 * backwards, skipping adverbials between subject and verb ("Osei, in turn, said"),
 * stopping at the first stretch that is no noun phrase ("After the vote, Osei said"),
 * or with `strict` failing there.
 */
export function subjectBefore(ctx: PhraseContext, first: number, last: number, strict = false): Subject | null {
  if (last - first > subjectReach) {
    if (strict) return null;
    first = last - subjectReach;
  }
  const segments = segmentsOf(ctx, first, last);
  const heads: { phrase: SpeakerPhrase; first: number }[] = [];
  for (let s = segments.length - 1; s >= 0; s--) {
    const [a, b] = segments[s];
    const phrase = parseHead(ctx, a, b);
    if (phrase) {
      heads.unshift({ phrase, first: a });
      if (phrase.type === 'pronoun') break; // a pronoun takes no appositive: "Voters, she said, …"
      continue;
    }
    if (heads.length === 0 && isInterjection(ctx, a, b)) continue;
    if (strict) return null;
    break;
  }
  // an appositive must touch its head: nothing but commas between the last head and the verb
  if (heads.length === 0) return null;
  return subjectOf(heads);
}

/** The subject that follows an inverted verb ("said Tomas Ekwe, the union's regional secretary"). */
export function subjectAfter(ctx: PhraseContext, first: number, last: number): Subject | null {
  const segments = segmentsOf(ctx, first, last).slice(0, 2);
  const heads: { phrase: SpeakerPhrase; first: number }[] = [];
  for (const [a, b] of segments) {
    const phrase = parseHead(ctx, a, b);
    if (!phrase || phrase.type === 'pronoun') break;
    heads.push({ phrase, first: a });
  }
  return heads.length === 0 ? null : subjectOf(heads);
}

/**
 * The source after "according to": a speaker phrase if it reads as one, else whatever
 * the stretch names (estimates, official figures), as a description.
 */
export function sourceAfter(ctx: PhraseContext, first: number, last: number): Subject | null {
  const subject = subjectAfter(ctx, first, last);
  if (subject) return subject;
  const [segment] = segmentsOf(ctx, first, last);
  if (!segment || segment[1] - segment[0] > 12 || !ctx.tokens.slice(segment[0], segment[1]).some((token) => token.kind === 'word')) return null;
  const start = ctx.lexicon.determiners.has(ctx.tokens[segment[0]].lower) && segment[1] - segment[0] > 1 ? segment[0] + 1 : segment[0];
  const phrase: SpeakerPhrase = { type: 'description', text: tokenText(ctx, start, segment[1]), start: ctx.tokens[start].start, end: ctx.tokens[segment[1] - 1].end };
  return { phrase, first };
}

function subjectOf(heads: { phrase: SpeakerPhrase; first: number }[]): Subject {
  const named = heads.find((head) => head.phrase.type === 'name' && !head.phrase.organization) ?? heads.find((head) => head.phrase.type === 'name') ?? heads[0];
  const gender = named.phrase.gender ?? heads.find((head) => head.phrase.gender)?.phrase.gender;
  const subject: Subject = { phrase: gender ? { ...named.phrase, gender } : named.phrase, first: heads[0].first };
  const role = heads.map((head) => head.phrase.role ?? (head.phrase.type === 'description' ? head.phrase.text.toLowerCase() : undefined)).find((r) => r !== undefined);
  if (role) subject.role = role;
  return subject;
}

/**
 * Whether a stretch can sit between a subject and its verb: an adverbial ("in turn",
 * "however"), a relative clause ("who manages the club"), an age, a participle phrase.
 */
function isInterjection(ctx: PhraseContext, first: number, last: number): boolean {
  const { tokens, lexicon } = ctx;
  const language = lexicon.language;
  const token = tokens[first];
  if (language.relativePronouns.includes(token.lower) || language.nounPrepositions.includes(token.text)) return last - first <= 14;
  if (last - first === 1 && token.kind === 'number') return true;
  if (lexicon.statementPhrases.match(tokens, first, last)?.length === last - first) return true;
  if (lexicon.verbModifiers.match(tokens, first, last)?.length === last - first || isConnective(ctx, first, last)) return true;
  // a participle phrase, perhaps after an adverb: "titled “Running Hot”", "best known for …"
  const participle = (t: Token | undefined) => t !== undefined && t.kind === 'word' && !isCapitalized(t) && language.participleEndings.some((ending) => t.lower.endsWith(ending));
  if (participle(token) || (last - first > 1 && participle(tokens[first + 1]))) return last - first <= 14;
  return last - first <= 3 && lexicon.functionWords.has(token.lower);
}

/** The end of the person addressed after "told": "reporters", "the jury", "party members", "Kestrel Radio". */
export function objectEndAt(ctx: PhraseContext, first: number, limit: number): number | null {
  const { tokens, lexicon } = ctx;
  let i = first;
  if (i < limit && lexicon.determiners.has(tokens[i].lower)) i++;
  const start = i;
  while (i < limit && i - start < 4 && tokens[i].kind === 'word' && !lexicon.complementizers.has(tokens[i].lower) && !lexicon.language.nounPrepositions.includes(tokens[i].lower) && !lexicon.functionWords.has(tokens[i].lower)) i++;
  if (i === start) {
    const pronoun = tokens[i];
    return pronoun && lexicon.language.objectPronouns.includes(pronoun.lower) ? i + 1 : null;
  }
  return i;
}

/**
 * Whether what follows a closing cue's verb only says to whom, where or when:
 * "told reporters", "said in a statement on Thursday", "said of the plan". A clause
 * ("said Ashdown would appeal") is reported content, not a tail.
 */
export function isAdverbialTail(ctx: PhraseContext, v: number, after: number, bodyEnd: number): boolean {
  const { tokens, lexicon } = ctx;
  let i = after;
  const verb = lexicon.verbs.match(tokens, v)!.value;
  if (verb.object && i < bodyEnd && !lexicon.language.prepositions.includes(tokens[i].lower)) {
    const objectEnd = objectEndAt(ctx, i, bodyEnd);
    if (objectEnd !== null) i = objectEnd;
  }
  if (i < bodyEnd && (tokens[i].text === ',' || lexicon.verbModifiers.match(tokens, i, bodyEnd))) i++;
  return i >= bodyEnd || lexicon.language.prepositions.includes(tokens[i].lower) || timeAt(ctx, i, bodyEnd) !== null || (i === after && subjectAfterOk(ctx, v, i, bodyEnd));
}

/** An inverted verb's subject fills the rest: "…, said Osei." */
function subjectAfterOk(ctx: PhraseContext, v: number, i: number, bodyEnd: number): boolean {
  return ctx.tokens[v - 1]?.text === ',' && subjectAfter(ctx, i, bodyEnd) !== null;
}

/** "on Tuesday", "last week": a time adverbial after a verb. */
export function timeAt(ctx: PhraseContext, i: number, bodyEnd: number): { length: number } | null {
  const { tokens, lexicon } = ctx;
  const next = tokens[i + 1];
  if (i + 1 >= bodyEnd || !next) return null;
  const language = lexicon.language;
  if (language.timePrepositions.includes(tokens[i].lower) && (lexicon.weekdays.has(next.lower) || lexicon.months.has(next.lower) || language.timeNouns.includes(next.lower))) {
    return { length: 2 };
  }
  return null;
}
