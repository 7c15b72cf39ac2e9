// The facilitator's start page: the sessions on this host and a form for a new one.
import { useEffect, useState } from 'react';
import { hostApi } from '../../platform';
import { navigate } from '../../app/router';
import type { SessionSummaryInfo } from '../../../shared/protocol/hostApi';
import { NewSessionForm } from './NewSessionForm';
import { formatDate } from '../../app/format';

export function LibraryPage() {
  const [sessions, setSessions] = useState<SessionSummaryInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    hostApi()
      ?.listSessions({})
      .then(setSessions, (e: unknown) => setError(String(e instanceof Error ? e.message : e)));
  }, []);

  return (
    <main className="page">
      <header className="page-header">
        <h1>Offsite</h1>
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          New session
        </button>
      </header>
      {creating && (
        <NewSessionForm
          onCancel={() => setCreating(false)}
          onCreated={(id) => navigate(`/console/session/${id}`)}
        />
      )}
      {error && (
        <p role="alert" className="callout danger">
          {error}
        </p>
      )}
      <section aria-labelledby="library-heading">
        <h2 id="library-heading">Sessions</h2>
        {sessions === null && !error && <p>Loading…</p>}
        {sessions?.length === 0 && (
          <p className="muted">No sessions yet. Start with New session.</p>
        )}
        <ul className="session-list">
          {sessions?.map((s) => (
            <li key={s.id}>
              <a
                href={`/console/session/${s.id}`}
                onClick={(e) => {
                  e.preventDefault();
                  navigate(`/console/session/${s.id}`);
                }}
              >
                {s.title}
              </a>
              <span className="muted"> · created {formatDate(s.createdAt)}</span>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
