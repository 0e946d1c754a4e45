/**
 * Suggests annotations for an article's plain text: direct quotes with their speakers,
 * indirect attributions (claims) with their sources, and checkable statements (facts).
 * DOM-free and rule-based; every word it relies on lives in a language table
 * (`english.ts`), so another language is one more table.
 *
 * The pipeline: segment (paragraphs, tokens, quotations, sentences) → cues of each
 * quotation → claims of each sentence → speakers (who is named, how "she" and "the
 * minister" resolve) → which quotations are direct quotes → facts in the sentences
 * left in the article's own voice. Each step is linear in the text, give or take a
 * logarithm and a bounded look-around (a subject is read at most 48 tokens back), so
 * a 100,000-word article takes a few hundred milliseconds at most
 * (`npm run eval:suggest -- --bench`).
 */
import { CodePointIndex } from '../text/text.ts';
import { claimsOf, type ClaimCandidate } from './claims.ts';
import { cueAfter, cueBefore, sentenceSubject, type Cue } from './cues.ts';
import { analyse, sentenceAt, type Block } from './document.ts';
import { english } from './english.ts';
import { factEvidence } from './facts.ts';
import type { SuggestLanguage } from './language.ts';
import { lexiconOf } from './lexicon.ts';
import type { Quotation } from './quotation.ts';
import { afterConnectives, isCapitalized, tokenAt } from './segment.ts';
import { Speakers, type Resolved } from './speakers.ts';

export type { SuggestLanguage, ReportingVerb, QuotePair, Gender as SpeakerGender } from './language.ts';
export { english } from './english.ts';
export { type KindSpan, marksAlready, notMarked, sameTextShare, sharedPart } from './tagged.ts';

/** The kinds `suggestAnnotations` suggests: the ids of the default kind vocabulary. */
export type SuggestionKind = 'quote' | 'claim' | 'fact';

/** One suggested annotation; offsets count code points, as selectors do. */
export interface Suggestion {
  kind: SuggestionKind;
  start: number;
  end: number;
  /** The text of `[start, end)`. */
  exact: string;
  /** Who said it: the fullest name the article gives, and where the cue names them. */
  attribution?: { name: string; start?: number; end?: number };
  /** The attribution cue as written: "said", "told reporters", "according to". */
  cue?: string;
  /** How sure the rule that found it is, from 0 to 1. */
  confidence: number;
}

/** Options of `suggestAnnotations`. */
export interface SuggestOptions {
  /** The language table; English by default. */
  language?: SuggestLanguage;
  /** The kinds to suggest; all by default. */
  kinds?: readonly SuggestionKind[];
  /** Suggestions below this confidence are left out; 0.5 by default. */
  minConfidence?: number;
}

const allKinds: readonly SuggestionKind[] = ['quote', 'claim', 'fact'];

/**
 * Suggests quotes, claims and facts in plain text whose paragraphs are separated by
 * line breaks, sorted by start. See `Suggestion` and `SuggestOptions`.
 */
export function suggestAnnotations(text: string, options: SuggestOptions = {}): Suggestion[] {
  if (text.trim() === '') return [];
  const lexicon = lexiconOf(options.language ?? english);
  const minConfidence = options.minConfidence ?? 0.5;
  const kinds = new Set(options.kinds ?? allKinds);
  const blocks = analyse(text, lexicon);
  const quoteCues = blocks.map((block) => block.quotations.map((quotation, q) => findCue(block, quotation, q)));
  const claims = blocks.map((block, b) => {
    if (block.headline || block.heading) return [];
    let q = 0;
    return block.sentences.flatMap((s, i) => {
      // who speaks in the sentence's own direct quote, for ", adding that …"
      let cue: Cue | null = null;
      while (q < block.quotations.length && block.quotations[q].open < s.last) {
        const candidate = quoteCues[b][q++];
        if (!cue && candidate && candidate.how !== 'colon') cue = candidate;
      }
      return claimsOf(block.ctx, i === 0 ? Math.max(s.first, block.bodyStart) : s.first, s.last, block.inQuote, block.openings, cue?.subject ?? null);
    });
  });
  const subjects = [...quoteCues.flat(), ...claims.flat().map((claim) => claim.cue)].flatMap((cue) => (cue ? [cue.subject] : []));
  const speakers = new Speakers(blocks, subjects);
  const found: Found[] = [];
  const walk = new Walk(blocks, speakers, found);
  blocks.forEach((block, b) => walk.block(block, quoteCues[b], claims[b].filter((claim) => claim.confidence >= minConfidence)));
  addFacts(blocks, found, minConfidence);
  const index = new CodePointIndex(text);
  return found
    .filter((item) => kinds.has(item.kind) && item.confidence >= minConfidence)
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((item) => toSuggestion(text, index, item));
}

