// The GitHub-flavoured Markdown minutes of a SessionReport, in the outline both exports share: the
// summary (who, when, where; decisions, actions, measures, vote results), the agenda as it ran,
// the notes per block by column and group with their votes, and the appendix. No raw HTML.
import { sinceMarkdown } from './sinceLastTime';
import { hasNumbers } from './measureParts';
import { breakoutMarkdown } from './breakoutExport';
import { pollsMarkdown, questionItemsMarkdown, questionsMarkdown } from './toolkitExport';
import { mdCell, mdInline, mdLines } from './escape';
import {
  actionOwner,
  addedCell,
  blockRef,
  blocksWithContent,
  blockTiming,
  dateRange,
  dayHeading,
  dissentText,
  privateLine,
  actionRefsOnNotes,
  resultsBeyondSummary,
  SUMMARY_MAX_RANK,
  votersText,
  votesText,
} from './outline';
import { topResults } from './report';
import type {
  ReportAction,
  ReportBlock,
  ReportColumn,
  ReportDay,
  ReportNote,
  ReportVote,
  SessionReport,
} from './report';
import { formatDelta, summarizeMinutes, summarySentences } from './summary';
import { countOf, exportWords, formatDay, type ExportWords } from './exportWords';

export { dateRange, dayHeading, privateLine } from './outline';

type Cell = string | number;
const row = (cells: Cell[]) => `| ${cells.map((c) => String(c)).join(' | ')} |`;

function table(head: string[], align: ('l' | 'r')[], rows: Cell[][]): string[] {
  return [row(head), row(align.map((a) => (a === 'r' ? '---:' : '---'))), ...rows.map(row)];
}

const bold = (s: string) => (s ? `**${s}**` : s);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function facts(report: SessionReport, w: ExportWords): string[] {
  const out: string[] = [];
  const f = w.facts;
  const dates = dateRange(report.dates, w);
  if (dates) out.push(`**${f.dates}:** ${dates}`);
  if (report.place) out.push(`**${f.place}:** ${mdInline(report.place)}`);
  if (report.facilitator) out.push(`**${f.facilitator}:** ${mdInline(report.facilitator)}`);
  out.push(
    report.participants.length
      ? `**${f.attended} (${report.participants.length}):** ${report.participants.map(mdInline).join(', ')}`
      : `**${f.attended}:** ${f.nobodyAttended}`,
  );
  const zone = report.timeZone ? ` (${report.timeZone})` : '';
  out.push(`**${f.exported}:** ${report.generatedAtLabel}${zone}`);
  // A backslash is GFM's explicit hard line break (two trailing spaces would be invisible).
  return [out.join('\\\n'), ''];
}

function summaryDecisions(report: SessionReport, w: ExportWords): string[] {
  const out = [`### ${w.summary.decisions}`, ''];
  if (!report.decisions.length) return [...out, `_${w.empty.decisions}_`, ''];
  for (const d of report.decisions) {
    const state = d.confidence ?? (d.committed ? w.committed : w.notYetCommitted);
    const lead = `- **${d.ref}. ${mdInline(d.title)}** (${state}; ${w.dissent}: ${mdInline(dissentText(d, w))})`;
    out.push(d.decision ? `${lead}\\\n  ${mdLines(d.decision, '  ')}` : lead);
  }
  return [...out, ''];
}

function summaryActions(report: SessionReport, w: ExportWords): string[] {
  const out = [`### ${w.summary.actions}`, ''];
  if (!report.actions.length) return [...out, `_${w.empty.actions}_`, ''];
  const missing = report.actions.filter((a) => !actionOwner(a)).length;
  if (missing) out.push(`**${w.withoutOwner(missing)}**`, '');
  const rows = report.actions.map((a) => {
    const owner = actionOwner(a);
    return [
      a.ref,
      mdCell(a.title),
      owner ? mdCell(owner) : `**${w.noOwner}**`,
      a.due ? formatDay(w, a.due) : w.noDate,
      mdCell(a.successMeasure) || `_${w.noneSet}_`,
    ];
  });
  const c = w.columns;
  out.push(
    ...table(['#', c.action, c.owner, c.due, c.successMeasure], ['l', 'l', 'l', 'l', 'l'], rows),
  );
  return [...out, ''];
}

