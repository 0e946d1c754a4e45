/**
 * Whether the article already marks what a suggestion proposes, so that Suggest
 * does not offer again what the fact-checker tagged (issue 12: a sentence tagged
 * as a claim came back as a fact).
 *
 * Two spans are the same stretch of text when they share at least half of the
 * shorter one (`sameTextShare`): a claim tagged on a whole sentence and a fact
 * suggested on it without its full stop, or a tag a word short of the suggestion.
 * Measuring against the shorter span makes a span inside another one the same
 * text, whichever is the annotation. One pairing is no repetition: a quote inside
 * a claim, the quoted fragment of reported speech, which the labelling guide
 * (tests/fixtures/suggest/README.md) makes two annotations and the suggester
 * proposes together.
 */

/** A kind and a stretch of the article's text, in code point offsets (end exclusive). */
export interface KindSpan {
  kind: string;
  start: number;
  end: number;
}

/** How much of the shorter of two spans they must share to be the same text. */
export const sameTextShare = 0.5;

/** The part of the shorter of two spans that both cover: 0 for spans apart, touching or empty, 1 for one inside the other. */
export function sharedPart(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shorter > 0 && shared > 0 ? shared / shorter : 0;
}

/**
 * Whether annotation `annotation` already marks what `suggestion` proposes: one
 * of the same kind overlapping it at all, or one of any kind sharing most of the
 * shorter span (`sameTextShare`), unless one is a quote inside the other, a claim.
 */
export function marksAlready(annotation: KindSpan, suggestion: KindSpan): boolean {
  const shared = sharedPart(annotation, suggestion);
  if (shared === 0) return false;
  if (annotation.kind === suggestion.kind) return true;
  if (quoteInClaim(annotation, suggestion) || quoteInClaim(suggestion, annotation)) return false;
  return shared >= sameTextShare;
}

/** A quoted fragment of reported speech: a quote strictly inside a claim. */
function quoteInClaim(quote: KindSpan, claim: KindSpan): boolean {
  return quote.kind === 'quote' && claim.kind === 'claim' && claim.start <= quote.start && quote.end <= claim.end && quote.end - quote.start < claim.end - claim.start;
}

/**
 * The suggestions no annotation marks already (`marksAlready`), in their order.
 * Annotations may come in any order and nest; the check reads only those that
 * can overlap each suggestion, so thousands of each take milliseconds.
 */
export function notMarked<T extends KindSpan>(suggestions: readonly T[], annotations: readonly KindSpan[]): T[] {
  const byStart = annotations.filter((annotation) => annotation.end > annotation.start).sort((a, b) => a.start - b.start);
  // the furthest end among the annotations up to each one: earlier ones end before a suggestion starts once it is passed
  const reach: number[] = [];
  byStart.forEach((annotation, i) => reach.push(Math.max(annotation.end, i > 0 ? reach[i - 1] : -Infinity)));
  return suggestions.filter((suggestion) => {
    for (let i = startingBefore(byStart, suggestion.end) - 1; i >= 0 && reach[i] > suggestion.start; i--) {
      if (marksAlready(byStart[i], suggestion)) return false;
    }
    return true;
  });
}

/** How many annotations (sorted by start) start before `end`. */
function startingBefore(byStart: readonly KindSpan[], end: number): number {
  let low = 0;
  let high = byStart.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (byStart[mid].start < end) low = mid + 1;
    else high = mid;
  }
  return low;
}
