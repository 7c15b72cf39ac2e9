// The host's export endpoints (POST, facilitator key as a Bearer token): their paths, the one
// argument shape they share, and the content type and file extension each answers with.
import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages';

// The formats (paths, content types) are in exportFormats.ts, without zod, for the browser.
import { EXPORT_FORMATS, type ExportFormat } from './exportFormats';
export { EXPORT_FORMATS, type ExportFormat } from './exportFormats';

/**
 * `{id, pageSize?, timeZone?, agenda?, language?}`: pageSize is for the PDF, agenda for the
 * calendar, language what the export is written in (the session's language when left out).
 */
export const exportArgs = z
  .object({
    id: z.string().regex(/^[0-9a-f]{32}$/, 'not a session id'),
    pageSize: z.enum(['A4', 'Letter']).optional(),
    /** IANA zone for times in the export when the session names none; the host's by default. */
    timeZone: z.string().max(64).optional(),
    /** The calendar: also one event per agenda block (default: the actions' due dates only). */
    agenda: z.boolean().optional(),
    /** The export's language, chosen at export time; the session's by default. */
    language: z.enum(LANGUAGES).optional(),
  })
  .strict();

export type ExportArgs = z.infer<typeof exportArgs>;

/** The format an export path asks for, or null. */
export function exportFormatOf(path: string): ExportFormat | null {
  for (const [format, spec] of Object.entries(EXPORT_FORMATS))
    if (spec.path === path) return format as ExportFormat;
  return null;
}
