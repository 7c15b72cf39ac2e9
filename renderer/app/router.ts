// A tiny path router over the History API: the host serves index.html for these paths.
import { useSyncExternalStore } from 'react';

/** The session console's tabs: running the room, and editing the agenda. */
export type ConsoleTab = 'run' | 'agenda';

export type Route =
  | { name: 'library' }
  | { name: 'consoleSession'; sessionId: string; tab: ConsoleTab }
  | { name: 'projector'; sessionId: string }
  | { name: 'join' }
  | { name: 'probe' }
  | { name: 'landing' };

export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean);
  if (parts[0] === 'console' && parts.length === 1) return { name: 'library' };
  if (parts[0] === 'console' && parts[1] === 'session' && parts[2])
    return {
      name: 'consoleSession',
      sessionId: parts[2],
      tab: parts[3] === 'agenda' ? 'agenda' : 'run',
    };
  if (parts[0] === 'projector' && parts[1]) return { name: 'projector', sessionId: parts[1] };
  if (parts[0] === 'join') return { name: 'join' };
  if (parts[0] === 'probe') return { name: 'probe' };
  return { name: 'landing' };
}

const listeners = new Set<() => void>();
function subscribe(fn: () => void) {
  listeners.add(fn);
  window.addEventListener('popstate', fn);
  return () => {
    listeners.delete(fn);
    window.removeEventListener('popstate', fn);
  };
}

/** The console path of a session's tab. */
export function consolePath(sessionId: string, tab: ConsoleTab = 'run'): string {
  // eslint-disable-next-line lingui/no-unlocalized-strings -- a path
  return `/console/session/${sessionId}${tab === 'agenda' ? '/agenda' : ''}`;
}

export function navigate(path: string): void {
  window.history.pushState(null, '', path);
  for (const fn of listeners) fn();
}

/** Opens the join page for `code`; the page reads the code from the fragment. */
export function goToJoin(code: string): void {
  // eslint-disable-next-line lingui/no-unlocalized-strings -- a path
  navigate(`/join#${code}`);
  // pushState never fires hashchange; the join page listens for it when already open.
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

export function useRoute(): Route {
  const pathname = useSyncExternalStore(subscribe, () => window.location.pathname);
  return parseRoute(pathname);
}
