// The platform door in a browser (renderer/platform/webPlatform.ts) against a real host: the
// facilitator's HostApi over HTTP with the key from the page's fragment, a wrong key refused in
// the host's words, an attendee's join, `.offsite` files both ways and exports as downloads.
// Browser globals are stand-ins (browserStandIn.ts); the host is real (test/kit/host.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useHost } from '#kit/useHost';
import { standInBrowser, type BrowserStandIn } from '../browserStandIn';
import { createWebPlatform } from '#renderer/platform/webPlatform';
import type { ExportRequest } from '#renderer/platform/platform';

const printed: { html: string; size: string }[] = [];
const hub = useHost({
  renderPdf: async (html, size) => {
    printed.push({ html, size });
    return new TextEncoder().encode('%PDF-1.7 test');
  },
});
let page: BrowserStandIn;

beforeEach(() => {
  printed.length = 0;
  page = standInBrowser(hub.host.localUrl);
});
afterEach(() => page.restore());

const withKey = (key = hub.host.facilitatorKey) => {
  page.location.hash = `#key=${key}`;
  return createWebPlatform();
};

const request = (sessionId: string, over: Partial<ExportRequest> = {}): ExportRequest => ({
  kind: 'markdown',
  sessionId,
  fileName: 'Plan.md',
  pageSize: 'A4',
  timeZone: 'UTC',
  content: () => '# Plan\n',
  ...over,
});

describe('the facilitator key', () => {
  it('comes from the fragment and stays for the tab once the fragment is gone', () => {
    const web = withKey();
    expect(web.kind).toBe('web');
    expect(web.facilitatorKey()).toBe(hub.host.facilitatorKey);
    page.location.hash = '';
    expect(web.facilitatorKey()).toBe(hub.host.facilitatorKey);
  });

  it('is absent without a key in the fragment: no HostApi, a projector link without a key', () => {
    page.location.hash = '#key=not-a-key';
    const web = createWebPlatform();
    expect(web.facilitatorKey()).toBeNull();
    expect(web.host()).toBeNull();
    expect(web.projectorLink('abc')).toBe('/projector/abc');
  });
});

describe('the HostApi over HTTP', () => {
  it('creates, reads, renames and lists sessions with the facilitator key', async () => {
    const api = withKey().host()!;
    const made = await api.createSession({ title: 'Strategy day' });
    expect(made.id).toMatch(/^[0-9a-f]{32}$/);
    expect((await api.getSession({ id: made.id })).title).toBe('Strategy day');
    await api.renameSession({ id: made.id, title: 'Strategy day 2' });
    const listed = await api.listSessions({});
    expect(listed.map((s) => [s.id, s.title])).toEqual([[made.id, 'Strategy day 2']]);
  });

  it('keeps one HostApi per page', () => {
    const web = withKey();
    expect(web.host()).toBe(web.host());
  });

  it('refuses a wrong key with the host’s reason, and changes nothing', async () => {
    const wrong = withKey('0'.repeat(32)).host()!;
    await expect(wrong.createSession({ title: 'Sneaky' })).rejects.toThrow(
      'The facilitator key is missing or wrong.',
    );
    await expect(wrong.listSessions({})).rejects.toThrow(
      'The facilitator key is missing or wrong.',
    );
    page.location.hash = '';
    page.storage.clear();
    expect(await withKey().host()!.listSessions({})).toEqual([]);
  });

  it('passes on the host’s argument check as the error', async () => {
    const api = withKey().host()!;
    await expect(api.createSession({ title: '   ' })).rejects.toThrow(/title is empty/);
  });

  it('exports a session as an .offsite file and imports it back as a new session', async () => {
    const api = withKey().host()!;
    const made = await api.createSession({ title: 'Retro' });
    const file = await api.exportSession({ id: made.id });
    expect(file.fileName).toMatch(/Retro\.offsite$/);
    expect(file.bytes.byteLength).toBeGreaterThan(0);
    const imported = await api.importSession({ bytes: new Uint8Array(file.bytes) });
    expect(imported.id).not.toBe(made.id);
    expect(imported.title).toMatch(/^Retro/);
    expect((await api.listSessions({})).length).toBe(2);
  });
});

describe('joining', () => {
  it('buys the session id and title with the join code', async () => {
    const s = await hub.session('Kick-off');
    const web = createWebPlatform();
    expect(await web.join(s.joinCode)).toEqual({
      sessionId: s.id,
      title: 'Kick-off',
      joinCode: s.joinCode,
    });
  });

  it('throws the host’s reason for an unknown code', async () => {
    await hub.session('Kick-off');
    await expect(createWebPlatform().join('nope')).rejects.toThrow(/No session has that join code/);
  });
});

describe('exports and files', () => {
  it('downloads a text export with its content and type', async () => {
    const s = await hub.session('Plan');
    const said = await withKey().saveExport(request(s.id));
    expect(said).toBe('Downloaded Plan.md');
    const [d] = page.downloads;
    expect(d?.name).toBe('Plan.md');
    expect(d?.blob.type).toBe('text/markdown; charset=utf-8');
    expect(await d?.blob.text()).toBe('# Plan\n');
  });

  it('downloads the PDF the host makes, at the page size asked for', async () => {
    const s = await hub.session('Plan');
    let built = false;
    const req = request(s.id, {
      kind: 'pdf',
      fileName: 'Plan.pdf',
      pageSize: 'Letter',
      content: () => ((built = true), ''),
    });
    expect(await withKey().saveExport(req)).toBe('Downloaded Plan.pdf');
    expect(built).toBe(false);
    expect(printed.map((p) => p.size)).toEqual(['Letter']);
    expect(printed[0]?.html).toContain('Plan');
    const [d] = page.downloads;
    expect(d?.blob.type).toBe('application/pdf');
    expect(await d?.blob.text()).toBe('%PDF-1.7 test');
  });

  it('asks for the key before a PDF when the page has none', async () => {
    const s = await hub.session('Plan');
    const req = request(s.id, { kind: 'pdf', fileName: 'Plan.pdf' });
    await expect(createWebPlatform().saveExport(req)).rejects.toThrow(
      'This page needs the facilitator key.',
    );
    expect(page.downloads).toEqual([]);
  });

  it('says why the host made no PDF for a session it does not hold', async () => {
    const req = request('f'.repeat(32), { kind: 'pdf', fileName: 'Plan.pdf' });
    await expect(withKey().saveExport(req)).rejects.toThrow('No session with that id.');
    expect(printed).toEqual([]);
    expect(page.downloads).toEqual([]);
  });

  it('saves session files as bytes and template files as JSON', async () => {
    const web = createWebPlatform();
    const bytes = new Uint8Array([1, 2, 3]);
    expect(await web.saveSessionFile({ fileName: 'a.offsite', bytes })).toBe(true);
    expect(await web.saveSessionFile({ fileName: 't.json', bytes })).toBe(true);
    expect(page.downloads.map((d) => [d.name, d.blob.type])).toEqual([
      ['a.offsite', 'application/octet-stream'],
      ['t.json', 'application/json'],
    ]);
    expect(new Uint8Array(await page.downloads[0]!.blob.arrayBuffer())).toEqual(bytes);
  });
});

describe('the projector', () => {
  it('opens in a new tab with the key in the fragment, without a referrer', async () => {
    const web = withKey();
    await web.openProjector('s1');
    expect(page.opened).toEqual([
      {
        url: `/projector/s1#key=${hub.host.facilitatorKey}`,
        target: '_blank',
        features: 'noreferrer',
      },
    ]);
  });
});
