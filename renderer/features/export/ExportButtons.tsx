// The console's Export Markdown and Export PDF buttons, with the PDF page size.
import { useState } from 'react';
import type * as Y from 'yjs';
import type { PageSize } from '../../../shared/export/printHtml';
import { runExport, type ExportKind } from './exportActions';

export function ExportButtons(props: { doc: Y.Doc; sessionId: string; facilitatorKey: string }) {
  const [pageSize, setPageSize] = useState<PageSize>('A4');
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
        desktop: window.offsite ?? null,
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
        Everything so far: agenda with planned and actual minutes, every note, decisions, actions
        and measures.
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
      </div>
      <p role="status" className={status?.error ? 'error' : 'muted'}>
        {busy ? `Exporting ${busy === 'pdf' ? 'PDF' : 'Markdown'}…` : (status?.text ?? '')}
      </p>
    </section>
  );
}
