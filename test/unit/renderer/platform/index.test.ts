// The one door (renderer/platform/index.ts): a browser page gets the web platform, chosen once;
// a page in the desktop shell (the preload's window.offsite bridge) gets the shell's, whose
// HostApi calls the bridge's and unwraps its answers. The bridge here is a stand-in for the preload.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OffsiteBridge } from '#shared/protocol/bridge';
import { standInBrowser, type BrowserStandIn } from '../browserStandIn';

let page: BrowserStandIn | null = null;
afterEach(() => {
  page?.restore();
  page = null;
});

async function freshDoor() {
  vi.resetModules();
  return import('#renderer/platform/index');
}

describe('platform()', () => {
  it('is the web platform in a browser, the same object on every call', async () => {
    page = standInBrowser('http://127.0.0.1:1');
    page.location.hash = `#key=${'a'.repeat(32)}`;
    const door = await freshDoor();
    expect(door.platform().kind).toBe('web');
    expect(door.platform()).toBe(door.platform());
    expect(door.facilitatorKey()).toBe('a'.repeat(32));
    expect(door.hostApi()).not.toBeNull();
  });

  it('is the desktop shell’s platform when the preload bridge is there', async () => {
    page = standInBrowser('http://127.0.0.1:1');
    const host = {
      listSessions: async () => ({ ok: true, value: [] }),
    } as unknown as OffsiteBridge['host'];
    const opened: string[] = [];
    const bridge = {
      host,
      openProjector: async (id: string) => void opened.push(id),
    } as unknown as OffsiteBridge;
    (globalThis as unknown as { window: { offsite?: OffsiteBridge } }).window.offsite = bridge;
    const door = await freshDoor();
    expect(door.platform().kind).toBe('electron');
    expect(door.hostApi()).toBe(door.hostApi());
    await expect(door.hostApi()!.listSessions({})).resolves.toEqual([]);
    // The shell opens the projector as a window of its own, not a link.
    expect(door.platform().projectorLink('s1')).toBeNull();
    await door.platform().openProjector('s1');
    expect(opened).toEqual(['s1']);
  });
});