/** A suggestion in UTF-16 offsets, before conversion. */
interface Found {
  kind: SuggestionKind;
  start: number;
  end: number;
  confidence: number;
  speaker?: { name: string; start?: number; end?: number };
  cue?: string;
}

function toSuggestion(text: string, index: CodePointIndex, item: Found): Suggestion {
  const suggestion: Suggestion = {
    kind: item.kind,
    start: index.toCodePoint(item.start),
    end: index.toCodePoint(item.end),
    exact: text.slice(item.start, item.end),
    confidence: Math.round(item.confidence * 100) / 100,
  };
  if (item.speaker) {
    const { name, start, end } = item.speaker;
    suggestion.attribution = start === undefined || end === undefined ? { name } : { name, start: index.toCodePoint(start), end: index.toCodePoint(end) };
  }
  if (item.cue) suggestion.cue = item.cue;
  return suggestion;
}

/** The cue of a quotation: right after it, else right before it, within its sentence. */
function findCue(block: Block, quotation: Quotation, q: number): Cue | null {
  const { ctx, quotations, sentences } = block;
  const next = quotations[q + 1];
  if (quotation.closed) {
    // not bounded by the sentence: “Why?” Osei asked. ends a sentence inside the marks
    const last = next ? next.open : block.paragraph.tokens.length;
    const after = cueAfter(ctx, quotation, { first: quotation.close + 1, last });
    if (after) return after;
  }
  const previous = quotations[q - 1];
  const sentence = sentences[sentenceAt(block, quotation.open)];
  const first = Math.max(sentence.first, previous ? previous.close + 1 : 0);
  return cueBefore(ctx, quotation, { first, last: quotation.open });
}

/** The walk through the article in order, deciding quotes and resolving speakers. */
class Walk {
  #lastSpeaker: Resolved | null = null;
  /** The last organisation or unnamed body that spoke, for "it said". */
  #lastBody: Resolved | null = null;
  #previousBlockQuoted = false;

  constructor(
    readonly blocks: readonly Block[],
    readonly speakers: Speakers,
    readonly found: Found[],
  ) {}

  block(block: Block, cues: (Cue | null)[], claims: ClaimCandidate[]): void {
    const { tokens } = block.paragraph;
    const items = [
      ...claims.map((claim) => ({ at: tokens[Math.min(claim.cue.subject.first, claim.first)].start, claim })),
      ...block.quotations.map((quotation, q) => ({ at: tokens[quotation.open].start, quotation, cue: cues[q] })),
    ].sort((a, b) => a.at - b.at);
    let quoteSpeaker: Resolved | null = null;
    let lastDirect: Quotation | null = null;
    for (const item of items) {
      if ('claim' in item && item.claim) {
        this.#claim(block, item.claim);
        continue;
      }
      if (!('quotation' in item) || !item.quotation) continue;
      const follows = lastDirect === null ? null : sentenceAt(block, lastDirect.close) === sentenceAt(block, item.quotation.open) ? 'sentence' : 'paragraph';
      const speaker = this.#quote(block, item.quotation, item.cue ?? null, claims, quoteSpeaker, follows);
      if (speaker) {
        quoteSpeaker = speaker;
        lastDirect = item.quotation;
      }
    }
    this.#previousBlockQuoted = lastDirect !== null;
  }

