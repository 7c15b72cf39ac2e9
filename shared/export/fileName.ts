// A sensible, filesystem-safe file name for an export: `2026-11-26 Strategy offsite.md`.

const MAX_TITLE_CHARS = 80;
// Characters Windows, macOS or Linux refuse (or shells and sync tools trip over) in a file name.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** yyyy-mm-dd of a moment in the given time zone (the runtime's by default). */
export function isoDate(ms: number, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(ms));
}

/**
 * `<date> <title>.<ext>`: the date first so exports sort by time; the title with unsafe characters
 * replaced, whitespace collapsed, trailing dots and spaces removed, and cut at a grapheme-safe length.
 */
export function exportFileName(args: {
  title: string;
  /** yyyy-mm-dd: the session's first day, or the export date when the agenda has none. */
  date: string | null;
  extension: 'md' | 'pdf' | 'csv' | 'ics' | 'offsite' | (string & {});
  /** Said after the title, e.g. `actions` for `2026-11-26 Offsite actions.csv`. */
  suffix?: string;
}): string {
  let title = args.title
    .normalize('NFC')
    .replace(UNSAFE, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  // Cut on grapheme boundaries so an emoji or accented letter is never split in half.
  const graphemes = Array.from(
    new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(title),
  );
  if (graphemes.length > MAX_TITLE_CHARS)
    title = graphemes
      .slice(0, MAX_TITLE_CHARS)
      .map((g) => g.segment)
      .join('')
      .replace(/[.\s]+$/, '');
  if (!title || RESERVED.test(title)) title = title ? `${title} session` : 'Session';
  const date = args.date && /^\d{4}-\d{2}-\d{2}$/.test(args.date) ? `${args.date} ` : '';
  const ext = args.extension.replace(/[^a-z0-9]/gi, '').toLowerCase() || 'txt';
  const suffix = args.suffix ? ` ${args.suffix.replace(UNSAFE, ' ').trim()}` : '';
  return `${date}${title}${suffix}.${ext}`;
}
