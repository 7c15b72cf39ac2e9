// The exports in the session's language (issue 27): the heavy session with meta.language set to
// German (or French, or a language Offsite does not speak) gives Markdown, CSV, iCalendar and the
// print HTML in that language's words, and the PDF Chromium prints from it says /Lang (de).
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { reportFromDoc } from '#shared/export/fromDoc';
import { toMarkdown } from '#shared/export/markdown';
import { toActionsCsv } from '#shared/export/actionsCsv';
import { toCalendarIcs } from '#shared/export/calendarIcs';
import {
  PRINT_MARGINS,
  printFooterOf,
  printFooterTemplate,
  printHeaderTemplate,
  toPrintHtml,
} from '#shared/export/printHtml';
import { setSessionLanguage } from '#shared/model/session/language';
import { findChromium, playwrightPdfRenderer } from '#electron/host/http/pdfRenderer';
import { seedHeavySession } from '#fixtures/heavySession';

function heavy(language?: string, choice?: 'en' | 'de' | 'fr') {
  const doc = new Y.Doc();
  const s = seedHeavySession(doc);
  if (language) doc.getMap('meta').set('language', language);
  return reportFromDoc(doc, { now: s.now, ...(choice ? { language: choice } : {}) });
}

/** Every heading and sentence the English exports write as their own (not the session's text). */
const ENGLISH_HEADINGS = [
  'Summary',
  'Decisions',
  'Actions',
  'Measures',
  'Vote results',
  'Agenda as it ran',
  'Notes by block',
  'Appendix',
  'Parking lot',
  'Questions from the room',
  'Polls',
  'Decisions in full',
  'Actions with RACI',
  'Since last time',
  'Actions carried over',
  'Measures that moved',
  'Team health',
  'Breakout groups',
  'Decided here',
  'Assigned here',
  'Questions asked here',
  'Notes written during the block',
  'Contents',
];
const ENGLISH_SENTENCES = [
  / min planned/,
  /\bran, in \d/,
  /of it added on the clock/,
  /still private \(written/,
  /Ranks 1 to \d are in the summary/,
  /\bon the board of\b/,
  /\(group of \d/,
  /\bowner [A-Z]/,
  /\bNot grouped\b/,
  /\bOutcome:/,
  /\b\d+ upvotes?\b/,
  /\bnot answered\b/,
  /RACI: Responsible/,
  /multiple choice|1–5 scale|fist of five|team health check/,
  /; average \d/,
  /No polls were run|No questions were asked/,
  /Votes per result|Answers: |Planned and actual minutes/,
  /Planned \(min\)|Actual \(min\)/,
  /Exported .* with Offsite/,
  /raised in |moved to the board of|became the (decision|action)/,
  /\b(Group|Note) “/,
];

/** The text of every heading (Markdown `#` lines and HTML h1–h5) an export writes. */
function headingsOf(text: string): string[] {
  const md = text
    .split('\n')
    .filter((l) => /^#{1,6} /.test(l))
    .map((l) => l.replace(/^#+ /, ''));
  const html = [...text.matchAll(/<h[1-5][^>]*>(.*?)<\/h[1-5]>/g)].map((m) =>
    m[1]!.replace(/<[^>]+>/g, ''),
  );
  return [...md, ...html];
}

const headings = (md: string) =>
  md
    .split('\n')
    .filter((l) => /^#{1,3} /.test(l))
    .map((l) => l.replace(/^#+ /, ''));

describe('exports in the session language', () => {
  const de = heavy('de');

  it('writes a German session’s Markdown with German headings, facts, columns and counts', () => {
    const md = toMarkdown(de);
    const hs = headings(md);
    for (const h of [
      'Zusammenfassung',
      'Entscheidungen',
      'Maßnahmen',
      'Kennzahlen',
      'Abstimmungsergebnisse',
      'Ablauf, wie er lief',
      'Notizen nach Programmpunkt',
      'Anhang',
      'Parkplatz',
      'Entscheidungen im Wortlaut',
      'Maßnahmen mit RACI',
    ])
      expect(hs).toContain(h);
    for (const h of ['Summary', 'Decisions', 'Actions', 'Appendix', 'Agenda as it ran'])
      expect(hs).not.toContain(h);
    // The facts, dates as German writes them, the tables' heads.
    expect(md).toContain('**Datum:** 26.11.2026 bis 27.11.2026');
    expect(md).toContain('**Moderation:** Fran Facilitator');
    expect(md).toContain('| # | Maßnahme | Verantwortlich | Fällig | Erfolgskriterium |');
    expect(md).toContain('| Rang | Ergebnis | Stimmen |');
    // Counts with German nouns, and the export's own time through Intl in German.
    expect(md).toMatch(/_\d+ Abstimmende, \d+ Stimmen/);
    expect(md).toMatch(/\*\*Exportiert:\*\* \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}/);
  });

  it('writes a German session’s CSV header and states in German', () => {
    const csv = toActionsCsv(de);
    expect(csv.split('\r\n')[0]).toBe(
      'Zusammenfassung,Zuständig,Fälligkeitsdatum,Beschreibung,Status,Referenz',
    );
    expect(csv).toContain('Durchführend (R): ');
    expect(csv).toMatch(/,Offen,A\d/);
    expect(csv).not.toMatch(/To Do|Responsible:/);
  });

  it('writes the calendar’s texts in German', () => {
    const ics = toCalendarIcs(de).replace(/\r\n /g, '');
    expect(ics).toMatch(/SUMMARY:Fällig: A1 /);
    expect(ics).toContain('Erfolgskriterium: ');
    expect(ics).not.toMatch(/Success measure|SUMMARY:Due:/);
  });

  it('writes French when the session is French', () => {
    const fr = heavy('fr');
    const hs = headings(toMarkdown(fr));
    expect(hs).toEqual(expect.arrayContaining(['Synthèse', 'Décisions', 'Annexe']));
    expect(toActionsCsv(fr).split('\r\n')[0]).toBe(
      'Résumé,Responsable,Échéance,Description,Statut,Référence',
    );
    expect(toMarkdown(fr)).toContain('**Dates:** 26/11/2026 au 27/11/2026');
  });

  it('falls back to English for a language Offsite does not speak, and when none is set', () => {
    const english = toMarkdown(heavy());
    const klingon = heavy('tlh');
    expect(klingon.language).toBe('en');
    expect(toMarkdown(klingon)).toBe(english);
    expect(headings(english)).toEqual(expect.arrayContaining(['Summary', 'Decisions', 'Appendix']));
    expect(toActionsCsv(klingon).split('\r\n')[0]).toBe(
      'Summary,Assignee,Due date,Description,Status,Reference',
    );
  });

  it('sets the print document’s language, and the setter refuses what is not a language', () => {
    expect(toPrintHtml(de)).toContain('<html lang="de">');
    expect(toPrintHtml(de)).toContain('<h2>Inhalt</h2>');
    expect(toPrintHtml(heavy())).toContain('<html lang="en">');
    expect(() => setSessionLanguage(new Y.Doc(), 'xx' as never)).toThrow(/Unknown language/);
  });

  it('leaves no English heading or sentence of its own in a German or French export', () => {
    // Words that are the same in the language ("Actions" is French too) are its own.
    const same: Record<'de' | 'fr', string[]> = { de: [], fr: ['Actions'] };
    for (const [language, r] of [
      ['de', de],
      ['fr', heavy('fr')],
    ] as const) {
      const md = toMarkdown(r);
      const html = toPrintHtml(r);
      for (const text of [md, html]) {
        const hs = headingsOf(text);
        expect(hs.length).toBeGreaterThan(20);
        for (const h of ENGLISH_HEADINGS.filter((x) => !same[language].includes(x)))
          expect(hs, `${language}: "${h}"`).not.toContain(h);
        for (const s of ENGLISH_SENTENCES) expect(text, `${language}: ${s}`).not.toMatch(s);
      }
      const csv = toActionsCsv(r);
      const ics = toCalendarIcs(r, { agenda: true }).replace(/\r\n /g, '');
      for (const text of [csv, ics])
        expect(text).not.toMatch(/To Do|In Progress|Responsible:|Success measure|Due:/);
      expect(printFooterOf(html)).toContain(language === 'de' ? 'Seite' : 'sur');
      expect(printFooterOf(html)).not.toContain(' of <span');
    }
    // The sentences say what the English says: the German agenda's summary, a block's timing.
    const md = toMarkdown(de);
    expect(md).toMatch(/Gelaufen sind \d+ der \d+ Programmpunkte, in /);
    expect(md).toMatch(/_Brainstorming · \d+ von \d+ Min\./);
    expect(printFooterOf('<html lang="en">')).toBe(printFooterTemplate);
  }, 60_000);

  it('writes the language chosen at export time over the session’s', () => {
    const en = heavy();
    // A German session exported in English is the English export, byte for byte.
    const deInEnglish = heavy('de', 'en');
    expect(toMarkdown(deInEnglish)).toBe(toMarkdown(en));
    expect(toPrintHtml(deInEnglish)).toBe(toPrintHtml(en));
    // An English session exported in French is the French export.
    const fr = heavy(undefined, 'fr');
    expect(fr.language).toBe('fr');
    expect(toMarkdown(fr)).toBe(toMarkdown(heavy('fr')));
    expect(headingsOf(toMarkdown(fr))).toEqual(expect.arrayContaining(['Synthèse', 'Annexe']));
    expect(toActionsCsv(fr).split('\r\n')[0]).toBe(
      'Résumé,Responsable,Échéance,Description,Statut,Référence',
    );
  }, 90_000);

  it('prints a German session’s PDF with the document language de (/Lang in the real PDF)', async () => {
    expect(findChromium(), 'Chromium (OFFSITE_CHROMIUM or /usr/bin/chromium)').not.toBeNull();
    const render = playwrightPdfRenderer({
      margins: PRINT_MARGINS,
      header: printHeaderTemplate,
      footer: printFooterTemplate,
    });
    const pdf = Buffer.from(await render(toPrintHtml(de), 'A4')).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf).toMatch(/\/Lang \(de\)/);
    expect(pdf).not.toMatch(/\/Lang \(en\)/);
  }, 60_000);
});
