// The body sections of the print layout: agenda, blocks with their boards, decisions, RACI actions,
// measures and the minutes summary. Every piece of user text goes through escapeHtml.
import { escapeHtml as h } from './escape';
import type {
  ReportAction,
  ReportBlock,
  ReportColumn,
  ReportDay,
  ReportNote,
  SessionReport,
} from './report';
import { privateLine } from './markdown';
import { formatDelta, formatMinutes, plural, summarizeMinutes, summarySentences } from './summary';

/** User text: keeps newlines, wraps long words, lets RTL text run in its own direction. */
const u = (s: string) => `<span class="user" dir="auto">${h(s)}</span>`;
const empty = (text: string) => `<p class="empty">${text}</p>`;

export function blockAnchor(day: ReportDay, b: ReportBlock): string {
  return `block-${day.number}-${b.number}`;
}

function dayTitle(day: ReportDay): string {
  return day.date ? `${h(day.label)} · ${h(day.date)}` : h(day.label);
}

export function agendaSection(report: SessionReport): string {
  if (!report.days.length) return empty('No agenda was planned.');
  return report.days
    .map((day) => {
      const rows = day.blocks
        .map((b) => {
          const diff =
            b.actualMinutes === null ? '' : formatDelta(b.actualMinutes - b.plannedMinutes);
          return `<tr><td class="num">${b.number}</td><td class="title">${u(b.title)}</td><td>${u(b.kind)}</td>
<td class="num">${b.plannedMinutes}</td><td class="num">${b.actualMinutes ?? '<span class="muted">not run</span>'}</td>
<td class="num">${diff}</td><td class="num">${b.overtimeMinutes ? `+${b.overtimeMinutes}` : '0'}</td><td class="num">${b.addedMinutes}</td></tr>`;
        })
        .join('\n');
      const diff =
        day.actualMinutes === null
          ? ''
          : formatDelta(
              day.actualMinutes -
                day.blocks.reduce(
                  (s, b) => s + (b.actualMinutes === null ? 0 : b.plannedMinutes),
                  0,
                ),
            );
      return `<h3>${dayTitle(day)}</h3>
<table><thead><tr><th class="num">#</th><th>Block</th><th>Kind</th><th class="num">Planned</th>
<th class="num">Actual</th><th class="num">vs plan</th><th class="num">Overtime</th><th class="num">Added</th></tr></thead>
<tbody>${rows}</tbody>
<tfoot><tr><td></td><td>Day total (minutes)</td><td></td><td class="num">${day.plannedMinutes}</td>
<td class="num">${day.actualMinutes ?? '—'}</td><td class="num">${diff}</td>
<td class="num">${day.overtimeMinutes ? `+${day.overtimeMinutes}` : '0'}</td><td class="num">${day.addedMinutes}</td></tr></tfoot></table>`;
    })
    .join('\n');
}

function actionLinks(refs: string[], byRef: Map<string, ReportAction>): string {
  return refs
    .map((r) => byRef.get(r))
    .filter((a): a is ReportAction => a !== undefined)
    .map((a) => {
      const who = [
        a.responsible ? `Responsible: ${u(a.responsible)}` : '',
        a.due ? `due ${h(a.due)}` : '',
      ]
        .filter(Boolean)
        .join(', ');
      return `<div class="action-link">→ <b>Action ${h(a.ref)}:</b> ${u(a.title)}${who ? ` <span class="muted">(${who})</span>` : ''}</div>`;
    })
    .join('');
}

function note(n: ReportNote, byRef: Map<string, ReportAction>): string {
  const by = n.author === null ? 'anonymous' : u(n.author);
  return `<li class="note"><span class="votes${n.votes ? '' : ' zero'}">${plural(n.votes, 'vote')}</span>
<div class="note-body"><div>${u(n.text)}</div><div class="author">— ${by}</div>${actionLinks(n.actionRefs, byRef)}</div></li>`;
}

