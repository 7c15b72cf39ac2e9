// The library's rows with each series together (issue 25): a series heads its sessions, newest
// (highest number) first, and sits where its most recently opened session would; a session that
// stands alone is a row of its own, as before.
import type { LibrarySessionInfo } from '../../../shared/protocol/hostApi';
import { t } from '../../i18n/t';

export type LibraryRow =
  | { kind: 'session'; session: LibrarySessionInfo; inSeries: boolean; newest: boolean }
  | {
      kind: 'series';
      id: string;
      /** The first session's title. */
      title: string;
      sessions: number;
      openCommitments: number | null;
      /** A member to act on for the whole series (its newest). */
      newestId: string;
    };

export function libraryRows(sessions: readonly LibrarySessionInfo[]): LibraryRow[] {
  const groups = new Map<string, LibrarySessionInfo[]>();
  const order: (LibrarySessionInfo | string)[] = [];
  for (const s of sessions) {
    if (!s.series) {
      order.push(s);
      continue;
    }
    const g = groups.get(s.series.id);
    if (g) g.push(s);
    else {
      groups.set(s.series.id, [s]);
      order.push(s.series.id); // where its first listed (most recently opened) member is
    }
  }
  const rows: LibraryRow[] = [];
  for (const item of order) {
    if (typeof item !== 'string') {
      rows.push({ kind: 'session', session: item, inSeries: false, newest: true });
      continue;
    }
    const members = [...groups.get(item)!].sort((a, b) => b.series!.number - a.series!.number);
    const first = members[members.length - 1]!;
    rows.push({
      kind: 'series',
      id: item,
      title: first.title,
      sessions: members.length,
      openCommitments: members[0]!.series!.openCommitments,
      newestId: members[0]!.id,
    });
    members.forEach((s, i) =>
      rows.push({ kind: 'session', session: s, inSeries: true, newest: i === 0 }),
    );
  }
  return rows;
}

export const openCommitmentsText = (n: number | null): string =>
  n === null ? t('library.series.openUnknown') : t('library.series.open', { n });
