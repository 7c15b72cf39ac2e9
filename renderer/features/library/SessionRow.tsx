// One session in the library table: open it, rename it in place, duplicate, export or delete it.
import { useState, type FormEvent } from 'react';
import type { LibrarySessionInfo } from '../../../shared/protocol/hostApi';
import { navigate } from '../../app/router';
import { formatDate, formatTime } from '../../app/format';
import { formatBytes } from './sessionFiles';
import { t as translate } from '../../i18n/t';
import { useT } from '../../i18n/useT';
import { focusOnMount } from '../../app/focusOnMount';

export interface SessionActions {
  rename(id: string, title: string): Promise<void>;
  duplicate(id: string, mode: 'agenda' | 'everything'): Promise<void>;
  exportFile(id: string): Promise<void>;
  askDelete(session: LibrarySessionInfo): void;
  askSaveTemplate(session: LibrarySessionInfo): void;
  followUp(id: string): Promise<void>;
}

function when(ms: number): string {
  return ms > 0
    ? translate('library.when', { date: formatDate(ms), time: formatTime(ms) })
    : translate('library.unknown');
}

export function SessionRow({
  session: s,
  busy,
  actions,
  inSeries = false,
  newest = true,
}: {
  session: LibrarySessionInfo;
  busy: boolean;
  actions: SessionActions;
  /** Listed under its series' row (indented, with its number). */
  inSeries?: boolean;
  /** The newest of its series (or alone): the one a follow-up follows. */
  newest?: boolean;
}) {
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(s.title);
  const t = useT();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void actions.rename(s.id, title).then(() => setRenaming(false));
  };

  return (
    <tr className={inSeries ? 'series-member' : undefined}>
      <th scope="row">
        {inSeries && s.series && <span className="series-number">{s.series.number}. </span>}
        {renaming ? (
          <form className="row" onSubmit={submit}>
            <label className="visually-hidden" htmlFor={`title-${s.id}`}>
              {t('library.row.newTitle', { title: s.title })}
            </label>
            <input
              id={`title-${s.id}`}
              value={title}
              ref={focusOnMount}
              maxLength={200}
              onChange={(e) => setTitle(e.target.value)}
            />
            <button type="submit" className="primary" disabled={busy}>
              {t('library.row.saveTitle')}
            </button>
            <button type="button" onClick={() => setRenaming(false)}>
              {t('common.cancel')}
            </button>
          </form>
        ) : (
          <a
            href={`/console/session/${s.id}`}
            onClick={(e) => {
              e.preventDefault();
              navigate(`/console/session/${s.id}`);
            }}
          >
            {s.title}
          </a>
        )}
      </th>
      <td>{when(s.createdAt)}</td>
      <td>{when(s.lastOpenedAt)}</td>
      <td>{formatBytes(s.sizeBytes)}</td>
      <td>
        <div className="session-actions">
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              setTitle(s.title);
              setRenaming(true);
            }}
          >
            {t('library.row.rename')}
            <span className="visually-hidden"> {s.title}</span>
          </button>
          <button
            type="button"
            disabled={busy}
            title={t('library.row.duplicateHint')}
            onClick={() => void actions.duplicate(s.id, 'agenda')}
          >
            {t('library.row.duplicate')}
            <span className="visually-hidden">
              {' '}
              {t('library.row.duplicateOf', { title: s.title })}
            </span>
          </button>
          <button
            type="button"
            disabled={busy}
            title={t('library.row.copyHint')}
            onClick={() => void actions.duplicate(s.id, 'everything')}
          >
            {t('library.row.copy')}
            <span className="visually-hidden"> {t('library.row.copyOf', { title: s.title })}</span>
          </button>
          <button
            type="button"
            disabled={busy}
            title={t('library.row.saveTemplateHint')}
            onClick={() => actions.askSaveTemplate(s)}
          >
            {t('library.row.saveTemplate')}
            <span className="visually-hidden"> {s.title}</span>
          </button>
          {newest && (
            <button
              type="button"
              disabled={busy}
              title={t('library.row.followUpHint')}
              onClick={() => void actions.followUp(s.id)}
            >
              {t('library.row.followUp')}
              <span className="visually-hidden"> {s.title}</span>
            </button>
          )}
          <button type="button" disabled={busy} onClick={() => void actions.exportFile(s.id)}>
            {t('library.export')}
            <span className="visually-hidden"> {s.title}</span>
          </button>
          <button type="button" disabled={busy} onClick={() => actions.askDelete(s)}>
            {t('library.delete')}
            <span className="visually-hidden"> {s.title}</span>
          </button>
        </div>
      </td>
    </tr>
  );
}
