// One session in the library table: open it, rename it in place, duplicate, export or delete it.
import { useState, type FormEvent } from 'react';
import type { LibrarySessionInfo } from '../../../shared/protocol/hostApi';
import { navigate } from '../../app/router';
import { formatDate, formatTime } from '../../app/format';
import { formatBytes } from './sessionFiles';

export interface SessionActions {
  rename(id: string, title: string): Promise<void>;
  duplicate(id: string, mode: 'agenda' | 'everything'): Promise<void>;
  exportFile(id: string): Promise<void>;
  askDelete(session: LibrarySessionInfo): void;
  askSaveTemplate(session: LibrarySessionInfo): void;
  followUp(id: string): Promise<void>;
}

function when(ms: number): string {
  return ms > 0 ? `${formatDate(ms)}, ${formatTime(ms)}` : 'unknown';
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
              New title for {s.title}
            </label>
            <input
              id={`title-${s.id}`}
              value={title}
              autoFocus
              maxLength={200}
              onChange={(e) => setTitle(e.target.value)}
            />
            <button type="submit" className="primary" disabled={busy}>
              Save title
            </button>
            <button type="button" onClick={() => setRenaming(false)}>
              Cancel
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
            Rename<span className="visually-hidden"> {s.title}</span>
          </button>
          <button
            type="button"
            disabled={busy}
            title="A new session with this agenda only"
            onClick={() => void actions.duplicate(s.id, 'agenda')}
          >
            Duplicate<span className="visually-hidden"> {s.title} (agenda only)</span>
          </button>
          <button
            type="button"
            disabled={busy}
            title="A copy with notes, votes, registers and timer"
            onClick={() => void actions.duplicate(s.id, 'everything')}
          >
            Copy everything<span className="visually-hidden"> of {s.title}</span>
          </button>
          <button
            type="button"
            disabled={busy}
            title="Keep this agenda in the library for new sessions"
            onClick={() => actions.askSaveTemplate(s)}
          >
            Save as template<span className="visually-hidden"> {s.title}</span>
          </button>
          {newest && (
            <button
              type="button"
              disabled={busy}
              title="The next session of this series, carrying its open commitments"
              onClick={() => void actions.followUp(s.id)}
            >
              Follow up<span className="visually-hidden"> {s.title}</span>
            </button>
          )}
          <button type="button" disabled={busy} onClick={() => void actions.exportFile(s.id)}>
            Export<span className="visually-hidden"> {s.title}</span>
          </button>
          <button type="button" disabled={busy} onClick={() => actions.askDelete(s)}>
            Delete<span className="visually-hidden"> {s.title}</span>
          </button>
        </div>
      </td>
    </tr>
  );
}
