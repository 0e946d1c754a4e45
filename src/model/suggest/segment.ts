/**
 * Splits plain text into paragraphs, tokens and sentences, all with UTF-16 offsets
 * into the whole text. Every pattern here is a single pass without nested
 * quantifiers, so segmentation stays linear in the length of the text. Also where a
 * sentence's own statement starts, after the connectives that tie it to the one before.
 */
import type { Lexicon } from './lexicon.ts';

/** A word, number or single punctuation character. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct';
}

/** A non-empty line of the text. */
export interface Paragraph {
  index: number;
  start: number;
  end: number;
  tokens: Token[];
}

/** A sentence of a paragraph: tokens `[first, last)`. */
export interface Sentence {
  paragraph: number;
  first: number;
  last: number;
  start: number;
  end: number;
}

/** The non-empty lines of `text` with their tokens; a line break ends a paragraph. */
export function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const tokens = tokenize(text, lineStart, lineEnd);
    if (tokens.length > 0) {
      paragraphs.push({ index: paragraphs.length, start: tokens[0].start, end: tokens[tokens.length - 1].end, tokens });
    }
    lineStart = lineEnd + 1;
  }
  return paragraphs;
}

const SPACE = 0;
const LETTER = 1;
const DIGIT = 2;
const OTHER = 3;
const classCache = new Map<number, number>();

/** The class of a code point: white space, letter (or combining mark), digit or other. */
function classOf(code: number): number {
  if (code < 128) {
    if (code >= 97 ? code <= 122 : code >= 65 && code <= 90) return LETTER;
    if (code >= 48 && code <= 57) return DIGIT;
    return code === 32 || (code >= 9 && code <= 13) ? SPACE : OTHER;
  }
  let found = classCache.get(code);
  if (found === undefined) {
    const char = String.fromCodePoint(code);
    found = /\s/u.test(char) ? SPACE : /[\p{L}\p{M}]/u.test(char) ? LETTER : /\p{N}/u.test(char) ? DIGIT : OTHER;
    classCache.set(code, found);
  }
  return found;
}

/** Characters that join the parts of a word (O’Brien, al-Amin, U.S, AT&T) or of a number (1,200, 3.5, 10:30). */
const wordJoiners = new Set(["'", '’', '-', '.', '&']);
const numberJoiners = new Set(['.', ',', ':']);

/**
 * Splits a line into words, numbers and single other characters in one pass. Words
 * keep inner apostrophes, hyphens, full stops and ampersands; numbers keep inner
 * separators and a unit suffix (5bn, 1990s).
 */
function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const code = text.codePointAt(i)!;
    const kind = classOf(code);
    const start = i;
    i += code > 0xffff ? 2 : 1;
    if (kind === SPACE) continue;
    if (kind === LETTER) i = wordEnd(text, i, to, LETTER, wordJoiners);
    else if (kind === DIGIT) i = wordEnd(text, wordEnd(text, i, to, DIGIT, numberJoiners), to, LETTER, null);
    const value = text.slice(start, i);
    tokens.push({ text: value, lower: kind === LETTER ? value.toLowerCase() : value, start, end: i, kind: kind === LETTER ? 'word' : kind === DIGIT ? 'number' : 'punct' });
  }
  return tokens;
}

/**
 * The end of a word (letters and digits) or number (digits) from `i`, across single
 * joining characters between two inner characters; with `joiners` null, a plain run of
 * `kind` (a number's unit suffix).
 */
function wordEnd(text: string, i: number, to: number, kind: number, joiners: Set<string> | null): number {
  const inner = (at: number) => {
    if (at >= to) return 0;
    const code = text.codePointAt(at)!;
    const found = classOf(code);
    return found === kind || (kind === LETTER && joiners !== null && found === DIGIT) ? (code > 0xffff ? 2 : 1) : 0;
  };
  for (;;) {
    let step = inner(i);
    while (step > 0) {
      i += step;
      step = inner(i);
    }
    if (joiners !== null && i + 1 < to && joiners.has(text[i]) && inner(i + 1) > 0) i += 1;
    else return i;
  }
}

/** The index of the first token that starts at or after UTF-16 offset `offset`. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (tokens[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Whether a token starts with a capital letter. */
export function isCapitalized(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && token.text[0] !== token.text[0].toLowerCase();
}

/** Quotation regions as sentence splitting needs them: token index ranges of the marks. */
export interface MarkedRegion {
  /** Token index of the opening mark. */
  open: number;
  /** Token index of the closing mark, or the paragraph's token count when unclosed. */
  close: number;
}

