// The console's roster: who counts in this session, the facilitator's call at a glance. Each
// participant with their name, device address, join time, online or not, and whether admitted,
// waiting in the lobby (and why) or removed; Admit and Remove go to the host, which writes the
// roster (HostApi). Said in words as well as with a marker.
import { useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { usePresence } from '../../stores/presenceStore';
import { useDoc } from '../../stores/docStore';
import './presence.css';
import { hostApi } from '../../platform';
import { formatTime } from '../../app/format';
import { useT } from '../../i18n/useT';
import type { RosterState } from '../../../shared/model/roster/read';
import { useRosterDevices } from './useRosterDevices';
import { errorText } from '../../i18n/validation';
import { lobbyReasonSaid } from './lobbyReason';

interface Row {
  id: string;
  name: string;
  /** Where they joined from, most recent last (from the host, not the doc). */
  addresses: readonly string[];
  joinedAt: number;
  online: boolean;
  /** null: took part before the roster (counted, like the admitted). */
  state: RosterState | null;
  reason: string;
}

const ORDER: Record<RosterState, number> = { waiting: 0, admitted: 1, removed: 2 };

export function RosterPanel(props: { sessionId: string; doc: Y.Doc; awareness: Awareness }) {
  const t = useT();
  const { sessionId, doc, awareness } = props;
  const online = usePresence(awareness, (s) => s.online);
  const participants = useDoc(doc, (s) => s.participants);
  const roster = useDoc(doc, (s) => s.roster);
  const mode = useDoc(doc, (s) => s.admission);
  const [error, setError] = useState<string | null>(null);
  const onlineIds = new Set(
    online.filter((u) => u.role === 'attendee').map((u) => u.participantId),
  );
  const names = new Map(participants.map((p) => [p.id, p]));
  // Asked again when someone joins, is admitted or removed, or a device comes or goes (a second
  // device of one participant changes the count of attendee connections, not the ids).
  const attendeeDevices = online.filter((u) => u.role === 'attendee').length;
  const devices = useRosterDevices(
    sessionId,
    `${roster.map((e) => `${e.id}:${e.state}`).join()}|${[...onlineIds].join()}|${attendeeDevices}`,
  );
  const rows: Row[] = roster.map((e) => ({
    id: e.id,
    name: names.get(e.id)?.name ?? t('presence.noName'),
    addresses: devices[e.id] ?? [],
    joinedAt: e.joinedAt,
    online: onlineIds.has(e.id),
    state: e.state,
    reason: e.reason,
  }));
  const inRoster = new Set(roster.map((e) => e.id));
  for (const p of participants)
    if (!inRoster.has(p.id))
      rows.push({
        id: p.id,
        name: p.name,
        addresses: [],
        joinedAt: p.joinedAt,
        online: onlineIds.has(p.id),
        state: null,
        reason: '',
      });
  rows.sort(
    (a, b) =>
      ORDER[a.state ?? 'admitted'] - ORDER[b.state ?? 'admitted'] ||
      Number(b.online) - Number(a.online) ||
      a.name.localeCompare(b.name),
  );
  const admitted = roster.filter((e) => e.state === 'admitted').length;
  const waiting = roster.filter((e) => e.state === 'waiting').length;

  const call = async (f: (api: NonNullable<ReturnType<typeof hostApi>>) => Promise<unknown>) => {
    const api = hostApi();
    if (!api) return;
    try {
      setError(null);
      await f(api);
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <section className="presence-list roster" aria-labelledby="presence-heading">
      <h3 id="presence-heading">{t('presence.heading')}</h3>
      <p className="roster-summary" role="status">
        {t('presence.admitted', { n: admitted })}
        {waiting > 0 && <strong> · {t('presence.waiting', { n: waiting })}</strong>}
      </p>
      <label className="roster-mode">
        <input
          type="checkbox"
          checked={mode === 'hand'}
          onChange={(e) =>
            void call((api) =>
              api.setAdmissionMode({ sessionId, mode: e.target.checked ? 'hand' : 'device' }),
            )
          }
        />{' '}
        {t('presence.byHand')}
      </label>
      <p className="muted roster-hint">
        {mode === 'hand' ? t('presence.handHint') : t('presence.deviceHint')}
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="muted">{t('presence.nobody')}</p>
      ) : (
        <ul>
          {rows.map((r) => (
            <li key={r.id} className={`${r.online ? 'online' : 'offline'} ${r.state ?? ''}`}>
              <span aria-hidden="true">{r.online ? '●' : '○'} </span>
              <span className="roster-name">{r.name}</span>{' '}
              <span className="muted">
                — {r.online ? t('presence.online') : t('presence.offline')}
              </span>
              {r.state && (
                <span className={`roster-state ${r.state}`}>
                  {' '}
                  · {t('presence.state', { state: r.state })}
                </span>
              )}
              <span className="muted roster-meta">
                {r.addresses.length > 0 && ` · ${r.addresses.join(', ')}`}
                {r.joinedAt > 0 && ` · ${t('presence.joined', { time: formatTime(r.joinedAt) })}`}
              </span>
              {r.state === 'waiting' && r.reason && (
                <span className="muted roster-reason"> {lobbyReasonSaid(r.reason)}</span>
              )}
              <span className="roster-actions">
                {(r.state === 'waiting' || r.state === 'removed') && (
                  <button
                    type="button"
                    onClick={() =>
                      void call((api) => api.admitParticipant({ sessionId, participantId: r.id }))
                    }
                  >
                    {t('presence.admit')} <span className="visually-hidden">{r.name}</span>
                  </button>
                )}
                {r.state !== 'removed' && r.state !== null && (
                  <button
                    type="button"
                    onClick={() =>
                      void call((api) => api.removeParticipant({ sessionId, participantId: r.id }))
                    }
                  >
                    {t('presence.remove')} <span className="visually-hidden">{r.name}</span>
                  </button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
