/**
 * Noun phrases that name a speaker, read from tokens: a name ("Transport Minister
 * Oskar Baldrin", "Ms Vantch"), a pronoun ("she") or a description ("a spokesperson for
 * the university", "the company"), alone or with appositives ("Amara Osei, the finance
 * minister,"). Also the reporting verbs that follow or precede them, and the
 * helpers every phrase reader here shares; verb-arguments.ts reads with them what
 * stands around a reporting verb.
 */
import type { Gender, ReportingVerb } from '../language.ts';
import type { Lexicon, PhraseMatch } from '../lexicon.ts';
import { bareConnectiveAt, isCapitalized, isConnective, type Token } from '../segment.ts';

/** One phrase that names, points to or describes a speaker. */
export interface SpeakerPhrase {
  type: 'name' | 'pronoun' | 'description';
  /** The name without honorific or role, the pronoun, or the description without its determiner. */
  text: string;
  /** UTF-16 offsets of `text` in the article. */
  start: number;
  end: number;
  /** A title or role given with it, lowercase: "transport minister". */
  role?: string;
  gender?: Gender;
  organization?: boolean;
  /** The article's own voice: "I", "we". */
  writer?: boolean;
}

/** The tokens of one paragraph and the language, which every parser here reads. */
export interface PhraseContext {
  text: string;
  tokens: readonly Token[];
  lexicon: Lexicon;
}

const separators = new Set([',', '—', '–', ';']);

/** The reporting verb whose form starts at `tokens[i]`, or null; a capitalised word or a noun use ("the claims") is none. */
export function verbAt(ctx: PhraseContext, i: number, limit?: number): PhraseMatch<ReportingVerb> | null {
  const token = ctx.tokens[i];
  if (!token || token.kind !== 'word' || isCapitalized(token)) return null;
  const match = ctx.lexicon.verbs.match(ctx.tokens, i, limit);
  if (!match) return null;
  const before = ctx.tokens[i - 1];
  if (before && (ctx.lexicon.determiners.has(before.lower) || isPossessive(ctx, before))) return null;
  return match;
}

/** Whether a token is a possessive noun: "Osei’s", "workers’". */
export function isPossessive(ctx: PhraseContext, token: Token): boolean {
  return ctx.lexicon.language.possessiveEndings.some((ending) => token.lower.endsWith(ending) && token.lower.length > ending.length);
}

/** Whether a lowercase word names a kind of person or body that can speak. */
export function isSpeakerWord(ctx: PhraseContext, word: string): boolean {
  const { lexicon } = ctx;
  if (lexicon.isSpeakerNoun(word)) return true;
  return lexicon.language.agentSuffixes.some((suffix) => word.length > suffix.length + 3 && word.endsWith(suffix));
}

/** The text between two token indices, inclusive of both tokens' characters. */
export function tokenText(ctx: PhraseContext, first: number, last: number): string {
  return ctx.text.slice(ctx.tokens[first].start, ctx.tokens[last - 1].end);
}

/** Comma-separated stretches of `[first, last)`, as [start, end) token pairs. */
export function segmentsOf(ctx: PhraseContext, first: number, last: number): [number, number][] {
  const segments: [number, number][] = [];
  let start = first;
  for (let i = first; i <= last; i++) {
    if (i === last || separators.has(ctx.tokens[i].text)) {
      if (i > start) segments.push([start, i]);
      start = i + 1;
    }
  }
  return segments;
}

function isNameToken(ctx: PhraseContext, i: number, inRun: boolean): boolean {
  const token = ctx.tokens[i];
  if (isCapitalized(token)) return true;
  if (!inRun) return false;
  if (ctx.lexicon.nameParticles.has(token.text)) return true;
  // the full stop after an initial, or a plural possessive apostrophe touching the word before
  const before = ctx.tokens[i - 1];
  return (token.text === '.' || ctx.lexicon.language.apostrophes.includes(token.text)) && before !== undefined && before.end === token.start && isCapitalized(before);
}

/**
 * Reads one comma-free stretch as a speaker phrase, or null when it is none
 * ("After the vote", "Giving evidence in September", "Separately").
 */
