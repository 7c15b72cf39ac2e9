// The library keeps a series together: its heading where its most recently opened session would
// be, then its sessions newest first; lone sessions stay where they were.
import { describe, expect, it } from 'vitest';
import { libraryRows, openCommitmentsText } from '#renderer/features/library/seriesRows';
import type { LibrarySessionInfo } from '#shared/protocol/hostApi';

const s = (
  id: string,
  series?: { id: string; number: number; openCommitments: number | null },
): LibrarySessionInfo => ({
  id,
  title: `T${id}`,
  createdAt: 1,
  lastOpenedAt: 1,
  sizeBytes: 1,
  ...(series && { series }),
});

describe('libraryRows', () => {
  it('groups a series under its heading, newest first, where its latest-opened member was', () => {
    const rows = libraryRows([
      s('lone1'),
      s('b1', { id: 'S', number: 1, openCommitments: 3 }),
      s('lone2'),
      s('b3', { id: 'S', number: 3, openCommitments: 3 }),
      s('b2', { id: 'S', number: 2, openCommitments: 3 }),
    ]);
    expect(
      rows.map((r) =>
        r.kind === 'series'
          ? `series ${r.title} ${r.sessions} ${r.openCommitments} ${r.newestId}`
          : `${r.session.id}${r.inSeries ? ' in' : ''}${r.newest ? ' newest' : ''}`,
      ),
    ).toEqual([
      'lone1 newest',
      'series Tb1 3 3 b3',
      'b3 in newest',
      'b2 in',
      'b1 in',
      'lone2 newest',
    ]);
  });

  it('words the count', () => {
    expect([0, 1, 7, null].map(openCommitmentsText)).toEqual([
      '0 open commitments',
      '1 open commitment',
      '7 open commitments',
      'open commitments unknown',
    ]);
  });
});