function column(col: ReportColumn, byRef: Map<string, ReportAction>): string {
  const parts: string[] = [];
  if (col.title) parts.push(`<h4>${u(col.title)}</h4>`);
  for (const g of col.groups) {
    const notes = g.notes.map((n) => note(n, byRef)).join('');
    parts.push(`<section class="group"><div class="group-head"><span>${u(g.name)}</span>
<span class="muted">${plural(g.totalVotes, 'vote')} · ${plural(g.notes.length, 'note')}</span></div>
${g.actionRefs.length ? `<div style="padding:4pt 8pt 0">${actionLinks(g.actionRefs, byRef)}</div>` : ''}
<ul class="notes">${notes || '<li class="note empty">No notes in this group.</li>'}</ul></section>`);
  }
  if (col.ungrouped.length) {
    const notes = col.ungrouped.map((n) => note(n, byRef)).join('');
    parts.push(
      col.groups.length
        ? `<section class="group"><div class="group-head"><span>Not grouped</span><span class="muted">${plural(col.ungrouped.length, 'note')}</span></div><ul class="notes">${notes}</ul></section>`
        : `<ul class="notes loose">${notes}</ul>`,
    );
  }
  if (!col.groups.length && !col.ungrouped.length) parts.push(empty('No notes.'));
  return parts.join('\n');
}

export function blockSection(
  day: ReportDay,
  b: ReportBlock,
  byRef: Map<string, ReportAction>,
): string {
  const time =
    b.actualMinutes === null
      ? `${b.plannedMinutes} min planned · not run`
      : `${b.plannedMinutes} min planned · ${b.actualMinutes} min actual`;
  return `<section class="block" id="${blockAnchor(day, b)}">
<h3>${day.number}.${b.number} ${u(b.title)}</h3>
<div class="block-meta">${u(b.kind)} · ${time} · ${plural(b.noteCount, 'note')}</div>
${b.prompt ? `<p class="prompt">${u(b.prompt)}</p>` : ''}
${b.privateNoteCount ? `<p class="empty">${h(privateLine(b.privateNoteCount))}</p>` : ''}
${b.columns.map((c) => column(c, byRef)).join('\n')}
</section>`;
}

/** Notes outside any block, oldest first. */
export function looseNotesSection(report: SessionReport, byRef: Map<string, ReportAction>): string {
  return `<ul class="notes loose">${report.looseNotes.map((n) => note(n, byRef)).join('')}</ul>`;
}

export function decisionsSection(report: SessionReport): string {
  if (!report.decisions.length) return empty('No decisions were recorded.');
  return report.decisions
    .map((d) => {
      const rows: string[] = [];
      const row = (label: string, html: string) => rows.push(`<dt>${label}</dt><dd>${html}</dd>`);
      if (d.decision) row('Decision', `<b>${u(d.decision)}</b>`);
      if (d.context) row('Context', u(d.context));
      if (d.optionsConsidered.length)
        row(
          'Options considered',
          `<ul>${d.optionsConsidered.map((o) => `<li>${u(o)}</li>`).join('')}</ul>`,
        );
      if (d.rationale) row('Rationale', u(d.rationale));
      const dissent =
        d.dissent.mode === 'count'
          ? d.dissent.count
            ? plural(d.dissent.count, 'person', 'people')
            : 'none noted'
          : d.dissent.names.length
            ? d.dissent.names.map(u).join(', ')
            : 'none noted';
      row('Dissent', dissent);
      const from = [d.blockTitle ? `from ${u(d.blockTitle)}` : '', h(d.decidedAtLabel)].filter(
        Boolean,
      );
      if (from.length) row('Decided', from.join(', '));
      const tag = d.committed
        ? '<span class="tag ok">✓ Committed</span>'
        : '<span class="tag pending">Not yet committed</span>';
      return `<article class="decision"><h3><span>${h(d.ref)}. ${u(d.title)}</span>${tag}</h3><dl>${rows.join('')}</dl></article>`;
    })
    .join('\n');
}

