/**
 * ISO 8601 dates: the one place that decides what counts as a date in
 * annotations, articles, imports, exports and backups. Everything else asks
 * `isoDateForm` (or one of the names below built on it) instead of writing
 * its own pattern.
 */

/** What an ISO 8601 date string names: a day, a time without timezone, or a time with one. */
export type IsoDateForm = 'day' | 'local-time' | 'zoned-time';

// 2026-03-12, 2026-03-12T10:00, 2026-03-12T10:00:00.5, each optionally with Z, +01:00 or +0100 after a time
const isoDate = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * The form of an ISO 8601 date or date-time, or null when `value` is none: a
 * day that does not exist (2026-02-30) or a time Date.parse cannot read
 * (T25:00) is none either.
 */
export function isoDateForm(value: unknown): IsoDateForm | null {
  if (typeof value !== 'string') return null;
  const match = isoDate.exec(value);
  if (!match) return null;
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.parse rolls 2026-02-30 over to March 2: check the day exists
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || Number.isNaN(Date.parse(value))) return null;
  if (value.length === 10) return 'day';
  return match[4] === undefined ? 'local-time' : 'zoned-time';
}

/** Whether `value` is a date-time with a timezone (2026-03-12T10:00:00Z): what `created`, `modified` and backup times must be. */
export function isZonedTimestamp(value: unknown): value is string {
  return isoDateForm(value) === 'zoned-time';
}

/**
 * Whether `value` begins with a day that exists (2026-03-12): what a source's
 * accessed date must be. What follows the day ("2026-03-12 (archived copy)")
 * is kept as written; exports type only the forms `isDateTimeStamp` accepts.
 */
export function startsWithIsoDay(value: string): boolean {
  return isoDateForm(value.slice(0, 10)) === 'day';
}

/** Whether `value` is an xsd:dateTimeStamp (seconds, and a zone written Z or ±hh:mm), the date-time the W3C model types. */
export function isDateTimeStamp(value: string): boolean {
  return isZonedTimestamp(value) && /T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value);
}

/** The day `date` falls on where the user is (their local calendar, not UTC), as 2026-03-12. */
export function localDay(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
