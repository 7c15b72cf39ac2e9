// SessionReport: the plain data every export (Markdown, print HTML/PDF) renders. buildReport joins
// already-read parts (meta, agenda, boards, registers) so exporters never touch the Y.Doc.
import { sinceOfReport } from './sinceLastTime';
import { exportWords, measureWordsIn } from './exportWords';
import type { Language } from '../i18n/languages';
import { measureWords } from '../charts/measureWords';
import { decisionConfidence } from './toolkitExport';
import { formatDuration } from '../model/timer/timerMath';
import type * as Y from 'yjs';
import { readRegisters } from '../model/registers/read';
import { type ActionItem, type Registers } from '../model/registers/names';
import type {
  PartBoard,
  PartNote,
  PartVote,
  ReportBlock,
  ReportColumn,
  ReportDay,
  ReportGroup,
  ReportNote,
  ReportParts,
  ReportVote,
  SessionReport,
} from './reportTypes';

export type * from './reportTypes';

/** Reads this module's own registers from the doc (agenda and board parts come from their owners). */
export function registersFromDoc(doc: Y.Doc): Registers {
  return readRegisters(doc);
}

/** `2026-11-26 14:05` in the given zone; in German or French as Intl writes them there. */
export function formatDateTime(ms: number, timeZone?: string, language: Language = 'en'): string {
  if (!ms) return '';
  if (language !== 'en')
    return new Intl.DateTimeFormat(language, {
      timeZone,
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(ms));
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(ms));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

const clip = (s: string, n: number) => {
  const line = s.replace(/\s+/g, ' ').trim();
  return line.length > n ? `${line.slice(0, n - 1)}…` : line;
};

function rankStable<T>(items: T[], score: (x: T) => number): T[] {
  return items
    .map((x, i) => ({ x, i, s: score(x) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((e) => e.x);
}

function buildColumns(
  board: PartBoard,
  actionsByNote: Map<string, string[]>,
  actionsByGroup: Map<string, string[]>,
  notInColumn: string,
): ReportColumn[] {
  const colIds = new Set(board.columns.map((c) => c.id));
  const colOf = (id: string | null | undefined) => (id && colIds.has(id) ? id : null);
  const groupIds = new Set(board.groups.map((g) => g.id));
  const toNote = (n: PartNote): ReportNote => ({
    id: n.id,
    text: n.text,
    author: n.author,
    votes: Math.max(0, n.votes),
    actionRefs: actionsByNote.get(n.id) ?? [],
  });
  const groups = board.groups.map((g) => {
    const notes = rankStable(
      board.notes.filter((n) => n.groupId === g.id).map(toNote),
      (n) => n.votes,
    );
    const group: ReportGroup = {
      id: g.id,
      name: g.name,
      totalVotes: Math.max(0, g.votes ?? 0) + notes.reduce((s, n) => s + n.votes, 0),
      notes,
      actionRefs: actionsByGroup.get(g.id) ?? [],
    };
    return { group, columnId: colOf(g.columnId) };
  });
  const loose = board.notes.filter((n) => !n.groupId || !groupIds.has(n.groupId));
  const column = (id: string | null, title: string): ReportColumn => ({
    id,
    title,
    groups: rankStable(
      groups.filter((g) => g.columnId === id).map((g) => g.group),
      (g) => g.totalVotes,
    ),
    ungrouped: rankStable(
      loose.filter((n) => colOf(n.columnId) === id).map(toNote),
      (n) => n.votes,
    ),
  });
  const out = board.columns.map((c) => column(c.id, c.title));
  const rest = column(null, board.columns.length ? notInColumn : '');
  if (rest.groups.length || rest.ungrouped.length) out.push(rest);
  return out;
}

function indexBy(
  actions: ActionItem[],
  key: (a: ActionItem) => string[],
  refs: Map<string, string>,
) {
  const m = new Map<string, string[]>();
  for (const a of actions)
    for (const k of key(a)) m.set(k, [...(m.get(k) ?? []), refs.get(a.id) ?? a.id]);
  return m;
}

/** Labels a closed vote's results with the board's note texts and group names. */
function reportVote(
  v: PartVote,
  board: PartBoard | undefined,
  blockRefs: Map<string, string>,
  blockTitles: Map<string, string>,
): ReportVote | null {
  const ref = blockRefs.get(v.blockId);
  if (!ref) return null;
  const notes = new Map((board?.notes ?? []).map((n) => [n.id, n]));
  const groups = new Map((board?.groups ?? []).map((g) => [g.id, g]));
  const results = v.results
    .filter((r) => r.count > 0)
    .map((r) => {
      const group = r.kind === 'group' ? groups.get(r.targetId) : undefined;
      const note = notes.get(r.targetId);
      return {
        rank: r.rank,
        tied: r.tied,
        kind: r.kind,
        // A note's full text is under its block; the ranking names it in one line.
        label: group
          ? group.name
          : note
            ? clip(note.text, VOTE_LABEL_MAX_CHARS)
            : 'A note no longer on the board',
        count: r.count,
        noteCount: group ? (board?.notes.filter((n) => n.groupId === group.id).length ?? 0) : 0,
      };
    });
  const boardRef = blockRefs.get(v.boardBlockId);
  return {
    ref,
    title: blockTitles.get(v.blockId) ?? '',
    board:
      v.boardBlockId !== v.blockId && boardRef
        ? { ref: boardRef, title: blockTitles.get(v.boardBlockId) ?? '' }
        : null,
    voterCount: v.voterCount,
    admitted: v.admitted ?? null,
    totalVotes: results.reduce((s, r) => s + r.count, 0),
    results,
  };
}

/** A note in a vote's ranking: its first words, the whole text being under its block. */
export const VOTE_LABEL_MAX_CHARS = 90;

/** The results a summary shows: ranks 1 to `maxRank` (ties included). */
export function topResults(vote: ReportVote, maxRank = 5): ReportVote['results'] {
  return vote.results.filter((r) => r.rank <= maxRank);
}

/** Joins already-read parts into the report every exporter renders. Pure and deterministic. */
export function buildReport(parts: ReportParts): SessionReport {
  const { registers, timeZone } = parts;
  const language = exportWords(parts.language).language;
  const actionRef = new Map(registers.actions.map((a, i) => [a.id, `A${i + 1}`]));
  const decisionRef = new Map(registers.decisions.map((d, i) => [d.id, `D${i + 1}`]));
  const byNote = indexBy(registers.actions, (a) => a.sourceNoteIds, actionRef);
  const byGroup = indexBy(
    registers.actions,
    (a) => (a.sourceGroupId ? [a.sourceGroupId] : []),
    actionRef,
  );
  const blockTitles = new Map<string, string>();
  const noteTexts = new Map<string, string>();
  const groupNames = new Map<string, string>();
  let noteCount = 0;
  let privateNoteCount = 0;

  const toNote = (n: PartNote): ReportNote => ({
    id: n.id,
    text: n.text,
    author: n.author,
    votes: Math.max(0, n.votes),
    actionRefs: byNote.get(n.id) ?? [],
    ...(n.status ? { status: n.status } : {}),
  });
  const refsByBlock = (items: { sourceBlockId: string | null; id: string }[], prefix: string) => {
    const m = new Map<string, string[]>();
    items.forEach((x, i) => {
      if (x.sourceBlockId)
        m.set(x.sourceBlockId, [...(m.get(x.sourceBlockId) ?? []), `${prefix}${i + 1}`]);
    });
    return m;
  };
  const decisionsByBlock = refsByBlock(registers.decisions, 'D');
  const actionsByBlock = refsByBlock(registers.actions, 'A');
  const boards = new Map<string, PartBoard>();
  const blockRefs = new Map<string, string>();
  for (const [di, d] of parts.days.entries())
    for (const [bi, b] of d.blocks.entries()) {
      blockRefs.set(b.id, `${di + 1}.${bi + 1}`);
      blockTitles.set(b.id, b.title);
      if (b.board) boards.set(b.id, b.board);
    }
  const questionsByBlock = new Map<string, SessionReport['questions']>();
  const agendaBlocks = new Set(parts.days.flatMap((d) => d.blocks.map((b) => b.id)));
  const outsideQuestions: SessionReport['questions'] = [];
  for (const q of parts.questions ?? [])
    if (q.blockId && agendaBlocks.has(q.blockId))
      questionsByBlock.set(q.blockId, [...(questionsByBlock.get(q.blockId) ?? []), q]);
    else outsideQuestions.push(q);
  const votesByBlock = new Map<string, ReportVote>();
  for (const v of parts.votes ?? []) {
    const vote = reportVote(v, boards.get(v.boardBlockId), blockRefs, blockTitles);
    if (vote && !votesByBlock.has(v.blockId)) votesByBlock.set(v.blockId, vote);
  }

  const days: ReportDay[] = parts.days.map((d, di) => {
    const blocks = d.blocks.map((b, bi): ReportBlock => {
      // A block passed in under half a minute was skipped, not run.
      const actual = b.actualMinutes !== null && b.actualMinutes > 0 ? b.actualMinutes : null;
      const overtime =
        actual === null
          ? 0
          : (b.overtimeMinutes ?? Math.max(0, actual - b.plannedMinutes - b.addedMinutes));
      const columns = b.board
        ? buildColumns(b.board, byNote, byGroup, exportWords(language).say.notInColumn)
        : [];
      for (const n of b.board?.notes ?? []) noteTexts.set(n.id, n.text);
      for (const g of b.board?.groups ?? []) groupNames.set(g.id, g.name);
      const notes = (b.notes ?? []).map(toNote);
      for (const n of notes) noteTexts.set(n.id, n.text);
      const count = (b.board?.notes.length ?? 0) + notes.length;
      noteCount += count;
      const privateNotes = Math.max(0, b.privateNotes ?? 0);
      privateNoteCount += privateNotes;
      return {
        id: b.id,
        number: bi + 1,
        title: b.title,
        kind: b.kind,
        prompt: b.prompt,
        plannedMinutes: b.plannedMinutes,
        startMinutes: b.startMinutes ?? null,
        actualMinutes: actual,
        addedMinutes: actual === null ? 0 : b.addedMinutes,
        setRemaining:
          actual === null || b.setRemainingMs == null ? null : formatDuration(b.setRemainingMs),
        overtimeMinutes: overtime,
        columns,
        noteCount: count,
        privateNoteCount: privateNotes,
        ran: actual !== null,
        notes,
        vote: votesByBlock.get(b.id) ?? null,
        decisionRefs: decisionsByBlock.get(b.id) ?? [],
        actionRefs: actionsByBlock.get(b.id) ?? [],
        outcome: b.outcome?.trim() ? b.outcome : null,
        questions: questionsByBlock.get(b.id) ?? [],
        breakout: b.breakout ?? [],
      };
    });
    const ran = blocks.filter((b) => b.ran);
    return {
      number: di + 1,
      date: d.date,
      label: d.label ?? exportWords(language).day(di + 1),
      startTime: d.startTime ?? null,
      blocks,
      plannedMinutes: blocks.reduce((s, b) => s + b.plannedMinutes, 0),
      plannedRanMinutes: ran.reduce((s, b) => s + b.plannedMinutes, 0),
      actualMinutes: ran.length ? ran.reduce((s, b) => s + (b.actualMinutes ?? 0), 0) : null,
      overtimeMinutes: blocks.reduce((s, b) => s + b.overtimeMinutes, 0),
      addedMinutes: blocks.reduce((s, b) => s + b.addedMinutes, 0),
    };
  });

  const title = (id: string | null) => (id ? (blockTitles.get(id) ?? null) : null);
  const sourceLabel = (a: ActionItem): string | null => {
    if (a.sourceGroupId && groupNames.has(a.sourceGroupId))
      return exportWords(language).say.fromGroup(clip(groupNames.get(a.sourceGroupId)!, 60));
    const note = a.sourceNoteIds.find((id) => noteTexts.has(id));
    if (note) return exportWords(language).say.fromNote(clip(noteTexts.get(note)!, 60));
    return null;
  };
  const looseNotes = (parts.looseNotes ?? []).map(toNote);
  for (const n of looseNotes) noteTexts.set(n.id, n.text);
  const dates = (
    parts.detailDates?.length
      ? parts.detailDates
      : parts.days.map((d) => d.date).filter((d): d is string => d !== null)
  ).sort();

  const valuesOf = (id: string) =>
    (parts.measureValues ?? [])
      .filter((v) => v.measureId === id)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const report: SessionReport = {
    title: parts.title,
    language,
    dates: dates.length ? [...new Set([dates[0]!, dates[dates.length - 1]!])] : [],
    facilitator: parts.facilitator,
    place: parts.place?.trim() || null,
    participants: [...parts.participants],
    days,
    votes: days.flatMap((d) => d.blocks.flatMap((b) => (b.vote ? [b.vote] : []))),
    decisions: registers.decisions.map((d, i) => ({
      ...d,
      ref: `D${i + 1}`,
      blockTitle: title(d.sourceBlockId),
      decidedAtLabel: formatDateTime(d.decidedAt, timeZone, language),
      confidence: decisionConfidence(d.id, d.committed, parts.polls ?? [], exportWords(language)),
    })),
    actions: registers.actions.map((a, i) => ({
      ...a,
      ref: `A${i + 1}`,
      blockTitle: title(a.sourceBlockId),
      sourceLabel: sourceLabel(a),
    })),
    measures: registers.measures.map((m, i) => ({
      ...m,
      ref: `M${i + 1}`,
      values: valuesOf(m.id),
      words: measureWords(m, valuesOf(m.id), measureWordsIn(exportWords(language)).trend),
      tracks: [
        ...m.decisionIds.map((id) => decisionRef.get(id)),
        ...m.actionIds.map((id) => actionRef.get(id)),
      ].filter((r): r is string => r !== undefined),
    })),
    generatedAt: parts.generatedAt,
    generatedAtLabel: formatDateTime(parts.generatedAt, timeZone, language),
    noteCount,
    looseNotes,
    questions: outsideQuestions,
    polls: parts.polls ?? [],
    privateNoteCount,
    timeZone: timeZone ?? null,
    sinceLastTime: null,
  };
  report.sinceLastTime = sinceOfReport(parts.since, report);
  return report;
}
