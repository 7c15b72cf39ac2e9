// The toolkit in the minutes: the parking lot items with what became of them, the room's
// questions and the polls with their results (and a decision's confidence vote), read from the
// doc for ReportParts and rendered the same way in the Markdown and the print HTML.
import { pollChartHtml } from './printCharts';
import type * as Y from 'yjs';
import { listParkingItems, type ParkingItem } from '../model/parkingLot/read';
import { listQuestions } from '../model/questions/read';
import { listPolls, type Poll } from '../model/polls/read';
import { pollResult } from '../model/polls/results';
import type { PartNote, ReportPoll, ReportQuestion, SessionReport } from './reportTypes';
import { escapeHtml as h, mdInline, mdLines } from './escape';
import {
  countFromAdmitted,
  countOf,
  ENGLISH_WORDS,
  exportWords,
  formatDay,
  oneDecimalIn,
  type ExportWords,
} from './exportWords';

/** "3 answers from 5 admitted", as the console says it ("3 answers" in a doc with no roster). */
export const pollAnswersText = (p: ReportPoll, w: ExportWords = ENGLISH_WORDS): string =>
  countFromAdmitted(w, p.voters, p.admitted ?? null, 'answer');

/** An answer's label: a choice's option, or the scale's and fist's ends in words. */
function valueLabel(poll: Pick<Poll, 'kind' | 'options'>, value: number, w: ExportWords): string {
  if (poll.kind === 'choice') return poll.options[value] ?? w.say.option(value + 1);
  if (poll.kind === 'fist')
    return value === 0 ? w.say.fist0 : value === 5 ? w.say.fist5 : String(value);
  return value === 1 ? w.say.scaleLow : value === 5 ? w.say.scaleHigh : String(value);
}

/** What became of a parking lot item, in words (block and record titles from the doc). */
function parkingStatus(
  item: ParkingItem,
  blockTitle: (id: string) => string | null,
  recordTitle: (kind: 'decision' | 'action', id: string) => string | null,
  w: ExportWords,
): string {
  const raisedIn = item.blockId ? blockTitle(item.blockId) : null;
  const raised = raisedIn ? w.say.raisedIn(raisedIn) : '';
  const o = item.outcome;
  const what = !o
    ? w.say.open
    : o.kind === 'moved'
      ? w.say.movedTo(blockTitle(o.blockId))
      : o.kind === 'closed'
        ? w.say.closed
        : w.say.became(o.kind, recordTitle(o.kind, o.recordId));
  return [raised, what].filter(Boolean).join('; ');
}

