// The router: library and session console (facilitator), join and room (attendee). Each route is a
// page in pages/; pages compose features, features never import pages. The attendee's pages are
// in the entry chunk; the facilitator's pages (console, projector, library, and with them the
// exports, print layout and QR code) load on demand, so a phone never downloads them.
import { lazy, Suspense } from 'react';
import { useRoute, type Route } from './app/router';
import { JoinPage } from './pages/JoinPage';
import { LandingPage } from './pages/LandingPage';
import { RequireFacilitator } from './features/library/RequireFacilitator';
import { addWords } from './i18n/language';
import { loadProbeWords } from './features/venue/probeWords';
import { PageChunkBoundary } from './app/PageChunkBoundary';
import { loadAgain } from './chunks/loadAgain';
import { t } from './i18n/t';

// A facilitator's page loads with the console side's words (i18n/consoleWords.ts, itself a chunk:
// its list of catalog files is about 1.4 KB gzipped a phone's join page would carry).
// A chunk that fails to load (the Wi-Fi dropped, the host's address changed) is asked for again
// before the page says so (PageChunkBoundary).
const loadConsoleWords = () =>
  import('./i18n/consoleWords').then((m) => m.loadConsoleWords(addWords));
const withWords = <T,>(page: () => Promise<T>) =>
  Promise.all([loadAgain(page), loadAgain(loadConsoleWords)]).then(([m]) => m);
const LibraryPage = lazy(() =>
  withWords(() => import('./pages/LibraryPage')).then((m) => ({ default: m.LibraryPage })),
);
const ConsolePage = lazy(() =>
  withWords(() => import('./pages/ConsolePage')).then((m) => ({ default: m.ConsolePage })),
);
const ProjectorPage = lazy(() =>
  withWords(() => import('./pages/ProjectorPage')).then((m) => ({ default: m.ProjectorPage })),
);

// A phone's room check loads the room check's words with it (features/venue/probeWords.ts).
const ProbePage = lazy(() =>
  Promise.all([loadAgain(() => import('./pages/ProbePage')), loadProbeWords()]).then(([m]) => ({
    default: m.ProbePage,
  })),
);

export function App() {
  const route = useRoute();
  return <PageChunkBoundary key={route.name}>{page(route)}</PageChunkBoundary>;
}

function page(route: Route) {
  const loading = <main className="page narrow">{t('app.loading')}</main>;
  switch (route.name) {
    case 'library':
      return (
        <RequireFacilitator>
          <Suspense fallback={loading}>
            <LibraryPage />
          </Suspense>
        </RequireFacilitator>
      );
    case 'consoleSession':
      return (
        <RequireFacilitator>
          <Suspense fallback={loading}>
            <ConsolePage sessionId={route.sessionId} tab={route.tab} />
          </Suspense>
        </RequireFacilitator>
      );
    case 'projector':
      return (
        <RequireFacilitator>
          <Suspense fallback={loading}>
            <ProjectorPage sessionId={route.sessionId} />
          </Suspense>
        </RequireFacilitator>
      );
    case 'join':
      return <JoinPage />;
    case 'probe':
      return (
        <Suspense fallback={loading}>
          <ProbePage />
        </Suspense>
      );
    default:
      return <LandingPage />;
  }
}
