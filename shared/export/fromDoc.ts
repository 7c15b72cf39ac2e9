// Reads a live session Y.Doc into ReportParts (and a SessionReport): meta, participants, the agenda
// with the timer ledger's actual minutes, each block's board as the facilitator may read it, the
// plain notes and the registers. Pure: no clocks unless `now` is left out, no writes.
import type * as Y from 'yjs';
import { getAgenda, type AgendaBlock } from '../model/agendaQueries';
import { readTimer } from '../model/timerCommands';
import { listNotes } from '../model/noteCommands';
import { listParticipants, readMeta } from '../model/sessionCommands';
import { sessionDoc } from '../model/doc';
import { readRegisters } from '../model/registerSchema';
import { readBoard, voteResults, type BoardViewer } from '../model/board';
import { elapsedMs, type TimerSnapshot } from '../timer/timerState';
import { buildReport } from './report';
import type { PartBlock, PartBoard, PartNote, ReportParts, SessionReport } from './reportTypes';

export interface FromDocOptions {
  /**
   * Who reads the boards. Defaults to the facilitator without the master secret, which is what
   * the host holds: revealed notes and closed votes are readable, sealed notes are counted only.
   */
  viewer?: BoardViewer;
  /** Host time of the export (ms); a running block's actual minutes are taken at this moment. */
  now?: number;
  timeZone?: string;
}

/** The facilitator as the host sees them: may read what the doc reveals, holds no secret. */
export const EXPORT_VIEWER: BoardViewer = { participantId: 'facilitator', isFacilitator: true };

const MINUTE = 60_000;
const minutes = (ms: number) => Math.round(ms / MINUTE);

function timing(
  b: AgendaBlock,
  timer: TimerSnapshot,
  now: number,
): Pick<PartBlock, 'actualMinutes' | 'addedMinutes' | 'overtimeMinutes'> {
  const entry = timer.ledger[b.id];
  if (!entry) return { actualMinutes: null, addedMinutes: 0 };
  const current = timer.facts.blockId === b.id;
  // The current block's ledger entry is only as fresh as its last write; derive it from the facts.
  const elapsed = current ? elapsedMs(timer.facts, now) : entry.elapsedMs;
  const added = current ? timer.facts.extensionMs : entry.addedMs;
  const planned = b.plannedMinutes * MINUTE;
  const overtime = current ? Math.max(0, elapsed - planned - added) : entry.overtimeMs;
  return {
    actualMinutes: minutes(elapsed),
    addedMinutes: minutes(added),
    overtimeMinutes: minutes(overtime),
  };
}

function board(
  doc: Y.Doc,
  blockId: string,
  viewer: BoardViewer,
): { board: PartBoard; hidden: number } | null {
  const view = readBoard(doc, blockId, viewer);
  if (!view) return null;
  const votes = new Map<string, number>();
  for (const r of voteResults(doc, blockId, viewer) ?? []) votes.set(r.targetId, r.count);
  const noteColumn = new Map(view.notes.map((n) => [n.id, n.column]));
  const notes: PartNote[] = view.notes.map((n) => ({
    id: n.id,
    text: n.text,
    author: n.anonymous ? null : (n.authorName ?? null),
    votes: votes.get(n.id) ?? 0,
    columnId: n.column,
    groupId: n.groupId,
  }));
  return {
    board: {
      columns: view.settings.columns.map((c) => ({ id: c.id, title: c.title })),
      groups: view.groups.map((g) => ({
        id: g.id,
        name: g.name || 'Unnamed group',
        // A group sits where its oldest note sits.
        columnId: noteColumn.get(g.noteIds[0] ?? '') ?? null,
        votes: votes.get(g.id) ?? 0,
      })),
      notes,
    },
    hidden: view.hidden.total,
  };
}

/** Everything an export needs, read from the doc. */
export function reportPartsFromDoc(doc: Y.Doc, options: FromDocOptions = {}): ReportParts {
  const viewer = options.viewer ?? EXPORT_VIEWER;
  const now = options.now ?? Date.now();
  const timer = readTimer(doc);
  const days = getAgenda(doc).days.map((d) => ({
    date: d.date,
    label: d.label,
    blocks: d.blocks.map((b): PartBlock => {
      const read = board(doc, b.id, viewer);
      return {
        id: b.id,
        title: b.title,
        kind: b.kind,
        prompt: b.prompt,
        plannedMinutes: b.plannedMinutes,
        ...timing(b, timer, now),
        board: read?.board ?? null,
        privateNotes: read?.hidden ?? 0,
      };
    }),
  }));
  const facilitatorName = sessionDoc(doc).meta.get('facilitatorName');
  return {
    title: readMeta(doc).title,
    facilitator:
      typeof facilitatorName === 'string' && facilitatorName.trim() ? facilitatorName : null,
    participants: listParticipants(doc).map((p) => p.name),
    days,
    registers: readRegisters(doc),
    looseNotes: listNotes(doc).map((n) => ({
      id: n.id,
      text: n.text,
      author: n.authorName || null,
      votes: 0,
    })),
    generatedAt: now,
    timeZone: options.timeZone,
  };
}

/** The SessionReport of a live doc: what toMarkdown and toPrintHtml render. */
export function reportFromDoc(doc: Y.Doc, options: FromDocOptions = {}): SessionReport {
  return buildReport(reportPartsFromDoc(doc, options));
}

/** The first agenda date (yyyy-mm-dd) for the export's file name, or null. */
export function reportDate(report: SessionReport): string | null {
  return report.dates[0] ?? null;
}
