// What the console's export buttons do. Markdown, the actions CSV and the calendar are built here
// from the replica (fromDoc, so they are available mid-session, offline, instantly). A PDF is
// printed by the desktop shell (printToPDF) or, in a browser, by the host's export API; either
// way from the same print HTML.
import type * as Y from 'yjs';
import { reportFromDoc } from '../../../shared/export/fromDoc';
import { exportName, exportText } from '../../../shared/export/exportFiles';
import { toPrintHtml, type PageSize } from '../../../shared/export/printHtml';
import type { SessionReport } from '../../../shared/export/report';
import type { SaveExportArgs, SaveExportResult } from '../../../shared/protocol/exportBridge';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/protocol/exportApi';
import { facilitatorViewer } from '../board/boardKeys';

export type ExportKind = ExportFormat;

export interface ExportOutcome {
  /** What to tell the facilitator, e.g. `Saved 2026-11-26 Offsite.md`; null when cancelled. */
  message: string | null;
}

interface DesktopSaver {
  saveExport?: (args: SaveExportArgs) => Promise<SaveExportResult>;
}

function buildReport(doc: Y.Doc, sessionId: string, key: string): SessionReport {
  return reportFromDoc(doc, {
    viewer: facilitatorViewer(sessionId, key),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
}

/** Hands a file to the browser's download machinery. */
export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the download a moment to start before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function pdfFromHost(sessionId: string, key: string, pageSize: PageSize): Promise<Blob> {
  const res = await fetch(EXPORT_FORMATS.pdf.path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
    body: JSON.stringify({
      id: sessionId,
      pageSize,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    }),
  });
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { error?: string };
    throw new Error(body.error ?? `The host could not make the PDF (${res.status}).`);
  }
  return res.blob();
}

export async function runExport(args: {
  kind: ExportKind;
  doc: Y.Doc;
  sessionId: string;
  facilitatorKey: string;
  pageSize: PageSize;
  desktop: DesktopSaver | null;
}): Promise<ExportOutcome> {
  const { kind, doc, sessionId, facilitatorKey: key, pageSize, desktop } = args;
  const report = buildReport(doc, sessionId, key);
  const name = exportName(report, kind);
  if (desktop?.saveExport) {
    const content = kind === 'pdf' ? toPrintHtml(report, { pageSize }) : exportText(report, kind);
    const result = await desktop.saveExport({ kind, defaultName: name, content, pageSize });
    return { message: result.saved ? `Saved ${result.path ?? name}` : null };
  }
  if (kind === 'pdf') download(name, await pdfFromHost(sessionId, key, pageSize));
  else
    download(
      name,
      new Blob([exportText(report, kind)], { type: EXPORT_FORMATS[kind].contentType }),
    );
  return { message: `Downloaded ${name}` };
}
