/**
 * Indirect attributions: reported speech in a sentence, and who reported it.
 *
 * - "Osei said (on Tuesday) (that) CONTENT." and "Osei told reporters that CONTENT."
 * - "CONTENT, the ministry said (in a statement)." and "CONTENT, said Osei."
 * - "According to Osei, CONTENT." and "CONTENT, according to Osei."
 * - "Reyne denied that A and claimed that B." gives two claims with one source.
 *
 * The content is what was reported, without the cue, the source, a leading "that", a
 * leading connective ("Separately,", "However,": `afterConnectives`) and the final full stop.
 */
import { sentenceSubject, type Cue } from './cues.ts';
import { verbAt, type PhraseContext, type SpeakerPhrase } from './phrases/speaker-phrases.ts';
import { isAdverbialTail, objectEndAt, sourceAfter, subjectAfter, subjectBefore, timeAt, type Subject } from './phrases/verb-arguments.ts';
import type { Quotation } from './quotation.ts';
import { afterConnectives, tokenAt } from './segment.ts';

/** A reported content found in a sentence, as a token range of its paragraph. */
export interface ClaimCandidate {
  first: number;
  last: number;
  cue: Cue;
  confidence: number;
}

const terminators = new Set(['.', '!', '?', '…']);

/**
 * The claims of one sentence `[first, last)`; `inQuote` marks tokens inside quotation
 * marks, `openings` maps opening marks to their quotations, `speaker` is who speaks in the sentence's direct quote, if it has one (“…,”
 * she said, adding that …).
 */
export function claimsOf(ctx: PhraseContext, first: number, last: number, inQuote: readonly boolean[], openings: ReadonlyMap<number, Quotation>, speaker: Subject | null = null): ClaimCandidate[] {
  const { tokens, lexicon } = ctx;
  let bodyEnd = last;
  while (bodyEnd > first && (terminators.has(tokens[bodyEnd - 1].text) || tokens[bodyEnd - 1].text === ')')) bodyEnd--;
  if (tokens[last - 1]?.text === '?' || bodyEnd - first < 4) return [];
  const startsQuote = (at: number, end: number) => {
    const quotation = openings.get(at);
    return quotation !== undefined && quotation.close >= end - 2;
  };
  const claims: ClaimCandidate[] = [];
  let start = first;
  while (start < bodyEnd && lexicon.language.conjunctions.includes(tokens[start].lower)) start++;
  start = afterConnectives(ctx, start, bodyEnd); // "However, according to …"
  const leading = lexicon.sourcePrepositions.match(tokens, start, bodyEnd);
  if (leading) {
    const comma = nextComma(ctx, start + leading.length, bodyEnd, inQuote);
    const subject = comma === -1 ? null : sourceAfter(ctx, start + leading.length, comma);
    if (subject && bodyEnd - comma > 3 && !startsQuote(comma + 1, bodyEnd)) {
      const cue: Cue = { subject, text: tokenTextOf(ctx, start, start + leading.length), how: 'according' };
      return [{ first: afterConnectives(ctx, comma + 1, bodyEnd), last: bodyEnd, cue, confidence: 0.85 }];
    }
  }
  let lastSubject: Subject | null = null;
  let afterQuote = first; // the token after the last quotation so far
  for (let v = first; v < bodyEnd; v++) {
    if (inQuote[v]) {
      afterQuote = v + 1;
      continue;
    }
    if (!lexicon.cueWords.has(tokens[v].lower)) continue;
    const source = lexicon.sourcePrepositions.match(tokens, v, bodyEnd);
    if (source && v > first + 2) {
      const subject = sourceAfter(ctx, v + source.length, bodyEnd);
      const end = tokens[v - 1].text === ',' ? v - 1 : v;
      if (subject && !startsQuote(first, end)) {
        claims.push({ first: afterConnectives(ctx, first, end), last: end, cue: { subject, text: tokenTextOf(ctx, v, v + source.length), how: 'according' }, confidence: 0.85 });
      }
      break;
    }
    const verb = verbAt(ctx, v, bodyEnd);
    if (!verb || verb.value.quoteOnly) continue;
    const after = v + verb.length;
    const closing = reportedBefore(ctx, first, v, after, bodyEnd, inQuote);
    if (closing) {
      // content opening with a quotation mark is a direct quote with its cue, not reported speech
      if (!lexicon.quoteChars.has(tokens[first].text) && closing.comma - first >= 3) {
        const cue: Cue = { subject: closing.subject, text: tokenTextOf(ctx, v, after), verb: verb.value, how: 'after' };
        claims.push({ first: afterConnectives(ctx, first, closing.comma), last: closing.comma, cue, confidence: 0.8 });
      }
      break;
    }
    let modifier = v - 1;
    while (modifier > first && lexicon.verbModifiers.match(tokens, modifier, v)) modifier--;
    const coordinated: boolean = lastSubject !== null && lexicon.language.conjunctions.includes(tokens[modifier].lower);
    // ", adding that …", ", insisting they are …": the participle's subject is the sentence's
    const participle = tokens[v - 1]?.text === ',' && isContinuing(ctx, v);
    const opening: SpeakerPhrase | null = participle && !lastSubject && !speaker ? sentenceSubject(ctx, first, v) : null;
    const subject: Subject | null = coordinated ? lastSubject : participle ? (lastSubject ?? speaker ?? (opening ? { phrase: opening, first } : null)) : subjectBefore(ctx, first, v);
    if (!subject || subject.phrase.writer) continue;
    if (subject.first !== first && tokens[subject.first - 1].text !== ',' && !coordinated && !participle) continue;
    // a subject right after a quotation is the quote's cue: “…,” she said
    if (!coordinated && !participle && afterQuote > first && (subject.first === afterQuote || (subject.first === afterQuote + 1 && tokens[afterQuote].text === ','))) continue;
    if (inQuote[tokenAt(tokens, subject.phrase.start)]) continue;
    lastSubject = subject;
    const content = contentAfter(ctx, v, verb.length, bodyEnd, inQuote);
    if (!content || content.first >= bodyEnd || startsQuote(content.first, bodyEnd)) continue;
    const end = contentEnd(ctx, content.first, bodyEnd, inQuote);
    if (end - content.first < 2 || (content.confidence < 0.8 && end - content.first < 3)) continue;
    const cue: Cue = { subject, text: tokenTextOf(ctx, v, content.cueEnd), verb: verb.value, how: 'before' };
    claims.push({ first: afterConnectives(ctx, content.first, end), last: end, cue, confidence: content.confidence });
    v = end - 1;
  }
  return claims;
}

