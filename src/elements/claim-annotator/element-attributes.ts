/**
 * How `<claim-annotator>` reads its attributes that hold more than a word: the
 * fact-check publisher and the status scale.
 */
import type { ReviewStatus } from '../../model/index.ts';

/** The `fact-check-publisher` attribute: `{"name": …, "url": …}` as JSON, or else a name; null when empty or unreadable JSON. */
export function publisherFromAttribute(value: string | null): { name: string; url?: string } | null {
  const given = value?.trim();
  if (!given) return null;
  if (!given.startsWith('{')) return { name: given };
  try {
    return JSON.parse(given) as { name: string; url?: string };
  } catch {
    return null;
  }
}

/**
 * The `status-scale` attribute: a JSON array of `{ "id", "label" }`. What is
 * not JSON is passed on as given, so that the scale's check says what is wrong.
 */
export function statusScaleFromAttribute(value: string | null): readonly ReviewStatus[] {
  try {
    return JSON.parse(value ?? '') as ReviewStatus[];
  } catch {
    return value as unknown as ReviewStatus[];
  }
}
