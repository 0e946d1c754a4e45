/**
 * Checkable statements: what in a sentence makes it checkable (a figure, a percentage,
 * an amount of money, a date or year, a ranking), and how sure that is. A weekday
 * alone ("on Tuesday") says when, not what, and is no evidence.
 */
import type { PhraseContext } from './phrases/speaker-phrases.ts';
import { isPossessive } from './phrases/speaker-phrases.ts';
import { isCapitalized } from './segment.ts';

/** Why a sentence is checkable, with the confidence it gives. */
export interface FactEvidence {
  reason: 'money' | 'percentage' | 'figure' | 'date' | 'ranking' | 'count';
  confidence: number;
}

const weights: Record<FactEvidence['reason'], number> = {
  money: 0.85,
  percentage: 0.85,
  figure: 0.75,
  date: 0.7,
  ranking: 0.7,
  count: 0.6,
};

/** The strongest evidence that tokens `[first, last)`, outside quotation marks, state something checkable, or null. */
export function factEvidence(ctx: PhraseContext, first: number, last: number, inQuote: readonly boolean[]): FactEvidence | null {
  let best: FactEvidence | null = null;
  const { tokens, lexicon } = ctx;
  for (let i = first; i < last && (!best || best.confidence < weights.money); i++) {
    if (inQuote[i]) continue; // a figure inside quotation marks is someone else's, not the article's
    const token = tokens[i];
    if (token.kind === 'word' && !lexicon.factWords.has(token.lower) && !token.lower.includes('-')) continue;
    const reason = evidenceAt(ctx, i, first, last);
    if (reason && (!best || weights[reason] > best.confidence)) best = { reason, confidence: weights[reason] };
  }
  return best;
}

function evidenceAt(ctx: PhraseContext, i: number, first: number, last: number): FactEvidence['reason'] | null {
  const { tokens, lexicon } = ctx;
  const token = tokens[i];
  const before = i > first ? tokens[i - 1] : undefined;
  const after = i + 1 < last ? tokens[i + 1] : undefined;
  if (lexicon.currencySymbols.has(token.text)) return after?.kind === 'number' ? 'money' : null;
  if (lexicon.percentWords.match(tokens, i, last) || token.text === '%') return before?.kind === 'number' || (before && lexicon.numberWords.has(before.lower)) ? 'percentage' : null;
  if (token.kind === 'number') {
    if (after && lexicon.currencyWords.has(after.lower)) return 'money';
    if (after && lexicon.magnitudes.has(after.lower) && tokens[i + 2] && lexicon.currencyWords.has(tokens[i + 2].lower)) return 'money';
    return 'figure';
  }
  if (token.kind !== 'word') return null;
  const lower = token.lower;
  if (lexicon.months.has(lower) && isCapitalized(token)) {
    return isDate(ctx, i, first, last) ? 'date' : null;
  }
  if (isRanking(ctx, i, first, last)) return 'ranking';
  const hyphen = lower.indexOf('-');
  if (lexicon.numberWords.has(lower) || (hyphen > 0 && lexicon.numberWords.has(lower.slice(0, hyphen)))) return 'count';
  if (lexicon.ordinals.has(lower) && before && (before.lower === 'a' || before.lower === 'one') && !(after && after.kind === 'word' && !lexicon.functionWords.has(after.lower))) {
    return 'count'; // a fraction: "roughly a fifth of that volume"
  }
  return null;
}

/** A month named as a date: "in March", "since May", "4 December", "March 2022". */
function isDate(ctx: PhraseContext, i: number, first: number, last: number): boolean {
  const { tokens, lexicon } = ctx;
  const before = i > first ? tokens[i - 1] : undefined;
  const after = i + 1 < last ? tokens[i + 1] : undefined;
  if (after?.kind === 'number' || before?.kind === 'number') return true;
  // "May" is also a verb and a name: a month needs a number or a preposition beside it
  return before !== undefined && lexicon.language.datePrepositions.includes(before.lower);
}

/** "the largest", "its busiest", "third-largest", "the most expensive", "ranks 14th". */
function isRanking(ctx: PhraseContext, i: number, first: number, last: number): boolean {
  const { tokens, lexicon } = ctx;
  const token = tokens[i];
  const before = i > first ? tokens[i - 1] : undefined;
  const after = i + 1 < last ? tokens[i + 1] : undefined;
  const hyphen = token.lower.indexOf('-');
  const parts = hyphen > 0 ? [token.lower.slice(0, hyphen), token.lower.slice(hyphen + 1)] : [token.lower];
  const prefixes = lexicon.language.rankingPrefixes;
  if (parts.length > 1 && lexicon.ordinals.has(parts[0]) && (lexicon.rankingWords.has(parts[1]) || prefixes.includes(parts[1]))) return true;
  // "the best-selling", "its top-ranked"
  if (parts.length > 1 && prefixes.includes(parts[0]) && before !== undefined && (before.lower === 'the' || isPossessive(ctx, before))) return true;
  const determined = before !== undefined && (lexicon.determiners.has(before.lower) || isPossessive(ctx, before) || lexicon.ordinals.has(before.lower));
  if (lexicon.superlativeMarkers.has(token.lower)) return determined && before!.lower !== 'a' && after !== undefined && lexicon.language.measurableAdjectives.includes(after.lower);
  if (!lexicon.rankingWords.has(parts[0])) return false;
  if (token.lower.startsWith('rank')) return after !== undefined && (after.kind === 'number' || lexicon.ordinals.has(after.lower));
  return determined && before!.lower !== 'a' || (before?.lower === 'a' && parts[0] === 'record');
}
