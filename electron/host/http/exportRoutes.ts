// The export endpoints of the host's authenticated API, so a script can export a session (paths
// and arguments in shared/protocol/exportApi.ts): Markdown, PDF, the actions as CSV, the calendar.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type * as Y from 'yjs';
import { reportFromDoc } from '../../../shared/export/fromDoc';
import { exportName, exportText } from '../../../shared/export/exportFiles';
import { EXPORT_FORMATS, exportArgs, exportFormatOf } from '../../../shared/protocol/exportApi';
import {
  PRINT_MARGINS,
  printFooterOf,
  printHeaderTemplate,
  toPrintHtml,
} from '../../../shared/export/printHtml';
import { facilitatorViewer } from '../../../shared/model/board/facilitatorViewer';
import { HttpError, readJson, sendJson } from './replies';
import { NO_SUCH_SESSION } from '../hostRefusals';
import { PdfUnavailableError, playwrightPdfRenderer, type RenderPdf } from './pdfRenderer';

export interface ExportDeps {
  /** The session's replica, or undefined when there is no such session. */
  openDoc(id: string): Promise<Y.Doc | undefined>;
  facilitatorKey: string;
  renderPdf?: RenderPdf;
  now?: () => number;
}

export const defaultRenderPdf: RenderPdf = playwrightPdfRenderer({
  margins: PRINT_MARGINS,
  header: printHeaderTemplate,
  footer: printFooterOf,
});

function validZone(tz: string | undefined): string | undefined {
  if (!tz) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz;
  } catch {
    throw new HttpError(400, `Unknown time zone ${tz}.`);
  }
}

function sendFile(res: ServerResponse, type: string, name: string, body: Uint8Array | string) {
  const data = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': data.length,
    // RFC 6266/5987: an ASCII fallback plus the UTF-8 name.
    'Content-Disposition': `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    'Cache-Control': 'no-store',
  });
  res.end(data);
}

/** Handles an export request (already authenticated); false when the path is not an export. */
export async function handleExport(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  deps: ExportDeps,
): Promise<boolean> {
  const format = exportFormatOf(path);
  if (!format) return false;
  const parsed = exportArgs.safeParse(await readJson(req, 4096));
  if (!parsed.success)
    throw new HttpError(400, `Invalid export arguments: ${parsed.error.issues[0]?.message ?? ''}`);
  const { id, pageSize = 'A4' } = parsed.data;
  const timeZone = validZone(parsed.data.timeZone);
  const doc = await deps.openDoc(id);
  if (!doc) throw new HttpError(404, NO_SUCH_SESSION.message, NO_SUCH_SESSION);
  const now = (deps.now ?? Date.now)();
  const report = reportFromDoc(doc, {
    now,
    timeZone,
    ...(parsed.data.language ? { language: parsed.data.language } : {}),
    viewer: facilitatorViewer({ sessionId: id, facilitatorKey: deps.facilitatorKey }),
  });
  const name = exportName(report, format);
  if (format !== 'pdf') {
    const text = exportText(report, format, { calendarAgenda: parsed.data.agenda ?? false });
    sendFile(res, EXPORT_FORMATS[format].contentType, name, text);
    return true;
  }
  try {
    const pdf = await (deps.renderPdf ?? defaultRenderPdf)(
      toPrintHtml(report, { pageSize }),
      pageSize,
    );
    sendFile(res, EXPORT_FORMATS.pdf.contentType, name, pdf);
  } catch (err) {
    // Answered here: the server hides the message of any status of 500 or more.
    if (err instanceof PdfUnavailableError) sendJson(res, 501, { error: err.message });
    else throw err;
  }
  return true;
}
