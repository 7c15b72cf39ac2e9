// The minutes of the seeded heavy session (test/fixtures/heavySession.ts): a golden Markdown file
// made at an injected clock (UPDATE_GOLDEN=1 rewrites it), and its structure read back with marked:
// the summary first, the agenda's arithmetic, notes by column and group with their votes, the
// appendix; participants de-duplicated; no raw HTML.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { marked, type Token, type Tokens } from 'marked';
import { reportFromDoc } from '#shared/export/fromDoc';
import { toMarkdown } from '#shared/export/markdown';
import { unescapeMdInline } from '#shared/export/escape';
import { addAction } from '#shared/model/registers/commands';
import { HEAVY_PEOPLE, seedHeavySession } from '#fixtures/heavySession';

const golden = fileURLToPath(new URL('../../../fixtures/golden/heavy-session.md', import.meta.url));

function build() {
  const doc = new Y.Doc();
  const s = seedHeavySession(doc);
  return { doc, s, report: reportFromDoc(doc, { now: s.now }) };
}

const { doc, s, report } = build();
const md = toMarkdown(report);
const tokens = marked.lexer(md);
const headings = tokens.filter((t): t is Tokens.Heading => t.type === 'heading');
const h = (depth: number) => headings.filter((x) => x.depth === depth).map((x) => x.text);

/** The tokens from the heading with this text to the next heading of the same or higher level. */
/** The Markdown from a heading line to the next heading of its level or above. */
function mdSection(head: string): string {
  const start = md.indexOf(`\n${head}\n`);
  expect(start).toBeGreaterThan(0);
  const depth = head.indexOf(' ');
  const next = md.slice(start + head.length + 2).search(new RegExp(`\\n#{1,${depth}} `));
  return md.slice(start + 1, next < 0 ? undefined : start + head.length + 2 + next);
}

function sectionOf(text: string): Token[] {
  const start = tokens.findIndex(
    (t) => t.type === 'heading' && (t as Tokens.Heading).text === text,
  );
  expect(start, text).toBeGreaterThanOrEqual(0);
  const depth = (tokens[start] as Tokens.Heading).depth;
  const end = tokens.findIndex(
    (t, i) => i > start && t.type === 'heading' && (t as Tokens.Heading).depth <= depth,
  );
  return tokens.slice(start + 1, end < 0 ? undefined : end);
}
const tablesIn = (ts: Token[]) => ts.filter((t): t is Tokens.Table => t.type === 'table');
/** A cell's minutes; "set to 15:00 left" (a time set by hand) adds only what came after it. */
const num = (cell: Tokens.TableCell) => {
  const text = cell.text.replace(/\*/g, '').replace('−', '-');
  if (!text.startsWith('set to ')) return Number(text);
  return Number(/, then ([+-]\d+)$/.exec(text)?.[1] ?? 0);
};

