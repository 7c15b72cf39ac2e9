// "Page 2 of 3" beside what turns pages on the projector (nothing while it all fits one page),
// with a dot per page so the room sees how far through it is.
import type { Pages } from './usePages';
import { useT } from '../../i18n/useT';

export function PageNumber({ pages }: { pages: Pages }) {
  const t = useT();
  if (pages.count <= 1) return null;
  return (
    <p className="projector-page" aria-live="polite">
      <span>{t('projector.pageOf', { n: pages.index + 1, total: pages.count })}</span>
      {pages.count <= 12 && (
        <span className="page-dots" aria-hidden="true">
          {Array.from({ length: pages.count }, (_, i) => (
            <span key={i} className={i === pages.index ? 'on' : undefined} />
          ))}
        </span>
      )}
    </p>
  );
}
