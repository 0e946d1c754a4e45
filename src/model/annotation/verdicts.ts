/**
 * The verdict scale: the ratings a fact-checker gives a claim or fact. The
 * default is an ordinal scale from true to false with "unverified" as the
 * starting point; a site can pass its own. A scale is written best first:
 * its order gives the numbers ClaimReview publishes (`ratingNumbers`).
 */

/** One rating of a scale. `id` is what annotations store and exports publish. */
export interface Verdict {
  id: string;
  label: string;
  /** What the rating means, shown as help in the form. */
  description: string;
  /**
   * The number ClaimReview publishes as `ratingValue` (higher is better). Left
   * out, it comes from the scale's order; `null` says this verdict is off the
   * true-to-false line (misleading, unsupported) and gets no number.
   */
  rating?: number | null;
  /**
   * What the rating says of the claim, for its badge's colour and icon: `true`
   * (accurate), `false` (inaccurate or misleading), `mixed`, or `unknown` (not
   * checked, no evidence). Left out, `verdictTone` guesses it from the rating's place.
   */
  tone?: VerdictTone;
}

/** The meanings a verdict badge can show (see `Verdict.tone`). */
export type VerdictTone = 'true' | 'false' | 'mixed' | 'unknown';

/** Every `VerdictTone`, for checking a site's scale. */
export const verdictTones: readonly VerdictTone[] = ['true', 'false', 'mixed', 'unknown'];

/** The default scale, in the order the form offers it. */
export const defaultVerdicts: readonly Verdict[] = [
  { id: 'unverified', label: 'Unverified', description: 'Not checked yet.', tone: 'unknown' },
  { id: 'true', label: 'True', description: 'Accurate, with nothing significant missing.', tone: 'true' },
  { id: 'mostly-true', label: 'Mostly true', description: 'Accurate but needs clarification or context.', tone: 'true' },
  { id: 'mixed', label: 'Half true', description: 'Partly accurate, leaves out important details or takes things out of context.', tone: 'mixed' },
  { id: 'mostly-false', label: 'Mostly false', description: 'Contains an element of truth but ignores facts that change the impression.', tone: 'false' },
  { id: 'false', label: 'False', description: 'Not accurate.', tone: 'false' },
  { id: 'misleading', label: 'Misleading', description: 'Accurate facts presented to give a false impression.', rating: null, tone: 'false' },
  { id: 'unsupported', label: 'Unsupported', description: 'No evidence found either way.', rating: null, tone: 'unknown' },
];

/** The verdict a new claim or fact starts with. */
export const defaultVerdictId = 'unverified';

/** The verdict with `id` in `scale`, or null. */
export function findVerdict(scale: readonly Verdict[], id: string): Verdict | null {
  return scale.find((verdict) => verdict.id === id) ?? null;
}

/**
 * The verdict `name` names in `scale`: by id, or by the label people read, in
 * any case (`'Mostly False'` is `mostly-false`); null when none does. See
 * `findVerdict` for ids only.
 */
export function findVerdictByName(scale: readonly Verdict[], name: string): Verdict | null {
  const exact = findVerdict(scale, name);
  if (exact) return exact;
  const lower = name.trim().toLowerCase();
  return scale.find((verdict) => verdict.id.toLowerCase() === lower || verdict.label.trim().toLowerCase() === lower) ?? null;
}

/** A verdict's place on its scale, as schema.org Rating says it: `ratingValue` from `worstRating` to `bestRating`. */
export interface RatingNumbers {
  value: number;
  best: number;
  worst: number;
}

/**
 * The numbers of verdict `id` on `scale`, or null when it has none. When any
 * verdict of the scale gives its own `rating`, those numbers are used as given
 * (best the highest, worst the lowest; a verdict without one has none).
 * Otherwise they come from the order: "unverified" and verdicts whose `rating`
 * is null are left out, the first of the rest (the true end) is best and gets
 * their count, the last gets 1. The default scale: True 5 to False 1. A scale
 * whose verdicts are all `rating: null`, or with fewer than two numbered, has
 * no numbers.
 */
export function ratingNumbers(scale: readonly Verdict[], id: string): RatingNumbers | null {
  const ordinal = scale.filter((verdict) => verdict.id !== defaultVerdictId && verdict.rating !== null);
  const given = ordinal.filter((verdict) => typeof verdict.rating === 'number');
  const numbers = given.length
    ? new Map(given.map((verdict) => [verdict.id, verdict.rating as number]))
    : new Map(ordinal.map((verdict, index) => [verdict.id, ordinal.length - index]));
  const value = numbers.get(id);
  if (value === undefined) return null;
  const all = [...numbers.values()];
  const best = Math.max(...all);
  const worst = Math.min(...all);
  return best > worst ? { value, best, worst } : null;
}

/**
 * The tone of verdict `id` on `scale` (`Verdict.tone`): its own when given; else
 * from its place between the scale's worst and best numbers (`ratingNumbers`): the
 * top third `true`, the bottom third `false`, between them `mixed`; `unknown` for a
 * verdict with no number or not on the scale.
 */
export function verdictTone(scale: readonly Verdict[], id: string): VerdictTone {
  const given = findVerdict(scale, id)?.tone;
  if (given) return given;
  const numbers = ratingNumbers(scale, id);
  if (!numbers) return 'unknown';
  const place = (numbers.value - numbers.worst) / (numbers.best - numbers.worst);
  return place >= 2 / 3 ? 'true' : place <= 1 / 3 ? 'false' : 'mixed';
}
