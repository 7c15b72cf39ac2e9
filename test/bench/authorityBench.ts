// The guard's cost (issue 9): judging attendee updates at the hub, beside the same-run anchor of
// simply applying that update to a replica (what the hub does anyway). Real updates from real
// commands on a 3,000-note session; and a hostile 20,000-map chained update.
import * as Y from 'yjs';
import { judgeUpdate, type JudgeOptions } from '../../shared/model/authority/judgeUpdate';
import { addBoardNote, createAuthorKey, setupBoard } from '../../shared/model/board';
import { createFacilitatorSecret } from '../../shared/model/board/boardCrypto';
import { participantIdFor } from '../../shared/model/authority/signing';
import { isBlockNote } from '../../shared/model/board/blockNotes';
import { applyFromHub } from '../../shared/model/authority/hubDelivered';

import { envNumber } from './stats';

const BLOCK = 'bench-block';
const NOTES = envNumber('OFFSITE_AUTHORITY_NOTES', 3000);
const SAMPLES = envNumber('OFFSITE_AUTHORITY_SAMPLES', 300);

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

function hubOptions(client: number, id: string): JudgeOptions {
  const me = { kind: 'participant' as const, id };
  return {
    writerOf: (c) => (c === client ? me : null),
    ownerOf: (c) => (c === client ? me : { kind: 'unknown', client: c }),
    deleter: me,
    maxStructs: 50_000,
  };
}

export async function benchAuthority() {
  const host = new Y.Doc();
  const facilitator = {
    participantId: 'facilitator',
    isFacilitator: true,
    facilitatorSecret: createFacilitatorSecret(),
  };
  setupBoard(host, { blockId: BLOCK, facilitator, options: { privateWriting: false } });
  const seeder = { participantId: 'seed', name: 'Seed', isFacilitator: false };
  host.transact(() => {
    for (let i = 0; i < NOTES; i++)
      addBoardNote(host, { blockId: BLOCK, text: `seeded note ${i}`, author: seeder });
  });
  const key = createAuthorKey();
  const attendee = {
    participantId: participantIdFor(key),
    name: 'Ada',
    isFacilitator: false,
    authorKey: key,
  };
  const judged: number[] = [];
  const applied: number[] = [];
  const vouched: number[] = [];
  const viaHub: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(host));
    let update: Uint8Array | null = null;
    doc.once('update', (u: Uint8Array) => (update = u));
    addBoardNote(doc, { blockId: BLOCK, text: `note ${i} from Ada`, author: attendee });
    const t0 = performance.now();
    const v = judgeUpdate(host, update!, hubOptions(doc.clientID, attendee.participantId));
    const t1 = performance.now();
    if (!v.whole) throw new Error(`bench note refused: ${v.refused.join('; ')}`);
    const anchor = new Y.Doc();
    Y.applyUpdate(anchor, Y.encodeStateAsUpdate(host));
    const t2 = performance.now();
    Y.applyUpdate(anchor, update!);
    const t3 = performance.now();
    judged.push(t1 - t0);
    applied.push(t3 - t2);
    // What a page reading the note adds (issue 22): Ada's client is bound to her, so readers
    // check her signature on the note's author, once per note (then remembered).
    anchor.getMap('clients').set(String(doc.clientID), attendee.participantId);
    const [id, m] = [...anchor.getMap<Y.Map<unknown>>('boardNotes').entries()].find(
      ([, n]) => n.get('text') === `note ${i} from Ada`,
    )!;
    const t4 = performance.now();
    const ok = isBlockNote(id, m, BLOCK);
    vouched.push(performance.now() - t4);
    if (!ok) throw new Error('bench note not vouched');
    // The same note as most pages get it: from the hub, which vouches for its author.
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(host));
    fresh.getMap('clients').set(String(doc.clientID), attendee.participantId);
    applyFromHub(fresh, () => Y.applyUpdate(fresh, update!));
    const m2 = fresh.getMap<Y.Map<unknown>>('boardNotes').get(id)!;
    const t5 = performance.now();
    const ok2 = isBlockNote(id, m2, BLOCK);
    viaHub.push(performance.now() - t5);
    if (!ok2) throw new Error('bench note from the hub not vouched');
  }

  const attacker = new Y.Doc();
  let chained: Uint8Array | null = null;
  attacker.once('update', (u: Uint8Array) => (chained = u));
  attacker.transact(() => {
    let parent = new Y.Map<unknown>();
    attacker.getMap('agendaBlocks').set('deep', parent);
    for (let i = 0; i < 20_000; i++) {
      const child = new Y.Map<unknown>();
      parent.set('c', child);
      parent = child;
    }
  });
  const runs: number[] = [];
  const decodeRuns: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const v = judgeUpdate(host, chained!, hubOptions(attacker.clientID, 'mallory'));
    runs.push(performance.now() - t0);
    if (v.update !== null) throw new Error('the chained update was not refused');
    const t1 = performance.now();
    Y.decodeUpdate(chained!);
    decodeRuns.push(performance.now() - t1);
  }
  return {
    [`judge one note update on a ${NOTES.toLocaleString('en-US')}-note replica, median ms`]:
      percentile(judged, 50),
    'judge, p95 ms': percentile(judged, 95),
    'anchor: Y.applyUpdate of the same update, median ms': percentile(applied, 50),
    'anchor, p95 ms': percentile(applied, 95),
    'a reader checks the note author signature (first read, uncached), median ms': percentile(
      vouched,
      50,
    ),
    'author signature check, p95 ms': percentile(vouched, 95),
    'the same check for a note the hub delivered (no signature check), median ms': percentile(
      viaHub,
      50,
    ),
    'judge a 20,000-map chained update (refused), median of 5, ms': percentile(runs, 50),
    'anchor: Y.decodeUpdate of it, median ms': percentile(decodeRuns, 50),
    'its size, KB': Math.round((chained as unknown as Uint8Array).length / 1024),
  };
}
