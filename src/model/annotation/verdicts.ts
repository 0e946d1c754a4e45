/**
 * The verdict scale: the ratings a fact-checker gives a claim or fact. The
 * default is an ordinal scale from true to false with "unverified" as the
 * starting point; a site can pass its own.
 */

/** One rating of a scale. `id` is what annotations store and exports publish. */
export interface Verdict {
  id: string;
  label: string;
  /** What the rating means, shown as help in the form. */
  description: string;
}

/** The default scale, in the order the form offers it. */
export const defaultVerdicts: readonly Verdict[] = [
  { id: 'unverified', label: 'Unverified', description: 'Not checked yet.' },
  { id: 'true', label: 'True', description: 'Accurate, with nothing significant missing.' },
  { id: 'mostly-true', label: 'Mostly true', description: 'Accurate but needs clarification or context.' },
  { id: 'mixed', label: 'Half true', description: 'Partly accurate, leaves out important details or takes things out of context.' },
  { id: 'mostly-false', label: 'Mostly false', description: 'Contains an element of truth but ignores facts that change the impression.' },
  { id: 'false', label: 'False', description: 'Not accurate.' },
  { id: 'misleading', label: 'Misleading', description: 'Accurate facts presented to give a false impression.' },
  { id: 'unsupported', label: 'Unsupported', description: 'No evidence found either way.' },
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
