// "3 attendees connected", from the shared awareness.
import type { Awareness } from 'y-protocols/awareness';
import { usePresence } from '../../stores/presenceStore';
import { plural } from '../../app/format';

export function AttendeeCount({ awareness }: { awareness: Awareness }) {
  const online = usePresence(awareness, (s) => s.online);
  const n = online.filter((u) => u.role === 'attendee').length;
  return (
    <p className="attendee-count" role="status" aria-live="polite">
      <strong>{plural(n, 'attendee', 'attendees')}</strong> connected
    </p>
  );
}