export function parkingLotParts(
  doc: Y.Doc,
  people: Map<string, string>,
  blockTitle: (id: string) => string | null,
  recordTitle: (kind: 'decision' | 'action', id: string) => string | null,
  w: ExportWords = ENGLISH_WORDS,
): PartNote[] {
  return listParkingItems(doc).map((i) => ({
    id: i.id,
    text: i.text,
    author: people.get(i.authorId) ?? (i.authorName || null),
    votes: 0,
    status: parkingStatus(i, blockTitle, recordTitle, w),
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

export function pollParts(doc: Y.Doc, w: ExportWords = ENGLISH_WORDS): ReportPoll[] {
  const s = w.say;
  return listPolls(doc)
    .filter((p) => p.state !== 'draft')
    .map((p) => {
      const r = pollResult(doc, p);
      return {
        id: p.id,
        question: p.question,
        kindLabel: `${s.pollKind[p.kind]}${p.multiple ? s.severalAnswers : ''}${p.anonymous ? s.anonymousPoll : s.namedPoll}`,
        open: p.state === 'open',
        voters: r.voters,
        admitted: r.admitted,
        rows: r.counts.map((c) => ({ label: valueLabel(p, c.value, w), count: c.count })),
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
  w: ExportWords = ENGLISH_WORDS,
): string | null {
  const poll = [...polls].reverse().find((p) => p.decisionId === decisionId);
  if (!poll) return null;
  // With a roster, how many of the admitted answered (as the poll's own line says it).
  const counted = poll.admitted == null ? '' : `; ${pollAnswersText(poll, w)}`;
  const average = poll.average === null ? '' : poll.average.toFixed(1);
  return `${w.say.confidence(committed, poll.voters, average, poll.below3)}${counted}`;
}

const answeredText = (q: ReportQuestion, w: ExportWords) =>
  q.answered ? w.say.answered : w.say.notAnswered;

/** The appendix's questions: those asked outside the agenda's blocks (the rest are under them). */
export function questionsMarkdown(report: SessionReport): string[] {
  const w = exportWords(report.language);
  const inBlocks = report.days.reduce(
    (n, d) => n + d.blocks.reduce((m, b) => m + b.questions.length, 0),
    0,
  );
  if (!report.questions.length)
    return [
      inBlocks
        ? `_${w.say.questionsInBlocks(countOf(w, inBlocks, 'question'))}_`
        : `_${w.say.noQuestions}_`,
      '',
    ];
  return questionItemsMarkdown(report.questions, w);
}

/** Questions as a list: text, who asked, upvotes, answered, and the answer given. */
export function questionItemsMarkdown(
  questions: ReportQuestion[],
  w: ExportWords = ENGLISH_WORDS,
): string[] {
  return [
    ...questions.flatMap((q) => [
      `- ${mdLines(q.text, '  ')} — _${q.author === null ? w.say.anonymous : mdInline(q.author)}_ · ${countOf(w, q.upvotes, 'upvote')} · ${answeredText(q, w)}`,
      ...(q.answer ? [`  - **${w.say.answer}** ${mdLines(q.answer, '    ')}`] : []),
    ]),
    '',
  ];
}

/** A poll's line under its question: kind, answers, still open, the average. */
function pollSub(p: ReportPoll, w: ExportWords): string {
  const average =
    p.average !== null ? w.say.averageBelow(oneDecimalIn(w, p.average), p.below3) : '';
  return `${p.kindLabel}; ${pollAnswersText(p, w)}${p.open ? w.say.stillOpenPoll : ''}${average}`;
}

export function pollsMarkdown(report: SessionReport): string[] {
  const w = exportWords(report.language);
  if (!report.polls.length) return [`_${w.say.noPolls}_`, ''];
  const out: string[] = [];
  for (const p of report.polls) {
    out.push(`#### ${mdInline(p.question)}`, '', `_${pollSub(p, w)}_`, '');
    for (const r of p.rows) out.push(`- ${mdInline(r.label)}: ${r.count}`);
    if (p.health) out.push(...healthLines(p.health, w).map((l) => `- ${mdInline(l)}`));
    out.push('');
  }
  return out;
}

type Escape = (s: string) => string;

/** "Pace: 3.4 (2026-09-14: 2.8)": each dimension's average now, and in earlier sessions. */
export function healthLines(
  health: NonNullable<ReportPoll['health']>,
  w: ExportWords = ENGLISH_WORDS,
): string[] {
  const avg = (v: number | null) => (v === null ? w.say.notAsked : oneDecimalIn(w, v));
  // An earlier session is named by its date (as the language writes it), else its title.
  const earlier = health.sessions
    .slice(0, -1)
    .map((s) => (/^\d{4}-\d{2}-\d{2}$/.test(s) ? formatDay(w, s) : s));
  return health.dimensions.map((d) => {
    const now = d.averages[d.averages.length - 1] ?? null;
    const before = earlier.map((s, i) => `${s}: ${avg(d.averages[i] ?? null)}`).join(', ');
    return w.say.healthLine(d.name, avg(now), before || null);
  });
}

/** The appendix's questions: those asked outside the agenda's blocks (the rest are under them). */
export function questionsHtml(report: SessionReport, u: Escape): string {
  const w = exportWords(report.language);
  const inBlocks = report.days.reduce(
    (n, d) => n + d.blocks.reduce((m, b) => m + b.questions.length, 0),
    0,
  );
  if (!report.questions.length)
    return `<p class="muted">${
      inBlocks ? w.say.questionsInBlocks(countOf(w, inBlocks, 'question')) : w.say.noQuestions
    }</p>`;
  return questionItemsHtml(report.questions, u, w);
}

/** Questions as a list: text, who asked, upvotes, answered, and the answer given. */
export function questionItemsHtml(
  questions: ReportQuestion[],
  u: Escape,
  w: ExportWords = ENGLISH_WORDS,
): string {
  return `<ul class="notes">${questions
    .map(
      (q) =>
        `<li class="note"><div class="note-text">${u(q.text)}</div><div class="author">— ${q.author === null ? h(w.say.anonymous) : u(q.author)} · ${h(countOf(w, q.upvotes, 'upvote'))} · ${h(answeredText(q, w))}</div>${q.answer ? `<div class="answer"><b>${h(w.say.answer)}</b> ${u(q.answer)}</div>` : ''}</li>`,
    )
    .join('')}</ul>`;
}

export function pollsHtml(report: SessionReport, u: Escape): string {
  const w = exportWords(report.language);
  if (!report.polls.length) return `<p class="muted">${h(w.say.noPolls)}</p>`;
  return report.polls
    .map((p) => {
      const rows = p.rows
        .map((r) => `<tr><td>${u(r.label)}</td><td class="nowrap">${r.count}</td></tr>`)
        .join('');
      const average =
        p.average !== null ? h(w.say.averageBelow(oneDecimalIn(w, p.average), p.below3)) : '';
      const sub = `${u(p.kindLabel)}; ${h(pollAnswersText(p, w))}${p.open ? h(w.say.stillOpenPoll) : ''}${average}`;
      const health = p.health
        ? `<ul class="health-lines">${healthLines(p.health, w)
            .map((l) => `<li>${u(l)}</li>`)
            .join('')}</ul>`
        : '';
      return `<article class="poll"><h4>${u(p.question)}</h4><p class="muted">${sub}</p>${rows ? `<table class="poll-results"><tbody>${rows}</tbody></table>` : ''}${health}${pollChartHtml(p, w)}</article>`;
    })
    .join('\n');
}
