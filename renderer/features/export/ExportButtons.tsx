// The console's export buttons (Markdown, PDF with its page size, actions as CSV, calendar).
import { useState } from 'react';
import type * as Y from 'yjs';
import type { PageSize } from '../../../shared/export/printHtml';
import { platform } from '../../platform';
import { runExport, type ExportKind } from './exportActions';

const BUSY_LABEL: Record<ExportKind, string> = {
  markdown: 'Markdown',
  pdf: 'PDF',
  actionsCsv: 'actions as CSV',
  calendar: 'calendar',
};

export function ExportButtons(props: { doc: Y.Doc; sessionId: string; facilitatorKey: string }) {
  const [pageSize, setPageSize] = useState<PageSize>('A4');
  const [calendarAgenda, setCalendarAgenda] = useState(false);
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);

  async function go(kind: ExportKind) {
    setBusy(kind);
    setStatus(null);
    try {
      const { message } = await runExport({
        kind,
        doc: props.doc,
        sessionId: props.sessionId,
        facilitatorKey: props.facilitatorKey,
        pageSize,
        calendarAgenda,
        platform: platform(),
      });
      if (message) setStatus({ text: message, error: false });
    } catch (err) {
      setStatus({ text: err instanceof Error ? err.message : String(err), error: true });
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="card export-card" aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <p className="muted">
        Minutes of everything so far: the summary first (decisions, actions, measures, vote
        results), then the agenda as it ran, every note and an appendix. The actions also go to CSV
        for Jira, Linear or Asana, and their due dates to a calendar file (with the agenda's blocks
        if you tick the box).
      </p>
      <div className="row">
        <button type="button" onClick={() => void go('markdown')} disabled={busy !== null}>
          Export Markdown
        </button>
        <button type="button" onClick={() => void go('pdf')} disabled={busy !== null}>
          Export PDF
        </button>
        <label>
          Page size{' '}
          <select value={pageSize} onChange={(e) => setPageSize(e.target.value as PageSize)}>
            <option value="A4">A4</option>
            <option value="Letter">Letter</option>
          </select>
        </label>
        <button type="button" onClick={() => void go('actionsCsv')} disabled={busy !== null}>
          Export actions (CSV)
        </button>
        <button type="button" onClick={() => void go('calendar')} disabled={busy !== null}>
          Export calendar (.ics)
        </button>
        <label>
          <input
            type="checkbox"
            checked={calendarAgenda}
            onChange={(e) => setCalendarAgenda(e.target.checked)}
          />{' '}
          Calendar: agenda blocks too
        </label>
      </div>
      <p role="status" className={status?.error ? 'error' : 'muted'}>
        {busy ? `Exporting ${BUSY_LABEL[busy]}…` : (status?.text ?? '')}
      </p>
    </section>
  );
}
