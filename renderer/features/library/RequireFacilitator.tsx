// Guards the console: without the facilitator key (or the desktop bridge) it refuses. It renders
// before a facilitator's page has loaded the console side's words, so the refusal loads them
// first (a phone that opens a console link by mistake is the only one to download them).
import { lazy, Suspense, type ReactNode } from 'react';
import { hostApi } from '../../platform';
import { addWords } from '../../i18n/language';
import { useT } from '../../i18n/useT';

const CODE = '\u0000';

function NoKey() {
  const t = useT();
  // The key's shape as code inside the sentence, wherever the language puts it.
  const [before, after] = t('library.noKey.text', { code: CODE }).split(CODE);
  return (
    <main className="page narrow">
      <h1>{t('library.noKey.heading')}</h1>
      <p role="alert" className="callout danger">
        {before}
        {/* eslint-disable-next-line lingui/no-unlocalized-strings -- the link's part, as typed */}
        <code>#key=…</code>
        {after}
      </p>
    </main>
  );
}

const Refusal = lazy(() =>
  import('../../i18n/consoleWords')
    .then((m) => m.loadConsoleWords(addWords))
    .then(() => ({ default: NoKey })),
);

function Loading() {
  const t = useT();
  return <main className="page narrow">{t('app.loading')}</main>;
}

export function RequireFacilitator({ children }: { children: ReactNode }) {
  if (hostApi()) return <>{children}</>;
  return (
    <Suspense fallback={<Loading />}>
      <Refusal />
    </Suspense>
  );
}
