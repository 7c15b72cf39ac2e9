// The toolkit in the minutes: the parking lot items with what became of them, the room's
// questions and the polls with their results (and a decision's confidence vote), read from the
// doc for ReportParts and rendered the same way in the Markdown and the print HTML.
import { pollChartHtml } from './printCharts';
import type * as Y from 'yjs';
import { listParkingItems, type ParkingItem } from '../model/parkingLot/read';
import { listQuestions } from '../model/questions/read';
import { listPolls, valueLabel } from '../model/polls/read';
import { confidenceLine, pollResult } from '../model/polls/results';
import type { PartNote, ReportPoll, ReportQuestion, SessionReport } from './reportTypes';
import { mdInline, mdLines } from './escape';
import { plural } from './summary';
import { answersLine } from '../model/roster/read';

/** "3 answers from 5 admitted", as the console says it ("3 answers" in a doc with no roster). */
export const pollAnswersText = (p: ReportPoll): string => answersLine(p.voters, p.admitted ?? null);

/** What became of a parking lot item, in words (block and record titles from the doc). */
function parkingStatus(
  item: ParkingItem,
  blockTitle: (id: string) => string | null,
  recordTitle: (kind: 'decision' | 'action', id: string) => string | null,
): string {
  const raised =
    item.blockId && blockTitle(item.blockId) ? `raised in ${blockTitle(item.blockId)}` : '';
  const o = item.outcome;
  const what = !o
    ? 'open'
    : o.kind === 'moved'
      ? `moved to the board of ${blockTitle(o.blockId) ?? 'a deleted block'}`
      : o.kind === 'closed'
        ? 'closed'
        : `became the ${o.kind} “${recordTitle(o.kind, o.recordId) ?? 'deleted'}”`;
  return [raised, what].filter(Boolean).join('; ');
}

export function parkingLotParts(
  doc: Y.Doc,
  people: Map<string, string>,
  blockTitle: (id: string) => string | null,
  recordTitle: (kind: 'decision' | 'action', id: string) => string | null,
): PartNote[] {
  return listParkingItems(doc).map((i) => ({
    id: i.id,
    text: i.text,
    author: people.get(i.authorId) ?? (i.authorName || null),
    votes: 0,
    status: parkingStatus(i, blockTitle, recordTitle),
  }));
}

export function questionParts(doc: Y.Doc, people: Map<string, string>): ReportQuestion[] {
  return listQuestions(doc).map((q) => ({
    text: q.text,
    author: q.authorId ? (people.get(q.authorId) ?? q.authorName) : null,
    upvotes: q.upvotes,
    answered: q.answeredAt !== null,
    blockId: q.blockId,
    answer: q.answer,
  }));
}

const KIND_LABELS = {
  choice: 'multiple choice',
  scale: '1–5 scale',
  fist: 'fist of five',
  health: 'team health check, 1–5 per dimension',
};

export function pollParts(doc: Y.Doc): ReportPoll[] {
  return listPolls(doc)
    .filter((p) => p.state !== 'draft')
    .map((p) => {
      const r = pollResult(doc, p);
      return {
        id: p.id,
        question: p.question,
        kindLabel: `${KIND_LABELS[p.kind]}${p.multiple ? ', several answers' : ''}${p.anonymous ? ', anonymous' : ', named'}`,
        open: p.state === 'open',
        voters: r.voters,
        admitted: r.admitted,
        rows: r.counts.map((c) => ({ label: valueLabel(p, c.value), count: c.count })),
        ...(r.trend ? { health: r.trend } : {}),
        average: r.average,
        below3: r.below3,
        decisionId: p.decisionId,
      };
    });
}

/** The decision's confidence vote line, from the latest poll attached to it; null without one. */
export function decisionConfidence(
  decisionId: string,
  committed: boolean,
  polls: readonly ReportPoll[],
): string | null {
  const poll = [...polls].reverse().find((p) => p.decisionId === decisionId);
  if (!poll) return null;
  // With a roster, how many of the admitted answered (as the poll's own line says it).
  const counted = poll.admitted == null ? '' : `; ${pollAnswersText(poll)}`;
  return `${confidenceLine(committed, poll)}${counted}`;
}

const answeredText = (q: ReportQuestion) => (q.answered ? 'answered' : 'not answered');

