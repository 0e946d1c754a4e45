/**
 * A stored or imported history of verdict and status changes, checked. Only
 * reading records and imports need it, so it is apart from review.ts, which
 * start-up loads.
 */
import { checkAgent } from '../annotation/agents.ts';
import { AnnotationError } from '../annotation/annotation.ts';
import { isZonedTimestamp } from '../annotation/dates.ts';
import { type HistoryEntry, historyLimit, shortText, withoutEmpty } from './review.ts';

/** A history cleaned (its newest `historyLimit` entries), or an AnnotationError naming the entry (`history.2`). */
export function checkHistory(value: unknown): HistoryEntry[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw new AnnotationError('history must be an array', 'invalid-field', 'history');
  const entries = value.slice(-historyLimit).map((given, index): HistoryEntry => {
    const field = `history.${index}`;
    const { when, who, field: about, from, to } = (given ?? {}) as Record<string, unknown>;
    if (!isZonedTimestamp(when) || (about !== 'verdict' && about !== 'reviewStatus')) {
      throw new AnnotationError(`${field} needs a zoned date-time (when) and a field (verdict or reviewStatus)`, 'invalid-field', field);
    }
    return withoutEmpty({ when, field: about, who: checkAgent(who, `${field}.who`), from: shortText(from, `${field}.from`), to: shortText(to, `${field}.to`) });
  });
  return entries.length ? entries : undefined;
}
