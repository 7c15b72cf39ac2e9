// The minutes of a follow-up open with "Since last time" (issue 25): what became of the carried
// actions (done, slipped and dropped, with their owners; how many are still open), the measures
// that moved, and the team's health beside the earlier sessions'. Read from the doc here, said in
// Markdown and print HTML below; today's outcome follows as in every session's minutes.
import type * as Y from 'yjs';
import { readSeriesLink, reviewItems } from '../model/series/read';
import type { PartSince, SessionReport, SinceAction, SinceLastTime } from './reportTypes';
import { measureMoved } from '../charts/measureWords';
import { escapeHtml as h, mdInline } from './escape';
import { healthLines } from './toolkitExport';
import { measureChartHtml, pollChartHtml } from './printCharts';
import { plural } from './summary';

/** The follow-up's carried actions as reviewed, or null when the session follows none. */
export function sinceFromDoc(doc: Y.Doc): PartSince | null {
  const link = readSeriesLink(doc);
  if (!link?.previousTitle) return null;
  const actions = reviewItems(doc).map((item): SinceAction => {
    const r = item.review;
    const status: SinceAction['status'] =
      r === null
        ? 'not reviewed'
        : r.status === 'open' || r.status === 'in progress'
          ? 'on track'
          : r.status;
    return {
      title: item.action.title,
      owner: item.action.responsible || item.action.accountable,
      status,
      note: r?.note ?? '',
    };
  });
  return { previousTitle: link.previousTitle, actions };
}

export function sinceOfReport(
  part: PartSince | null | undefined,
  report: Pick<SessionReport, 'measures' | 'polls'>,
): SinceLastTime | null {
  if (!part) return null;
  return {
    ...part,
    measures: report.measures.filter((m) => measureMoved(m, m.values)),
    health: report.polls.filter((p) => p.health && p.health.sessions.length > 1),
  };
}

export const SINCE_TITLE = 'Since last time';
const GROUPS = [
  ['done', 'Done'],
  ['slipped', 'Slipped'],
  ['dropped', 'Dropped'],
] as const;

function stillOpen(s: SinceLastTime): string {
  const n = (st: SinceAction['status']) => s.actions.filter((a) => a.status === st).length;
  const open = n('on track') + n('at risk') + n('not reviewed');
  if (!open) return 'None still open.';
  return `Still open: ${plural(open, 'action')} (${n('on track')} on track, ${n('at risk')} at risk, ${n('not reviewed')} not reviewed yet).`;
}

const who = (a: SinceAction) => a.owner || 'no owner';

export function sinceMarkdown(s: SinceLastTime | null): string[] {
  if (!s) return [];
  const out = [`## ${SINCE_TITLE}`, '', `_Follow-up of “${mdInline(s.previousTitle)}”._`, ''];
  out.push('### Actions carried over', '');
  if (!s.actions.length) out.push('_No open actions were carried over._', '');
  for (const [status, label] of GROUPS) {
    const list = s.actions.filter((a) => a.status === status);
    if (!list.length) continue;
    out.push(`**${label} (${list.length})**`, '');
    for (const a of list)
      out.push(
        `- ${mdInline(a.title)} — ${mdInline(who(a))}${a.note ? `: ${mdInline(a.note)}` : ''}`,
      );
    out.push('');
  }
  if (s.actions.length) out.push(`_${stillOpen(s)}_`, '');
  out.push('### Measures that moved', '');
  if (!s.measures.length) out.push('_No measure has a new value yet._', '');
  for (const m of s.measures) out.push(`- **${m.ref} ${mdInline(m.name)}**: ${mdInline(m.words)}`);
  out.push('', '### Team health', '');
  if (!s.health.length) out.push('_No health check to compare with an earlier one._', '');
  for (const p of s.health)
    out.push(
      `#### ${mdInline(p.question)}`,
      '',
      ...healthLines(p.health!).map((l) => `- ${mdInline(l)}`),
      '',
    );
  return out;
}

export function sinceHtml(s: SinceLastTime, u: (t: string) => string): string {
  const out: string[] = [`<p class="muted">Follow-up of “${u(s.previousTitle)}”.</p>`];
  out.push('<h3>Actions carried over</h3>');
  if (!s.actions.length) out.push('<p class="empty">No open actions were carried over.</p>');
  for (const [status, label] of GROUPS) {
    const list = s.actions.filter((a) => a.status === status);
    if (!list.length) continue;
    out.push(
      `<h4>${label} (${list.length})</h4><ul class="since-actions">${list
        .map((a) => `<li>${u(a.title)} — <b>${u(who(a))}</b>${a.note ? `: ${u(a.note)}` : ''}</li>`)
        .join('')}</ul>`,
    );
  }
  if (s.actions.length) out.push(`<p>${h(stillOpen(s))}</p>`);
  out.push('<h3>Measures that moved</h3>');
  if (!s.measures.length) out.push('<p class="empty">No measure has a new value yet.</p>');
  for (const m of s.measures)
    out.push(
      `<div class="keep"><h4>${h(m.ref)} ${u(m.name)}</h4><p class="measure-words">${u(m.words)}</p>${measureChartHtml(m)}</div>`,
    );
  out.push('<h3>Team health</h3>');
  if (!s.health.length)
    out.push('<p class="empty">No health check to compare with an earlier one.</p>');
  for (const p of s.health)
    out.push(
      `<div class="keep"><h4>${u(p.question)}</h4><ul>${healthLines(p.health!)
        .map((l) => `<li>${u(l)}</li>`)
        .join('')}</ul>${pollChartHtml(p)}</div>`,
    );
  return out.join('\n');
}
