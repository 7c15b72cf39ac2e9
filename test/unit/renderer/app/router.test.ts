// The path router (renderer/app/router.ts): which page each path the host serves opens, and the
// console paths it builds.
import { describe, expect, it } from 'vitest';
import { consolePath, parseRoute } from '#renderer/app/router';

const ID = '0123456789abcdef0123456789abcdef';

describe('parseRoute', () => {
  it.each([
    ['/console', { name: 'library' }],
    ['/console/', { name: 'library' }],
    [`/console/session/${ID}`, { name: 'consoleSession', sessionId: ID, tab: 'run' }],
    [`/console/session/${ID}/agenda`, { name: 'consoleSession', sessionId: ID, tab: 'agenda' }],
    [`/console/session/${ID}/other`, { name: 'consoleSession', sessionId: ID, tab: 'run' }],
    [`/projector/${ID}`, { name: 'projector', sessionId: ID }],
    ['/join', { name: 'join' }],
    ['/', { name: 'landing' }],
    ['/projector', { name: 'landing' }],
    ['/console/session', { name: 'landing' }],
    ['/elsewhere', { name: 'landing' }],
  ])('%s', (path, route) => {
    expect(parseRoute(path)).toEqual(route);
  });

  it('reads back the paths it builds', () => {
    expect(consolePath(ID)).toBe(`/console/session/${ID}`);
    expect(parseRoute(consolePath(ID, 'agenda'))).toEqual({
      name: 'consoleSession',
      sessionId: ID,
      tab: 'agenda',
    });
    expect(parseRoute(consolePath(ID, 'run'))).toMatchObject({ tab: 'run' });
  });
});