const terminators = new Set(['.', '!', '?', '…']);
const closers = new Set([')', ']']);

/**
 * The sentences of a paragraph. A sentence ends at ".", "!", "?" or "…" (after any
 * closing marks) before a capital, a digit or an opening mark, except after an
 * abbreviation or an initial, and never inside a quotation unless the quotation
 * closes right there (“It is fine. We are ready.” Then …).
 */
export function sentencesOf(paragraph: Paragraph, regions: readonly MarkedRegion[], lexicon: Lexicon): Sentence[] {
  const { tokens } = paragraph;
  const insideUntil = regions.length === 0 ? null : new Array<number>(tokens.length).fill(-1);
  const opens = new Set<number>();
  for (const region of regions) {
    opens.add(region.open);
    for (let i = region.open + 1; i < region.close && i < tokens.length; i++) insideUntil![i] = region.close;
  }
  const sentences: Sentence[] = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!terminators.has(tokens[i].text) || isAbbreviation(tokens, i, lexicon)) continue;
    let end = i + 1;
    while (end < tokens.length && terminators.has(tokens[end].text)) end++;
    const close = insideUntil === null ? -1 : insideUntil[i];
    if (close !== -1) {
      if (end !== close && end < tokens.length) continue; // the quotation goes on after this sentence
      end = Math.min(close + 1, tokens.length);
    }
    while (end < tokens.length && closers.has(tokens[end].text)) end++;
    const next = tokens[end];
    if (next && !(isCapitalized(next) || next.kind === 'number' || opens.has(end) || lexicon.quoteChars.has(next.text))) continue;
    sentences.push(sentenceOf(paragraph, first, end));
    first = end;
    i = end - 1;
  }
  if (first < tokens.length) sentences.push(sentenceOf(paragraph, first, tokens.length));
  return sentences;
}

function sentenceOf(paragraph: Paragraph, first: number, last: number): Sentence {
  const { tokens } = paragraph;
  return { paragraph: paragraph.index, first, last, start: tokens[first].start, end: tokens[last - 1].end };
}

/** Whether the full stop at `tokens[i]` ends an abbreviation or an initial rather than a sentence. */
export function isAbbreviation(tokens: readonly Token[], i: number, lexicon: Lexicon): boolean {
  if (tokens[i].text !== '.' || i === 0) return false;
  const before = tokens[i - 1];
  if (before.end !== tokens[i].start || before.kind !== 'word') return false;
  if (lexicon.abbreviations.has(before.lower)) return true;
  // an initial (J. K. Osei) but not a pronoun "I" ending a sentence
  return before.text.length === 1 && before.text !== 'I' && isCapitalized(before) && isCapitalized(tokens[i + 1]);
}

/** A paragraph's tokens and the language they are read in. */
export interface TokensIn {
  tokens: readonly Token[];
  lexicon: Lexicon;
}

/**
 * The first token after the connectives opening `[first, last)` ("Separately,", "But
 * meanwhile", "In addition,", ", however,"), with their commas; `first` when none opens it or when
 * fewer than two tokens would be left. A connective outside `bareConnectives` counts only
 * with its comma: "So far, …" and "However hard …" keep their first word.
 */
export function afterConnectives(ctx: TokensIn, first: number, last: number): number {
  const { tokens, lexicon } = ctx;
  let i = first;
  for (;;) {
    // a connective set off by commas: "said that, meanwhile, …"
    const at = tokens[i]?.text === ',' ? i + 1 : i;
    const match = lexicon.connectives.match(tokens, at, last);
    if (!match) break;
    const next = at + match.length;
    if (next < last && tokens[next].text === ',') i = next + 1;
    else if (match.value) i = next;
    else break;
  }
  return last - i >= 2 ? i : first;
}

/** Whether `[first, last)` is one connective and nothing else: "Separately", "In addition". */
export function isConnective(ctx: TokensIn, first: number, last: number): boolean {
  return ctx.lexicon.connectives.match(ctx.tokens, first, last)?.length === last - first;
}

/** How many tokens the connective at `i` that needs no comma ("Meanwhile", "But") spans; 0 for none. */
export function bareConnectiveAt(ctx: TokensIn, i: number, last: number): number {
  const match = ctx.lexicon.connectives.match(ctx.tokens, i, last);
  return match?.value ? match.length : ctx.lexicon.language.conjunctions.includes(ctx.tokens[i].lower) ? 1 : 0;
}
