// "Open projector": in the desktop app a projector window (fullscreen on an external display when
// there is one); in a browser, the projector route in a new tab, carrying the facilitator key.
import './projector.css';
import { platform } from '../../platform';
import { useT } from '../../i18n/useT';

export function OpenProjector({ sessionId }: { sessionId: string }) {
  const t = useT();
  const link = platform().projectorLink(sessionId);
  if (!link)
    return (
      <button type="button" onClick={() => void platform().openProjector(sessionId)}>
        {t('projector.open')}
      </button>
    );
  return (
    <a className="button-link" href={link} target="_blank" rel="noreferrer">
      {t('projector.open')}
    </a>
  );
}
