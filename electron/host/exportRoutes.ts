// The export endpoints of the host's authenticated API, so a script can export a session:
// POST /api/exportMarkdown {id} -> text/markdown, POST /api/exportPdf {id, pageSize} -> application/pdf.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type * as Y from 'yjs';
import { z } from 'zod';
import { reportFromDoc, reportDate } from '../../shared/export/fromDoc';
import { toMarkdown } from '../../shared/export/markdown';
import {
  PRINT_MARGINS,
  printFooterTemplate,
  printHeaderTemplate,
  toPrintHtml,
} from '../../shared/export/printHtml';
import { exportFileName, isoDate } from '../../shared/export/fileName';
import { deriveFacilitatorSecret } from '../../shared/model/board/facilitatorSecret';
import { HttpError, readJson, sendJson } from './http';
import { PdfUnavailableError, playwrightPdfRenderer, type RenderPdf } from './pdfRenderer';

export const EXPORT_ENDPOINTS = {
  markdown: '/api/exportMarkdown',
  pdf: '/api/exportPdf',
} as const;

const exportArgs = z
  .object({
    id: z.string().regex(/^[0-9a-f]{32}$/, 'not a session id'),
    pageSize: z.enum(['A4', 'Letter']).optional(),
    /** IANA zone for the times in the export; the host's own by default. */
    timeZone: z.string().max(64).optional(),
  })
  .strict();

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
  footer: printFooterTemplate,
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
  const kind =
    path === EXPORT_ENDPOINTS.markdown ? 'md' : path === EXPORT_ENDPOINTS.pdf ? 'pdf' : null;
  if (!kind) return false;
  const parsed = exportArgs.safeParse(await readJson(req, 4096));
  if (!parsed.success)
    throw new HttpError(400, `Invalid export arguments: ${parsed.error.issues[0]?.message ?? ''}`);
  const { id, pageSize = 'A4' } = parsed.data;
  const timeZone = validZone(parsed.data.timeZone);
  const doc = await deps.openDoc(id);
  if (!doc) throw new HttpError(404, 'No session with that id.');
  const now = (deps.now ?? Date.now)();
  const report = reportFromDoc(doc, {
    now,
    timeZone,
    viewer: {
      participantId: 'facilitator',
      isFacilitator: true,
      facilitatorSecret: deriveFacilitatorSecret(deps.facilitatorKey, id),
    },
  });
  const name = exportFileName({
    title: report.title,
    date: reportDate(report) ?? isoDate(now, timeZone),
    extension: kind,
  });
  if (kind === 'md') {
    sendFile(res, 'text/markdown; charset=utf-8', name, toMarkdown(report));
    return true;
  }
  try {
    const pdf = await (deps.renderPdf ?? defaultRenderPdf)(
      toPrintHtml(report, { pageSize }),
      pageSize,
    );
    sendFile(res, 'application/pdf', name, pdf);
  } catch (err) {
    // Answered here: the server hides the message of any status of 500 or more.
    if (err instanceof PdfUnavailableError) sendJson(res, 501, { error: err.message });
    else throw err;
  }
  return true;
}
