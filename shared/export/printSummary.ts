// The print layout's first pages: the cover (who, when, where) and the one-page summary a reader
// who was not in the room reads first (decisions, actions, measures, vote results).
import { measureChartHtml, voteChartHtml } from './printCharts';
import { hasNumbers } from './measureParts';
import { escapeHtml as h } from './escape';
import { actionOwner, dateRange, dissentText, SUMMARY_MAX_RANK, votersText } from './outline';
import { topResults } from './report';
import type { ReportVote, SessionReport } from './reportTypes';
import { countOf, ENGLISH_WORDS, exportWords, formatDay, type ExportWords } from './exportWords';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** User text: keeps newlines, lets RTL text run in its own direction. */
export const u = (s: string) => `<span class="user" dir="auto">${h(s)}</span>`;
export const empty = (text: string) => `<p class="empty">${h(text)}</p>`;

export function cover(report: SessionReport): string {
  const w = exportWords(report.language);
  const f = w.facts;
  const facts: string[] = [];
  const fact = (label: string, html: string) => facts.push(`<dt>${h(label)}</dt><dd>${html}</dd>`);
  const dates = dateRange(report.dates, w);
  if (dates) fact(f.dates, h(dates));
  if (report.place) fact(f.place, u(report.place));
  if (report.facilitator) fact(f.facilitator, u(report.facilitator));
  fact(
    `${f.attended} (${report.participants.length})`,
    report.participants.length ? report.participants.map(u).join(', ') : h(f.nobodyAttended),
  );
  const blocks = report.days.flatMap((d) => d.blocks);
  const stat = (n: number, label: string) =>
    `<div class="stat"><b>${n}</b><span>${h(label)}</span></div>`;
  const zone = report.timeZone ? ` (${h(report.timeZone)})` : '';
  const c = w.say.cover;
  return `<section class="cover">
<div class="band"><div class="kicker">${h(w.workshopMinutes)}</div>
<h1 class="user" dir="auto">${h(report.title || w.untitled)}</h1>
<dl class="facts">${facts.join('')}</dl>
<div class="stats">${stat(report.decisions.length, c.decisions)}${stat(report.actions.length, c.actions)}${stat(report.measures.length, c.measures)}${stat(blocks.filter((b) => b.ran).length, c.ofBlocksRan(blocks.length))}${stat(report.noteCount, c.notes)}${report.looseNotes.length ? stat(report.looseNotes.length, c.parked) : ''}${stat(report.votes.length, c.votesClosed(report.votes.length))}</div>
</div>
<footer>${c.exported(`${h(report.generatedAtLabel)}${zone}`)}</footer>
</section>`;
}

function decisions(report: SessionReport, w: ExportWords): string {
  if (!report.decisions.length) return empty(w.empty.decisions);
  return `<ol class="decisions-brief">${report.decisions
    .map((d) => {
      const tag = d.committed
        ? `<span class="tag ok">✓ ${h(capital(w.committed))}</span>`
        : `<span class="tag pending">${h(capital(w.notYetCommitted))}</span>`;
      return `<li><div class="line"><b>${h(d.ref)}. ${u(d.title)}</b>${tag}</div>${d.decision ? `<div>${u(d.decision)}</div>` : ''}<div class="sub">${h(capital(w.dissent))}: ${u(dissentText(d, w))}</div>${d.confidence ? `<div class="sub">${h(w.confidenceVote)}: ${u(d.confidence)}</div>` : ''}</li>`;
    })
    .join('')}</ol>`;
}

