// What the room says aloud, as a pure function of two moments: the snapshot the page saw before
// and the one it sees now. Only changes are announced (never what was already so when the page
// opened): the timer's cues (wrap-up, zero, every five minutes of overtime), the reveal, voting
// opening and closing, a question answered, a poll's results shown.
import type { Cue } from '../../../shared/model/timer/countdown';
import type { BoardPhase, VotingState } from '../../../shared/model/board/boardDoc';
import { t } from '../../i18n/t';

export interface RoomSnapshot {
  /** The block the timer is on (null: none), its title, and whether the timer runs. */
  blockId: string | null;
  blockTitle: string;
  running: boolean;
  cue: Cue;
  /** The countdown as shown ("2:00"), and whole minutes past zero (0 before). */
  remainingText: string;
  overtimeMinutes: number;
  /** The current block's board, or null when it has none. */
  board: { phase: BoardPhase; voting: VotingState } | null;
  /** Ids of the questions answered. */
  answered: ReadonlySet<string>;
  questionText: ReadonlyMap<string, string>;
  /** Ids of the polls whose results are shown. */
  resultsShown: ReadonlySet<string>;
  pollQuestion: ReadonlyMap<string, string>;
}

/** Every how many minutes of overtime the room hears it again. */
export const OVERTIME_EVERY_MINUTES = 5;

/** The text read out, at most `max` characters (the message puts it in quotes). */
const clipped = (text: string, max = 80) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

function timerNews(a: RoomSnapshot, b: RoomSnapshot): string[] {
  // A new block starts its own cues; a paused timer says nothing.
  if (!b.running || a.blockId !== b.blockId || b.blockId === null) return [];
  if (a.cue === b.cue) {
    const crossed =
      b.cue === 'overtime' &&
      b.overtimeMinutes > a.overtimeMinutes &&
      b.overtimeMinutes % OVERTIME_EVERY_MINUTES === 0;
    return crossed ? [t('announce.overtime', { title: b.blockTitle, n: b.overtimeMinutes })] : [];
  }
  const title = b.blockTitle;
  if (b.cue === 'wrapup') return [t('announce.wrapUp', { left: b.remainingText, title })];
  if (b.cue === 'danger') return [t('announce.lastMinute', { title })];
  if (b.cue === 'overtime') return [t('announce.timeUp', { title })];
  return [];
}

function boardNews(a: RoomSnapshot, b: RoomSnapshot): string[] {
  if (!a.board || !b.board || a.blockId !== b.blockId) return [];
  const out: string[] = [];
  if (a.board.phase !== 'revealed' && b.board.phase === 'revealed')
    out.push(t('announce.revealed'));
  if (a.board.voting !== 'open' && b.board.voting === 'open') out.push(t('board.phase.votingOpen'));
  if (a.board.voting === 'open' && b.board.voting === 'closed')
    out.push(t('announce.votingClosed'));
  return out;
}

export function announcementsBetween(a: RoomSnapshot, b: RoomSnapshot): string[] {
  const out = [...timerNews(a, b), ...boardNews(a, b)];
  for (const id of b.answered)
    if (!a.answered.has(id))
      out.push(t('announce.answered', { text: clipped(b.questionText.get(id) ?? '') }));
  for (const id of b.resultsShown)
    if (!a.resultsShown.has(id))
      out.push(t('announce.pollResults', { text: clipped(b.pollQuestion.get(id) ?? '') }));
  return out;
}
