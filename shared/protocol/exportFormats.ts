// The export endpoints' paths and the content type and file extension each answers with;
// dependency-free, so a browser page imports them without exportApi's validators.
export const EXPORT_FORMATS = {
  markdown: {
    path: '/api/exportMarkdown',
    contentType: 'text/markdown; charset=utf-8',
    extension: 'md',
  },
  pdf: { path: '/api/exportPdf', contentType: 'application/pdf', extension: 'pdf' },
  actionsCsv: {
    path: '/api/exportActionsCsv',
    contentType: 'text/csv; charset=utf-8',
    extension: 'csv',
  },
  calendar: {
    path: '/api/exportCalendar',
    contentType: 'text/calendar; charset=utf-8',
    extension: 'ics',
  },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;