/**
 * "CONTENT, the ministry said (in a statement)." or "CONTENT, said Osei.": a verb whose
 * subject follows a comma and after which only an object or adverbials remain.
 */
function reportedBefore(ctx: PhraseContext, first: number, v: number, after: number, bodyEnd: number, inQuote: readonly boolean[]): { comma: number; subject: Subject } | null {
  const { tokens, lexicon } = ctx;
  if (bodyEnd - after > 10) return null;
  for (let i = after; i < bodyEnd; i++) {
    if (lexicon.complementizers.has(tokens[i].lower) || tokens[i].text === ':' || inQuote[i] || verbAt(ctx, i, bodyEnd)) return null;
  }
  if (!isAdverbialTail(ctx, v, after, bodyEnd)) return null;
  if (tokens[v - 1]?.text === ',' && v - 1 > first) {
    const subject = subjectAfter(ctx, after, bodyEnd);
    if (subject) return { comma: v - 1, subject };
  }
  let best: { comma: number; subject: Subject } | null = null;
  // a comma right before the verb closes an appositive: "…, Priya Lennox, a spokesperson, said"
  for (let c = v - 2; c > first && v - c <= 24; c--) {
    if (tokens[c].text !== ',' || inQuote[c]) continue;
    const subject = subjectBefore(ctx, c + 1, v, true);
    if (!subject) break;
    best = { comma: c, subject };
  }
  return best;
}

