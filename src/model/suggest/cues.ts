/**
 * Attribution cues of direct quotes: the reporting verb and speaker right after a
 * quotation (“…,” she said / “…,” said Tomas Ekwe / “…,” according to the report) or
 * right before it (Osei said: “…” / According to Osei, “…”), and the colon that
 * introduces a quotation after a sentence about its speaker (Osei was blunt: “…”).
 */
import type { ReportingVerb } from './language.ts';
import { isSpeakerWord, parseHead, segmentsOf, verbAt, type PhraseContext, type SpeakerPhrase } from './phrases/speaker-phrases.ts';
import { isAdverbialTail, objectEndAt, sourceAfter, subjectAfter, subjectBefore, type Subject } from './phrases/verb-arguments.ts';
import type { Quotation } from './quotation.ts';
import { isAbbreviation, isCapitalized } from './segment.ts';

/** Who a quotation or claim is attributed to, and by which words. */
export interface Cue {
  subject: Subject;
  /** The cue as written: "said", "told reporters", "according to"; "" for a colon. */
  text: string;
  verb?: ReportingVerb;
  /** How the cue was found, which sets the confidence. */
  how: 'after' | 'before' | 'colon' | 'according' | 'naming';
}

const terminators = new Set(['.', '!', '?', '…']);

/** A stretch of a paragraph's tokens a cue may be read from. */
export interface Window {
  first: number;
  last: number;
}

/** The cue right after a quotation's closing mark, within `window` (to the sentence end or next quotation). */
export function cueAfter(ctx: PhraseContext, quotation: Quotation, window: Window): Cue | null {
  const { tokens, lexicon } = ctx;
  if (!quotation.closed) return null;
  let i = quotation.close + 1;
  if (tokens[i]?.text === ',') i++;
  if (i >= window.last) return null;
  // “It is fine.” Then … starts a new sentence; “Go.” she said and “Why?” Osei asked do not
  if (quotation.closingPunctuation === '.' && isCapitalized(tokens[i]) && !lexicon.pronouns.has(tokens[i].lower) && !verbAt(ctx, i + 1)) return null;
  const limit = stopAt(ctx, i, window.last);
  const source = lexicon.sourcePrepositions.match(tokens, i, limit);
  if (source) {
    const subject = sourceAfter(ctx, i + source.length, limit);
    return subject ? { subject, text: tokenTextOf(ctx, i, i + source.length), how: 'according' } : null;
  }
  const inverted = verbAt(ctx, i, limit);
  if (inverted) {
    const subject = subjectAfter(ctx, i + inverted.length, limit);
    return subject ? { subject, text: verbText(ctx, i, inverted.length, inverted.value, limit), verb: inverted.value, how: 'after' } : null;
  }
  for (let j = i + 1; j < Math.min(limit, i + 30); j++) {
    const verb = verbAt(ctx, j, limit);
    if (!verb) continue;
    const subject = subjectBefore(ctx, i, j);
    if (!subject || subject.first !== i) return null;
    // after a full stop the cue must end the sentence: “It is fine.” He said the plan … is a new sentence
    if (quotation.closingPunctuation === '.' && !isAdverbialTail(ctx, j, j + verb.length, limit)) return null;
    return { subject, text: verbText(ctx, j, verb.length, verb.value, limit), verb: verb.value, how: 'after' };
  }
  return null;
}

/**
 * The cue right before a quotation's opening mark: a reporting verb followed by a
 * colon, a comma, "that" or nothing (Osei said: “…”), "according to X," or a colon
 * after a sentence whose subject is a person.
 */
export function cueBefore(ctx: PhraseContext, quotation: Quotation, window: Window): Cue | null {
  const { tokens, lexicon } = ctx;
  let end = quotation.open;
  if (end <= window.first) return null;
  const mark = tokens[end - 1].text;
  const punctuated = mark === ':' || mark === ',';
  if (punctuated) end--;
  if (lexicon.complementizers.has(tokens[end - 1]?.lower ?? '')) end--;
  const source = lexicon.sourcePrepositions.match(tokens, window.first, end);
  if (source && punctuated) {
    const subject = sourceAfter(ctx, window.first + source.length, end);
    if (subject) return { subject, text: tokenTextOf(ctx, window.first, window.first + source.length), how: 'according' };
  }
  // the verb may be followed by an object or adverbials before a colon or comma: told reporters on Tuesday:
  const maxGap = punctuated ? 6 : 0;
  for (let v = end - 1; v >= Math.max(window.first, end - maxGap - 2); v--) {
    if (terminators.has(tokens[v].text)) break;
    const verb = verbAt(ctx, v, end);
    if (!verb || end - (v + verb.length) > maxGap) continue;
    // “…,” she said, before adding: “…”: the participle's subject is the sentence's speaker
    if (tokens[v].lower.endsWith(lexicon.language.presentParticipleEnding)) return null;
    const subject = subjectBefore(ctx, window.first, v);
    if (!subject) return null;
    return { subject, text: verbText(ctx, v, verb.length, verb.value, end), verb: verb.value, how: 'before' };
  }
  if (mark === ':') return colonCue(ctx, window.first, end);
  return punctuated ? null : namingCue(ctx, window.first, end);
}

