// The GitHub-flavoured Markdown export of a SessionReport: agenda, every note as grouped and ranked
// on the board with the actions under them, decisions, RACI actions, measures and the minutes.
import { mdCell, mdInline } from './escape';
import type {
  ReportAction,
  ReportBlock,
  ReportColumn,
  ReportDay,
  ReportNote,
  SessionReport,
} from './report';
import { formatDelta, formatMinutes, plural, summarizeMinutes, summarySentences } from './summary';

function row(cells: (string | number)[]): string {
  return `| ${cells.map((c) => String(c)).join(' | ')} |`;
}

function table(head: string[], align: ('l' | 'r')[], rows: (string | number)[][]): string[] {
  const sep = align.map((a) => (a === 'r' ? '---:' : '---'));
  return [row(head), row(sep), ...rows.map(row)];
}

export function dateRange(dates: string[]): string {
  if (dates.length === 0) return '';
  return dates.length === 1 ? dates[0]! : `${dates[0]} to ${dates[dates.length - 1]}`;
}

export function dayHeading(day: ReportDay): string {
  return day.date ? `${day.label} (${day.date})` : day.label;
}

const actualText = (n: number | null) => (n === null ? 'not run' : String(n));

function agenda(report: SessionReport): string[] {
  const out: string[] = ['## Agenda', ''];
  if (report.days.length === 0) return [...out, '_No agenda was planned._', ''];
  for (const day of report.days) {
    out.push(`### ${mdInline(dayHeading(day))}`, '');
    const rows = day.blocks.map((b) => [
      b.number,
      mdCell(b.title),
      mdCell(b.kind),
      b.plannedMinutes,
      actualText(b.actualMinutes),
      b.overtimeMinutes ? `+${b.overtimeMinutes}` : '0',
      b.addedMinutes,
    ]);
    rows.push([
      '',
      '**Day total**',
      '',
      `**${day.plannedMinutes}**`,
      `**${actualText(day.actualMinutes)}**`,
      `**${day.overtimeMinutes ? `+${day.overtimeMinutes}` : '0'}**`,
      `**${day.addedMinutes}**`,
    ]);
    out.push(
      ...table(
        ['#', 'Block', 'Kind', 'Planned (min)', 'Actual (min)', 'Overtime (min)', 'Added (min)'],
        ['r', 'l', 'l', 'r', 'r', 'r', 'r'],
        rows,
      ),
      '',
    );
  }
  return out;
}

const votes = (n: number) => plural(n, 'vote');

function actionLine(a: ReportAction): string {
  const bits = [
    a.responsible ? `Responsible: ${mdInline(a.responsible)}` : '',
    a.due ? `due ${a.due}` : '',
  ].filter(Boolean);
  return `**Action ${a.ref}:** ${mdInline(a.title)}${bits.length ? ` (${bits.join(', ')})` : ''}`;
}

function actionsUnder(refs: string[], byRef: Map<string, ReportAction>, indent: string): string[] {
  return refs
    .map((r) => byRef.get(r))
    .filter((a): a is ReportAction => a !== undefined)
    .map((a) => `${indent}- → ${actionLine(a)}`);
}

function noteLine(n: ReportNote, indent: string, byRef: Map<string, ReportAction>): string[] {
  const by = n.author === null ? 'anonymous' : mdInline(n.author);
  return [
    `${indent}- ${mdInline(n.text)} — _${by}_ · ${votes(n.votes)}`,
    ...actionsUnder(n.actionRefs, byRef, `${indent}  `),
  ];
}

function column(col: ReportColumn, byRef: Map<string, ReportAction>): string[] {
  const out: string[] = [];
  if (col.title) out.push(`#### ${mdInline(col.title)}`, '');
  for (const g of col.groups) {
    out.push(`- **${mdInline(g.name)}** · ${votes(g.totalVotes)}`);
    out.push(...actionsUnder(g.actionRefs, byRef, '  '));
    for (const n of g.notes) out.push(...noteLine(n, '  ', byRef));
    if (g.notes.length === 0) out.push('  - _No notes in this group._');
  }
  if (col.ungrouped.length && col.groups.length) out.push('- **Not grouped**');
  const indent = col.groups.length ? '  ' : '';
  for (const n of col.ungrouped) out.push(...noteLine(n, indent, byRef));
  if (!col.groups.length && !col.ungrouped.length) out.push('_No notes._');
  out.push('');
  return out;
}

function block(day: ReportDay, b: ReportBlock, byRef: Map<string, ReportAction>): string[] {
  const out = [`### ${day.number}.${b.number} ${mdInline(b.title)}`, ''];
  const time =
    b.actualMinutes === null
      ? `${b.plannedMinutes} min planned, not run`
      : `${b.plannedMinutes} min planned, ${b.actualMinutes} min actual`;
  out.push(`_${mdInline(b.kind)} · ${time} · ${plural(b.noteCount, 'note')}_`, '');
  if (b.prompt) out.push(`> ${mdInline(b.prompt)}`, '');
  if (b.privateNoteCount) out.push(`_${privateLine(b.privateNoteCount)}_`, '');
  for (const col of b.columns) out.push(...column(col, byRef));
  return out;
}

/** Said wherever sealed notes were left out, so a reader knows the board is not complete. */
export function privateLine(n: number): string {
  return `${plural(n, 'note')} still private (written but not yet revealed), so not in this export.`;
}

function looseNotes(report: SessionReport, byRef: Map<string, ReportAction>): string[] {
  if (!report.looseNotes.length) return [];
  return ['## Notes', '', ...report.looseNotes.flatMap((n) => noteLine(n, '', byRef)), ''];
}

