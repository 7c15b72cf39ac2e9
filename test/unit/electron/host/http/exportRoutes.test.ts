// The export endpoints over real HTTP on loopback: bearer auth, argument checks, the Markdown of a
// session the hub holds, and PDF through an injected renderer or a clear 501 without Chromium.
import { beforeEach, describe, expect, it } from 'vitest';
import { useHost } from '#kit/useHost';
import { startTestHost } from '#kit/host';
import { hostApi } from '#kit/hostApi';
import { addDecision } from '#shared/model/registers/commands';
import { addParkingItem } from '#shared/model/parkingLot/commands';
import { findChromium } from '#electron/host/http/pdfRenderer';
import type { RenderPdf } from '#electron/host/http/pdfRenderer';

const printed: { html: string; size: string }[] = [];
const fakePdf: RenderPdf = async (html, size) => {
  printed.push({ html, size });
  return new TextEncoder().encode('%PDF-1.7 fake');
};

const used = useHost({ renderPdf: fakePdf });
let host: typeof used.host;
beforeEach(() => {
  printed.length = 0;
  host = used.host;
});

const post = (path: `/${string}`, body: unknown, key: string | null = host.facilitatorKey) =>
  hostApi(host).post(path, body, { key });

async function session() {
  const s = await host.api.createSession({
    title: 'Q1 planning: pricing/billing',
    template: 'strategy-offsite',
  });
  const replica = await host.hub.open(s.id);
  addParkingItem(replica.doc, {
    text: 'Ship | it *now*',
    authorId: 'p1',
    authorName: 'Ada',
    now: 5,
  });
  addDecision(replica.doc, { title: 'Price per seat', decision: 'We charge per seat.', now: 6 });
  return s;
}

describe('POST /api/exportMarkdown', () => {
  it('refuses without the facilitator key, and with bad arguments', async () => {
    const s = await session();
    expect((await post('/api/exportMarkdown', { id: s.id }, null)).status).toBe(401);
    expect((await post('/api/exportMarkdown', { id: s.id }, 'wrong')).status).toBe(401);
    expect((await post('/api/exportMarkdown', { id: '../x' })).status).toBe(400);
    expect((await post('/api/exportMarkdown', { id: s.id, extra: 1 })).status).toBe(400);
    expect((await post('/api/exportMarkdown', { id: s.id, timeZone: 'Mars/Base' })).status).toBe(
      400,
    );
    expect((await post('/api/exportMarkdown', { id: 'f'.repeat(32) })).status).toBe(404);
  });

  it('answers the Markdown of the hub replica as a named attachment', async () => {
    const s = await session();
    const res = await post('/api/exportMarkdown', { id: s.id, timeZone: 'UTC' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="\d{4}-\d{2}-\d{2} Q1 planning pricing billing\.md"; filename\*=UTF-8''/,
    );
    const md = await res.text();
    expect(md).toMatch(/^# Q1 planning: pricing\/billing\n/);
    expect(md).toContain('Ship \\| it \\*now\\* — _Ada_');
    expect(md).toContain('### D1. Price per seat');
    expect(md).toContain('## Agenda');
  });
});

describe('the export language, chosen at export time', () => {
  it('writes the language asked for over the session’s, and refuses one Offsite does not speak', async () => {
    const s = await session();
    const german = await (await post('/api/exportMarkdown', { id: s.id, language: 'de' })).text();
    expect(german).toContain('## Zusammenfassung');
    expect(german).toContain('## Anhang');
    expect(german).not.toContain('## Summary');
    // The session itself stays English: without the choice the export is English.
    const english = await (await post('/api/exportMarkdown', { id: s.id })).text();
    expect(english).toContain('## Summary');
    const pdf = await post('/api/exportPdf', { id: s.id, language: 'fr' });
    expect(pdf.status).toBe(200);
    expect(printed[0]?.html).toContain('<html lang="fr">');
    expect(printed[0]?.html).toContain('<h2>Synthèse</h2>');
    expect((await post('/api/exportMarkdown', { id: s.id, language: 'tlh' })).status).toBe(400);
  });
});

describe('POST /api/exportPdf', () => {
  it('prints the print HTML at the asked page size', async () => {
    const s = await session();
    const res = await post('/api/exportPdf', { id: s.id, pageSize: 'Letter' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain('.pdf"');
    expect(await res.text()).toBe('%PDF-1.7 fake');
    expect(printed).toHaveLength(1);
    expect(printed[0]!.size).toBe('Letter');
    expect(printed[0]!.html).toContain('Ship | it *now*');
    expect((await post('/api/exportPdf', { id: s.id, pageSize: 'A3' })).status).toBe(400);
  });

  it('finds no Chromium where OFFSITE_CHROMIUM points at nothing', () => {
    expect(findChromium({ OFFSITE_CHROMIUM: '/nonexistent/chromium' })).toBeNull();
  });
});

describe('POST /api/exportPdf on a headless host without Chromium', () => {
  it('answers 501 with a message that says what to install', async () => {
    const bare = await startTestHost();
    const saved = process.env.OFFSITE_CHROMIUM;
    process.env.OFFSITE_CHROMIUM = '/nonexistent/chromium';
    try {
      const s = await bare.api.createSession({ title: 'No browser here' });
      const res = await hostApi(bare).exportFile('pdf', { id: s.id }, { type: null });
      expect(res.status).toBe(501);
      expect(((await res.json()) as { error: string }).error).toMatch(
        /needs Chromium.*OFFSITE_CHROMIUM/,
      );
      const md = await hostApi(bare).exportFile('markdown', { id: s.id }, { type: null });
      expect(md.status).toBe(200);
    } finally {
      if (saved === undefined) delete process.env.OFFSITE_CHROMIUM;
      else process.env.OFFSITE_CHROMIUM = saved;
      await bare.close();
    }
  });
});
