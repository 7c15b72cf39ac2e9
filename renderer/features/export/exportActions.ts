// What the console's export buttons do. Markdown, the actions CSV and the calendar are built here
// from the replica (fromDoc, so they are available mid-session, offline, instantly). A PDF is
// printed by the desktop shell (printToPDF) or, in a browser, by the host's export API; either
// way from the same print HTML. Where the file goes is the platform's business.
import type * as Y from 'yjs';
import { reportFromDoc } from '../../../shared/export/fromDoc';
import { exportName, exportText } from '../../../shared/export/exportFiles';
import { toPrintHtml, type PageSize } from '../../../shared/export/printHtml';
import type { ExportFormat } from '../../../shared/protocol/exportApi';
import type { Platform } from '../../platform';
import type { Language } from '../../../shared/i18n/languages';
import { facilitatorViewer } from '../board/boardKeys';

export type ExportKind = ExportFormat;

export interface ExportOutcome {
  /** What to tell the facilitator, e.g. `Saved 2026-11-26 Offsite.md`; null when cancelled. */
  message: string | null;
}

export async function runExport(args: {
  kind: ExportKind;
  doc: Y.Doc;
  sessionId: string;
  facilitatorKey: string;
  pageSize: PageSize;
  /** The calendar: with the agenda's blocks too (else only the due dates). */
  calendarAgenda?: boolean;
  /** What the export is written in; the session's language when left out. */
  language?: Language;
  platform: Pick<Platform, 'saveExport'>;
}): Promise<ExportOutcome> {
  const { kind, doc, sessionId, facilitatorKey: key, pageSize } = args;
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const report = reportFromDoc(doc, {
    viewer: facilitatorViewer(sessionId, key),
    timeZone,
    ...(args.language ? { language: args.language } : {}),
  });
  const message = await args.platform.saveExport({
    kind,
    sessionId,
    fileName: exportName(report, kind),
    pageSize,
    timeZone,
    language: report.language,
    content: () =>
      kind === 'pdf'
        ? toPrintHtml(report, { pageSize })
        : exportText(report, kind, { calendarAgenda: args.calendarAgenda ?? false }),
  });
  return { message };
}
