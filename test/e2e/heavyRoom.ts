// The heavy session (test/fixtures/heavySession.ts) put into a running host: an empty session is
// imported, then a Node peer on the hub with the facilitator key writes the seed into it, sealed
// with the key the console derives for that session id, and moves the timer where a test wants it.
// With `answered`, the seed's eight people then join through the host and give the confidence
// vote's anonymous answers, which a host takes from their own connections only.
import * as Y from 'yjs';
import { expect } from '@playwright/test';
import { encodeOffsiteFile } from '../../electron/host/store/offsiteFile';
import { SCHEMA_VERSION } from '../../shared/model/doc';
import { deriveFacilitatorSecret } from '../../shared/model/board';
import { getAgenda, getBlockOrder } from '../../shared/model/agenda/read';
import { readTimer } from '../../shared/model/timer/read';
import { currentBlockId } from '../../shared/model/timer/timerState';
import { applyTimerAction } from '../../shared/model/timer/commands';
import { setProjectorScreen, type ProjectorScreen } from '../../shared/model/session/projectorView';
import {
  HEAVY_TITLE,
  HP1_ANSWERS,
  seedHeavySession,
  type HeavySession,
} from '../fixtures/heavySession';
import { answerPoll, updatePoll } from '../../shared/model/polls/commands';
import { listPolls } from '../../shared/model/polls/read';
import { pollResult } from '../../shared/model/polls/results';
import { importSession } from '#kit/seeds/notes';
import { connectHubPeer, facilitatorPeer } from '#kit/hubPeer';
import type { HostHolder } from './fixtures';

export interface HeavyRoom {
  sessionId: string;
  consoleUrl: string;
  projectorUrl: string;
  joinUrl: string;
  seed: HeavySession;
  /** The facilitator peer's doc: what a test writes to it (as seed.facilitator) reaches the room. */
  doc: Y.Doc;
  /** Puts the room on the block with this title (running), as the host's clock has it now. */
  goTo(title: string | RegExp): Promise<void>;
  /** What the projector shows, as the console's picker sets it. */
  show(screen: ProjectorScreen): void;
  close(): void;
}

export interface HeavyRoomOptions {
  /**
   * The confidence vote "hp1" answered as in the room: the eight join through the host (its
   * roster admits them) and five give their anonymous answers on their own connections, since a
   * host takes an anonymous answer from its participant's one-off id only, never from the
   * facilitator. Without it hp1 is closed with no answers, and nobody is in the roster. It costs
   * about 1.7 s (the host's batching of anonymous writes), so only tests that show hp1 ask.
   */
  answered?: boolean;
}

export async function heavyRoom(host: HostHolder, opts: HeavyRoomOptions = {}): Promise<HeavyRoom> {
  const empty = encodeOffsiteFile({
    header: {
      sessionId: '0'.repeat(32),
      title: HEAVY_TITLE,
      createdAt: Date.now(),
      schemaVersion: SCHEMA_VERSION,
      exportedAt: Date.now(),
    },
    state: Y.encodeStateAsUpdate(new Y.Doc()),
  });
  const details = await importSession(host.current, empty);
  const peer = facilitatorPeer(host, details.id);
  await peer.synced;
  // Written by the peer itself: the hub takes facilitator state only from the client ids a
  // facilitator connection declared (and a copy under the same id would make Yjs pick a new one).
  const seed = seedHeavySession(peer.doc, {
    facilitatorSecret: deriveFacilitatorSecret(host.key, details.id),
    hostMadeSession: true,
  });
  // A second peer sees what has reached the host.
  const check = facilitatorPeer(host, details.id);
  await check.synced;
  await expect.poll(() => getAgenda(check.doc).days.length, { timeout: 15_000 }).toBe(2);
  if (opts.answered) await answerTheConfidenceVote(host, details, seed, check);
  // The seed leaves hp1 open when a host runs the room: closed here, after any answers.
  updatePoll(peer.doc, { pollId: 'hp1', state: 'closed' });
  await expect.poll(() => hp1(check.doc)?.state, { timeout: 15_000 }).toBe('closed');
  check.destroy();
  return {
    sessionId: details.id,
    consoleUrl: `${host.localUrl}/console/session/${details.id}#key=${host.key}`,
    projectorUrl: `${host.localUrl}/projector/${details.id}#key=${host.key}`,
    joinUrl: details.joinUrl,
    seed,
    doc: peer.doc,
    async goTo(title) {
      const block = getAgenda(peer.doc)
        .days.flatMap((d) => d.blocks)
        .find((b) => (typeof title === 'string' ? b.title === title : title.test(b.title)));
      if (!block) throw new Error(`no block ${String(title)}`);
      applyTimerAction(peer.doc, { type: 'goTo', blockId: block.id }, { hostNow: Date.now() });
      const state = readTimer(peer.doc).facts.state;
      if (state === 'paused')
        applyTimerAction(peer.doc, { type: 'resume' }, { hostNow: Date.now() });
      else if (state !== 'running')
        applyTimerAction(peer.doc, { type: 'start' }, { hostNow: Date.now() });
      // Resolves once the host holds the move: a page that joined before it reached the host
      // would move to the block when it arrives, and a phone takes a new block as a new situation
      // (useRoomTab.ts), undoing a tab the test had just picked (CI saw Questions undone so).
      const check = facilitatorPeer(host, details.id);
      try {
        await check.synced;
        await expect
          .poll(() => currentBlockId(readTimer(check.doc), getBlockOrder(check.doc)), {
            timeout: 15_000,
          })
          .toBe(block.id);
      } finally {
        check.destroy();
      }
    },
    show: (screen) => setProjectorScreen(peer.doc, screen),
    close: () => peer.destroy(),
  };
}

async function answerTheConfidenceVote(
  host: HostHolder,
  details: { id: string; joinCode: string },
  seed: HeavySession,
  check: { doc: Y.Doc },
): Promise<void> {
  const people = seed.people.map((p) =>
    connectHubPeer({
      url: host.current.localUrl,
      sessionId: details.id,
      role: { as: 'attendee', joinCode: details.joinCode, authorKey: p.authorKey! },
    }),
  );
  try {
    await Promise.all(people.map((p) => p.synced));
    for (const [i, value] of HP1_ANSWERS) {
      const doc = people[i]!.doc;
      await expect.poll(() => hp1(doc)?.state, { timeout: 15_000 }).toBe('open');
      answerPoll(doc, { pollId: 'hp1', values: [value], voter: seed.people[i]! });
    }
    await expect
      .poll(
        () => {
          const poll = hp1(check.doc);
          return poll ? pollResult(check.doc, poll).voters : 0;
        },
        { timeout: 15_000 },
      )
      .toBe(HP1_ANSWERS.length);
  } finally {
    for (const p of people) p.destroy();
  }
}

/** The confidence vote as a doc has it so far (a peer's doc may not have it yet). */
const hp1 = (doc: Y.Doc) => listPolls(doc).find((p) => p.id === 'hp1');
