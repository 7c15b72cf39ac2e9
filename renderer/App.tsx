// The router: library and session console (facilitator), join and room (attendee). Each route is a
// page in pages/; pages compose features, features never import pages. The attendee's pages are
// in the entry chunk; the facilitator's pages (console, projector, library, and with them the
// exports, print layout and QR code) load on demand, so a phone never downloads them.
import { lazy, Suspense } from 'react';
import { useRoute } from './app/router';
import { JoinPage } from './pages/JoinPage';
import { LandingPage } from './pages/LandingPage';
import { RequireFacilitator } from './features/library/RequireFacilitator';

const LibraryPage = lazy(() =>
  import('./pages/LibraryPage').then((m) => ({ default: m.LibraryPage })),
);
const ConsolePage = lazy(() =>
  import('./pages/ConsolePage').then((m) => ({ default: m.ConsolePage })),
);
const ProjectorPage = lazy(() =>
  import('./pages/ProjectorPage').then((m) => ({ default: m.ProjectorPage })),
);

const ProbePage = lazy(() => import('./pages/ProbePage').then((m) => ({ default: m.ProbePage })));

const loading = <main className="page narrow">Loading…</main>;

export function App() {
  const route = useRoute();
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