/**
 * “Osei was blunt: “…”” or “Her son, Jamie, 12, was less sure: “…””: the sentence's
 * subject speaks, a name among its opening appositives first.
 */
function colonCue(ctx: PhraseContext, first: number, end: number): Cue | null {
  const heads: SpeakerPhrase[] = [];
  for (const [a, b] of segmentsOf(ctx, first, end)) {
    const whole = b - a <= 8 ? parseHead(ctx, a, b) : null;
    if (whole && !whole.writer) {
      heads.push(whole);
      continue;
    }
    if (heads.length > 0 && b - a === 1 && ctx.tokens[a].kind === 'number') continue; // an age
    const opening = sentenceSubject(ctx, a, b);
    if (opening) heads.push(opening);
    break;
  }
  const phrase = heads.find((head) => head.type === 'name') ?? heads[0];
  return phrase ? { subject: { phrase, first }, text: '', how: 'colon' } : null;
}

/** “She called the plan “a costly mistake””: a naming verb with a subject and an object quotes the subject. */
function namingCue(ctx: PhraseContext, first: number, end: number): Cue | null {
  const { tokens, lexicon } = ctx;
  for (let v = end - 2; v >= Math.max(first, end - 6); v--) {
    if (tokens[v].kind === 'punct' && !/['’]/u.test(tokens[v].text)) return null;
    if (!lexicon.language.namingVerbs.includes(tokens[v].lower)) continue;
    if (tokens[v - 1]?.text === ',' && tokens[v].lower.endsWith(lexicon.language.presentParticipleEnding)) {
      // "…, calling public transport “a right, not a luxury”": the sentence's subject names it
      const opening = sentenceSubject(ctx, first, v - 1);
      return opening && !opening.writer ? { subject: { phrase: opening, first }, text: tokens[v].text, how: 'naming' } : null;
    }
    const subject = subjectBefore(ctx, first, v);
    if (!subject || subject.phrase.writer || (subject.first !== first && tokens[subject.first - 1].text !== ',')) return null;
    return { subject, text: tokens[v].text, how: 'naming' };
  }
  return null;
}

/**
 * The person a sentence is about: a possessive name opening it ("Caddick’s answer is
 * blunt"), or the longest opening phrase that reads as a speaker and is followed by
 * its verb or an appositive ("The home secretary has …", "Nell Caddick, 58, …").
 */
export function sentenceSubject(ctx: PhraseContext, first: number, last: number): SpeakerPhrase | null {
  const { tokens, lexicon } = ctx;
  while (first < last && lexicon.language.conjunctions.includes(tokens[first].lower)) first++;
  let run = first;
  while (run < last && run - first < 6 && isCapitalized(tokens[run]) && !/['’]s?$/u.test(tokens[run].text)) run++;
  const possessive = tokens[run];
  if (run < last && isCapitalized(possessive) && /['’]s?$/u.test(possessive.text) && possessive.text.length > 2) {
    const name = run > first ? parseHead(ctx, first, run) : null;
    if (name && name.type !== 'name') return null;
    const start = name?.start ?? possessive.start;
    return { type: 'name', text: ctx.text.slice(start, possessive.end).replace(/['’]s?$/u, ''), start, end: possessive.end };
  }
  for (let end = Math.min(last - 1, first + 7); end > first; end--) {
    const next = tokens[end];
    if (next.text !== ',' && (next.kind !== 'word' || (isCapitalized(next) && !lexicon.pronouns.has(next.lower)))) continue;
    if (lexicon.functionWords.has(tokens[end - 1].lower) && !lexicon.pronouns.has(tokens[end - 1].lower)) continue;
    const phrase = parseHead(ctx, first, end);
    if (!phrase || phrase.writer) continue;
    if (phrase.type === 'description' && !isSpeakerWord(ctx, phrase.text.toLowerCase().split(/\s+/u).pop() ?? '')) continue;
    return phrase;
  }
  return null;
}

/** Where a cue's reading stops: a sentence end or a quotation mark. */
function stopAt(ctx: PhraseContext, first: number, last: number): number {
  for (let i = first; i < last; i++) {
    const token = ctx.tokens[i];
    if ((terminators.has(token.text) && !isAbbreviation(ctx.tokens, i, ctx.lexicon)) || ctx.lexicon.quoteChars.has(token.text)) return i;
  }
  return last;
}

/** The verb as written, with the person told when the verb needs one ("told reporters"). */
function verbText(ctx: PhraseContext, v: number, length: number, verb: ReportingVerb, limit: number): string {
  let end = v + length;
  if (verb.object === 'required') {
    const objectEnd = objectEndAt(ctx, end, limit);
    if (objectEnd !== null) end = objectEnd;
  }
  return tokenTextOf(ctx, v, end);
}

function tokenTextOf(ctx: PhraseContext, first: number, last: number): string {
  return ctx.text.slice(ctx.tokens[first].start, ctx.tokens[last - 1].end);
}
