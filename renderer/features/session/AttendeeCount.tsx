// "3 attendees connected", from the shared awareness.
import type { Awareness } from 'y-protocols/awareness';
import { usePresence } from '../../stores/presenceStore';
import { useT } from '../../i18n/useT';

export function AttendeeCount({ awareness }: { awareness: Awareness }) {
  const t = useT();
  const online = usePresence(awareness, (s) => s.online);
  const n = online.filter((u) => u.role === 'attendee').length;
  return (
    <p className="attendee-count" role="status" aria-live="polite">
      <strong>{t('session.attendees', { n })}</strong> {t('session.connected', { n })}
    </p>
  );
}
