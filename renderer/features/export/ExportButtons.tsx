// The console's export buttons (Markdown, PDF with its page size, actions as CSV, calendar), and
// the language the export is written in: the session's unless the facilitator picks another here.
import { useState } from 'react';
import type * as Y from 'yjs';
import type { PageSize } from '../../../shared/export/printHtml';
import { LANGUAGES, LANGUAGE_NAMES, type Language } from '../../../shared/i18n/languages';
import { platform } from '../../platform';
import { useDoc } from '../../stores/docStore';
import { useT } from '../../i18n/useT';
import { runExport, type ExportKind } from './exportActions';
import { errorText } from '../../i18n/validation';

export function ExportButtons(props: { doc: Y.Doc; sessionId: string; facilitatorKey: string }) {
  const t = useT();
  // eslint-disable-next-line lingui/no-unlocalized-strings -- a paper size
  const [pageSize, setPageSize] = useState<PageSize>('A4');
  const [calendarAgenda, setCalendarAgenda] = useState(false);
  const sessionLanguage = useDoc(props.doc, (s) => s.meta.language);
  // null: the session's language, following it when it changes.
  const [chosen, setChosen] = useState<Language | null>(null);
  const language = chosen ?? sessionLanguage;
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
        calendarAgenda,
        language,
        platform: platform(),
      });
      if (message) setStatus({ text: message, error: false });
    } catch (err) {
      setStatus({ text: errorText(err), error: true });
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="card export-card" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('export.heading')}</h2>
      <p className="muted">{t('export.intro')}</p>
      <div className="row">
        <label>
          {t('export.language')}{' '}
          <select
            value={language}
            onChange={(e) => {
              const l = LANGUAGES.find((x) => x === e.target.value) ?? null;
              setChosen(l === sessionLanguage ? null : l);
            }}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>
                {l === sessionLanguage
                  ? t('export.languageSession', { name: LANGUAGE_NAMES[l] })
                  : LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="row">
        <button type="button" onClick={() => void go('markdown')} disabled={busy !== null}>
          {t('export.markdown')}
        </button>
        <button type="button" onClick={() => void go('pdf')} disabled={busy !== null}>
          {t('export.pdf')}
        </button>
        <label>
          {t('export.pageSize')}{' '}
          <select value={pageSize} onChange={(e) => setPageSize(e.target.value as PageSize)}>
            {/* eslint-disable-next-line lingui/no-unlocalized-strings -- a paper size's name */}
            <option value="A4">A4</option>
            {/* eslint-disable-next-line lingui/no-unlocalized-strings -- a paper size's name */}
            <option value="Letter">Letter</option>
          </select>
        </label>
        <button type="button" onClick={() => void go('actionsCsv')} disabled={busy !== null}>
          {t('export.csv')}
        </button>
        <button type="button" onClick={() => void go('calendar')} disabled={busy !== null}>
          {t('export.calendar')}
        </button>
        <label>
          <input
            type="checkbox"
            checked={calendarAgenda}
            onChange={(e) => setCalendarAgenda(e.target.checked)}
          />{' '}
          {t('export.calendarAgenda')}
        </label>
      </div>
      <p role="status" className={status?.error ? 'error' : 'muted'}>
        {busy ? t('export.busy', { kind: busy }) : (status?.text ?? '')}
      </p>
    </section>
  );
}