/** Where the reported content starts after a verb, and how sure that is. */
function contentAfter(ctx: PhraseContext, v: number, length: number, bodyEnd: number, inQuote: readonly boolean[]): { first: number; cueEnd: number; confidence: number } | null {
  const { tokens, lexicon } = ctx;
  const verb = lexicon.verbs.match(tokens, v)!.value;
  const after = v + length;
  for (let j = after; j < Math.min(after + 9, bodyEnd); j++) {
    if (lexicon.complementizers.has(tokens[j].lower)) return { first: j + 1, cueEnd: after, confidence: 0.85 };
    if (terminators.has(tokens[j].text) || tokens[j].text === ':' || inQuote[j] || verbAt(ctx, j, bodyEnd)) break;
  }
  if (verb.objectPreposition) {
    for (let j = after + 1; j < Math.min(after + 8, bodyEnd); j++) {
      if (tokens[j].lower === verb.objectPreposition) return { first: after, cueEnd: after, confidence: 0.7 };
    }
    return null;
  }
  if (verb.clause !== 'zero' && verb.clause !== 'finite') return verb.nounPhrase ? { first: after, cueEnd: after, confidence: 0.35 } : null;
  let i = after;
  if (verb.object === 'required') {
    const objectEnd = objectEndAt(ctx, i, bodyEnd);
    if (objectEnd === null) return null;
    i = objectEnd;
  }
  const cueEnd = i;
  for (;;) {
    const skip = lexicon.statementPhrases.match(tokens, i, bodyEnd) ?? lexicon.verbModifiers.match(tokens, i, bodyEnd) ?? timeAt(ctx, i, bodyEnd);
    if (!skip) break;
    i += skip.length;
  }
  if (i >= bodyEnd || (tokens[i].kind === 'punct' && !lexicon.quoteChars.has(tokens[i].text))) return null;
  const opener = tokens[i].lower;
  const language = lexicon.language;
  if (language.prepositions.includes(opener) || language.conjunctions.includes(opener) || language.notSubjects.includes(opener)) return null;
  // "denied wrongdoing", "claimed victory": without "that", only a clause with a finite verb is reported speech
  if (verb.clause === 'finite' && !hasFiniteVerb(ctx, i + 1, Math.min(bodyEnd, i + 12))) return verb.nounPhrase ? { first: after, cueEnd: after, confidence: 0.35 } : null;
  return { first: i, cueEnd, confidence: 0.75 };
}

/**
 * Where reported content ends: the sentence's end, or before a second reporting verb
 * joined by "and"/"but", a participle cue (", adding that"), a trailing statement
 * phrase (", in a speech to …") or ", according to".
 */
function contentEnd(ctx: PhraseContext, first: number, bodyEnd: number, inQuote: readonly boolean[]): number {
  const { tokens, lexicon } = ctx;
  for (let j = first + 1; j < bodyEnd; j++) {
    if (inQuote[j]) continue;
    const token = tokens[j];
    if (lexicon.language.conjunctions.includes(token.lower)) {
      let k = j + 1;
      while (k < bodyEnd && lexicon.verbModifiers.match(tokens, k, bodyEnd)) k++;
      const verb = verbAt(ctx, k, bodyEnd);
      if (verb && !verb.value.quoteOnly && !isContinuing(ctx, k)) return trimComma(ctx, j);
    }
    if (token.text === ',') {
      const verb = verbAt(ctx, j + 1, bodyEnd);
      if ((verb && isContinuing(ctx, j + 1)) || lexicon.statementPhrases.match(tokens, j + 1, bodyEnd) || lexicon.sourcePrepositions.match(tokens, j + 1, bodyEnd)) {
        return j;
      }
    }
  }
  return bodyEnd;
}

/** Whether tokens `[first, last)` show a finite verb: an auxiliary or a regular past form. */
function hasFiniteVerb(ctx: PhraseContext, first: number, last: number): boolean {
  const { finiteWords, pastEnding } = ctx.lexicon.language;
  for (let i = first; i < last; i++) {
    const word = ctx.tokens[i].lower;
    if (finiteWords.includes(word) || (word.length > pastEnding.length + 2 && word.endsWith(pastEnding))) return true;
  }
  return false;
}

/** Whether a verb form is a present participle ("adding"). */
function isContinuing(ctx: PhraseContext, i: number): boolean {
  return ctx.tokens[i].lower.endsWith(ctx.lexicon.language.presentParticipleEnding);
}

function trimComma(ctx: PhraseContext, end: number): number {
  return ctx.tokens[end - 1]?.text === ',' ? end - 1 : end;
}

function nextComma(ctx: PhraseContext, first: number, last: number, inQuote: readonly boolean[]): number {
  for (let i = first; i < last; i++) if (ctx.tokens[i].text === ',' && !inQuote[i]) return i;
  return -1;
}

function tokenTextOf(ctx: PhraseContext, first: number, last: number): string {
  return ctx.text.slice(ctx.tokens[first].start, ctx.tokens[Math.max(first, last - 1)].end);
}
