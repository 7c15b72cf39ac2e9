// The facilitator's saved templates in the library: use, export or delete each, import a file.
import type { TemplateInfo } from '../../../shared/protocol/hostApi';
import { formatDate, plural } from '../../app/format';
import { FilePickerButton } from './ImportSession';

/** "2 days, 31 blocks, 14 h 30 min". */
export function templateSize(t: TemplateInfo): string {
  const h = Math.floor(t.minutes / 60);
  const time = `${h > 0 ? `${h} h ` : ''}${t.minutes % 60} min`;
  return `${plural(t.days, 'day', 'days')}, ${plural(t.blocks, 'block', 'blocks')}, ${time}`;
}

export function TemplateImportButton(props: { busy: boolean; onFile(file: File): void }) {
  return (
    <FilePickerButton
      {...props}
      label="Import template file…"
      accept=".json,application/json"
      inputLabel="Template file to import"
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
  const saved = props.templates?.filter((t) => !t.builtIn) ?? [];
  return (
    <section aria-labelledby="templates-heading" className="templates">
      <div className="row section-head">
        <h2 id="templates-heading">Your templates</h2>
        <TemplateImportButton busy={props.busy} onFile={props.onImport} />
      </div>
      {saved.length === 0 ? (
        <p className="muted">
          No saved templates yet. Save a session’s agenda with Save as template, or import a
          template file. New session offers them beside the built-in ones.
        </p>
      ) : (
        <table className="library-table" aria-labelledby="templates-heading">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Agenda</th>
              <th scope="col">Saved</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {saved.map((t) => (
              <tr key={t.id}>
                <th scope="row">{t.name}</th>
                <td>{templateSize(t)}</td>
                <td>{t.savedAt > 0 ? formatDate(t.savedAt) : 'unknown'}</td>
                <td>
                  <div className="session-actions">
                    <button type="button" disabled={props.busy} onClick={() => props.onUse(t.id)}>
                      Use<span className="visually-hidden"> template {t.name}</span>
                    </button>
                    <button
                      type="button"
                      disabled={props.busy}
                      onClick={() => props.onExport(t.id)}
                    >
                      Export<span className="visually-hidden"> template {t.name}</span>
                    </button>
                    <button
                      type="button"
                      disabled={props.busy}
                      onClick={() => props.onAskDelete(t)}
                    >
                      Delete<span className="visually-hidden"> template {t.name}</span>
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