function actions(report: SessionReport, w: ExportWords): string {
  if (!report.actions.length) return empty(w.empty.actions);
  const c = w.columns;
  const missing = report.actions.filter((a) => !actionOwner(a)).length;
  const rows = report.actions
    .map((a) => {
      const owner = actionOwner(a);
      return `<tr><td>${h(a.ref)}</td><td>${u(a.title)}</td><td>${owner ? u(owner) : `<b class="flag">⚑ ${h(w.noOwner)}</b>`}</td><td class="nowrap">${a.due ? h(formatDay(w, a.due)) : `<span class="muted">${h(w.noDate)}</span>`}</td><td>${a.successMeasure ? u(a.successMeasure) : `<span class="muted">${h(w.noneSet)}</span>`}</td></tr>`;
    })
    .join('\n');
  return `${missing ? `<p class="flag">${h(w.withoutOwner(missing))}</p>` : ''}<table class="brief"><thead><tr><th>#</th><th>${h(c.action)}</th><th>${h(c.owner)}</th><th>${h(c.due)}</th><th>${h(c.successMeasure)}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function measures(report: SessionReport, w: ExportWords): string {
  if (!report.measures.length) return empty(w.empty.measures);
  const c = w.columns;
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
        `<div class="keep measure-chart"><h4>${h(m.ref)} ${u(m.name)}</h4><p class="measure-words">${u(m.words)}</p>${measureChartHtml(m, w)}</div>`,
    )
    .join('\n');
  return `<table class="brief"><thead><tr><th>#</th><th>${h(c.measure)}</th><th>${h(c.baseline)}</th><th>${h(c.target)}</th><th>${h(c.byWhen)}</th><th>${h(c.owner)}</th><th>${h(c.tracks)}</th></tr></thead><tbody>${rows}</tbody></table>${charts}`;
}

export function voteLine(v: ReportVote, w: ExportWords = ENGLISH_WORDS): string {
  const on = v.board ? `, ${h(w.say.onTheBoardOf)} ${h(v.board.ref)} ${u(v.board.title)}` : '';
  return `<p class="vote-meta">${h(votersText(v, w))}, ${h(countOf(w, v.totalVotes, 'vote'))}${on}</p>`;
}

export function voteTable(results: ReportVote['results'], w: ExportWords = ENGLISH_WORDS): string {
  const c = w.columns;
  const rows = results
    .map(
      (r) =>
        `<tr><td class="num">${r.rank}${r.tied ? ` (${h(w.tie)})` : ''}</td><td>${r.kind === 'group' ? `<b>${u(r.label)}</b> <span class="muted">(${h(w.say.groupOf(countOf(w, r.noteCount, 'note')))})</span>` : u(r.label)}</td><td class="num">${r.count}</td></tr>`,
    )
    .join('');
  return `<table class="votes-table"><thead><tr><th class="num">${h(c.rank)}</th><th>${h(c.result)}</th><th class="num">${h(c.votes)}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The summary's compact form of a ranking: one line per result. */
function voteList(results: ReportVote['results'], w: ExportWords): string {
  return `<ol class="vote-list">${results
    .map(
      (r) =>
        `<li><span class="rank">${r.rank}${r.tied ? ` (${h(w.tie)})` : ''}</span><span class="count">${h(countOf(w, r.count, 'vote'))}</span><span>${r.kind === 'group' ? `<b>${u(r.label)}</b> <span class="muted">(${h(w.say.groupOf(countOf(w, r.noteCount, 'note')))})</span>` : u(r.label)}</span></li>`,
    )
    .join('')}</ol>`;
}

function votes(report: SessionReport, w: ExportWords): string {
  if (!report.votes.length) return empty(w.empty.votes);
  return report.votes
    .map((v) => {
      const top = topResults(v, SUMMARY_MAX_RANK);
      const more = v.results.length - top.length;
      return `<div class="keep"><h4>${h(v.ref)} ${u(v.title)}</h4>${voteLine(v, w)}${voteList(top, w)}${voteChartHtml(v, top, w)}${more > 0 ? `<p class="sub">${h(w.moreUnder(countOf(w, more, 'moreResult'), v.ref))}</p>` : ''}</div>`;
    })
    .join('\n');
}

/** The summary section's body (its h2 comes from the document). */
export function summarySection(report: SessionReport): string {
  const w = exportWords(report.language);
  const part = (title: string, body: string) => `<h3>${h(title)}</h3>
${body}`;
  return [
    part(w.summary.decisions, decisions(report, w)),
    part(w.summary.actions, actions(report, w)),
    part(w.summary.measures, measures(report, w)),
    part(w.summary.votes, votes(report, w)),
  ].join('\n');
}
