// The router: library and session console (facilitator), join and room (attendee). Each route is a
// page in pages/; pages compose features, features never import pages.
import { useRoute } from './app/router';
import { LibraryPage } from './pages/LibraryPage';
import { ConsolePage } from './pages/ConsolePage';
import { JoinPage } from './pages/JoinPage';
import { LandingPage } from './pages/LandingPage';
import { ProjectorPage } from './pages/ProjectorPage';
import { ProbePage } from './pages/ProbePage';
import { RequireFacilitator } from './features/library/RequireFacilitator';

export function App() {
  const route = useRoute();
  switch (route.name) {
    case 'library':
      return (
        <RequireFacilitator>
          <LibraryPage />
        </RequireFacilitator>
      );
    case 'consoleSession':
      return (
        <RequireFacilitator>
          <ConsolePage sessionId={route.sessionId} tab={route.tab} />
        </RequireFacilitator>
      );
    case 'projector':
      return (
        <RequireFacilitator>
          <ProjectorPage sessionId={route.sessionId} />
        </RequireFacilitator>
      );
    case 'join':
      return <JoinPage />;
    case 'probe':
      return <ProbePage />;
    default:
      return <LandingPage />;
  }
}