export function parseHead(ctx: PhraseContext, first: number, last: number): SpeakerPhrase | null {
  const { tokens, lexicon } = ctx;
  const language = lexicon.language;
  last = Math.min(last, first + 32);
  for (let i = first + 1; i < last; i++) {
    if (language.relativePronouns.includes(tokens[i].lower)) {
      last = i;
      break;
    }
  }
  for (let skip = bareConnectiveAt(ctx, first, last); skip > 0 && first + skip < last; skip = bareConnectiveAt(ctx, first, last)) first += skip;
  if (isConnective(ctx, first, last)) return null;
  while (last > first) {
    const modifier = lexicon.verbModifiers.matchEnding(tokens, last - 1, first + 1);
    if (!modifier) break;
    last -= modifier.length;
  }
  if (last <= first || last - first > 16) return null;
  const firstToken = tokens[first];
  if (last - first === 1 && lexicon.pronouns.has(firstToken.lower)) return pronounPhrase(ctx, firstToken);
  const body = spokenFor(ctx, first, last);
  if (body) return body;
  let headEnd = last;
  for (let i = first + 1; i < last; i++) {
    if (language.nounPrepositions.includes(tokens[i].text)) {
      headEnd = i;
      break;
    }
  }
  const determined = lexicon.determiners.has(firstToken.lower) || isPossessive(ctx, firstToken);
  if (determined) {
    // "the independent candidate and a former bus driver": the first description names the role
    const conjunction = tokens.slice(first + 1, headEnd).findIndex((token) => language.conjunctions.includes(token.lower));
    if (conjunction >= 0) headEnd = last = first + 1 + conjunction;
  }
  return determined ? describedPhrase(ctx, first, headEnd, last) : namedPhrase(ctx, first, headEnd, last);
}

/**
 * The one a document or a spokesperson speaks for, who is the speaker: "a statement
 * from the army" is the army's, as are "a spokesperson for the army", "a joint report by
 * the army", "the army’s statement" and "an Army spokeswoman". A spokesperson's words
 * are kept as the phrase's role ("spokesperson for the army"), so that "the
 * spokesperson" still finds the person named with them. Null for any other phrase.
 */
