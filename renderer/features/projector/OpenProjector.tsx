// "Open projector": in the desktop app a projector window (fullscreen on an external display when
// there is one); in a browser, the projector route in a new tab, carrying the facilitator key.
import './projector.css';
import { platform } from '../../platform';

export function OpenProjector({ sessionId }: { sessionId: string }) {
  const link = platform().projectorLink(sessionId);
  if (!link)
    return (
      <button type="button" onClick={() => void platform().openProjector(sessionId)}>
        Open projector
      </button>
    );
  return (
    <a className="button-link" href={link} target="_blank" rel="noreferrer">
      Open projector
    </a>
  );
}
