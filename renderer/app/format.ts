// Formatting helpers for what people read on screen, in the page's language (renderer/i18n):
// dates and times through Intl with that language's conventions.
import { activeLanguage } from '../i18n/language';
import type { Language } from '../../shared/i18n/languages';

// One formatter per language: toLocaleTimeString builds a new one each call, which costs real
// time on a board of thousands of notes.
const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: 'date' | 'time', language: Language): Intl.DateTimeFormat {
  const key = `${kind}:${language}`;
  let f = cache.get(key);
  if (!f) {
    f =
      kind === 'date'
        ? new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', day: 'numeric' })
        : // 24-hour, as the agenda's "09:00–09:30" (never "08:11 AM" next to it).
          new Intl.DateTimeFormat(language, {
            // eslint-disable-next-line lingui/no-unlocalized-strings -- an Intl option
            hour: '2-digit',
            // eslint-disable-next-line lingui/no-unlocalized-strings -- an Intl option
            minute: '2-digit',
            hourCycle: 'h23',
          });
    cache.set(key, f);
  }
  return f;
}

export function formatDate(ms: number, language: Language = activeLanguage()): string {
  return formatter('date', language).format(new Date(ms));
}

/**
 * A calendar day kept as `YYYY-MM-DD` (an action's due date) as the page's language writes it
 * ("5 Dec 2026", "5. Dez. 2026", "5 déc. 2026"): the same day wherever the reader is (read and
 * written in UTC). Anything else is shown as it is.
 */
export function formatDay(iso: string, language: Language = activeLanguage()): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const key = `day:${language}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(language, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      // eslint-disable-next-line lingui/no-unlocalized-strings -- an Intl option
      timeZone: 'UTC',
    });
    cache.set(key, f);
  }
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(ms) ? iso : f.format(ms);
}

export function formatTime(ms: number, language: Language = activeLanguage()): string {
  return formatter('time', language).format(new Date(ms));
}

/** English-only count and noun, for facilitator views not yet converted to the catalogs. */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