  #resolve(block: Block, cue: Cue): Resolved | null {
    const { phrase } = cue.subject;
    let resolved = this.speakers.resolve(phrase, phrase.start, block.paragraph.index, cue.subject.role);
    // "it said": the last body that spoke, when no organisation is named nearer
    if (resolved && phrase.type === 'pronoun' && phrase.organization && !resolved.person && this.#lastBody) resolved = this.#lastBody;
    // "the statement added": a body's statement speaks for the body that issued it
    if (resolved && !resolved.person && phrase.type === 'description' && this.#lastBody && isDocument(block, phrase.text)) resolved = this.#lastBody;
    if (resolved) {
      const sentence = block.sentenceBase + sentenceAt(block, tokenAt(block.paragraph.tokens, phrase.start));
      this.speakers.speaks(resolved.person, phrase.start, block.paragraph.index, sentence);
      this.#lastSpeaker = resolved;
      const body = resolved.person ? resolved.person.organization || (!resolved.person.gender && !resolved.person.roles.length) : phrase.type === 'description' && phrase.organization;
      if (body && phrase.type !== 'pronoun') this.#lastBody = resolved;
    }
    return resolved;
  }

  #claim(block: Block, claim: ClaimCandidate): void {
    const { tokens } = block.paragraph;
    const resolved = this.#resolve(block, claim.cue);
    const { phrase } = claim.cue.subject;
    this.found.push({
      kind: 'claim',
      start: tokens[claim.first].start,
      end: tokens[claim.last - 1].end,
      confidence: claim.confidence - (phrase.type === 'pronoun' && !resolved?.person ? 0.1 : 0),
      speaker: { name: resolved?.name ?? '', start: phrase.start, end: phrase.end },
      cue: claim.cue.text,
    });
  }

  /** Decides whether a quotation is a direct quote; returns its speaker when it is. */
  #quote(block: Block, quotation: Quotation, cue: Cue | null, claims: ClaimCandidate[], previous: Resolved | null, follows: Follows): Resolved | null {
    const decision = decide(block, quotation, cue, claims, follows);
    if (!decision) return null;
    let resolved: Resolved | null;
    let where: { start: number; end: number } | undefined;
    if (decision.cue) {
      resolved = this.#resolve(block, decision.cue);
      if (!resolved) return null;
      where = { start: decision.cue.subject.phrase.start, end: decision.cue.subject.phrase.end };
    } else {
      resolved = previous ?? this.#context(block, quotation);
    }
    const name = resolved?.name ?? '';
    this.found.push({
      kind: 'quote',
      start: quotation.start,
      end: quotation.end,
      confidence: decision.confidence,
      speaker: where ? { name, ...where } : { name },
      ...(decision.cue?.text ? { cue: decision.cue.text } : {}),
    });
    return resolved ?? { name: '', person: null };
  }

  /** The speaker of a quotation without a cue: the person the sentence before is about, or the last speaker. */
  #context(block: Block, quotation: Quotation): Resolved | null {
    if (block.headline) {
      const person = this.speakers.people.antecedent(quotation.start, block.paragraph.index, undefined);
      return person ? { name: person.name, person } : null;
    }
    const s = sentenceAt(block, quotation.open);
    const before = block.sentences[s - 1];
    const opening = quotation.open === 0;
    if (opening && this.#previousBlockQuoted) return this.#lastSpeaker;
    const source = before ? { block, first: before.first, last: before.last } : this.#previousSentence(block);
    if (source) {
      const phrase = sentenceSubject(source.block.ctx, source.first, source.last);
      const resolved = phrase ? this.speakers.resolve(phrase, phrase.start, source.block.paragraph.index) : null;
      if (resolved?.person) return resolved;
    }
    return this.#lastSpeaker;
  }

  #previousSentence(block: Block): { block: Block; first: number; last: number } | null {
    const previous = this.blocks[block.paragraph.index - 1];
    const sentence = previous?.sentences[previous.sentences.length - 1];
    return previous && sentence ? { block: previous, first: sentence.first, last: sentence.last } : null;
  }
}

