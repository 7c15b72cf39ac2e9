// The print layout's body after the summary: the agenda as it ran, the notes per block (by column
// and group, with votes and the actions taken from them) and the appendix. Every piece of user
// text goes through escapeHtml.
import { planChartHtml } from './printCharts';
import { pollsHtml, questionItemsHtml, questionsHtml } from './toolkitExport';
import { escapeHtml as h } from './escape';
import { breakoutHtml } from './breakoutExport';
import {
  addedCell,
  actionOwner,
  blockRef,
  blockTiming,
  dayHeading,
  dissentText,
  privateLine,
  actionRefsOnNotes,
  resultsBeyondSummary,
  SUMMARY_MAX_RANK,
  votesText,
} from './outline';
import { empty, u, voteLine, voteTable } from './printSummary';
import type {
  ReportAction,
  ReportBlock,
  ReportColumn,
  ReportDay,
  ReportNote,
  ReportVote,
  SessionReport,
} from './reportTypes';
import { formatDelta, summarizeMinutes, summarySentences } from './summary';
import { countOf, exportWords, formatDay, type ExportWords } from './exportWords';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function blockAnchor(day: ReportDay, b: ReportBlock): string {
  return `block-${day.number}-${b.number}`;
}

function dayTable(day: ReportDay, w: ExportWords): string {
  const c = w.columns;
  const ran = day.blocks.filter((b) => b.ran);
  const notRun = day.blocks.filter((b) => !b.ran);
  const out: string[] = [];
  if (ran.length) {
    const rows = ran
      .map(
        (b) =>
          `<tr><td class="num">${blockRef(day, b)}</td><td>${u(b.title)}</td><td>${u(w.say.kind(b.kind))}</td><td class="num">${b.plannedMinutes}</td><td class="num">${h(addedCell(b, w))}</td><td class="num">${b.actualMinutes ?? 0}</td><td class="num">${formatDelta((b.actualMinutes ?? 0) - b.plannedMinutes)}</td></tr>`,
      )
      .join('\n');
    const actual = day.actualMinutes ?? 0;
    out.push(`<table class="agenda"><thead><tr><th class="num">#</th><th>${h(c.block)}</th><th>${h(c.kind)}</th><th class="num">${h(c.planned)}</th><th class="num">${h(c.added)}</th><th class="num">${h(c.actual)}</th><th class="num">${h(c.vsPlan)}</th></tr></thead>
<tbody>${rows}</tbody>
<tfoot><tr><td></td><td>${h(w.say.totalRan(countOf(w, ran.length, 'block')))} (${h(w.say.minutes)})</td><td></td><td class="num">${day.plannedRanMinutes}</td><td class="num">${day.addedMinutes}</td><td class="num">${actual}</td><td class="num">${formatDelta(actual - day.plannedRanMinutes)}</td></tr></tfoot></table>${planChartHtml(day, w)}`);
  }
  if (notRun.length) {
    const planned = notRun.reduce((s, b) => s + b.plannedMinutes, 0);
    const lead = ran.length
      ? w.say.notRunLead(countOf(w, notRun.length, 'block'), planned)
      : w.say.noneRanLead(countOf(w, notRun.length, 'block'), planned);
    out.push(
      `<p class="not-run-lead">${h(lead)}</p><ul class="not-run">${notRun
        .map(
          (b) =>
            `<li>${blockRef(day, b)} ${u(b.title)} <span class="muted">(${h(w.say.kind(b.kind))}, ${b.plannedMinutes} min)</span></li>`,
        )
        .join('')}</ul>`,
    );
  }
  return out.join('\n');
}

export function agendaSection(report: SessionReport): string {
  const w = exportWords(report.language);
  if (!report.days.length) return empty(w.empty.agenda);
  const intro = `<p class="summary-text">${h(summarySentences(summarizeMinutes(report), w).join(' '))}</p>`;
  return `${intro}\n${report.days
    .map((day) => `<h3>${u(dayHeading(day, w))}</h3>\n${dayTable(day, w)}`)
    .join('\n')}`;
}

type ByRef = Map<string, ReportAction>;

function actionLinks(refs: string[], byRef: ByRef, w: ExportWords): string {
  return refs
    .map((r) => byRef.get(r))
    .filter((a): a is ReportAction => a !== undefined)
    .map((a) => {
      const owner = actionOwner(a);
      const who = [
        owner ? w.say.owner(u(owner)) : `<b>${h(w.noOwner)}</b>`,
        a.due ? h(w.say.due(formatDay(w, a.due))) : '',
      ]
        .filter(Boolean)
        .join(', ');
      return `<div class="action-link">→ <b>${h(w.say.action(a.ref))}</b> ${u(a.title)} <span class="muted">(${who})</span></div>`;
    })
    .join('');
}

