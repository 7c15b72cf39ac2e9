// Team health over a series (issue 25): the results of earlier sessions' health checks, carried
// into the next session of the series when it is made (carryHealthHistory), so this session's
// health check is read beside them. One facilitator-only map, HEALTH_HISTORY:
//   `${sessionId}/${pollId}` -> { sessionTitle, date, question, dimensions: [{ name, average, answers }] }
import type * as Y from 'yjs';
import { HEALTH_HISTORY } from './names';

export interface HealthSnapshot {
  key: string;
  sessionTitle: string;
  /** yyyy-mm-dd, or '' when the session had no date. */
  date: string;
  question: string;
  dimensions: { name: string; average: number | null; answers: number }[];
}

function readSnapshot(key: string, raw: unknown): HealthSnapshot | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (!Array.isArray(r.dimensions)) return null;
  const dimensions = r.dimensions.flatMap((d) => {
    if (typeof d !== 'object' || d === null) return [];
    const x = d as Record<string, unknown>;
    if (typeof x.name !== 'string') return [];
    const average =
      typeof x.average === 'number' && x.average >= 1 && x.average <= 5 ? x.average : null;
    const answers = typeof x.answers === 'number' && x.answers >= 0 ? x.answers : 0;
    return [{ name: x.name, average, answers }];
  });
  return {
    key,
    sessionTitle: typeof r.sessionTitle === 'string' ? r.sessionTitle : 'Earlier session',
    date: typeof r.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.date) ? r.date : '',
    question: typeof r.question === 'string' ? r.question : '',
    dimensions,
  };
}

/** The earlier sessions' health checks, oldest first. */
export function earlierHealth(doc: Y.Doc): HealthSnapshot[] {
  const out: HealthSnapshot[] = [];
  doc.getMap<unknown>(HEALTH_HISTORY).forEach((raw, key) => {
    const s = readSnapshot(key, raw);
    if (s) out.push(s);
  });
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.key < b.key ? -1 : 1));
}

export interface HealthTrend {
  /** Column names, oldest first; the last is this session. */
  sessions: string[];
  /** Each of this check's dimensions with its average in each session (null: not asked then). */
  dimensions: { name: string; averages: (number | null)[] }[];
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** This session's averages beside the earlier sessions' (matched by dimension name); earlier
 * sessions that asked none of these dimensions are left out. */
export function healthTrend(
  doc: Y.Doc,
  now: { name: string; average: number | null }[],
): HealthTrend {
  const earlier = earlierHealth(doc).filter((s) =>
    s.dimensions.some((d) => now.some((n) => same(n.name, d.name))),
  );
  return {
    sessions: [...earlier.map((s) => s.date || s.sessionTitle), 'This session'],
    dimensions: now.map((n) => ({
      name: n.name,
      averages: [
        ...earlier.map((s) => s.dimensions.find((d) => same(d.name, n.name))?.average ?? null),
        n.average,
      ],
    })),
  };
}