/** Whether a description names a document ("statement", "the council's letter"). */
function isDocument(block: Block, description: string): boolean {
  const head = description.toLowerCase().split(/\s+/u).pop() ?? '';
  return block.ctx.lexicon.language.documentNouns.includes(head);
}

/** Whether a quotation follows a direct quote of the same sentence or paragraph. */
type Follows = 'sentence' | 'paragraph' | null;

/**
 * Whether a quotation is a direct quote, with which cue and how sure; null for scare
 * quotes, titles and terms. A cue makes it one; so does continuing a direct quote
 * (“We will,” she said, “in May.” and a second quoted sentence), sitting inside a
 * claim's content, opening a paragraph, or reading as a whole sentence.
 */
function decide(block: Block, quotation: Quotation, cue: Cue | null, claims: ClaimCandidate[], follows: Follows): { cue: Cue | null; confidence: number } | null {
  const words = wordCount(block, quotation);
  const titled = isTitle(block, quotation);
  if (cue?.subject.phrase.writer) return null;
  if (cue && cue.how === 'naming') return words >= 2 && !titled ? { cue, confidence: 0.75 } : null; // called it “outrageous”: a term
  if (cue && cue.how !== 'colon' && !titled) return { cue, confidence: words >= 2 ? 0.9 : 0.8 };
  // a colon after a sentence about someone hands over to them: Her son, Jamie, was less sure: “…”
  if (cue && words >= 2 && !titled && !block.headline) return { cue, confidence: 0.75 };
  // in reported speech a quoted fragment is the source's words, whatever follows it
  const claim = containing(claims, quotation);
  if (claim && !isTitle(block, quotation, false)) return { cue: claim.cue, confidence: words >= 2 ? 0.7 : 0.6 };
  const sentenceLike = /^[\p{Lu}\p{N}]/u.test(quotation.content) && (/[.?!]/u.test(quotation.closingPunctuation) || /[.?!]\s/u.test(quotation.content));
  // the rest of a quote broken by its cue opens after a comma or colon: “…,” she said, zipping her coat, “and …”
  const clauseOpening = [',', ':', '—', '–'].includes(block.paragraph.tokens[quotation.open - 1]?.text ?? '');
  if (follows === 'sentence' && !titled && (clauseOpening || sentenceLike || words >= 4)) return { cue: null, confidence: 0.85 };
  if (follows === 'paragraph' && !titled && (sentenceLike || words >= 4)) return { cue: null, confidence: 0.8 };
  if (titled) return null;
  if (block.headline) {
    // a headline quotes a whole saying, first or after a colon: “We will win”: Osei …, Osei: ‘We will win’
    const introduced = quotation.open === 0 || block.paragraph.tokens[quotation.open - 1]?.text === ':';
    if (cue && words >= 2) return { cue, confidence: 0.7 };
    return introduced && words >= 3 && /^\p{Lu}/u.test(quotation.content) ? { cue: null, confidence: 0.6 } : null;
  }
  const opening = quotation.open === 0;
  if (opening && words >= 3 && (sentenceLike || !quotation.closed)) return { cue: null, confidence: 0.75 };
  if (sentenceLike && words >= 5) return { cue: null, confidence: 0.6 };
  return null;
}

/** The claim whose content holds a quotation; claims are sorted and do not overlap. */
function containing(claims: readonly ClaimCandidate[], quotation: Quotation): ClaimCandidate | null {
  let low = 0;
  let high = claims.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (claims[mid].last <= quotation.close) low = mid + 1;
    else high = mid;
  }
  const claim = claims[low];
  return claim && claim.first <= quotation.open && quotation.close < claim.last ? claim : null;
}

