// What the console's export buttons do. Markdown is built here from the replica (fromDoc, so it is
// available mid-session, offline, instantly). A PDF is printed by the desktop shell (printToPDF)
// or, in a browser, by the host's export API; either way from the same print HTML.
import type * as Y from 'yjs';
import { reportFromDoc, reportDate } from '../../../shared/export/fromDoc';
import { toMarkdown } from '../../../shared/export/markdown';
import { toPrintHtml, type PageSize } from '../../../shared/export/printHtml';
import { exportFileName, isoDate } from '../../../shared/export/fileName';
import type { SessionReport } from '../../../shared/export/report';
import type { SaveExportArgs, SaveExportResult } from '../../../shared/protocol/exportBridge';
import { facilitatorViewer } from '../board/boardKeys';

export type ExportKind = 'markdown' | 'pdf';

export interface ExportOutcome {
  /** What to tell the facilitator, e.g. `Saved 2026-11-26 Offsite.md`; null when cancelled. */
  message: string | null;
}

interface DesktopSaver {
  saveExport?: (args: SaveExportArgs) => Promise<SaveExportResult>;
}

function buildReport(doc: Y.Doc, sessionId: string, key: string): SessionReport {
  return reportFromDoc(doc, { viewer: facilitatorViewer(sessionId, key) });
}

function fileName(report: SessionReport, kind: ExportKind): string {
  return exportFileName({
    title: report.title,
    date: reportDate(report) ?? isoDate(report.generatedAt),
    extension: kind === 'markdown' ? 'md' : 'pdf',
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
  const res = await fetch('/api/exportPdf', {
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
  const name = fileName(report, kind);
  if (desktop?.saveExport) {
    const content = kind === 'markdown' ? toMarkdown(report) : toPrintHtml(report, { pageSize });
    const result = await desktop.saveExport({ kind, defaultName: name, content, pageSize });
    return { message: result.saved ? `Saved ${result.path ?? name}` : null };
  }
  if (kind === 'markdown') {
    download(name, new Blob([toMarkdown(report)], { type: 'text/markdown;charset=utf-8' }));
  } else {
    download(name, await pdfFromHost(sessionId, key, pageSize));
  }
  return { message: `Downloaded ${name}` };
}
