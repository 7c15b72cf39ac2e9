// fromDoc against a real session Y.Doc built with the real commands: the strategy offsite template
// run with board notes, groups, votes, plain notes and registers; golden Markdown checked by marked.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { marked, type Tokens } from 'marked';
import { reportFromDoc, reportPartsFromDoc } from '#shared/export/fromDoc';
import { toMarkdown } from '#shared/export/markdown';
import { buildReport, VOTE_LABEL_MAX_CHARS } from '#shared/export/report';
import { toPrintHtml } from '#shared/export/printHtml';
import { unescapeMdInline } from '#shared/export/escape';
import { initSession } from '#shared/model/session/commands';
import { strategyDoc } from '#fixtures/sessions/strategyDoc';

const golden = fileURLToPath(new URL('../../../fixtures/golden/strategy-doc.md', import.meta.url));

describe('reportFromDoc on the strategy offsite session', () => {
  const s = strategyDoc();
  const report = reportFromDoc(s.doc, { now: s.now, timeZone: 'UTC' });
  const md = toMarkdown(report);

  it('matches its golden Markdown', () => {
    if (process.env.UPDATE_GOLDEN || !existsSync(golden)) writeFileSync(golden, md);
    expect(md).toBe(readFileSync(golden, 'utf8'));
  });

  it('reads meta, participants and the agenda with the ledger', () => {
    expect(report.title).toBe('Product & Engineering strategy offsite');
    expect(report.facilitator).toBe('Fran Facilitator');
    expect(report.participants).toEqual(['Ada Lovelace', 'Grace Hopper', 'Linus | Pipe']);
    expect(report.dates).toEqual(['2026-11-26', '2026-11-27']);
    const [welcome, vision, brk] = report.days[0]!.blocks;
    expect(welcome).toMatchObject({ plannedMinutes: 30, actualMinutes: 35, overtimeMinutes: 5 });
    expect(vision).toMatchObject({
      plannedMinutes: 60,
      actualMinutes: 72,
      addedMinutes: 10,
      overtimeMinutes: 2,
    });
    // The break is the current block, paused after 3 minutes.
    expect(brk).toMatchObject({ actualMinutes: 3, overtimeMinutes: 0 });
    expect(report.days[1]!.actualMinutes).toBeNull();
  });

  it('puts every readable note on its board, grouped, ranked by votes, actions under them', () => {
    const vision = report.days[0]!.blocks[1]!;
    expect(vision.noteCount).toBe(7);
    const [c1, c2, c3] = vision.columns;
    expect(c1!.title).toBe('What is true at 10x');
    expect(c1!.groups.map((g) => [g.name, g.totalVotes])).toEqual([['Self-serve everything', 1]]);
    expect(c1!.groups[0]!.notes.map((n) => n.id)).toEqual(['v1', 'v3']);
    expect(c1!.groups[0]!.notes[0]!.actionRefs).toEqual(['A1']);
    expect(c1!.ungrouped.map((n) => [n.id, n.votes])).toEqual([['v2', 2]]);
    expect(c2!.ungrouped.map((n) => n.id)).toEqual(['v4', 'v5']);
    expect(c3!.ungrouped.map((n) => [n.id, n.votes])).toEqual([
      ['v7', 1],
      ['v6', 0],
    ]);
    expect(c3!.ungrouped[0]!.author).toBe('Ada Lovelace');
    expect(report.decisions[0]!.blockTitle).toBe('Vision: what would 10x growth take?');
    expect(report.actions[1]!.sourceLabel).toContain('Tech debt');
    expect(report.measures[0]!.tracks).toEqual(['D1', 'A1']);
  });

  it('counts sealed notes without showing them, and says so', () => {
    const personas = report.days[0]!.blocks.find((b) => b.title.startsWith('Personas'))!;
    expect(personas.privateNoteCount).toBe(2);
    expect(personas.noteCount).toBe(0);
    expect(report.privateNoteCount).toBe(2);
    expect(md).toContain('2 notes still private (written but not yet revealed)');
    expect(md).not.toContain('Mike wants weekly reports');
    expect(toPrintHtml(report)).toContain('2 notes still private');
    expect(toPrintHtml(report)).not.toContain('Eddie needs a mobile app');
  });

  it('puts the plain notes outside blocks in the appendix', () => {
    expect(report.looseNotes.map((n) => n.id)).toEqual(['n1', 'n2']);
    // The notes under "Notes by block"; the parking lot's two are counted apart.
    expect(report.noteCount).toBe(7);
    const heads = marked
      .lexer(md)
      .filter((t): t is Tokens.Heading => t.type === 'heading' && t.depth <= 3)
      .map((t) => t.text);
    expect(
      heads.filter((t) =>
        ['Summary', 'Agenda as it ran', 'Notes by block', 'Appendix'].includes(t),
      ),
    ).toEqual(['Summary', 'Agenda as it ran', 'Notes by block', 'Appendix']);
    const appendix = md.slice(md.indexOf('## Appendix'));
    expect(appendix).toContain('Parking lot: hiring plan');
  });

  it('shows the closed vote of the vision board in the summary', () => {
    expect(report.votes).toHaveLength(1);
    expect(report.votes[0]!.title).toBe('Vision: pick the bets');
    expect(report.votes[0]!.results[0]).toMatchObject({
      rank: 1,
      count: 2,
      label: 'Marketplace managers run campaigns without us',
    });
    const summary = md.slice(md.indexOf('## Summary'), md.indexOf('## Agenda as it ran'));
    expect(summary).toContain('#### 1.4 Vision: pick the bets');
  });

  it('has every visible note, and tables that keep their column count', () => {
    const text = unescapeMdInline(md);
    for (const t of s.visibleNotes.filter((x) => !/[<>*`|&]/.test(x))) expect(text).toContain(t);
    const tables = marked.lexer(md).filter((t): t is Tokens.Table => t.type === 'table');
    expect(tables.length).toBeGreaterThanOrEqual(4);
    for (const t of tables) for (const row of t.rows) expect(row.length).toBe(t.header.length);
    const raci = tables.find(
      (t) => t.header[0]!.text === '#' && t.header[2]?.text === 'Responsible',
    );
    expect(raci?.rows.map((r) => r[1]!.text)).toEqual([
      'Prototype self-serve onboarding',
      'Write the legacy billing retirement plan',
    ]);
  });

  it('is the same on a replica that got the doc as one update', () => {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(s.doc));
    expect(toMarkdown(reportFromDoc(copy, { now: s.now, timeZone: 'UTC' }))).toBe(md);
  });
});

describe('reportPartsFromDoc on a bare session', () => {
  it('reads an empty doc without failing', () => {
    const doc = new Y.Doc();
    initSession(doc, { title: 'Empty', now: 1 });
    const parts = reportPartsFromDoc(doc, { now: 2 });
    expect(parts).toMatchObject({ title: 'Empty', facilitator: null, participants: [], days: [] });
    expect(toMarkdown(reportFromDoc(doc, { now: 2, timeZone: 'UTC' }))).toContain('# Empty');
  });
});

describe('a long note in a vote (issue 21)', () => {
  it('is printed whole once, under its block; the ranking names it by its first words', () => {
    const long = Array.from(
      { length: 5 },
      (_, i) => `Point ${i + 1}: move every customer-facing alert to one rota with a runbook.`,
    ).join(' ');
    expect(long.length).toBeGreaterThan(300);
    const report = buildReport({
      title: 'Vote',
      facilitator: null,
      participants: [],
      generatedAt: 0,
      timeZone: 'UTC',
      registers: { decisions: [], actions: [], measures: [] },
      days: [
        {
          date: '2026-01-01',
          blocks: [
            {
              id: 'b1',
              title: 'Ideas',
              kind: 'brainstorm',
              prompt: '',
              plannedMinutes: 30,
              actualMinutes: 30,
              addedMinutes: 0,
              board: {
                columns: [],
                groups: [],
                notes: [{ id: 'n1', text: long, author: 'Ada', votes: 3 }],
              },
            },
          ],
        },
      ],
      votes: [
        {
          boardBlockId: 'b1',
          blockId: 'b1',
          voterCount: 3,
          results: [{ targetId: 'n1', kind: 'note', count: 3, rank: 1, tied: false }],
        },
      ],
    });
    const md = toMarkdown(report);
    expect(md.split(long).length - 1).toBe(1);
    // The ranking (summary) names it by its start only.
    expect(md.split(long.slice(0, 60)).length - 1).toBe(2);
    expect(report.votes[0]!.results[0]!.label).toHaveLength(VOTE_LABEL_MAX_CHARS);
    expect(report.votes[0]!.results[0]!.label.endsWith('…')).toBe(true);
  });
});