function summaryMeasures(report: SessionReport, w: ExportWords): string[] {
  const out = [`### ${w.summary.measures}`, ''];
  if (!report.measures.length) return [...out, `_${w.empty.measures}_`, ''];
  const c = w.columns;
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
      ['#', c.measure, c.baseline, c.target, c.byWhen, c.owner, c.tracks],
      ['l', 'l', 'l', 'l', 'l', 'l', 'l'],
      rows,
    ),
  );
  // Measures with numbers say their trend in words (the PDF draws it).
  const trends = report.measures.filter(hasNumbers);
  if (trends.length)
    out.push('', ...trends.map((m) => `- **${m.ref} ${mdInline(m.name)}**: ${mdInline(m.words)}`));
  return [...out, ''];
}

function resultLabel(r: ReportVote['results'][number], w: ExportWords): string {
  return r.kind === 'group'
    ? `**${mdCell(r.label)}** (${w.say.groupOf(countOf(w, r.noteCount, 'note'))})`
    : mdCell(r.label);
}

function voteTable(results: ReportVote['results'], w: ExportWords): string[] {
  const c = w.columns;
  return table(
    [c.rank, c.result, c.votes],
    ['r', 'l', 'r'],
    results.map((r) => [`${r.rank}${r.tied ? ` (${w.tie})` : ''}`, resultLabel(r, w), r.count]),
  );
}

function voteLine(vote: ReportVote, w: ExportWords): string {
  const on = vote.board
    ? `, ${w.say.onTheBoardOf} ${vote.board.ref} ${mdInline(vote.board.title)}`
    : '';
  return `_${votersText(vote, w)}, ${countOf(w, vote.totalVotes, 'vote')}${on}_`;
}

function summaryVotes(report: SessionReport, w: ExportWords): string[] {
  const out = [`### ${w.summary.votes}`, ''];
  if (!report.votes.length) return [...out, `_${w.empty.votes}_`, ''];
  for (const v of report.votes) {
    out.push(`#### ${v.ref} ${mdInline(v.title)}`, '', voteLine(v, w), '');
    const top = topResults(v, SUMMARY_MAX_RANK);
    out.push(...voteTable(top, w), '');
    const more = v.results.length - top.length;
    if (more > 0) out.push(`_${w.moreUnder(countOf(w, more, 'moreResult'), v.ref)}_`, '');
  }
  return out;
}

function agenda(report: SessionReport, w: ExportWords): string[] {
  const out = [`## ${w.sections.agenda}`, ''];
  if (!report.days.length) return [...out, `_${w.empty.agenda}_`, ''];
  const c = w.columns;
  out.push(summarySentences(summarizeMinutes(report), w).join(' '), '');
  for (const day of report.days) {
    out.push(`### ${mdInline(dayHeading(day, w))}`, '');
    const ran = day.blocks.filter((b) => b.ran);
    const notRun = day.blocks.filter((b) => !b.ran);
    if (ran.length) {
      const rows: Cell[][] = ran.map((b) => [
        blockRef(day, b),
        mdCell(b.title),
        mdCell(w.say.kind(b.kind)),
        b.plannedMinutes,
        addedCell(b, w),
        b.actualMinutes ?? 0,
        formatDelta((b.actualMinutes ?? 0) - b.plannedMinutes),
      ]);
      rows.push([
        '',
        `**${w.say.totalRan(countOf(w, ran.length, 'block'))}**`,
        '',
        bold(String(day.plannedRanMinutes)),
        bold(String(day.addedMinutes)),
        bold(String(day.actualMinutes ?? 0)),
        bold(formatDelta((day.actualMinutes ?? 0) - day.plannedRanMinutes)),
      ]);
      out.push(
        ...table(
          [
            '#',
            c.block,
            c.kind,
            `${c.planned} (min)`,
            `${c.added} (min)`,
            `${c.actual} (min)`,
            `${c.vsPlan} (min)`,
          ],
          ['l', 'l', 'l', 'r', 'r', 'r', 'r'],
          rows,
        ),
        '',
      );
    }
    if (notRun.length) {
      const planned = notRun.reduce((s, b) => s + b.plannedMinutes, 0);
      out.push(
        ran.length
          ? w.say.notRunLead(countOf(w, notRun.length, 'block'), planned)
          : w.say.noneRanLead(countOf(w, notRun.length, 'block'), planned),
        '',
      );
      for (const b of notRun)
        out.push(
          `- ${blockRef(day, b)} ${mdInline(b.title)} (${mdInline(w.say.kind(b.kind))}, ${b.plannedMinutes} min)`,
        );
      out.push('');
    }
  }
  return out;
}

