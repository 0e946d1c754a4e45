/**
 * The article as the rules read it: paragraphs with their tokens, quotations and
 * sentences, which paragraph is the headline and where a dateline ends.
 */
import type { Lexicon } from './lexicon.ts';
import type { PhraseContext } from './phrases/speaker-phrases.ts';
import { quotationsOf, type Quotation } from './quotation.ts';
import { isCapitalized, paragraphsOf, sentencesOf, type Paragraph, type Sentence } from './segment.ts';

/** One paragraph, analysed. */
export interface Block {
  paragraph: Paragraph;
  ctx: PhraseContext;
  quotations: Quotation[];
  /** Quotations by the token index of their opening mark. */
  openings: Map<number, Quotation>;
  sentences: Sentence[];
  /** The article-wide number of this paragraph's first sentence. */
  sentenceBase: number;
  /** Whether each token lies inside quotation marks (the marks included). */
  inQuote: boolean[];
  /** A first line without final punctuation, followed by more text. */
  headline: boolean;
  /** A short line without final punctuation later on: a subheading, which states nothing itself. */
  heading: boolean;
  /** The first token after a dateline ("KESSARY, March 12 (Meridian Wire) -"), else 0. */
  bodyStart: number;
}

const terminators = new Set(['.', '!', '?', '…', '"', '”', '’', '»']);
const dashes = new Set(['-', '–', '—']);

/** Analyses the paragraphs of `text`. */
export function analyse(text: string, lexicon: Lexicon): Block[] {
  const paragraphs = paragraphsOf(text);
  let sentenceBase = 0;
  return paragraphs.map((paragraph, index) => {
    const ctx: PhraseContext = { text, tokens: paragraph.tokens, lexicon };
    const quotations = quotationsOf(text, paragraph, lexicon);
    const sentences = sentencesOf(paragraph, quotations, lexicon);
    const inQuote = new Array<boolean>(paragraph.tokens.length).fill(false);
    for (const quotation of quotations) {
      for (let i = quotation.open; i <= quotation.close && i < inQuote.length; i++) inQuote[i] = true;
    }
    const last = paragraph.tokens[paragraph.tokens.length - 1];
    const unpunctuated = !terminators.has(last.text);
    const headline = index === 0 && paragraphs.length > 1 && unpunctuated && paragraph.tokens.length <= 40;
    const heading = index > 0 && unpunctuated && paragraph.tokens.length <= 10;
    const openings = new Map(quotations.map((quotation) => [quotation.open, quotation]));
    const block: Block = { paragraph, ctx, quotations, openings, sentences, sentenceBase, inQuote, headline, heading, bodyStart: datelineEnd(paragraph) };
    sentenceBase += sentences.length;
    return block;
  });
}

/** The index of the block's sentence containing token `index`. */
export function sentenceAt(block: Block, index: number): number {
  const { sentences } = block;
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (sentences[mid].first <= index) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The token after a news-agency dateline: an all-capitals place, a date or agency, then a dash. */
function datelineEnd(paragraph: Paragraph): number {
  const { tokens } = paragraph;
  const place = tokens[0];
  if (!place || place.kind !== 'word' || place.text.length < 2 || place.text !== place.text.toUpperCase()) return 0;
  for (let i = 1; i < Math.min(tokens.length - 1, 16); i++) {
    if (dashes.has(tokens[i].text)) return i + 1;
    // a place, a state or date, an agency in brackets: nothing but capitals and numbers
    if (tokens[i].kind === 'word' && !isCapitalized(tokens[i])) return 0;
  }
  return 0;
}