describe('the heavy session minutes', () => {
  it('match the golden Markdown', () => {
    if (process.env.UPDATE_GOLDEN || !existsSync(golden)) writeFileSync(golden, md);
    expect(md).toBe(readFileSync(golden, 'utf8'));
  });

  it('are the same when made again from a copy of the doc', () => {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(toMarkdown(reportFromDoc(copy, { now: s.now }))).toBe(md);
  });

  it('open with who, when and where, then the summary, agenda, notes and appendix', () => {
    expect(h(1)).toHaveLength(1);
    expect(h(2)).toEqual(['Summary', 'Agenda as it ran', 'Notes by block', 'Appendix']);
    expect(
      sectionOf('Summary')
        .filter((t) => t.type === 'heading')
        .map((t) => (t as Tokens.Heading).text)
        .filter((t) => ['Decisions', 'Actions', 'Measures', 'Vote results'].includes(t)),
    ).toEqual(['Decisions', 'Actions', 'Measures', 'Vote results']);
    const facts = md.slice(0, md.indexOf('## Summary'));
    expect(facts).toContain('**Dates:** 2026-11-26 to 2026-11-27');
    expect(facts).toContain('**Place:** Lakeside Conference Centre, Room Ada — Zürich');
    expect(facts).toContain('**Facilitator:** Fran Facilitator');
    expect(facts).toContain('**Exported:** 2026-11-26 13:40 (Europe/Berlin)');
  });

  it('list each participant once, under their latest name', () => {
    expect(report.participants).toHaveLength(8);
    expect([...report.participants].sort()).toEqual([...HEAVY_PEOPLE].sort());
    expect(report.participants).not.toContain('Sam');
    expect(md).toContain('**Attended (8):**');
    expect(md).toContain('Zoë 🚀 Okafor');
  });

  it('summarise decisions with dissent and state, and actions with owner, due and measure', () => {
    const decisions = sectionOf('Decisions').find((t): t is Tokens.List => t.type === 'list')!;
    expect(decisions.items.map((i) => i.text.split('\n')[0])).toEqual([
      '**D1. Scale the data layer before we add markets** (committed; average 4.0; 1 below 3; dissent: Linus Torvalds)\\',
      '**D2. Weekly release train from January** (committed; dissent: 2 people)\\',
      '**D3. No custom builds for single customers in Q1** (not yet committed; dissent: none noted)\\',
    ]);
    const [actions] = tablesIn(sectionOf('Actions'));
    expect(actions!.header.map((c) => c.text)).toEqual([
      '#',
      'Action',
      'Owner',
      'Due',
      'Success measure',
    ]);
    expect(actions!.rows.map((r) => [r[0]!.text, r[2]!.text, r[3]!.text])).toEqual([
      ['A1', 'Linus Torvalds', '2026-12-18'],
      ['A2', 'Margaret Hamilton', '2026-12-11'],
      ['A3', 'Katherine Johnson', '2027-01-15'],
      ['A4', 'Zoë 🚀 Okafor', '2027-01-29'],
      ['A5', 'Samira Haddad', '2026-12-04'],
    ]);
    const [measures] = tablesIn(sectionOf('Measures'));
    expect(measures!.rows).toHaveLength(3);
  });

  it('flag an action without an owner', () => {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    addAction(copy, { id: 'orphan', title: 'Book the next offsite', now: s.now });
    const text = toMarkdown(reportFromDoc(copy, { now: s.now }));
    expect(text).toContain('**1 action without an owner.**');
    expect(text).toContain(
      '| A6 | Book the next offsite | **No owner yet** | no date | _none set_ |',
    );
  });

  it('give the top results of the closed vote, ties included, and all of them under its block', () => {
    const vote = sectionOf('1.10 Vote on roadmap priorities');
    const [top] = tablesIn(vote);
    expect(top!.rows.map((r) => [r[0]!.text, num(r[2]!)])).toEqual([
      ['1', 6],
      ['2', 5],
      ['3', 4],
      ['4', 3],
      ['5 (tie)', 2],
      ['5 (tie)', 2],
    ]);
    expect(top!.rows[0]![1]!.text).toBe('**Scale the data layer** (group of 3 notes)');
    const block = sectionOf('Vote results');
    expect(block.length).toBeGreaterThan(0);
    const full = report.votes[0]!;
    expect(full.results).toHaveLength(8);
    expect(full.totalVotes).toBe(24);
    expect(full.voterCount).toBe(8);
  });

  it('show an agenda whose arithmetic adds up, and the blocks that did not run on one line each', () => {
    const agenda = sectionOf('Agenda as it ran');
    const [day1] = tablesIn(agenda);
    expect(day1!.header.map((c) => c.text)).toEqual([
      '#',
      'Block',
      'Kind',
      'Planned (min)',
      'Added (min)',
      'Actual (min)',
      'vs plan (min)',
    ]);
    const rows = day1!.rows.slice(0, -1);
    const total = day1!.rows[day1!.rows.length - 1]!;
    for (const col of [3, 4, 5, 6])
      expect(
        rows.reduce((sum, r) => sum + num(r[col]!), 0),
        day1!.header[col]!.text,
      ).toBe(num(total[col]!));
    for (const r of rows) expect(num(r[5]!) - num(r[3]!)).toBe(num(r[6]!));
    const notRun = agenda.filter((t): t is Tokens.List => t.type === 'list');
    expect(notRun.map((l) => l.items.length)).toEqual([4, 11]);
    expect(h(3)).not.toContain('1.5 Personas: who we build for');
    expect(md).not.toContain('No notes.');
    expect(md).not.toContain('10,080');
  });

  it('put notes by column and group with their votes, and the parking lot in the appendix', () => {
    const roadmap = report.days[0]!.blocks.find((b) => b.id === s.roadmapBlockId)!;
    expect(roadmap.columns.map((c) => c.title)).toEqual([
      'Predictable',
      'Reliable',
      'Scalable',
      'Efficient',
    ]);
    expect(roadmap.noteCount).toBe(40);
    expect(roadmap.columns.flatMap((c) => c.groups.map((g) => g.name))).toHaveLength(5);
    expect(md).toContain('- **Scale the data layer** · 3 notes · 6 votes');
    expect(md).toContain(
      '  - Automated rollback on failed health checks — _Barbara Liskov_ · 4 votes',
    );
    expect(h(4).slice(0, 8)).toContain('Predictable');
    // The parking lot (schema 2) is the session's: every item in the appendix, with where it
    // was raised and what became of it.
    const appendix = md.slice(md.indexOf('## Appendix'));
    expect(appendix).toContain(
      '- Parking lot: the hiring plan for 2027 needs its own session. — _Zoë 🚀 Okafor_ · open',
    );
    expect(appendix).toMatch(
      /Mission in one sentence.*— _Grace Hopper_ · raised in Welcome and mission; closed/,
    );
    expect(md).toContain('- **Confidence vote:** committed; average 4.0; 1 below 3');
    // The question is under the block it was asked in, with the answer given; the appendix
    // says where it went.
    expect(mdSection('### 1.10 Vote on roadmap priorities')).toContain(
      '#### Questions asked here\n\n- Who pays for the managed search cluster? — _anonymous_ · 0 upvotes · answered\n  - **Answer:** The platform budget in 2027; finance moves it to the teams’ budgets from 2028.',
    );
    expect(appendix).toContain('_1 question asked, each under its block in the notes._');
    expect(appendix).not.toContain('Who pays');
  });

  it('say what a discuss block settled, a time set by hand as set, and each vote row once', () => {
    const wrap = mdSection('### 1.11 Day 1 wrap-up');
    expect(wrap).toContain(
      '**Outcome:** We leave day 1 with two bets: the data layer before new markets, and a weekly release train.\\\nDay 2 starts',
    );
    expect(md).toContain(
      '| 1.10 | Vote on roadmap priorities | vote | 30 | set to 15:00 left | 28 | −2 |',
    );
    expect(md).not.toMatch(/added.*−2|−2 min added/);
    // Every ranked result is printed once: the summary's top five, the block's rest.
    for (const label of [
      'Automated rollback on failed health checks',
      'Retire the legacy billing cron jobs',
    ])
      expect(md.split(`| ${label} |`).length - 1).toBe(1);
    // Each note once in the body; the cover's count is the blocks' counts added up.
    for (const text of [
      'Automated rollback on failed health checks',
      'Cache the catalogue at the edge',
    ])
      expect(mdSection('## Notes by block').split(`- ${text} —`).length - 1).toBe(1);
    const blocks = report.days.flatMap((d) => d.blocks);
    expect(report.noteCount).toBe(blocks.reduce((n, b) => n + b.noteCount, 0));
  });

  it('write a merged note as lines of one list item, without raw HTML', () => {
    expect(md).not.toContain('<br>');
    const html = [] as string[];
    const walk = (ts: Token[]) => {
      for (const t of ts) {
        if (t.type === 'html') html.push(t.raw);
        walk((t as { tokens?: Token[] }).tokens ?? []);
        if (t.type === 'list') for (const i of (t as Tokens.List).items) walk(i.tokens);
      }
    };
    walk(tokens);
    expect(html).toEqual([]);
    expect(md).toContain(
      '- Marketplace managers run campaigns without calling us\\\n  Partners onboard themselves in an afternoon — _Ada Lovelace and Grace Hopper_',
    );
    const text = unescapeMdInline(md);
    for (const n of s.visibleNotes) expect(text).toContain(n.replace('\n\n', '\n'));
  });
});
