// The facilitator's saved templates in the library: use, export or delete each, import a file.
import type { TemplateInfo } from '../../../shared/protocol/hostApi';
import { formatDate } from '../../app/format';
import { FilePickerButton } from './ImportSession';
import { t as translate } from '../../i18n/t';
import { useT } from '../../i18n/useT';

/** "2 days, 31 blocks, 14 h 30 min". */
export function templateSize(info: TemplateInfo): string {
  return translate('library.templateSize', {
    days: info.days,
    blocks: info.blocks,
    hours: Math.floor(info.minutes / 60),
    minutes: info.minutes % 60,
  });
}

export function TemplateImportButton(props: { busy: boolean; onFile(file: File): void }) {
  const t = useT();
  return (
    <FilePickerButton
      {...props}
      label={t('library.import.template')}
      // eslint-disable-next-line lingui/no-unlocalized-strings -- file types
      accept=".json,application/json"
      inputLabel={t('library.import.templateInput')}
    />
  );
}

export function TemplateList(props: {
  templates: TemplateInfo[] | null;
  busy: boolean;
  onUse(id: string): void;
  onExport(id: string): void;
  onAskDelete(t: TemplateInfo): void;
  onImport(file: File): void;
}) {
  const saved = props.templates?.filter((info) => !info.builtIn) ?? [];
  const t = useT();
  return (
    <section aria-labelledby="templates-heading" className="templates">
      <div className="row section-head">
        <h2 id="templates-heading">{t('library.templates.yours')}</h2>
        <TemplateImportButton busy={props.busy} onFile={props.onImport} />
      </div>
      {saved.length === 0 ? (
        <p className="muted">{t('library.templates.none')}</p>
      ) : (
        <table className="library-table" aria-labelledby="templates-heading">
          <thead>
            <tr>
              <th scope="col">{t('library.templates.name')}</th>
              <th scope="col">{t('library.templates.agenda')}</th>
              <th scope="col">{t('library.templates.saved')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('library.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {saved.map((info) => (
              <tr key={info.id}>
                <th scope="row">{info.name}</th>
                <td>{templateSize(info)}</td>
                <td>{info.savedAt > 0 ? formatDate(info.savedAt) : t('library.unknown')}</td>
                <td>
                  <div className="session-actions">
                    <button
                      type="button"
                      disabled={props.busy}
                      onClick={() => props.onUse(info.id)}
                    >
                      {t('library.templates.use')}
                      <span className="visually-hidden">
                        {' '}
                        {t('library.templates.which', { name: info.name })}
                      </span>
                    </button>
                    <button
                      type="button"
                      disabled={props.busy}
                      onClick={() => props.onExport(info.id)}
                    >
                      {t('library.export')}
                      <span className="visually-hidden">
                        {' '}
                        {t('library.templates.which', { name: info.name })}
                      </span>
                    </button>
                    <button
                      type="button"
                      disabled={props.busy}
                      onClick={() => props.onAskDelete(info)}
                    >
                      {t('library.delete')}
                      <span className="visually-hidden">
                        {' '}
                        {t('library.templates.which', { name: info.name })}
                      </span>
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
