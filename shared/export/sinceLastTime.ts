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
import { countOf, ENGLISH_WORDS, type ExportWords } from './exportWords';

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

export const SINCE_TITLE = ENGLISH_WORDS.say.since.title;
const GROUPS = ['done', 'slipped', 'dropped'] as const;

function stillOpen(s: SinceLastTime, w: ExportWords): string {
  const n = (st: SinceAction['status']) => s.actions.filter((a) => a.status === st).length;
  const open = n('on track') + n('at risk') + n('not reviewed');
  if (!open) return w.say.since.noneStillOpen;
  return w.say.since.stillOpen(
    countOf(w, open, 'action'),
    n('on track'),
    n('at risk'),
    n('not reviewed'),
  );
}

const who = (a: SinceAction, w: ExportWords) => a.owner || w.say.since.noOwner;

export function sinceMarkdown(s: SinceLastTime | null, w: ExportWords = ENGLISH_WORDS): string[] {
  if (!s) return [];
  const t = w.say.since;
  const out = [`## ${t.title}`, '', `_${t.followUpOf(mdInline(s.previousTitle))}_`, ''];
  out.push(`### ${t.carriedOver}`, '');
  if (!s.actions.length) out.push(`_${t.noneCarried}_`, '');
  for (const status of GROUPS) {
    const label = t[status];
    const list = s.actions.filter((a) => a.status === status);
    if (!list.length) continue;
    out.push(`**${label} (${list.length})**`, '');
    for (const a of list)
      out.push(
        `- ${mdInline(a.title)} — ${mdInline(who(a, w))}${a.note ? `: ${mdInline(a.note)}` : ''}`,
      );
    out.push('');
  }
  if (s.actions.length) out.push(`_${stillOpen(s, w)}_`, '');
  out.push(`### ${t.measuresMoved}`, '');
  if (!s.measures.length) out.push(`_${t.noMeasureMoved}_`, '');
  for (const m of s.measures) out.push(`- **${m.ref} ${mdInline(m.name)}**: ${mdInline(m.words)}`);
  out.push('', `### ${t.teamHealth}`, '');
  if (!s.health.length) out.push(`_${t.noHealth}_`, '');
  for (const p of s.health)
    out.push(
      `#### ${mdInline(p.question)}`,
      '',
      ...healthLines(p.health!, w).map((l) => `- ${mdInline(l)}`),
      '',
    );
  return out;
}

export function sinceHtml(
  s: SinceLastTime,
  u: (t: string) => string,
  w: ExportWords = ENGLISH_WORDS,
): string {
  const t = w.say.since;
  const out: string[] = [`<p class="muted">${t.followUpOf(u(s.previousTitle))}</p>`];
  out.push(`<h3>${h(t.carriedOver)}</h3>`);
  if (!s.actions.length) out.push(`<p class="empty">${h(t.noneCarried)}</p>`);
  for (const status of GROUPS) {
    const label = h(t[status]);
    const list = s.actions.filter((a) => a.status === status);
    if (!list.length) continue;
    out.push(
      `<h4>${label} (${list.length})</h4><ul class="since-actions">${list
        .map(
          (a) => `<li>${u(a.title)} — <b>${u(who(a, w))}</b>${a.note ? `: ${u(a.note)}` : ''}</li>`,
        )
        .join('')}</ul>`,
    );
  }
  if (s.actions.length) out.push(`<p>${h(stillOpen(s, w))}</p>`);
  out.push(`<h3>${h(t.measuresMoved)}</h3>`);
  if (!s.measures.length) out.push(`<p class="empty">${h(t.noMeasureMoved)}</p>`);
  for (const m of s.measures)
    out.push(
      `<div class="keep"><h4>${h(m.ref)} ${u(m.name)}</h4><p class="measure-words">${u(m.words)}</p>${measureChartHtml(m, w)}</div>`,
    );
  out.push(`<h3>${h(t.teamHealth)}</h3>`);
  if (!s.health.length) out.push(`<p class="empty">${h(t.noHealth)}</p>`);
  for (const p of s.health)
    out.push(
      `<div class="keep"><h4>${u(p.question)}</h4><ul>${healthLines(p.health!, w)
        .map((l) => `<li>${u(l)}</li>`)
        .join('')}</ul>${pollChartHtml(p, w)}</div>`,
    );
  return out.join('\n');
}
