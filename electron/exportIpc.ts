// Saving an export from the desktop app: the console sends Markdown text or the print HTML; main
// checks the sender and the arguments, asks where to save (a sensible name prefilled), prints the
// HTML to PDF in a hidden offscreen window (Electron's printToPDF) and writes the file.
import { app, BrowserWindow, dialog, ipcMain, type SaveDialogOptions } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IpcRejection, isTrustedSender } from './ipc';
import {
  SAVE_EXPORT_CHANNEL,
  saveExportArgs,
  type SaveExportArgs,
  type SaveExportResult,
} from '../shared/protocol/exportBridge';
import {
  PRINT_MARGINS,
  printFooterOf,
  printHeaderTemplate,
  type PageSize,
} from '../shared/export/printHtml';
import { printWithContentsPages } from '../shared/export/printPages';

export interface ExportShell {
  /** Resolves to the chosen path, or null when cancelled. */
  askPath(win: BrowserWindow | null, options: SaveDialogOptions): Promise<string | null>;
  printToPdf(html: string, pageSize: PageSize): Promise<Uint8Array>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  documentsDir(): string;
}

const inches = (mm: string) => Number.parseFloat(mm) / 25.4;

/** Prints the export, twice when it has contents, so the contents carry page numbers. */
export function printToPdf(html: string, pageSize: PageSize): Promise<Uint8Array> {
  return printWithContentsPages(html, (doc) => printOnce(doc, pageSize));
}

/** Prints self-contained HTML (no scripts, its own CSP) in a hidden window; the window is destroyed. */
async function printOnce(html: string, pageSize: PageSize): Promise<Uint8Array> {
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      offscreen: true,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
    },
  });
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return await win.webContents.printToPDF({
      pageSize,
      printBackground: true,
      // Tagged for screen readers (headings, the document's language) and with an outline.
      generateTaggedPDF: true,
      generateDocumentOutline: true,
      displayHeaderFooter: true,
      headerTemplate: printHeaderTemplate,
      footerTemplate: printFooterOf(html),
      margins: {
        top: inches(PRINT_MARGINS.top),
        bottom: inches(PRINT_MARGINS.bottom),
        left: inches(PRINT_MARGINS.left),
        right: inches(PRINT_MARGINS.right),
      },
    });
  } finally {
    win.destroy();
  }
}

export const electronExportShell: ExportShell = {
  async askPath(win, options) {
    const r = win
      ? await dialog.showSaveDialog(win, options)
      : await dialog.showSaveDialog(options);
    return r.canceled || !r.filePath ? null : r.filePath;
  },
  printToPdf,
  writeFile: (path, data) => writeFile(path, data),
  documentsDir: () => app.getPath('documents'),
};

const SAVE_DIALOGS: Record<
  SaveExportArgs['kind'],
  { title: string; filter: { name: string; extensions: string[] } }
> = {
  markdown: { title: 'Export Markdown', filter: { name: 'Markdown', extensions: ['md'] } },
  pdf: { title: 'Export PDF', filter: { name: 'PDF', extensions: ['pdf'] } },
  actionsCsv: { title: 'Export actions as CSV', filter: { name: 'CSV', extensions: ['csv'] } },
  calendar: { title: 'Export calendar', filter: { name: 'iCalendar', extensions: ['ics'] } },
};

/** Registers the saveExport handler; returns a function that removes it. */
export function registerExportIpc(
  hostOrigin: string,
  shell: ExportShell = electronExportShell,
): () => void {
  ipcMain.handle(SAVE_EXPORT_CHANNEL, async (event, raw: unknown): Promise<SaveExportResult> => {
    if (!isTrustedSender(event, hostOrigin))
      throw new IpcRejection('IPC saveExport refused: untrusted sender');
    const parsed = saveExportArgs.safeParse(raw);
    if (!parsed.success)
      throw new IpcRejection(
        `IPC saveExport refused: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? ''}`,
      );
    const args = parsed.data;
    const pdf = args.kind === 'pdf';
    const dialogFor = SAVE_DIALOGS[args.kind];
    const path = await shell.askPath(BrowserWindow.fromWebContents(event.sender), {
      title: dialogFor.title,
      defaultPath: join(shell.documentsDir(), args.defaultName),
      filters: [dialogFor.filter],
    });
    if (!path) return { saved: false };
    const data = pdf ? await shell.printToPdf(args.content, args.pageSize ?? 'A4') : args.content;
    await shell.writeFile(path, data);
    return { saved: true, path };
  });
  return () => ipcMain.removeHandler(SAVE_EXPORT_CHANNEL);
}