export function actionsSection(report: SessionReport): string {
  if (!report.actions.length) return empty('No actions were recorded.');
  const people = (xs: string[]) => xs.map(u).join(', ');
  const rows = report.actions
    .map((a) => {
      const sub = [
        a.successMeasure ? `Success: ${u(a.successMeasure)}` : '',
        (a.sourceLabel ?? a.blockTitle) ? `From: ${u(a.sourceLabel ?? a.blockTitle ?? '')}` : '',
      ].filter(Boolean);
      return `<tr><td>${h(a.ref)}</td><td class="title">${u(a.title)}${sub.map((s) => `<div class="sub">${s}</div>`).join('')}</td>
<td>${u(a.responsible)}</td><td>${u(a.accountable)}</td><td>${people(a.consulted)}</td><td>${people(a.informed)}</td>
<td style="white-space:nowrap">${a.due ? h(a.due) : '<span class="muted">—</span>'}</td><td>${h(a.status)}</td></tr>`;
    })
    .join('\n');
  return `<p class="muted">RACI: <b>R</b>esponsible does the work, <b>A</b>ccountable answers for the result, <b>C</b>onsulted are asked, <b>I</b>nformed are told.</p>
<table class="raci fixed"><colgroup><col class="ref"><col class="title"><col class="person"><col class="person"><col class="people"><col class="people"><col class="due"><col class="status"></colgroup><thead><tr><th>#</th><th>Action</th><th>R</th><th>A</th><th>C</th><th>I</th><th>Due</th><th>Status</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}

export function measuresSection(report: SessionReport): string {
  if (!report.measures.length) return empty('No measures were defined.');
  const rows = report.measures
    .map(
      (
        m,
      ) => `<tr><td>${h(m.ref)}</td><td class="title">${u(m.name)}</td><td>${u(m.baseline)}</td><td>${u(m.target)}</td>
<td>${u(m.byWhen)}</td><td>${u(m.owner)}</td><td>${h(m.tracks.join(', '))}</td></tr>`,
    )
    .join('\n');
  return `<table class="measures fixed"><colgroup><col class="ref"><col class="title"><col class="val"><col class="val"><col class="val"><col class="owner"><col class="tracks"></colgroup><thead><tr><th>#</th><th>Measure</th><th>Baseline</th><th>Target</th><th>By when</th><th>Owner</th><th>Tracks</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}

export function minutesSection(report: SessionReport): string {
  const s = summarizeMinutes(report);
  const out = [`<p class="summary-text">${h(summarySentences(s).join(' '))}</p>`];
  const max = Math.max(1, ...s.perKind.flatMap((k) => [k.plannedMinutes, k.actualMinutes]));
  const pct = (n: number) => `${Math.round((n / max) * 100)}%`;
  if (s.perKind.length)
    out.push(`<table><thead><tr><th>Kind</th><th class="num">Blocks</th><th class="num">Planned</th><th class="num">Actual</th><th class="num">Difference</th><th>Planned (grey) / actual (blue)</th></tr></thead><tbody>
${s.perKind
  .map(
    (
      k,
    ) => `<tr><td>${u(k.kind)}</td><td class="num">${k.blocks}</td><td class="num">${k.plannedMinutes}</td>
<td class="num">${k.actualMinutes}</td><td class="num">${formatDelta(k.actualMinutes - k.plannedRanMinutes)}</td>
<td class="bars" aria-hidden="true"><div class="bar plan" style="width:${pct(k.plannedMinutes)}"></div><div class="bar" style="width:${pct(k.actualMinutes)}"></div></td></tr>`,
  )
  .join('\n')}</tbody></table>`);
  if (s.biggestOverruns.length)
    out.push(
      `<h3>Biggest overruns</h3><ol>${s.biggestOverruns
        .map(
          (o) =>
            `<li>Day ${o.day}, ${o.blockNumber}. ${u(o.title)}: ${formatMinutes(o.actualMinutes)} for ${formatMinutes(o.plannedMinutes)} planned (+${o.overMinutes} min)</li>`,
        )
        .join('')}</ol>`,
    );
  return `<div class="keep">${out.join('\n')}</div>`;
}
