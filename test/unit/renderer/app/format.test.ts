// What people read on screen (renderer/app/format.ts): counts with the right noun, times in 24 h
// "HH:MM" like the agenda's, dates with their year.
import { describe, expect, it } from 'vitest';
import { formatDate, formatDay, formatTime, plural } from '#renderer/app/format';

describe('format', () => {
  it('plural picks the noun by the count', () => {
    expect(plural(0, 'note', 'notes')).toBe('0 notes');
    expect(plural(1, 'note', 'notes')).toBe('1 note');
    expect(plural(2, 'person', 'people')).toBe('2 people');
  });

  it('formatTime is 24-hour HH:MM whatever the locale’s habit', () => {
    const evening = new Date(2026, 10, 26, 20, 5).getTime();
    const morning = new Date(2026, 10, 26, 8, 11).getTime();
    expect(formatTime(evening)).toMatch(/^20.05$/);
    expect(formatTime(morning)).toMatch(/^08.11$/);
  });

  it('formatDate shows the day and year', () => {
    const text = formatDate(new Date(2026, 10, 26, 12).getTime());
    expect(text).toContain('2026');
    expect(text).toContain('26');
  });
});

describe('format in the page’s language', () => {
  it('dates follow the language: German and French month names', () => {
    const day = new Date(2026, 2, 5, 12).getTime();
    expect(formatDate(day, 'de')).toBe('5. März 2026');
    expect(formatDate(day, 'fr')).toBe('5 mars 2026');
    expect(formatDate(day, 'en')).toBe('Mar 5, 2026');
    expect(formatTime(new Date(2026, 2, 5, 20, 5).getTime(), 'fr')).toBe('20:05');
  });
});

describe('formatDay', () => {
  it('writes a due date as each language does, the same day wherever the reader is', () => {
    expect(formatDay('2027-01-15', 'en')).toBe('Jan 15, 2027');
    expect(formatDay('2027-01-15', 'de')).toBe('15. Jan. 2027');
    expect(formatDay('2027-01-15', 'fr')).toBe('15 janv. 2027');
    // The last and first day of a year stay in their year (UTC in and out, never the local zone).
    expect(formatDay('2026-12-31', 'en')).toBe('Dec 31, 2026');
    expect(formatDay('2027-01-01', 'en')).toBe('Jan 1, 2027');
  });

  it('shows anything that is not a calendar day as it is', () => {
    expect(formatDay('soon', 'de')).toBe('soon');
    expect(formatDay('2027-1-5', 'fr')).toBe('2027-1-5');
  });
});
