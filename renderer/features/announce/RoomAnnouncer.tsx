// The page's one live region (polite, read by screen readers, not drawn), fed by the announcer
// from what changes in the room (roomEvents.ts): the timer's cues, the reveal, voting, answered
// questions and shown poll results. Mounted once by the room and the console.
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { timerDisplay } from '../../../shared/model/timer/countdown';
import { readControl } from '../../../shared/model/board/boardDoc';
import { listQuestions } from '../../../shared/model/questions/read';
import { listPolls } from '../../../shared/model/polls/read';
import { agendaStore } from '../../stores/agendaStore';
import { hostNow } from '../../sync/hostClock';
import { createAnnouncer, type Announcement, type Announcer } from './announcer';
import { announcementsBetween, type RoomSnapshot } from './roomEvents';

function snapshotOf(doc: Y.Doc): RoomSnapshot {
  const { agenda, order, timer } = agendaStore(doc).getState();
  const d = timerDisplay(timer, order, hostNow());
  const block = agenda.days.flatMap((day) => day.blocks).find((b) => b.id === d.blockId);
  const control = d.blockId ? readControl(doc, d.blockId) : null;
  const questions = listQuestions(doc).filter((q) => q.answeredAt !== null);
  const polls = listPolls(doc).filter((p) => p.showResults && p.state !== 'draft');
  return {
    blockId: d.blockId,
    blockTitle: block?.title ?? '',
    running: d.state === 'running',
    cue: d.cue.cue,
    remainingText: d.text,
    overtimeMinutes: d.remainingMs < 0 ? Math.floor(-d.remainingMs / 60_000) : 0,
    board: control ? { phase: control.phase, voting: control.voting } : null,
    answered: new Set(questions.map((q) => q.id)),
    questionText: new Map(questions.map((q) => [q.id, q.text])),
    resultsShown: new Set(polls.map((p) => p.id)),
    pollQuestion: new Map(polls.map((p) => [p.id, p.question])),
  };
}

/** The hub connection as the announcer needs it: whether the room's state has arrived. */
export interface HubSync {
  synced: boolean;
  on(event: 'sync', f: (synced: boolean) => void): void;
  off(event: 'sync', f: (synced: boolean) => void): void;
}

/** Watches the room and says what changed: on each doc change (a quarter second later at most,
 * so a burst of notes reads the room once) and every second for the timer. Nothing is said until
 * the hub has brought the room's state, and each (re)sync is a new starting point: what a page
 * opening or reconnecting catches up on is how the room already was, not news (the console
 * once queued every answered question and shown poll of a long session, and a reveal waited
 * behind them). */
function useRoomAnnouncements(doc: Y.Doc, announcer: Announcer, hub: HubSync): void {
  useEffect(() => {
    let prev = snapshotOf(doc);
    let pending: ReturnType<typeof setTimeout> | null = null;
    const step = () => {
      pending = null;
      const next = snapshotOf(doc);
      if (hub.synced) for (const text of announcementsBetween(prev, next)) announcer.say(text);
      prev = next;
    };
    const soon = () => {
      pending ??= setTimeout(step, 250);
    };
    const onSync = (synced: boolean) => {
      if (synced) prev = snapshotOf(doc);
    };
    doc.on('afterTransaction', soon);
    hub.on('sync', onSync);
    const every = setInterval(step, 1000);
    return () => {
      doc.off('afterTransaction', soon);
      hub.off('sync', onSync);
      clearInterval(every);
      if (pending) clearTimeout(pending);
    };
  }, [doc, announcer, hub]);
}

export function RoomAnnouncer({ doc, hub }: { doc: Y.Doc; hub: HubSync }) {
  const [announcer] = useState(() => createAnnouncer());
  const [said, setSaid] = useState<Announcement | null>(null);
  useEffect(() => {
    const off = announcer.subscribe(setSaid);
    return () => {
      off();
      announcer.dispose();
    };
  }, [announcer]);
  useRoomAnnouncements(doc, announcer, hub);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-announcer>
      {/* A new node per announcement: read even when the text repeats after a while. */}
      {said && <p key={said.seq}>{said.text}</p>}
    </div>
  );
}
