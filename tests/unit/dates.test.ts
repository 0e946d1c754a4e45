import { describe, expect, it } from 'vitest';
import { isDateTimeStamp, isoDateForm, isZonedTimestamp, startsWithIsoDay } from '../../src/model/index.ts';

describe('ISO 8601 dates', () => {
  it.each([
    ['2026-03-12', 'day'],
    ['2026-03-12T10:00', 'local-time'],
    ['2026-03-12T10:00:00.5', 'local-time'],
    ['2026-03-12T10:00:00Z', 'zoned-time'],
    ['2026-03-12T10:00+0100', 'zoned-time'],
    ['2026-03-12T10:00:00.000-05:00', 'zoned-time'],
    ['2026-02-30', null],
    ['2026-13-01', null],
    ['2026-03-12T25:00Z', null],
    ['2026-03-12 10:00', null],
    ['12/03/2026', null],
    ['last Tuesday', null],
    [20260312, null],
  ])('%s is a %s', (value, form) => expect(isoDateForm(value)).toBe(form));

  it('names what each field accepts', () => {
    expect(isZonedTimestamp('2026-03-12T10:00:00+01:00')).toBe(true);
    expect(isZonedTimestamp('2026-03-12T10:00:00')).toBe(false);
    expect(startsWithIsoDay('2026-03-12 (archived copy)')).toBe(true);
    expect(startsWithIsoDay('2026-02-30 (archived copy)')).toBe(false);
    expect(isDateTimeStamp('2026-03-12T09:30:00+01:00')).toBe(true);
    expect(isDateTimeStamp('2026-03-12T09:30+0100')).toBe(false);
  });
});
