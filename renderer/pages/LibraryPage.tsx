// The facilitator's start page: the session library — open, rename, duplicate,
// export, delete and import sessions, and a form for a new one.
import { useState } from 'react';
import { navigate } from '../app/router';
import type { LibrarySessionInfo, TemplateInfo } from '../../shared/protocol/hostApi';
import { NewSessionForm } from '../features/library/NewSessionForm';
import { ConfirmDeleteDialog } from '../features/library/ConfirmDeleteDialog';
import { DropZone, ImportButton } from '../features/library/ImportSession';
import { SessionRow } from '../features/library/SessionRow';
import { SeriesRow } from '../features/library/SeriesRow';
import { libraryRows } from '../features/library/seriesRows';
import { StorageWarning } from '../features/library/StorageWarning';
import { useLibrary } from '../features/library/useLibrary';
import { SaveTemplateDialog } from '../features/library/SaveTemplateDialog';
import { TemplateList } from '../features/library/TemplateList';
import '../features/library/library.css';
import { LanguagePicker } from '../i18n/LanguagePicker';
import { useT } from '../i18n/useT';

export function LibraryPage() {
  const lib = useLibrary();
  const t = useT();
  /** The new-session form's starting template when open ('' for the default), null when closed. */
  const [creating, setCreating] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<LibrarySessionInfo | null>(null);
  const [templating, setTemplating] = useState<LibrarySessionInfo | null>(null);
  const [deletingTemplate, setDeletingTemplate] = useState<TemplateInfo | null>(null);

  return (
    <DropZone onFile={(f) => void lib.importFile(f)}>
      <main className="page">
        <header className="page-header">
          {/* eslint-disable-next-line lingui/no-unlocalized-strings -- the app's name */}
          <h1>Offsite</h1>
          <div className="row">
            <LanguagePicker />
            <ImportButton busy={lib.busy} onFile={(f) => void lib.importFile(f)} />
            <button type="button" className="primary" onClick={() => setCreating('')}>
              {t('library.new.form')}
            </button>
          </div>
        </header>
        <StorageWarning />
        {creating !== null && (
          <NewSessionForm
            key={creating}
            templates={lib.templates}
            {...(creating && { initialTemplate: creating })}
            onCancel={() => setCreating(null)}
            // eslint-disable-next-line lingui/no-unlocalized-strings -- a path
            onCreated={(id) => navigate(`/console/session/${id}`)}
          />
        )}
        {lib.message?.kind === 'error' && (
          <p role="alert" className="callout danger">
            {lib.message.text}
          </p>
        )}
        <p role="status" className="library-status">
          {lib.message?.kind === 'status' ? lib.message.text : ''}
        </p>
        <section aria-labelledby="library-heading">
          <h2 id="library-heading">{t('library.sessions')}</h2>
          {lib.sessions === null && lib.message?.kind !== 'error' && <p>{t('app.loading')}</p>}
          {lib.sessions?.length === 0 && <p className="muted">{t('library.noSessions')}</p>}
          {lib.sessions && lib.sessions.length > 0 && (
            <table className="library-table" aria-labelledby="library-heading">
              <thead>
                <tr>
                  <th scope="col">{t('library.column.title')}</th>
                  <th scope="col">{t('library.column.created')}</th>
                  <th scope="col">{t('library.column.opened')}</th>
                  <th scope="col">{t('library.column.size')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('library.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {libraryRows(lib.sessions).map((row) =>
                  row.kind === 'series' ? (
                    <SeriesRow
                      key={`series-${row.id}`}
                      row={row}
                      busy={lib.busy}
                      onExport={() => void lib.exportSeries(row.newestId)}
                    />
                  ) : (
                    <SessionRow
                      key={row.session.id}
                      session={row.session}
                      inSeries={row.inSeries}
                      newest={row.newest}
                      busy={lib.busy}
                      actions={{
                        rename: lib.rename,
                        duplicate: lib.duplicate,
                        exportFile: lib.exportFile,
                        askDelete: setDeleting,
                        askSaveTemplate: setTemplating,
                        followUp: lib.followUp,
                      }}
                    />
                  ),
                )}
              </tbody>
            </table>
          )}
          <p className="muted drop-note">{t('library.dropNote')}</p>
        </section>
        <TemplateList
          templates={lib.templates}
          busy={lib.busy}
          onUse={(id) => {
            setCreating(id);
            window.scrollTo({ top: 0 });
          }}
          onExport={(id) => void lib.exportTemplate(id)}
          onAskDelete={setDeletingTemplate}
          onImport={(f) => void lib.importTemplate(f)}
        />
        {templating && (
          <SaveTemplateDialog
            sessionTitle={templating.title}
            onCancel={() => setTemplating(null)}
            onSave={async (name) => {
              const failed = await lib.saveTemplate(templating.id, name);
              if (!failed) setTemplating(null);
              return failed;
            }}
          />
        )}
        {deletingTemplate && (
          <ConfirmDeleteDialog
            kind="template"
            title={deletingTemplate.name}
            onCancel={() => setDeletingTemplate(null)}
            onConfirm={() => {
              const { id, name } = deletingTemplate;
              setDeletingTemplate(null);
              void lib.removeTemplate(id, name);
            }}
          />
        )}
        {deleting && (
          <ConfirmDeleteDialog
            title={deleting.title}
            onCancel={() => setDeleting(null)}
            onConfirm={() => {
              const { id, title } = deleting;
              setDeleting(null);
              void lib.remove(id, title);
            }}
          />
        )}
      </main>
    </DropZone>
  );
}
