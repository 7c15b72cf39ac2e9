// One harness for every end-to-end spec (test.extend): the browser comes from the Playwright
// config (launchOptions in playwright.config.ts), each test gets its own headless host behind a
// holder that survives restarts, pages for attendees that are closed afterwards, and `look`:
// a screenshot to test-results/screenshots plus axe-core with no serious or critical violations.
import {
  test as base,
  expect,
  type Browser,
  type BrowserContext,
  type Page,
} from '@playwright/test';
import { axeOn } from './axe';
import { mkdirSync } from 'node:fs';
import { startHeadlessHost, removeDir, type HeadlessHost } from '#kit/headlessHost';

export { expect };
// OFFSITE_SCREENSHOTS moves them out of test-results, which every Playwright run empties.
export const SCREENSHOTS = process.env.OFFSITE_SCREENSHOTS ?? 'test-results/screenshots';
mkdirSync(SCREENSHOTS, { recursive: true });

/**
 * The test's host. Specs hold this object, never a HeadlessHost, so a restart (same data folder
 * and port, so pages reconnect on their own) is seen everywhere without reassigning variables.
 */
export class HostHolder {
  private host: HeadlessHost;
  private running = true;
  constructor(
    first: HeadlessHost,
    private readonly admission: HostAdmission = 'everyone',
  ) {
    this.host = first;
  }
  get current(): HeadlessHost {
    return this.host;
  }
  get consoleUrl() {
    return this.host.consoleUrl;
  }
  get localUrl() {
    return this.host.localUrl;
  }
  get lanUrl() {
    return this.host.lanUrl;
  }
  get key() {
    return this.host.key;
  }
  get port() {
    return this.host.port;
  }
  get dataDir() {
    return this.host.dataDir;
  }
  output(): string {
    return this.host.output();
  }
  /** Ctrl+C: resolves with the exit code. */
  async stop(): Promise<number | null> {
    this.running = false;
    return this.host.stop();
  }
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    this.running = false;
    await this.host.kill(signal);
  }
  /** Starts the host again on the same data folder and port (stopping it first if running). */
  async restart(opts: { env?: Record<string, string> } = {}): Promise<void> {
    if (this.running) await this.stop();
    this.host = await startHeadlessHost({
      dataDir: this.dataDir,
      port: this.port,
      env: opts.env,
      admission: this.admission,
    });
    this.running = true;
  }
  async dispose(): Promise<void> {
    if (this.running) await this.stop();
    removeDir(this.dataDir);
  }
}

/** 'everyone': every page here shares one address, so the kit's host admits each participant on
 * arrival; 'device' is the product's default (one per device address: a second page waits). */
export type HostAdmission = 'everyone' | 'device';

export interface PageOptions {
  viewport?: { width: number; height: number };
  locale?: string;
  /** As on a browser where policy disables WebRTC. */
  noWebRTC?: boolean;
  /** Every /sync WebSocket closed at once, so only the mesh is left. */
  noHub?: boolean;
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
}

/** Opens a page in a fresh context (its own storage: a separate person); closed after the test. */
export type OpenPage = (opts?: PageOptions) => Promise<OpenedPage>;

export type Look = (
  page: Page,
  name: string,
  /** axe: false for a second viewport of a view already checked (axe is slow on big pages). */
  opts?: { fullPage?: boolean; axe?: boolean },
) => Promise<void>;

export async function openIn(browser: Browser, opts: PageOptions): Promise<OpenedPage> {
  const context = await browser.newContext({
    ...(opts.viewport ? { viewport: opts.viewport } : {}),
    ...(opts.locale ? { locale: opts.locale } : {}),
  });
  if (opts.noWebRTC) {
    await context.addInitScript(() => {
      delete (window as { RTCPeerConnection?: unknown }).RTCPeerConnection;
      delete (window as { webkitRTCPeerConnection?: unknown }).webkitRTCPeerConnection;
    });
  }
  const page = await context.newPage();
  if (opts.noHub)
    await page.routeWebSocket(/\/sync\//, (ws) => ws.close({ code: 1011, reason: 'cut by test' }));
  return { context, page };
}

/** Axe-core on the page as it is now: no serious or critical violations. */
export async function expectAxeClean(page: Page): Promise<void> {
  const results = await axeOn(page).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

export const test = base.extend<{
  /** Environment for the test's first host start (e.g. a fault switch). */
  hostEnv: Record<string, string>;
  hostAdmission: HostAdmission;
  host: HostHolder;
  openPage: OpenPage;
  look: Look;
}>({
  hostEnv: [{}, { option: true }],
  hostAdmission: ['everyone', { option: true }],
  host: async ({ hostEnv, hostAdmission }, use, testInfo) => {
    const holder = new HostHolder(
      await startHeadlessHost({ env: hostEnv, admission: hostAdmission }),
      hostAdmission,
    );
    await use(holder);
    // A failed test's host says what it saw (a CI log is all there is to read).
    if (testInfo.status !== testInfo.expectedStatus)
      console.log(`--- the host's output (${testInfo.title}):\n${holder.output().slice(-4000)}`);
    await holder.dispose();
  },
  openPage: async ({ browser }, use) => {
    const opened: BrowserContext[] = [];
    await use(async (opts = {}) => {
      const p = await openIn(browser, opts);
      opened.push(p.context);
      return p;
    });
    for (const c of opened) await c.close().catch(() => undefined);
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their deps by destructuring
  look: async ({}, use) => {
    await use(async (page, name, opts = {}) => {
      await page.screenshot({
        path: `${SCREENSHOTS}/${name}.png`,
        fullPage: opts.fullPage ?? true,
      });
      if (opts.axe !== false) await expectAxeClean(page);
    });
  },
});