function spokenFor(ctx: PhraseContext, first: number, last: number): SpeakerPhrase | null {
  const { tokens, lexicon } = ctx;
  let noun = -1;
  for (let i = first; i < Math.min(last, first + 6) && noun < 0; i++) if (lexicon.mouthpieces.has(tokens[i].lower)) noun = i;
  if (noun < 0) return null;
  const modifier = (i: number) => tokens[i].kind === 'word' && !isCapitalized(tokens[i]) && !lexicon.functionWords.has(tokens[i].lower) && !lexicon.verbs.match(tokens, i) && !isPossessive(ctx, tokens[i]);
  const start = first < noun && lexicon.determiners.has(tokens[first].lower) ? first + 1 : first;
  const role = lexicon.language.spokespeople.includes(tokens[noun].lower) ? tokenText(ctx, start, last).toLowerCase() : undefined;
  let body: SpeakerPhrase | null = null;
  const behalf = lexicon.behalfPrepositions.match(tokens, noun + 1, last);
  if (behalf && noun - start <= 3 && range(start, noun).every(modifier)) {
    // "a (joint) statement from the army"
    body = issuerOf(ctx, noun + 1 + behalf.length, last);
  } else if (noun === last - 1) {
    const owner = range(first, noun).findLast((i) => isPossessive(ctx, tokens[i]));
    if (owner !== undefined && isTime(ctx, tokens[owner])) {
      // "Tuesday’s statement", "last week’s report": the document itself, which speaks for the body that issued it
      body = descriptionOf(ctx, owner + 1, last);
    } else if (owner !== undefined && range(owner + 1, noun).every(modifier)) {
      // "the army’s (latest) statement"
      const phrase = issuerOf(ctx, first, owner + 1);
      const text = phrase?.text.replace(/['’]s?$/u, '');
      body = phrase && text ? { ...phrase, text, end: phrase.start + text.length } : null;
    } else if (start < noun && range(start, noun).every((i) => isCapitalized(tokens[i]) && !isTitle(lexicon, tokens[i]) && !lexicon.functionWords.has(tokens[i].lower))) {
      // "a Vellan Water spokeswoman", "an Army statement"
      body = { type: 'name', text: tokenText(ctx, start, noun), start: tokens[start].start, end: tokens[noun - 1].end, organization: true };
    }
  }
  if (!body || body.type === 'pronoun' || body.writer) return null;
  const { gender: _gender, ...spoken } = body; // a spokeswoman's gender is not her employer's
  return role ? { ...spoken, role } : spoken;
}

/**
 * Who issues a document or has a spokesperson: a speaker phrase, or else whatever a
 * short stretch of words names ("the coastal guard"), as a body, without its determiner.
 */
function issuerOf(ctx: PhraseContext, first: number, last: number): SpeakerPhrase | null {
  const { tokens, lexicon } = ctx;
  const phrase = parseHead(ctx, first, last);
  if (phrase || last - first > 6 || last <= first) return phrase;
  const apostrophe = (i: number) => lexicon.language.apostrophes.includes(tokens[i].text) && i > first && tokens[i - 1].end === tokens[i].start; // workers’ union
  const start = lexicon.determiners.has(tokens[first].lower) && last - first > 1 ? first + 1 : first;
  const unfit = (i: number) => (tokens[i].kind !== 'word' && !apostrophe(i)) || lexicon.verbs.match(tokens, i) || lexicon.functionWords.has(tokens[i].lower) || isTime(ctx, tokens[i]);
  if (range(start, last).some(unfit)) return null;
  const body = descriptionOf(ctx, start, last);
  return body.role ? body : { ...body, organization: true };
}

/** Whether a word, possessive or not, names a time: "Tuesday’s", "week’s", "March". */
function isTime(ctx: PhraseContext, token: Token): boolean {
  const word = token.lower.replace(/['’]s?$/u, '');
  return ctx.lexicon.weekdays.has(word) || ctx.lexicon.months.has(word) || ctx.lexicon.language.timeNouns.includes(word);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

function pronounPhrase(ctx: PhraseContext, token: Token): SpeakerPhrase {
  const meaning = ctx.lexicon.pronouns.get(token.lower)!;
  const phrase: SpeakerPhrase = { type: 'pronoun', text: token.lower, start: token.start, end: token.end };
  if (meaning === 'writer') phrase.writer = true;
  else if (meaning === 'female' || meaning === 'male') phrase.gender = meaning;
  else if (meaning === 'thing') phrase.organization = true;
  return phrase;
}

/** A phrase without determiner: a name with any title before it, or a bare plural ("Critics"). */
function namedPhrase(ctx: PhraseContext, first: number, headEnd: number, last: number): SpeakerPhrase | null {
  const { tokens, lexicon } = ctx;
  // the name is the capitalised run ending the head
  let runStart = headEnd;
  while (runStart > first && isNameToken(ctx, runStart - 1, runStart < headEnd)) runStart--;
  while (runStart < headEnd && !isCapitalized(tokens[runStart])) runStart++;
  if (runStart === headEnd) return bareDescription(ctx, first, headEnd, last);
  // lowercase words before it must end in a title: "company spokesperson Mirela Vantch"
  // lowercase words before it must end in a title or modify the title it opens:
  // "company spokesperson Mirela Vantch", "state Rep. Tom Hargrove"
  const before = tokens[runStart - 1];
  if (runStart > first && (runStart - first > 4 || !(isTitle(lexicon, before) || isSpeakerWord(ctx, before.lower) || isTitle(lexicon, tokens[runStart])))) return null;
  let nameStart = runStart;
  let gender: Gender | undefined;
  for (let i = runStart; i < headEnd; i++) {
    if (!isTitle(lexicon, tokens[i])) continue;
    gender = lexicon.honorific(tokens[i]) ?? gender;
    nameStart = tokens[i + 1]?.text === '.' ? i + 2 : i + 1;
  }
  while (headEnd - 1 > nameStart && lexicon.language.nameSuffixes.includes(tokens[headEnd - 1].lower)) headEnd--; // "Clare Dunmore KC"
  const count = headEnd - nameStart;
  if (count > 0 && lexicon.functionWords.has(tokens[nameStart].lower)) return null;
  if (count === 0 || (count === 1 && nameStart === first && isSpeakerWord(ctx, tokens[nameStart].lower))) {
    return descriptionOf(ctx, first, last); // "Prime Minister", "Police", "Critics"
  }
  let dates = 0;
  for (let i = nameStart; i < headEnd; i++) if (lexicon.weekdays.has(tokens[i].lower) || lexicon.months.has(tokens[i].lower)) dates++;
  if (dates === count) return null;
  const organization = isOrganization(ctx, headEnd);
  const end = organization ? capitalizedTailEnd(ctx, headEnd, last) : headEnd;
  const phrase: SpeakerPhrase = { type: 'name', text: tokenText(ctx, nameStart, end), start: tokens[nameStart].start, end: tokens[end - 1].end };
  let role = '';
  for (let i = first; i < nameStart; i++) {
    if (!lexicon.honorific(tokens[i]) && tokens[i].text !== '.') role += (role ? ' ' : '') + tokens[i].lower;
  }
  if (role) phrase.role = role;
  gender = gender && gender !== 'any' ? gender : genderIn(ctx, first, nameStart);
  if (gender && gender !== 'any') phrase.gender = gender;
  if (organization) phrase.organization = true;
  return phrase;
}

/** Whether a token is a title or role ("minister") or an honorific ("Dr"). */
function isTitle(lexicon: Lexicon, token: Token): boolean {
  return lexicon.roles.has(token.lower) || lexicon.honorific(token) !== null;
}

/** The gender the nouns of `[first, last)` imply: "spokeswoman", "his wife". */
function genderIn(ctx: PhraseContext, first: number, last: number): Gender | undefined {
  for (let i = first; i < last; i++) {
    const gender = ctx.lexicon.genderOf(ctx.tokens[i].lower);
    if (gender) return gender;
  }
  return undefined;
}

/** A bare role or plural speaker noun: "chief officer of the service", "residents". */
function bareDescription(ctx: PhraseContext, first: number, headEnd: number, last: number): SpeakerPhrase | null {
  const head = ctx.tokens.slice(first, headEnd);
  if (head.length > 4 || !head.every((token, i) => token.kind === 'word' && !ctx.lexicon.verbs.match(ctx.tokens, first + i))) return null;
  if (!isSpeakerWord(ctx, head[head.length - 1].lower) || head.some((token, i) => i > 0 && isCapitalized(token))) return null;
  if (head.some((token) => ctx.lexicon.functionWords.has(token.lower))) return null;
  return descriptionOf(ctx, first, last);
}

/** A phrase with a determiner or possessive: an organisation's name or a description. */
function describedPhrase(ctx: PhraseContext, first: number, headEnd: number, last: number): SpeakerPhrase | null {
  const { tokens, lexicon } = ctx;
  const head = tokens.slice(first + 1, headEnd);
  if (head.length === 0) return null;
  const capitals = head.filter((token) => isCapitalized(token));
  if (capitals.some((token) => lexicon.functionWords.has(token.lower))) return null; // "One councillor I spoke to"
  const lastWord = head[head.length - 1];
  const allRoles = capitals.every((token) => lexicon.roles.has(token.lower) || lexicon.honorific(token));
  if (capitals.length > 0 && !allRoles && isCapitalized(lastWord) && !isPossessive(ctx, tokens[first])) {
    let nameStart = first + 1;
    while (nameStart < headEnd && !isCapitalized(tokens[nameStart])) nameStart++;
    const end = capitalizedTailEnd(ctx, headEnd, last);
    return { type: 'name', text: tokenText(ctx, nameStart, end), start: tokens[nameStart].start, end: tokens[end - 1].end, organization: true };
  }
  if (head.length > 6 || !isSpeakerWord(ctx, lastWord.lower.replace(/['’]s?$/u, ''))) return null;
  if (head.some((_, i) => lexicon.verbs.match(tokens, first + 1 + i))) return null;
  if (head.some((token) => lexicon.functionWords.has(token.lower) || token.kind === 'punct')) return null;
  return descriptionOf(ctx, isPossessive(ctx, tokens[first]) ? first : first + 1, last);
}

function descriptionOf(ctx: PhraseContext, first: number, last: number): SpeakerPhrase {
  const { tokens } = ctx;
  const phrase: SpeakerPhrase = { type: 'description', text: tokenText(ctx, first, last), start: tokens[first].start, end: tokens[last - 1].end };
  const roles = tokens.slice(first, last).filter((token) => ctx.lexicon.roles.has(token.lower));
  if (roles.length > 0) phrase.role = tokenText(ctx, first, last).toLowerCase();
  const gender = genderIn(ctx, first, last);
  if (gender && gender !== 'any') phrase.gender = gender;
  if (tokens.slice(first, last).some((token) => ctx.lexicon.speakerNouns.has(token.lower) && !ctx.lexicon.roles.has(token.lower))) {
    phrase.organization = !tokens.slice(first, last).some((token) => ctx.lexicon.roles.has(token.lower));
  }
  return phrase;
}

/** Whether a name is an organisation's: its last word is a body ("Authority") or "of" joins it to one. */
function isOrganization(ctx: PhraseContext, last: number): boolean {
  const word = ctx.tokens[last - 1].lower.replace(/['’]s?$/u, '');
  return ctx.lexicon.speakerNouns.has(word) && !ctx.lexicon.roles.has(word) && !ctx.lexicon.language.agentSuffixes.some((s) => word.endsWith(s));
}

/** The end of "of Rail Workers" after an organisation's head: prepositions, "the" and capitalised words. */
function capitalizedTailEnd(ctx: PhraseContext, headEnd: number, last: number): number {
  let end = headEnd;
  let i = headEnd;
  while (i < last && (ctx.lexicon.language.nounPrepositions.includes(ctx.tokens[i].text) || ctx.tokens[i].lower === 'the' || ctx.tokens[i].text === '&' || isCapitalized(ctx.tokens[i]))) {
    i++;
    if (isCapitalized(ctx.tokens[i - 1])) end = i;
  }
  return end;
}
