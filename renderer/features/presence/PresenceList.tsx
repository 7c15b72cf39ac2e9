// The console's list of participants: everyone who joined the session, online or offline (from
// the shared awareness), said in words as well as with a marker.
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { usePresence } from '../../stores/presenceStore';
import { useDoc } from '../../stores/docStore';

export function PresenceList({ doc, awareness }: { doc: Y.Doc; awareness: Awareness }) {
  const online = usePresence(awareness, (s) => s.online);
  const participants = useDoc(doc, (s) => s.participants);
  const onlineIds = new Set(
    online.filter((u) => u.role === 'attendee').map((u) => u.participantId),
  );
  const people = participants
    .map((p) => ({ id: p.id, name: p.name, online: onlineIds.has(p.id) }))
    .sort((a, b) => Number(b.online) - Number(a.online) || a.name.localeCompare(b.name));
  return (
    <section className="presence-list" aria-labelledby="presence-heading">
      <h3 id="presence-heading">Participants</h3>
      {people.length === 0 ? (
        <p className="muted">Nobody has joined yet.</p>
      ) : (
        <ul>
          {people.map((p) => (
            <li key={p.id} className={p.online ? 'online' : 'offline'}>
              <span aria-hidden="true">{p.online ? '●' : '○'} </span>
              {p.name} <span className="muted">— {p.online ? 'online' : 'offline'}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
