// What the renderer's timer tests share: a real host for the page's clock (renderer/sync/hostClock
// pings its /time), the browser globals the clock reads as stand-ins, and a doc with a small agenda.
import { afterAll, beforeAll } from 'vitest';
import * as Y from 'yjs';
import { startTestHost, type TestHost } from '#kit/host';
import { addBlock, addDay } from '#shared/model/agenda/commands';
import { standInBrowser, type BrowserStandIn } from './browserStandIn';

export const MIN = 60_000;

/** One real host for the file (the page's clock is started once per page, so once per file). */
export function useClockHost(): { readonly host: TestHost; readonly page: BrowserStandIn } {
  let host: TestHost | null = null;
  let page: BrowserStandIn | null = null;
  beforeAll(async () => {
    host = await startTestHost();
    page = standInBrowser(host.localUrl);
  });
  afterAll(async () => {
    page?.restore();
    await host?.close();
  });
  return {
    get host() {
      if (!host) throw new Error('no host outside a test');
      return host;
    },
    get page() {
      if (!page) throw new Error('no page outside a test');
      return page;
    },
  };
}

/** Blocks a (10 min), b (20 min) and c (5 min) on one day. */
export function agendaDoc(): Y.Doc {
  const doc = new Y.Doc();
  addDay(doc, { id: 'd1', label: 'Day 1' });
  addBlock(doc, { dayId: 'd1', id: 'a', title: 'Welcome', kind: 'talk', plannedMinutes: 10 });
  addBlock(doc, { dayId: 'd1', id: 'b', title: 'Retro', kind: 'discuss', plannedMinutes: 20 });
  addBlock(doc, { dayId: 'd1', id: 'c', title: 'Vote', kind: 'vote', plannedMinutes: 5 });
  return doc;
}
