// A series' heading row in the library (issue 25): its first session's title, how many sessions
// it has, its open commitments, and the export of the whole series to one file.
import { openCommitmentsText, type LibraryRow } from './seriesRows';
import { useT } from '../../i18n/useT';

export function SeriesRow({
  row,
  busy,
  onExport,
}: {
  row: Extract<LibraryRow, { kind: 'series' }>;
  busy: boolean;
  onExport(): void;
}) {
  const t = useT();
  return (
    <tr className="series-row">
      <th scope="rowgroup" colSpan={4}>
        {t('library.series.title', { title: row.title })}{' '}
        <span className="muted">
          · {t('library.series.sessions', { n: row.sessions })} ·{' '}
          {openCommitmentsText(row.openCommitments)}
        </span>
      </th>
      <td>
        <div className="session-actions">
          <button type="button" disabled={busy} onClick={onExport}>
            {t('library.series.export')}
            <span className="visually-hidden"> {row.title}</span>
          </button>
        </div>
      </td>
    </tr>
  );
}