function boards(report: SessionReport, byRef: Map<string, ReportAction>): string[] {
  const out: string[] = [];
  for (const day of report.days)
    for (const b of day.blocks)
      if (b.prompt || b.columns.length || b.privateNoteCount) out.push(...block(day, b, byRef));
  return out.length ? ['## Blocks and notes', '', ...out] : [];
}

function decisions(report: SessionReport): string[] {
  const out = ['## Decisions', ''];
  if (!report.decisions.length) return [...out, '_No decisions were recorded._', ''];
  for (const d of report.decisions) {
    out.push(
      `### ${d.ref}. ${mdInline(d.title)} (${d.committed ? 'committed' : 'not yet committed'})`,
      '',
    );
    const item = (label: string, text: string) => {
      if (text) out.push(`- **${label}:** ${mdInline(text)}`);
    };
    item('Decision', d.decision);
    item('Context', d.context);
    if (d.optionsConsidered.length) {
      out.push('- **Options considered:**');
      for (const o of d.optionsConsidered) out.push(`  - ${mdInline(o)}`);
    }
    item('Rationale', d.rationale);
    const dissent =
      d.dissent.mode === 'count'
        ? d.dissent.count === 0
          ? 'none noted'
          : plural(d.dissent.count, 'person', 'people')
        : d.dissent.names.length
          ? d.dissent.names.map(mdInline).join(', ')
          : 'none noted';
    out.push(`- **Dissent:** ${dissent}`);
    const from = [d.blockTitle ? `from ${mdInline(d.blockTitle)}` : '', d.decidedAtLabel]
      .filter(Boolean)
      .join(', ');
    if (from) out.push(`- **Decided:** ${from}`);
    out.push('');
  }
  return out;
}

function actions(report: SessionReport): string[] {
  const out = ['## Action items', ''];
  if (!report.actions.length) return [...out, '_No actions were recorded._', ''];
  out.push(
    '_RACI: Responsible does the work, Accountable answers for the result, Consulted are asked, Informed are told._',
    '',
  );
  const list = (xs: string[]) => xs.map(mdCell).join(', ');
  const rows = report.actions.map((a) => [
    a.ref,
    mdCell(a.title),
    mdCell(a.responsible),
    mdCell(a.accountable),
    list(a.consulted),
    list(a.informed),
    a.due ?? '',
    mdCell(a.successMeasure),
    a.status,
    mdCell(a.sourceLabel ?? a.blockTitle ?? ''),
  ]);
  out.push(
    ...table(
      [
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
      ],
      ['l', 'l', 'l', 'l', 'l', 'l', 'l', 'l', 'l', 'l'],
      rows,
    ),
    '',
  );
  return out;
}

function measures(report: SessionReport): string[] {
  const out = ['## Measures', ''];
  if (!report.measures.length) return [...out, '_No measures were defined._', ''];
  const rows = report.measures.map((m) => [
    m.ref,
    mdCell(m.name),
    mdCell(m.baseline),
    mdCell(m.target),
    mdCell(m.byWhen),
    mdCell(m.owner),
    m.tracks.join(', '),
  ]);
  out.push(
    ...table(
      ['#', 'Measure', 'Baseline', 'Target', 'By when', 'Owner', 'Tracks'],
      ['l', 'l', 'l', 'l', 'l', 'l', 'l'],
      rows,
    ),
    '',
  );
  return out;
}

function minutes(report: SessionReport): string[] {
  const s = summarizeMinutes(report);
  const out = ['## How we spent our minutes', '', summarySentences(s).join(' '), ''];
  if (s.perKind.length) {
    out.push(
      ...table(
        ['Kind', 'Blocks', 'Planned (min)', 'Actual (min)', 'Difference (min)'],
        ['l', 'r', 'r', 'r', 'r'],
        s.perKind.map((k) => [
          mdCell(k.kind),
          k.blocks,
          k.plannedMinutes,
          k.actualMinutes,
          formatDelta(k.actualMinutes - k.plannedRanMinutes),
        ]),
      ),
      '',
    );
  }
  if (s.biggestOverruns.length) {
    out.push('Biggest overruns:', '');
    for (const o of s.biggestOverruns)
      out.push(
        `- Day ${o.day}, ${o.blockNumber}. ${mdInline(o.title)}: ${formatMinutes(o.actualMinutes)} for ${formatMinutes(o.plannedMinutes)} planned (+${o.overMinutes})`,
      );
    out.push('');
  }
  return out;
}

/** The whole report as GitHub-flavoured Markdown, ending with a newline. */
export function toMarkdown(report: SessionReport): string {
  const byRef = new Map(report.actions.map((a) => [a.ref, a]));
  const head = [`# ${mdInline(report.title || 'Untitled session')}`, ''];
  const facts: string[] = [];
  const dates = dateRange(report.dates);
  if (dates) facts.push(`**Dates:** ${dates}`);
  if (report.facilitator) facts.push(`**Facilitator:** ${mdInline(report.facilitator)}`);
  facts.push(
    report.participants.length
      ? `**Participants (${report.participants.length}):** ${report.participants.map(mdInline).join(', ')}`
      : '**Participants:** none recorded',
  );
  facts.push(`**Exported:** ${report.generatedAtLabel}`);
  // Two trailing spaces would be invisible; a backslash is GFM's explicit hard line break.
  head.push(facts.join('\\\n'), '');
  const lines = [
    ...head,
    ...agenda(report),
    ...boards(report, byRef),
    ...looseNotes(report, byRef),
    ...decisions(report),
    ...actions(report),
    ...measures(report),
    ...minutes(report),
  ];
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