function note(n: ReportNote, byRef: ByRef, w: ExportWords): string {
  const by = n.author === null ? h(w.say.anonymous) : u(n.author);
  const votes = h(votesText(n.votes, w));
  const status = n.status ? ` · ${u(n.status)}` : '';
  return `<li class="note"><div class="note-text">${u(n.text)}</div><div class="author">— ${by}${votes ? ` · <b class="v">${votes}</b>` : ''}${status}</div>${actionLinks(n.actionRefs, byRef, w)}</li>`;
}

function column(col: ReportColumn, byRef: ByRef, w: ExportWords): string {
  if (!col.groups.length && !col.ungrouped.length) return '';
  const parts: string[] = [];
  if (col.title) parts.push(`<h4>${u(col.title)}</h4>`);
  for (const g of col.groups) {
    const votes = h(votesText(g.totalVotes, w));
    parts.push(`<div class="group"><div class="group-top"><div class="group-head"><span>${u(g.name)}</span>
<span class="muted">${h(countOf(w, g.notes.length, 'note'))}${votes ? ` · <b class="v">${votes}</b>` : ''}</span></div>
${actionLinks(g.actionRefs, byRef, w)}</div><ul class="notes">${g.notes.map((n) => note(n, byRef, w)).join('')}</ul></div>`);
  }
  if (col.ungrouped.length) {
    const notes = col.ungrouped.map((n) => note(n, byRef, w)).join('');
    parts.push(
      col.groups.length
        ? `<div class="group loose-group"><div class="group-head"><span>${h(w.say.notGrouped)}</span><span class="muted">${h(countOf(w, col.ungrouped.length, 'note'))}</span></div><ul class="notes">${notes}</ul></div>`
        : `<ul class="notes">${notes}</ul>`,
    );
  }
  return `<div class="column">${parts.join('\n')}</div>`;
}

/** What a block settled: its outcome notes, its decisions, and actions not shown beside a note. */
function settled(b: ReportBlock, report: SessionReport, byRef: ByRef, w: ExportWords): string {
  const out: string[] = [];
  if (b.outcome) out.push(`<p class="outcome"><b>${h(w.say.outcome)}</b> ${u(b.outcome)}</p>`);
  const decisions = b.decisionRefs
    .map((r) => report.decisions.find((d) => d.ref === r))
    .filter((d) => d !== undefined);
  if (decisions.length)
    out.push(
      `<div class="keep"><h4>${h(w.say.decidedHere)}</h4><ul class="taken">${decisions
        .map(
          (d) =>
            `<li><b>${h(d.ref)}.</b> ${u(d.title)} <span class="muted">(${h(d.committed ? w.committed : w.notYetCommitted)})</span></li>`,
        )
        .join('')}</ul></div>`,
    );
  const onNotes = actionRefsOnNotes(b);
  const assigned = b.actionRefs.filter((r) => !onNotes.has(r));
  if (assigned.length)
    out.push(
      `<div class="keep"><h4>${h(w.say.assignedHere)}</h4>${actionLinks(assigned, byRef, w)}</div>`,
    );
  if (b.questions.length)
    out.push(`<h4>${h(w.say.questionsHere)}</h4>${questionItemsHtml(b.questions, u, w)}`);
  return out.join('\n');
}

export function blockSection(
  day: ReportDay,
  b: ReportBlock,
  report: SessionReport,
  byRef: ByRef,
): string {
  const w = exportWords(report.language);
  const count = b.noteCount ? ` · ${h(countOf(w, b.noteCount, 'note'))}` : '';
  // The heading, its timing and its prompt stay together on one page.
  const head = `<div class="block-head"><h3>${blockRef(day, b)} ${u(b.title)}</h3>
<div class="block-meta">${u(blockTiming(b, w))}${count}</div>
${b.prompt ? `<p class="prompt">${u(b.prompt)}</p>` : ''}</div>`;
  return `<section class="block" id="${blockAnchor(day, b)}">
${head}
${b.privateNoteCount ? `<p class="empty">${h(privateLine(b.privateNoteCount, w))}</p>` : ''}
${settled(b, report, byRef, w)}
${b.notes.length ? `${b.columns.length ? `<h4>${h(w.say.notesDuringBlock)}</h4>` : ''}<ul class="notes">${b.notes.map((n) => note(n, byRef, w)).join('')}</ul>` : ''}
${b.columns.map((c) => column(c, byRef, w)).join('\n')}
${breakoutHtml(b.breakout, w)}
${b.vote ? voteRest(b.vote, w) : ''}
</section>`;
}

