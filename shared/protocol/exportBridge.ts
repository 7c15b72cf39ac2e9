// The desktop shell's "save an export" call (window.offsite.saveExport): its channel, argument
// validator and result. Markdown, CSV and iCalendar arrive as text; a PDF arrives as the print
// HTML, which the main process prints with Electron's printToPDF before asking where to save it.
import { z } from 'zod';
import { SHELL_CHANNELS } from './channels';

export const SAVE_EXPORT_CHANNEL = SHELL_CHANNELS.saveExport;

/** Big enough for a 3,000-note session's print HTML (about 2 MB) with room to spare. */
export const SAVE_EXPORT_MAX_CHARS = 20_000_000;

export const saveExportArgs = z
  .object({
    kind: z.enum(['markdown', 'pdf', 'actionsCsv', 'calendar']),
    /** Suggested file name (exportFileName); the save dialog lets the user change it. */
    defaultName: z
      .string()
      .min(1)
      .max(200)
      .refine((n) => !/[/\\\0]/.test(n), 'a file name, not a path'),
    /** The file's text (Markdown, CSV, iCalendar), or the print HTML for a PDF. */
    content: z.string().max(SAVE_EXPORT_MAX_CHARS),
    pageSize: z.enum(['A4', 'Letter']).optional(),
  })
  .strict();

export type SaveExportArgs = z.infer<typeof saveExportArgs>;

export interface SaveExportResult {
  /** False when the user cancelled the dialog. */
  saved: boolean;
  /** Where it was written, for a confirmation message. */
  path?: string;
}
