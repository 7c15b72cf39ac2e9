// Markdown export: golden files per fixture (UPDATE_GOLDEN=1 rewrites them), parsed with marked's
// lexer to check headings and tables, and hostile text that must neither break nor be lost.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { marked, type Token, type Tokens } from 'marked';
import { toMarkdown } from '#shared/export/markdown';
import { mdInline, unescapeMdInline } from '#shared/export/escape';
import type { SessionReport } from '#shared/export/report';
import { strategyReport } from '#fixtures/reports/strategy';
import { hostileReport, HOSTILE_TEXTS } from '#fixtures/reports/hostile';
import { emptyReport } from '#fixtures/reports/empty';

const fixtures: [string, () => SessionReport][] = [
  ['strategy', strategyReport],
  ['hostile', hostileReport],
  ['empty', emptyReport],
];

const golden = (name: string) =>
  fileURLToPath(new URL(`../../../fixtures/golden/${name}.md`, import.meta.url));

function walk(tokens: Token[], out: Token[] = []): Token[] {
  for (const t of tokens) {
    out.push(t);
    const nested = (t as { tokens?: Token[]; items?: Token[] }).tokens ?? [];
    walk(nested, out);
    if (t.type === 'list') for (const item of (t as Tokens.List).items) walk(item.tokens, out);
  }
  return out;
}

const headings = (md: string) =>
  marked
    .lexer(md)
    .filter((t): t is Tokens.Heading => t.type === 'heading')
    .map((h) => `${'#'.repeat(h.depth)} ${h.text}`);
const tables = (md: string) =>
  marked.lexer(md).filter((t): t is Tokens.Table => t.type === 'table');

describe.each(fixtures)('the Markdown of the %s fixture', (name, build) => {
  const md = toMarkdown(build());

  it('matches its golden file', () => {
    if (process.env.UPDATE_GOLDEN || !existsSync(golden(name))) writeFileSync(golden(name), md);
    expect(md).toBe(readFileSync(golden(name), 'utf8'));
  });

  it('has one title and the fixed sections, in order', () => {
    const h = headings(md);
    expect(h.filter((x) => x.startsWith('# '))).toHaveLength(1);
    const h2 = h.filter((x) => x.startsWith('## '));
    expect(h2).toEqual(['## Summary', '## Agenda as it ran', '## Notes by block', '## Appendix']);
  });

  it('keeps every table row to its header width', () => {
    for (const t of tables(md))
      for (const row of t.rows) expect(row.length, t.raw.slice(0, 60)).toBe(t.header.length);
  });

  it('does not produce raw HTML, not even line breaks', () => {
    const html = walk(marked.lexer(md)).filter((t) => t.type === 'html');
    expect(html.map((t) => t.raw.trim())).toEqual([]);
    expect(md).not.toContain('<br>');
  });
});

describe('the strategy offsite Markdown', () => {
  const report = strategyReport();
  const md = toMarkdown(report);

  it('has a heading per day and per block with a board, and per decision', () => {
    const h = headings(md);
    expect(h).toContain('### Day 1 (2026-11-26)');
    expect(h).toContain('### 2.1 Roadmap priorities');
    expect(h.filter((x) => /^#### D\d\./.test(x))).toHaveLength(report.decisions.length);
  });

  it('has agenda tables of 7 columns, a RACI table of 10 and a measures table of 7', () => {
    const t = tables(md);
    const byFirst = (h: string) => t.filter((x) => x.header[1]?.text === h);
    expect(byFirst('Block').map((x) => x.header.length)).toEqual([7, 7]);
    expect(byFirst('Block')[0]!.rows).toHaveLength(8); // 7 blocks and the day total
    expect(byFirst('Action').map((x) => x.header.length)).toEqual([5, 10]);
    const raci = byFirst('Action')[1]!;
    expect(raci.header.map((c) => c.text)).toEqual([
      '#',
      'Action',
      'Responsible',
      'Accountable',
      'Consulted',
      'Informed',
      'Due',
      'Success measure',
      'Status',
      'From',
    ]);
    expect(raci.rows).toHaveLength(report.actions.length);
    expect(byFirst('Measure')[0]!.rows).toHaveLength(report.measures.length);
  });

  it('ranks notes by votes inside their group and puts actions under their note', () => {
    const i = (s: string) => md.indexOf(s);
    expect(i('Mike can onboard')).toBeLessThan(i('Marketplace analytics Mike'));
    expect(i('Cannot see which sellers')).toBeLessThan(i('Reconciles payouts'));
    expect(i('Cannot see which sellers')).toBeLessThan(i('**Action A6:**'));
    expect(i('**Action A6:**')).toBeLessThan(i('Reconciles payouts'));
    // A note without votes says nothing about votes: a zero on every note is noise.
    expect(md).toContain('- Templates for the ten most common shop types — _Priya_\n');
  });
});

describe('hostile text', () => {
  const md = toMarkdown(hostileReport());
  const text = unescapeMdInline(md);

  it('comes back whole after un-escaping', () => {
    for (const t of HOSTILE_TEXTS) expect(text.includes(t), t.slice(0, 40)).toBe(true);
  });

  it('adds no headings or tables of its own', () => {
    const h = headings(md);
    expect(h.filter((x) => /Not a heading|Nor this/.test(x))).toEqual([]);
    expect(tables(md).map((t) => t.header.length)).toEqual([5, 7, 7, 10]);
    const code = walk(marked.lexer(md)).filter((t) => t.type === 'code' || t.type === 'codespan');
    expect(code).toEqual([]);
  });

  it('writes names as text: Markdown escapes, never HTML entities in the file', () => {
    // The file is read as text too: `<b>Bob</b>` shows as typed, escaped the Markdown way.
    expect(md).toContain('_\\<b\\>Bob\\</b\\>_');
    // No entity of ours: an `&lt;` in the file is one typed (escaped as `\&lt;`).
    expect(md).not.toMatch(/(?<!\\)&(lt|gt|amp);/);
    // Rendered, it is the same text, not a tag.
    const html = marked.parse('Attended: ' + mdInline('<b>Bob</b> & &amp; <i>'), {
      async: false,
    });
    expect(html).toBe('<p>Attended: &lt;b&gt;Bob&lt;/b&gt; &amp; &amp;amp; &lt;i&gt;</p>\n');
  });
});
