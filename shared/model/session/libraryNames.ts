// Names the library gives to copies: a file imported again is "<title> (imported 2)", then 3 …,
// so two identical rows never sit side by side.
import { TITLE_MAX_CHARS } from '../limits';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The title for a newly imported session, given the titles already in the library (itself excluded). */
export function importedTitle(title: string, existing: readonly string[]): string {
  const same = new RegExp(`^${escape(title)} \\(imported (\\d+)\\)$`);
  let taken = existing.includes(title) ? 1 : 0;
  for (const t of existing) {
    const n = Number(same.exec(t)?.[1]);
    if (n > taken) taken = n;
  }
  if (taken === 0) return title;
  const suffix = ` (imported ${taken + 1})`;
  return `${title.slice(0, TITLE_MAX_CHARS - suffix.length)}${suffix}`;
}
