// "Open projector": in the desktop app a projector window (fullscreen on an external display when
// there is one); in a browser, the projector route in a new tab, carrying the facilitator key.
import './projector.css';
import { facilitatorKey } from '../../platform';

export function OpenProjector({ sessionId }: { sessionId: string }) {
  const bridge = window.offsite;
  if (bridge?.openProjector)
    return (
      <button type="button" onClick={() => void bridge.openProjector(sessionId)}>
        Open projector
      </button>
    );
  const key = facilitatorKey();
  return (
    <a
      className="button-link"
      href={`/projector/${sessionId}${key ? `#key=${key}` : ''}`}
      target="_blank"
      rel="noreferrer"
    >
      Open projector
    </a>
  );
}