function actionLine(a: ReportAction, w: ExportWords): string {
  const owner = actionOwner(a);
  const bits = [
    owner ? w.say.owner(mdInline(owner)) : bold(w.noOwner),
    a.due ? w.say.due(formatDay(w, a.due)) : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `→ **${w.say.action(a.ref)}** ${mdInline(a.title)} (${bits})`;
}

type ByRef = Map<string, ReportAction>;

function actionsUnder(refs: string[], byRef: ByRef, indent: string, w: ExportWords): string[] {
  return refs
    .map((r) => byRef.get(r))
    .filter((a): a is ReportAction => a !== undefined)
    .map((a) => `${indent}- ${actionLine(a, w)}`);
}

function noteLine(n: ReportNote, indent: string, byRef: ByRef, w: ExportWords): string[] {
  const by = n.author === null ? w.say.anonymous : mdInline(n.author);
  const votes = votesText(n.votes, w);
  return [
    `${indent}- ${mdLines(n.text, `${indent}  `)} — _${by}_${votes ? ` · ${votes}` : ''}${n.status ? ` · ${mdInline(n.status)}` : ''}`,
    ...actionsUnder(n.actionRefs, byRef, `${indent}  `, w),
  ];
}

function column(col: ReportColumn, byRef: ByRef, w: ExportWords): string[] {
  if (!col.groups.length && !col.ungrouped.length) return [];
  const out: string[] = [];
  if (col.title) out.push(`#### ${mdInline(col.title)}`, '');
  for (const g of col.groups) {
    const votes = votesText(g.totalVotes, w);
    out.push(
      `- **${mdInline(g.name)}** · ${countOf(w, g.notes.length, 'note')}${votes ? ` · ${votes}` : ''}`,
    );
    out.push(...actionsUnder(g.actionRefs, byRef, '  ', w));
    for (const n of g.notes) out.push(...noteLine(n, '  ', byRef, w));
  }
  if (col.ungrouped.length && col.groups.length) out.push(`- **${w.say.notGrouped}**`);
  const indent = col.groups.length ? '  ' : '';
  for (const n of col.ungrouped) out.push(...noteLine(n, indent, byRef, w));
  return [...out, ''];
}

/** What a block settled: its outcome notes, its decisions, and actions not shown beside a note. */
function settled(b: ReportBlock, report: SessionReport, byRef: ByRef, w: ExportWords): string[] {
  const out: string[] = [];
  if (b.outcome) out.push(`**${w.say.outcome}** ${mdLines(b.outcome, '')}`, '');
  const decisions = b.decisionRefs
    .map((r) => report.decisions.find((d) => d.ref === r))
    .filter((d) => d !== undefined);
  if (decisions.length) {
    out.push(`#### ${w.say.decidedHere}`, '');
    // The titles: the decision itself is in the summary, and in full in the appendix.
    for (const d of decisions)
      out.push(
        `- **${d.ref}.** ${mdInline(d.title)} (${d.committed ? w.committed : w.notYetCommitted})`,
      );
    out.push('');
  }
  const onNotes = actionRefsOnNotes(b);
  const assigned = b.actionRefs.filter((r) => !onNotes.has(r));
  if (assigned.length)
    out.push(`#### ${w.say.assignedHere}`, '', ...actionsUnder(assigned, byRef, '', w), '');
  if (b.questions.length)
    out.push(`#### ${w.say.questionsHere}`, '', ...questionItemsMarkdown(b.questions, w));
  return out;
}

function block(
  day: ReportDay,
  b: ReportBlock,
  report: SessionReport,
  byRef: Map<string, ReportAction>,
): string[] {
  const w = exportWords(report.language);
  const out = [`### ${blockRef(day, b)} ${mdInline(b.title)}`, ''];
  const count = b.noteCount ? ` · ${countOf(w, b.noteCount, 'note')}` : '';
  out.push(`_${mdInline(blockTiming(b, w))}${count}_`, '');
  if (b.prompt) out.push(`> ${mdLines(b.prompt, '> ')}`, '');
  if (b.privateNoteCount) out.push(`_${privateLine(b.privateNoteCount, w)}_`, '');
  out.push(...settled(b, report, byRef, w));
  if (b.notes.length) {
    if (b.columns.length) out.push(`#### ${w.say.notesDuringBlock}`, '');
    for (const n of b.notes) out.push(...noteLine(n, '', byRef, w));
    out.push('');
  }
  for (const col of b.columns) out.push(...column(col, byRef, w));
  out.push(...breakoutMarkdown(b.breakout, mdInline, w));
  if (b.vote) {
    // Ranks 1 to 5 are in the summary; the block adds the rest, so each row is printed once.
    const rest = resultsBeyondSummary(b.vote);
    out.push(`#### ${w.summary.votes}`, '', voteLine(b.vote, w), '');
    out.push(`_${w.say.ranksInSummary(SUMMARY_MAX_RANK, rest.length > 0)}_`, '');
    if (rest.length) out.push(...voteTable(rest, w), '');
  }
  return out;
}

function blocks(report: SessionReport, byRef: Map<string, ReportAction>): string[] {
  const w = exportWords(report.language);
  const list = blocksWithContent(report);
  const out = [`## ${w.sections.blocks}`, ''];
  if (!list.length) return [...out, `_${w.empty.notes}_`, ''];
  return [...out, ...list.flatMap(({ day, block: b }) => block(day, b, report, byRef))];
}

function decisionsInFull(report: SessionReport, w: ExportWords): string[] {
  const out = [`### ${w.appendix.decisions}`, ''];
  if (!report.decisions.length) return [...out, `_${w.empty.decisions}_`, ''];
  for (const d of report.decisions) {
    const state = d.committed ? w.committed : w.notYetCommitted;
    out.push(`#### ${d.ref}. ${mdInline(d.title)} (${state})`, '');
    const item = (label: string, text: string) => {
      if (text) out.push(`- **${label}:** ${mdLines(text, '  ')}`);
    };
    item(w.say.decision, d.decision);
    item(w.say.context, d.context);
    if (d.optionsConsidered.length) {
      out.push(`- **${w.say.optionsConsidered}:**`);
      for (const o of d.optionsConsidered) out.push(`  - ${mdLines(o, '    ')}`);
    }
    item(w.say.rationale, d.rationale);
    out.push(`- **${capital(w.dissent)}:** ${mdInline(dissentText(d, w))}`);
    if (d.confidence) out.push(`- **${w.confidenceVote}:** ${mdInline(d.confidence)}`);
    const from = [d.blockTitle ? w.say.inBlock(mdInline(d.blockTitle)) : '', d.decidedAtLabel]
      .filter(Boolean)
      .join(', ');
    if (from) out.push(`- **${w.say.decided}:** ${from}`);
    out.push('');
  }
  return out;
}

function actionsWithRaci(report: SessionReport, w: ExportWords): string[] {
  const out = [`### ${w.appendix.actions}`, ''];
  if (!report.actions.length) return [...out, `_${w.empty.actions}_`, ''];
  const c = w.columns;
  out.push(`_${w.say.raciMarkdown}_`, '');
  const list = (xs: string[]) => xs.map(mdCell).join(', ');
  const rows = report.actions.map((a) => [
    a.ref,
    mdCell(a.title),
    a.responsible ? mdCell(a.responsible) : `**${w.noOwner}**`,
    mdCell(a.accountable),
    list(a.consulted),
    list(a.informed),
    a.due ? formatDay(w, a.due) : '',
    mdCell(a.successMeasure),
    w.status[a.status],
    mdCell(a.sourceLabel ?? a.blockTitle ?? ''),
  ]);
  out.push(
    ...table(
      [
        '#',
        c.action,
        c.responsible,
        c.accountable,
        c.consulted,
        c.informed,
        c.due,
        c.successMeasure,
        c.status,
        c.from,
      ],
      ['l', 'l', 'l', 'l', 'l', 'l', 'l', 'l', 'l', 'l'],
      rows,
    ),
    '',
  );
  return out;
}

function appendix(report: SessionReport, byRef: Map<string, ReportAction>): string[] {
  const w = exportWords(report.language);
  const out = [`## ${w.sections.appendix}`, '', `### ${w.appendix.looseNotes}`, ''];
  if (report.looseNotes.length)
    out.push(...report.looseNotes.flatMap((n) => noteLine(n, '', byRef, w)), '');
  else out.push(`_${w.empty.parked}_`, '');
  return [
    ...out,
    `### ${w.appendix.questions}`,
    '',
    ...questionsMarkdown(report),
    `### ${w.appendix.polls}`,
    '',
    ...pollsMarkdown(report),
    ...decisionsInFull(report, w),
    ...actionsWithRaci(report, w),
  ];
}

/** The whole report as GitHub-flavoured Markdown, ending with a newline. */
export function toMarkdown(report: SessionReport): string {
  const byRef = new Map(report.actions.map((a) => [a.ref, a]));
  const w = exportWords(report.language);
  const lines = [
    `# ${mdInline(report.title || w.untitled)}`,
    '',
    ...facts(report, w),
    ...sinceMarkdown(report.sinceLastTime, w),
    `## ${w.sections.summary}`,
    '',
    ...summaryDecisions(report, w),
    ...summaryActions(report, w),
    ...summaryMeasures(report, w),
    ...summaryVotes(report, w),
    ...agenda(report, w),
    ...blocks(report, byRef),
    ...appendix(report, byRef),
  ];
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