function wordCount(block: Block, quotation: Quotation): number {
  let count = 0;
  for (let i = quotation.open + 1; i < quotation.close && i < block.paragraph.tokens.length; i++) if (block.paragraph.tokens[i].kind !== 'punct') count++;
  return count;
}

/**
 * A title or term in quotation marks: after "so-called", "the word" (one determiner
 * may intervene: branded a “housing guarantee”), a capitalised one after "the film" or
 * "titled", and `byShape`, before the
 * noun it modifies (the “deep clean” agreements) or in title case without punctuation.
 */
function isTitle(block: Block, quotation: Quotation, byShape = true): boolean {
  const { ctx } = block;
  const { tokens, lexicon } = ctx;
  let before = quotation.open - 1;
  if (before >= 0 && lexicon.determiners.has(tokens[before].lower)) before--;
  if (before >= 0 && (lexicon.termCues.matchEnding(tokens, before) || lexicon.termNouns.has(tokens[before].lower))) return true;
  // a work's title starts with a capital: the film “Harbour Lights”, not a film “where nothing happens”
  if (before >= 0 && lexicon.titleCues.matchEnding(tokens, before) && /^[\p{Lu}\p{N}]/u.test(quotation.content)) return true;
  if (!byShape) return false;
  const next = tokens[quotation.close + 1];
  if (quotation.closed && !quotation.closingPunctuation && next?.kind === 'word' && !isCapitalized(next) && !lexicon.functionWords.has(next.lower) && !lexicon.verbs.match(tokens, quotation.close + 1) && !lexicon.language.conjunctions.includes(next.lower)) {
    return true;
  }
  const inner = tokens.slice(quotation.open + 1, quotation.close).filter((token) => token.kind === 'word');
  return !quotation.closingPunctuation && inner.length > 0 && inner.length <= 6 && inner.every((token) => isCapitalized(token) || lexicon.functionWords.has(token.lower)) && isCapitalized(inner[0]);
}

/** Facts: sentences in the article's own voice with a checkable figure, outside quotes and claims. */
function addFacts(blocks: readonly Block[], found: Found[], minConfidence: number): void {
  // quotes and claims never cross a paragraph, so each block checks only its own
  const covered = found.filter((item) => item.kind !== 'fact' && item.confidence >= minConfidence).sort((a, b) => a.start - b.start);
  let cursor = 0;
  for (const block of blocks) {
    const { paragraph } = block;
    const mine: Found[] = [];
    while (cursor < covered.length && covered[cursor].start < paragraph.end) mine.push(covered[cursor++]);
    if (block.headline || block.heading) continue;
    let m = 0;
    block.sentences.forEach((sentence, i) => {
      const span = factSpan(block, i === 0 ? Math.max(sentence.first, block.bodyStart) : sentence.first, sentence.last);
      if (!span) return;
      while (m < mine.length && mine[m].end <= span.start) m++;
      if (mine.slice(m, m + 8).some((item) => item.start < span.end && item.end > span.start)) return;
      const evidence = factEvidence(block.ctx, span.first, span.last, block.inQuote);
      if (evidence && evidence.confidence >= minConfidence) found.push({ kind: 'fact', start: span.start, end: span.end, confidence: evidence.confidence });
    });
  }
}

/**
 * A sentence without a leading connective ("Separately,", `afterConnectives`) and its final
 * full stop, or null for a question, a colon's introduction or a run-on quotation.
 */
function factSpan(block: Block, first: number, last: number): { first: number; last: number; start: number; end: number } | null {
  const { tokens } = block.paragraph;
  if (last <= first || tokens[last - 1].text === '?' || tokens[last - 1].text === ':') return null;
  while (last > first && ['.', '!', '…'].includes(tokens[last - 1].text)) last--;
  if (last <= first) return null;
  first = afterConnectives(block.ctx, first, last);
  const runOn = block.quotations[block.quotations.length - 1]; // only the last quotation can run on
  if (runOn && !runOn.closed && runOn.open < last && runOn.close >= first) return null;
  return { first, last, start: tokens[first].start, end: tokens[last - 1].end };
}