/** A block's vote: ranks 1 to 5 are in the summary, so only the rest is listed here (once). */
function voteRest(v: ReportVote, w: ExportWords): string {
  const rest = resultsBeyondSummary(v);
  return `<div class="keep"><h4>${h(w.summary.votes)}</h4>${voteLine(v, w)}<p class="sub">${h(w.say.ranksInSummary(SUMMARY_MAX_RANK, rest.length > 0))}</p>${rest.length ? voteTable(rest, w) : ''}</div>`;
}

function decisionsInFull(report: SessionReport, w: ExportWords): string {
  if (!report.decisions.length) return empty(w.empty.decisions);
  return report.decisions
    .map((d) => {
      const rows: string[] = [];
      const row = (label: string, html: string) => rows.push(`<dt>${label}</dt><dd>${html}</dd>`);
      const s = w.say;
      if (d.decision) row(h(s.decision), `<b>${u(d.decision)}</b>`);
      if (d.context) row(h(s.context), u(d.context));
      if (d.optionsConsidered.length)
        row(
          h(s.optionsConsidered),
          `<ul>${d.optionsConsidered.map((o) => `<li>${u(o)}</li>`).join('')}</ul>`,
        );
      if (d.rationale) row(h(s.rationale), u(d.rationale));
      row(h(capital(w.dissent)), u(dissentText(d, w)));
      if (d.confidence) row(h(w.confidenceVote), u(d.confidence));
      const from = [d.blockTitle ? s.inBlock(u(d.blockTitle)) : '', h(d.decidedAtLabel)].filter(
        Boolean,
      );
      if (from.length) row(h(s.decided), from.join(', '));
      const tag = d.committed
        ? `<span class="tag ok">✓ ${h(capital(w.committed))}</span>`
        : `<span class="tag pending">${h(capital(w.notYetCommitted))}</span>`;
      return `<article class="decision"><h4><span>${h(d.ref)}. ${u(d.title)}</span>${tag}</h4><dl>${rows.join('')}</dl></article>`;
    })
    .join('\n');
}

function actionsWithRaci(report: SessionReport, w: ExportWords): string {
  if (!report.actions.length) return empty(w.empty.actions);
  const c = w.columns;
  const people = (xs: string[]) => xs.map(u).join(', ');
  const rows = report.actions
    .map((a) => {
      const sub = [
        a.successMeasure ? `${h(w.say.success)}: ${u(a.successMeasure)}` : '',
        (a.sourceLabel ?? a.blockTitle)
          ? `${h(w.fromLabel)}: ${u(a.sourceLabel ?? a.blockTitle ?? '')}`
          : '',
      ].filter(Boolean);
      return `<tr><td>${h(a.ref)}</td><td>${u(a.title)}${sub.map((s) => `<div class="sub">${s}</div>`).join('')}</td>
<td>${a.responsible ? u(a.responsible) : `<b class="flag">${h(w.noOwner)}</b>`}</td><td>${u(a.accountable)}</td><td>${people(a.consulted)}</td><td>${people(a.informed)}</td>
<td class="nowrap">${a.due ? h(formatDay(w, a.due)) : '<span class="muted">—</span>'}</td><td>${h(w.status[a.status])}</td></tr>`;
    })
    .join('\n');
  return `<p class="muted">${w.say.raciHtml}</p>
<table class="raci"><thead><tr><th>#</th><th>${h(c.action)}</th><th>R</th><th>A</th><th>C</th><th>I</th><th>${h(c.due)}</th><th>${h(c.status)}</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}

/** The appendix's parts, each with an anchor for the contents. */
export function appendixParts(
  report: SessionReport,
  byRef: Map<string, ReportAction>,
): { id: string; title: string; body: string }[] {
  const w = exportWords(report.language);
  const t = w.appendix;
  return [
    {
      id: 'appendix-notes',
      title: t.looseNotes,
      body: report.looseNotes.length
        ? `<ul class="notes">${report.looseNotes.map((n) => note(n, byRef, w)).join('')}</ul>`
        : empty(w.empty.parked),
    },
    { id: 'appendix-questions', title: t.questions, body: questionsHtml(report, u) },
    { id: 'appendix-polls', title: t.polls, body: pollsHtml(report, u) },
    { id: 'appendix-decisions', title: t.decisions, body: decisionsInFull(report, w) },
    { id: 'appendix-actions', title: t.actions, body: actionsWithRaci(report, w) },
  ];
}
