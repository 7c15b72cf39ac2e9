// The minutes summary, file names and the print HTML (self-contained, escaped, A4 or Letter).
import { describe, expect, it } from 'vitest';
import { exportFileName } from '#shared/export/fileName';
import { printFooterTemplate, toPrintHtml } from '#shared/export/printHtml';
import { formatMinutes, summarizeMinutes } from '#shared/export/summary';
import { strategyReport } from '#fixtures/reports/strategy';
import { hostileReport } from '#fixtures/reports/hostile';
import { emptyReport } from '#fixtures/reports/empty';

describe('summarizeMinutes', () => {
  it('compares planned and actual per kind and finds the biggest overruns', () => {
    const s = summarizeMinutes(strategyReport());
    expect(s).toMatchObject({ plannedMinutes: 495, actualMinutes: 523, plannedRanMinutes: 480 });
    expect(s).toMatchObject({
      overtimeMinutes: 28,
      addedMinutes: 25,
      blocksRun: 11,
      blocksTotal: 12,
    });
    expect(s.perKind[0]).toEqual({
      kind: 'brainstorm',
      blocks: 2,
      plannedMinutes: 120,
      actualMinutes: 145,
      plannedRanMinutes: 120,
    });
    expect(s.biggestOverruns.map((o) => [o.title, o.overMinutes])).toEqual([
      ['Vision: imagine 10x growth', 15],
      ['How do we measure product performance?', 10],
      ['Roadmap priorities', 10],
    ]);
  });

  it('handles an empty session', () => {
    expect(summarizeMinutes(emptyReport())).toMatchObject({ blocksTotal: 0, biggestOverruns: [] });
  });

  it('formats minutes', () => {
    expect([formatMinutes(0), formatMinutes(45), formatMinutes(65), formatMinutes(-90)]).toEqual([
      '0 min',
      '45 min',
      '1 h 05 min',
      '−1 h 30 min',
    ]);
  });
});

describe('exportFileName', () => {
  it('puts the date first and keeps the title readable', () => {
    expect(exportFileName({ title: 'Strategy offsite', date: '2026-11-26', extension: 'md' })).toBe(
      '2026-11-26 Strategy offsite.md',
    );
  });

  it('removes characters file systems refuse', () => {
    expect(
      exportFileName({ title: ' Q1/Q2: "plan" <v2>?*| \n ', date: '2026-11-26', extension: 'pdf' }),
    ).toBe('2026-11-26 Q1 Q2 plan v2.pdf');
    expect(exportFileName({ title: '...', date: null, extension: 'md' })).toBe('Session.md');
    expect(exportFileName({ title: 'CON', date: null, extension: 'md' })).toBe('CON session.md');
  });

  it('names the actions CSV and the calendar like the other exports', () => {
    const base = { title: 'Strategy offsite', date: '2026-11-26' };
    expect(exportFileName({ ...base, extension: 'csv', suffix: 'actions' })).toBe(
      '2026-11-26 Strategy offsite actions.csv',
    );
    expect(exportFileName({ ...base, extension: 'ics' })).toBe('2026-11-26 Strategy offsite.ics');
  });

  it('cuts long titles without splitting an emoji', () => {
    const name = exportFileName({ title: `${'a'.repeat(79)}👩🏽‍💻 tail`, date: null, extension: 'md' });
    expect(name).toBe(`${'a'.repeat(79)}👩🏽‍💻.md`);
  });
});

describe('toPrintHtml', () => {
  it('is one self-contained document without scripts or external resources', () => {
    const html = toPrintHtml(strategyReport());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|src=|url\(|@import|https?:/i);
    expect(html).toContain('@page { size: A4;');
    expect(toPrintHtml(strategyReport(), { pageSize: 'Letter' })).toContain(
      '@page { size: Letter;',
    );
  });

  it('escapes every piece of hostile text', () => {
    const html = toPrintHtml(hostileReport());
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>Bob</b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('has contents with a page-number slot for every section', () => {
    const html = toPrintHtml(strategyReport());
    expect(html).toContain('<h2>Contents</h2>');
    for (const id of ['summary', 'agenda', 'blocks', 'appendix', 'appendix-actions']) {
      expect(html).toContain(`<a href="#${id}">`);
      expect(html).toContain(`<span class="pg" data-page-of="${id}"></span>`);
      expect(html).toContain(`id="${id}"`);
    }
  });

  it('offers a footer template with page numbers', () => {
    expect(printFooterTemplate).toContain('class="pageNumber"');
    expect(printFooterTemplate).toContain('class="totalPages"');
  });
});
