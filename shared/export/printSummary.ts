// The print layout's first pages: the cover (who, when, where) and the one-page summary a reader
// who was not in the room reads first (decisions, actions, measures, vote results).
import { measureChartHtml, voteChartHtml } from './printCharts';
import { hasNumbers } from './measureParts';
import { escapeHtml as h } from './escape';
import {
  actionOwner,
  dateRange,
  dissentText,
  NO_OWNER,
  SUMMARY_MAX_RANK,
  votersText,
} from './outline';
import { topResults } from './report';
import type { ReportVote, SessionReport } from './reportTypes';
import { plural } from './summary';

/** User text: keeps newlines, lets RTL text run in its own direction. */
export const u = (s: string) => `<span class="user" dir="auto">${h(s)}</span>`;
export const empty = (text: string) => `<p class="empty">${h(text)}</p>`;

export function cover(report: SessionReport): string {
  const facts: string[] = [];
  const fact = (label: string, html: string) => facts.push(`<dt>${label}</dt><dd>${html}</dd>`);
  const dates = dateRange(report.dates);
  if (dates) fact('Dates', h(dates));
  if (report.place) fact('Place', u(report.place));
  if (report.facilitator) fact('Facilitator', u(report.facilitator));
  fact(
    `Attended (${report.participants.length})`,
    report.participants.length
      ? report.participants.map(u).join(', ')
      : 'nobody joined from their own device',
  );
  const blocks = report.days.flatMap((d) => d.blocks);
  const stat = (n: number, label: string) =>
    `<div class="stat"><b>${n}</b><span>${h(label)}</span></div>`;
  const zone = report.timeZone ? ` (${h(report.timeZone)})` : '';
  return `<section class="cover">
<div class="band"><div class="kicker">Workshop minutes</div>
<h1 class="user" dir="auto">${h(report.title || 'Untitled session')}</h1>
<dl class="facts">${facts.join('')}</dl>
<div class="stats">${stat(report.decisions.length, 'decisions')}${stat(report.actions.length, 'actions')}${stat(report.measures.length, 'measures')}${stat(blocks.filter((b) => b.ran).length, `of ${blocks.length} blocks ran`)}${stat(report.noteCount, 'notes')}${report.looseNotes.length ? stat(report.looseNotes.length, 'parked') : ''}${stat(report.votes.length, report.votes.length === 1 ? 'vote closed' : 'votes closed')}</div>
</div>
<footer>Exported ${h(report.generatedAtLabel)}${zone} with Offsite.</footer>
</section>`;
}

function decisions(report: SessionReport): string {
  if (!report.decisions.length) return empty('No decisions were recorded.');
  return `<ol class="decisions-brief">${report.decisions
    .map((d) => {
      const tag = d.committed
        ? '<span class="tag ok">✓ Committed</span>'
        : '<span class="tag pending">Not yet committed</span>';
      return `<li><div class="line"><b>${h(d.ref)}. ${u(d.title)}</b>${tag}</div>${d.decision ? `<div>${u(d.decision)}</div>` : ''}<div class="sub">Dissent: ${u(dissentText(d))}</div>${d.confidence ? `<div class="sub">Confidence vote: ${u(d.confidence)}</div>` : ''}</li>`;
    })
    .join('')}</ol>`;
}

function actions(report: SessionReport): string {
  if (!report.actions.length) return empty('No actions were recorded.');
  const missing = report.actions.filter((a) => !actionOwner(a)).length;
  const rows = report.actions
    .map((a) => {
      const owner = actionOwner(a);
      return `<tr><td>${h(a.ref)}</td><td>${u(a.title)}</td><td>${owner ? u(owner) : `<b class="flag">⚑ ${NO_OWNER}</b>`}</td><td class="nowrap">${a.due ? h(a.due) : '<span class="muted">no date</span>'}</td><td>${a.successMeasure ? u(a.successMeasure) : '<span class="muted">none set</span>'}</td></tr>`;
    })
    .join('\n');
  return `${missing ? `<p class="flag">${h(plural(missing, 'action'))} without an owner.</p>` : ''}<table class="brief"><thead><tr><th>#</th><th>Action</th><th>Owner</th><th>Due</th><th>Success measure</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function measures(report: SessionReport): string {
  if (!report.measures.length) return empty('No measures were defined.');
  const rows = report.measures
    .map(
      (m) =>
        `<tr><td>${h(m.ref)}</td><td>${u(m.name)}</td><td>${u(m.baseline)}</td><td>${u(m.target)}</td><td>${u(m.byWhen)}</td><td>${u(m.owner)}</td><td class="nowrap">${h(m.tracks.join(', '))}</td></tr>`,
    )
    .join('\n');
  const charts = report.measures
    .filter(hasNumbers)
    .map(
      (m) =>
        `<div class="keep measure-chart"><h4>${h(m.ref)} ${u(m.name)}</h4><p class="measure-words">${u(m.words)}</p>${measureChartHtml(m)}</div>`,
    )
    .join('\n');
  return `<table class="brief"><thead><tr><th>#</th><th>Measure</th><th>Baseline</th><th>Target</th><th>By when</th><th>Owner</th><th>Tracks</th></tr></thead><tbody>${rows}</tbody></table>${charts}`;
}

export function voteLine(v: ReportVote): string {
  const on = v.board ? `, on the board of ${h(v.board.ref)} ${u(v.board.title)}` : '';
  return `<p class="vote-meta">${h(votersText(v))}, ${h(plural(v.totalVotes, 'vote'))}${on}</p>`;
}

export function voteTable(results: ReportVote['results']): string {
  const rows = results
    .map(
      (r) =>
        `<tr><td class="num">${r.rank}${r.tied ? ' (tie)' : ''}</td><td>${r.kind === 'group' ? `<b>${u(r.label)}</b> <span class="muted">(group of ${h(plural(r.noteCount, 'note'))})</span>` : u(r.label)}</td><td class="num">${r.count}</td></tr>`,
    )
    .join('');
  return `<table class="votes-table"><thead><tr><th class="num">Rank</th><th>Result</th><th class="num">Votes</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The summary's compact form of a ranking: one line per result. */
function voteList(results: ReportVote['results']): string {
  return `<ol class="vote-list">${results
    .map(
      (r) =>
        `<li><span class="rank">${r.rank}${r.tied ? ' (tie)' : ''}</span><span class="count">${h(plural(r.count, 'vote'))}</span><span>${r.kind === 'group' ? `<b>${u(r.label)}</b> <span class="muted">(group of ${h(plural(r.noteCount, 'note'))})</span>` : u(r.label)}</span></li>`,
    )
    .join('')}</ol>`;
}

function votes(report: SessionReport): string {
  if (!report.votes.length) return empty('No vote was closed.');
  return report.votes
    .map((v) => {
      const top = topResults(v, SUMMARY_MAX_RANK);
      const more = v.results.length - top.length;
      return `<div class="keep"><h4>${h(v.ref)} ${u(v.title)}</h4>${voteLine(v)}${voteList(top)}${voteChartHtml(v, top)}${more > 0 ? `<p class="sub">${h(plural(more, 'more result'))} under ${h(v.ref)} in the notes.</p>` : ''}</div>`;
    })
    .join('\n');
}

/** The summary section's body (its h2 comes from the document). */
export function summarySection(report: SessionReport): string {
  const part = (title: string, body: string) => `<h3>${title}</h3>
${body}`;
  return [
    part('Decisions', decisions(report)),
    part('Actions', actions(report)),
    part('Measures', measures(report)),
    part('Vote results', votes(report)),
  ].join('\n');
}
