// The facilitator's saved templates in the library: export or delete each, import a file.
import { useRef } from 'react';
import type { TemplateInfo } from '../../../shared/protocol/hostApi';
import { formatDate } from '../../app/format';

function size(t: TemplateInfo): string {
  const days = t.days === 1 ? '1 day' : `${t.days} days`;
  const blocks = t.blocks === 1 ? '1 block' : `${t.blocks} blocks`;
  const h = Math.floor(t.minutes / 60);
  const m = t.minutes % 60;
  return `${days}, ${blocks}, ${h > 0 ? `${h} h ` : ''}${m} min`;
}

export function TemplateImportButton(props: { busy: boolean; onFile(file: File): void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" disabled={props.busy} onClick={() => input.current?.click()}>
        Import template file…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        aria-label="Template file to import"
        tabIndex={-1}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) props.onFile(file);
        }}
      />
    </>
  );
}

export function TemplateList(props: {
  templates: TemplateInfo[] | null;
  busy: boolean;
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
                <td>{size(t)}</td>
                <td>{t.savedAt > 0 ? formatDate(t.savedAt) : 'unknown'}</td>
                <td>
                  <div className="session-actions">
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
