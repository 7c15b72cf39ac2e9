// The router: library and session console (facilitator), join and room (attendee).
import { useRoute } from './app/router';
import { LibraryPage } from './features/library/LibraryPage';
import { ConsoleSessionPage } from './features/session/ConsoleSessionPage';
import { JoinPage } from './features/join/JoinPage';
import { LandingPage } from './features/join/LandingPage';
import { RequireFacilitator } from './features/library/RequireFacilitator';
import { ProjectorPage } from './features/projector/ProjectorPage';

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
          <ConsoleSessionPage sessionId={route.sessionId} />
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
    default:
      return <LandingPage />;
  }
}
