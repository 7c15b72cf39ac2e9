// A series' heading row in the library (issue 25): its first session's title, how many sessions
// it has, its open commitments, and the export of the whole series to one file.
import { openCommitmentsText, type LibraryRow } from './seriesRows';

export function SeriesRow({
  row,
  busy,
  onExport,
}: {
  row: Extract<LibraryRow, { kind: 'series' }>;
  busy: boolean;
  onExport(): void;
}) {
  return (
    <tr className="series-row">
      <th scope="rowgroup" colSpan={4}>
        Series: {row.title}{' '}
        <span className="muted">
          · {row.sessions} sessions · {openCommitmentsText(row.openCommitments)}
        </span>
      </th>
      <td>
        <div className="session-actions">
          <button type="button" disabled={busy} onClick={onExport}>
            Export series<span className="visually-hidden"> {row.title}</span>
          </button>
        </div>
      </td>
    </tr>
  );
}