/** The appendix's questions: those asked outside the agenda's blocks (the rest are under them). */
export function questionsMarkdown(report: SessionReport): string[] {
  const inBlocks = report.days.reduce(
    (n, d) => n + d.blocks.reduce((m, b) => m + b.questions.length, 0),
    0,
  );
  if (!report.questions.length)
    return [
      inBlocks
        ? `_${plural(inBlocks, 'question')} asked, each under its block in the notes._`
        : '_No questions were asked._',
      '',
    ];
  return questionItemsMarkdown(report.questions);
}

/** Questions as a list: text, who asked, upvotes, answered, and the answer given. */
export function questionItemsMarkdown(questions: ReportQuestion[]): string[] {
  return [
    ...questions.flatMap((q) => [
      `- ${mdLines(q.text, '  ')} — _${q.author === null ? 'anonymous' : mdInline(q.author)}_ · ${plural(q.upvotes, 'upvote')} · ${answeredText(q)}`,
      ...(q.answer ? [`  - **Answer:** ${mdLines(q.answer, '    ')}`] : []),
    ]),
    '',
  ];
}

export function pollsMarkdown(report: SessionReport): string[] {
  if (!report.polls.length) return ['_No polls were run._', ''];
  const out: string[] = [];
  for (const p of report.polls) {
    out.push(
      `#### ${mdInline(p.question)}`,
      '',
      `_${p.kindLabel}; ${pollAnswersText(p)}${p.open ? '; still open' : ''}${p.average !== null ? `; average ${p.average.toFixed(1)}; ${p.below3} below 3` : ''}_`,
      '',
    );
    for (const r of p.rows) out.push(`- ${mdInline(r.label)}: ${r.count}`);
    if (p.health) out.push(...healthLines(p.health).map((l) => `- ${mdInline(l)}`));
    out.push('');
  }
  return out;
}

type Escape = (s: string) => string;

const avg = (v: number | null) => (v === null ? 'not asked' : v.toFixed(1));

/** "Pace: 3.4 (2026-09-14: 2.8)": each dimension's average now, and in earlier sessions. */
export function healthLines(health: NonNullable<ReportPoll['health']>): string[] {
  const earlier = health.sessions.slice(0, -1);
  return health.dimensions.map((d) => {
    const now = d.averages[d.averages.length - 1] ?? null;
    const before = earlier.map((s, i) => `${s}: ${avg(d.averages[i] ?? null)}`).join(', ');
    return `${d.name}: average ${avg(now)}${before ? ` (earlier ${before})` : ''}`;
  });
}

/** The appendix's questions: those asked outside the agenda's blocks (the rest are under them). */
export function questionsHtml(report: SessionReport, u: Escape): string {
  const inBlocks = report.days.reduce(
    (n, d) => n + d.blocks.reduce((m, b) => m + b.questions.length, 0),
    0,
  );
  if (!report.questions.length)
    return `<p class="muted">${
      inBlocks
        ? `${plural(inBlocks, 'question')} asked, each under its block in the notes.`
        : 'No questions were asked.'
    }</p>`;
  return questionItemsHtml(report.questions, u);
}

/** Questions as a list: text, who asked, upvotes, answered, and the answer given. */
export function questionItemsHtml(questions: ReportQuestion[], u: Escape): string {
  return `<ul class="notes">${questions
    .map(
      (q) =>
        `<li class="note"><div class="note-text">${u(q.text)}</div><div class="author">— ${q.author === null ? 'anonymous' : u(q.author)} · ${plural(q.upvotes, 'upvote')} · ${answeredText(q)}</div>${q.answer ? `<div class="answer"><b>Answer:</b> ${u(q.answer)}</div>` : ''}</li>`,
    )
    .join('')}</ul>`;
}

export function pollsHtml(report: SessionReport, u: Escape): string {
  if (!report.polls.length) return '<p class="muted">No polls were run.</p>';
  return report.polls
    .map((p) => {
      const rows = p.rows
        .map((r) => `<tr><td>${u(r.label)}</td><td class="nowrap">${r.count}</td></tr>`)
        .join('');
      const sub = `${u(p.kindLabel)}; ${pollAnswersText(p)}${p.open ? '; still open' : ''}${p.average !== null ? `; average ${p.average.toFixed(1)}; ${p.below3} below 3` : ''}`;
      const health = p.health
        ? `<ul class="health-lines">${healthLines(p.health)
            .map((l) => `<li>${u(l)}</li>`)
            .join('')}</ul>`
        : '';
      return `<article class="poll"><h4>${u(p.question)}</h4><p class="muted">${sub}</p>${rows ? `<table class="poll-results"><tbody>${rows}</tbody></table>` : ''}${health}${pollChartHtml(p)}</article>`;
    })
    .join('\n');
}
