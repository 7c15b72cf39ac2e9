// The one judge on real Yjs updates, as the hub uses it (a connection's identity) and as a client
// uses it for the mesh (no identity): each attack from the authority issue, written as the update
// a modified client would send, gets the verdict that keeps the room the facilitator's.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { writeVarUint } from 'lib0/encoding';
import {
  boundWriter,
  judgeUpdate,
  type JudgeOptions,
  type Writer,
} from '#shared/model/authority/judgeUpdate';
import { initSession, joinSession } from '#shared/model/session/commands';
import { applyTemplate } from '#shared/templates/index';
import { getAgenda } from '#shared/model/agenda/read';
import { updateBlock } from '#shared/model/agenda/commands';
import { applyTimerAction } from '#shared/model/timer/commands';
import { addParkingItem } from '#shared/model/parkingLot/commands';
import { listParkingItems } from '#shared/model/parkingLot/read';
import { FACILITATOR_OWNER } from '#shared/model/authority/ownerKeys';
import { readProjectorView, setProjectorTheme } from '#shared/model/session/projectorView';

const FAC: Writer = { kind: 'facilitator' };
const ALICE: Writer = { kind: 'participant', id: 'alice' };
const MALLORY: Writer = { kind: 'participant', id: 'mallory' };

/** The host's replica with the strategy agenda, and client bindings for three windows. */
function room() {
  const host = new Y.Doc();
  initSession(host, { title: 'Offsite', now: 1 }, 'host');
  applyTemplate(host, 'strategy-offsite', 'host');
  const facilitator = new Y.Doc();
  const alice = new Y.Doc();
  const mallory = new Y.Doc();
  const clients = host.getMap('clients');
  clients.set(String(facilitator.clientID), FACILITATOR_OWNER);
  clients.set(String(alice.clientID), 'alice');
  clients.set(String(mallory.clientID), 'mallory');
  for (const d of [facilitator, alice, mallory]) Y.applyUpdate(d, Y.encodeStateAsUpdate(host));
  return { host, facilitator, alice, mallory };
}

/** What a command on `doc` sends (the update it produces, as one transaction). */
function updateOf(doc: Y.Doc, fn: () => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const on = (u: Uint8Array) => updates.push(u);
  doc.on('update', on);
  doc.transact(fn);
  doc.off('update', on);
  return Y.mergeUpdates(updates);
}

const bound = (doc: Y.Doc) => (client: number) => boundWriter(doc, client);

/** The hub's view: the connection is `who`; its structs must be of clients bound to it. */
function asHub(host: Y.Doc, who: Writer): JudgeOptions {
  const owner = bound(host);
  return {
    writerOf: (c) => {
      const o = owner(c);
      return o && JSON.stringify(o) === JSON.stringify(who) ? o : null;
    },
    ownerOf: (c) => owner(c) ?? { kind: 'unknown', client: c },
    deleter: who,
    maxStructs: 50_000,
  };
}

/** A client's view of the mesh: no sender identity; facilitator clients write over the hub. */
function asMesh(doc: Y.Doc): JudgeOptions {
  const owner = bound(doc);
  return {
    writerOf: (c) => {
      const o = owner(c);
      return o?.kind === 'facilitator' ? null : (o ?? { kind: 'unknown', client: c });
    },
    ownerOf: (c) => owner(c) ?? { kind: 'unknown', client: c },
    deleter: null,
  };
}

describe('judgeUpdate at the hub', () => {
  it('takes an attendee’s own note whole, and the facilitator’s timer and agenda', () => {
    const { host, alice, facilitator } = room();
    const note = updateOf(alice, () =>
      addParkingItem(alice, { text: 'Ship offline first', authorId: 'alice', authorName: 'Alice' }),
    );
    expect(judgeUpdate(host, note, asHub(host, ALICE)).whole).toBe(true);
    const timer = updateOf(facilitator, () =>
      applyTimerAction(facilitator, { type: 'start' }, { hostNow: 5 }),
    );
    expect(judgeUpdate(host, timer, asHub(host, FAC)).whole).toBe(true);
  });

  it('refuses a timer takeover and a block rename from an attendee, on the hub and the mesh', () => {
    const { host, mallory, alice } = room();
    const block = getAgenda(mallory).days[0]!.blocks[0]!;
    const takeover = updateOf(mallory, () => {
      applyTimerAction(mallory, { type: 'start' }, { hostNow: 5 });
      updateBlock(mallory, { blockId: block.id, title: 'Hijacked' });
    });
    const atHub = judgeUpdate(host, takeover, asHub(host, MALLORY));
    expect(atHub.update).toBeNull();
    expect(atHub.refused[0]).toMatch(/facilitator/);
    const onMesh = judgeUpdate(alice, takeover, asMesh(alice));
    if (onMesh.update) Y.applyUpdate(alice, onMesh.update);
    expect(getAgenda(alice).days[0]!.blocks[0]!.title).toBe(block.title);
    expect(alice.getMap('timer').toJSON()).toEqual(host.getMap('timer').toJSON());
  });

  it('takes the projector’s theme from the facilitator only, as the rest of the projector view', () => {
    const { host, facilitator, mallory, alice } = room();
    const attack = updateOf(mallory, () => setProjectorTheme(mallory, 'light'));
    expect(judgeUpdate(host, attack, asHub(host, MALLORY)).update).toBeNull();
    const onMesh = judgeUpdate(alice, attack, asMesh(alice));
    if (onMesh.update) Y.applyUpdate(alice, onMesh.update);
    expect(readProjectorView(alice).theme).toBe('dark');
    const chosen = updateOf(facilitator, () => setProjectorTheme(facilitator, 'contrast'));
    expect(judgeUpdate(host, chosen, asHub(host, FAC)).whole).toBe(true);
  });

  it('refuses a delete set aimed at the facilitator’s future clock range', () => {
    const { host } = room();
    // What the facilitator will write next: clocks the replica does not hold yet.
    const facClient = [...host.getMap('clients').entries()].find(
      ([, v]) => v === FACILITATOR_OWNER,
    )![0];
    // A hand-made update: no structs, one delete range of client facClient at clock 0..1000.
    const enc = new Y.UpdateEncoderV1();
    writeVarUint(enc.restEncoder, 0);
    writeVarUint(enc.restEncoder, 1);
    enc.resetDsCurVal();
    writeVarUint(enc.restEncoder, Number(facClient));
    writeVarUint(enc.restEncoder, 1);
    enc.writeDsClock(0);
    enc.writeDsLen(1000);
    const verdict = judgeUpdate(host, enc.toUint8Array(), asHub(host, MALLORY));
    expect(verdict.update).toBeNull();
    expect(verdict.refused.join()).toMatch(/past what is known/);
  });

  it('lets only the host write meta.schemaVersion: not the facilitator, not an attendee', () => {
    const { host, facilitator, mallory } = room();
    for (const [doc, who] of [
      [facilitator, FAC],
      [mallory, MALLORY],
    ] as const) {
      const u = updateOf(doc, () => doc.getMap('meta').set('schemaVersion', 99));
      expect(judgeUpdate(host, u, asHub(host, who)).update).toBeNull();
    }
    const title = updateOf(facilitator, () => facilitator.getMap('meta').set('title', 'Renamed'));
    expect(judgeUpdate(host, title, asHub(host, FAC)).whole).toBe(true);
  });

  const texts = (doc: Y.Doc) =>
    [...doc.getMap<Y.Map<unknown>>('parkingLot').values()].map((m) => m.get('text'));

  it('refuses edits and deletes of another attendee’s note, name, ready flag and entry', () => {
    const { host, alice, mallory } = room();
    const own = updateOf(alice, () => {
      addParkingItem(alice, { text: 'Alice’s idea', authorId: 'alice', authorName: 'Alice' });
      joinSession(alice, { id: 'alice', name: 'Alice', now: 2 });
      alice.getMap('boardReady').set('b1/alice', true);
    });
    Y.applyUpdate(host, judgeUpdate(host, own, asHub(host, ALICE)).update!);
    Y.applyUpdate(mallory, Y.encodeStateAsUpdate(host));
    // (The raw maps: readers show an attendee's item only signed, and these ids have no keys.)
    const noteId = [...mallory.getMap('parkingLot').keys()][0]!;
    const attacks = [
      () => (mallory.getMap('parkingLot').get(noteId) as Y.Map<unknown>).set('text', 'Forged'),
      () =>
        (mallory.getMap('parkingLot').get(noteId) as Y.Map<unknown>).set('authorName', 'Mallory'),
      () => mallory.getMap('parkingLot').delete(noteId),
      () => (mallory.getMap('participants').get('alice') as Y.Map<unknown>).set('name', 'Mal'),
      () => mallory.getMap('boardReady').set('b1/alice', false),
      () => mallory.getMap('boardReady').delete('b1/alice'),
      () =>
        addParkingItem(mallory, {
          text: 'In Alice’s name',
          authorId: 'alice',
          authorName: 'Alice',
        }),
    ];
    for (const attack of attacks) {
      const update = updateOf(mallory, attack);
      const verdict = judgeUpdate(host, update, asHub(host, MALLORY));
      expect(verdict.whole, attack.toString()).toBe(false);
      if (verdict.update) Y.applyUpdate(host, verdict.update);
    }
    expect(texts(host)).toEqual(['Alice’s idea']);
    const item = [...host.getMap<Y.Map<unknown>>('parkingLot').values()][0]!;
    expect(item.get('authorName')).toBe('Alice');
    expect((host.getMap('participants').get('alice') as Y.Map<unknown>).get('name')).toBe('Alice');
    expect(host.getMap('boardReady').get('b1/alice')).toBe(true);
  });

  it('refuses structs of another bound client (a forged or relayed write) but keeps the sender’s own', () => {
    const { host, alice, mallory } = room();
    // Mallory writes under Alice's client id, beyond what the hub has seen of it.
    const forger = new Y.Doc();
    forger.clientID = alice.clientID;
    Y.applyUpdate(forger, Y.encodeStateAsUpdate(host));
    const forged = updateOf(forger, () =>
      addParkingItem(forger, {
        text: 'Alice never wrote this',
        authorId: 'alice',
        authorName: 'Alice',
      }),
    );
    const own = updateOf(mallory, () =>
      addParkingItem(mallory, {
        text: 'Mallory’s own',
        authorId: 'mallory',
        authorName: 'Mallory',
      }),
    );
    const verdict = judgeUpdate(host, Y.mergeUpdates([forged, own]), asHub(host, MALLORY));
    expect(verdict.whole).toBe(false);
    Y.applyUpdate(host, verdict.update!);
    expect(texts(host)).toEqual(['Mallory’s own']);
  });

  it('takes an entry made in one update whole or not at all: a forged author drops the whole question', () => {
    const { host } = room();
    // Mallory's devtools: a fresh one-off client id (the hub takes it as her anonymous id) and a
    // question in Alice's name. The author field is refused; the question must not stay behind
    // as an anonymous one nobody asked in that form.
    const oneOff = new Y.Doc();
    Y.applyUpdate(oneOff, Y.encodeStateAsUpdate(host));
    const write = (text: string, author: boolean) =>
      updateOf(oneOff, () => {
        const q = new Y.Map<unknown>();
        oneOff.getMap('questions').set(`q-${text}`, q);
        q.set('text', text);
        if (author) q.set('authorId', 'alice');
        q.set('createdAt', 1);
      });
    // As the hub judges a one-off id it has not seen from Mallory's connection (hubAuthority.ts).
    const anonymousOfMallory = (one: Y.Doc): JudgeOptions => {
      const hub = asHub(host, MALLORY);
      const mine = (c: number): Writer | null =>
        c === one.clientID ? { kind: 'anonymous', client: c, of: 'mallory' } : null;
      return { ...hub, writerOf: mine, ownerOf: (c) => mine(c) ?? hub.ownerOf(c) };
    };
    const forged = judgeUpdate(
      host,
      write('Why is Bob still here?', true),
      anonymousOfMallory(oneOff),
    );
    expect(forged.whole).toBe(false);
    expect(forged.refused[0]).toMatch(/anonymous entry cannot carry authorId/);
    expect(forged.writers.has(oneOff.clientID)).toBe(false);
    if (forged.update) Y.applyUpdate(host, forged.update);
    expect(host.getMap('questions').size).toBe(0);

    // The same one-off id asking honestly (no author) is an anonymous question, taken whole.
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(host));
    const honest = updateOf(fresh, () => {
      const q = new Y.Map<unknown>();
      fresh.getMap('questions').set('q-honest', q);
      q.set('text', 'Can we see the churn numbers?');
      q.set('createdAt', 1);
    });
    const taken = judgeUpdate(host, honest, anonymousOfMallory(fresh));
    expect(taken.refused).toEqual([]);
    expect(taken.whole).toBe(true);
  });

  it('judges a 20,000-map chained update in one pass and refuses it into the agenda', () => {
    const { host, mallory } = room();
    const blocks = mallory.getMap('agendaBlocks');
    const update = updateOf(mallory, () => {
      let parent = new Y.Map<unknown>();
      blocks.set('deep', parent);
      for (let i = 0; i < 20_000; i++) {
        const child = new Y.Map<unknown>();
        parent.set('c', child);
        parent = child;
      }
    });
    const started = performance.now();
    const verdict = judgeUpdate(host, update, asHub(host, MALLORY));
    const ms = performance.now() - started;
    expect(verdict.update).toBeNull();
    expect(verdict.newStructs).toBeGreaterThanOrEqual(20_000);
    // Its time is a bench figure (npm run bench); here only that it finishes at all.
    expect(ms).toBeGreaterThan(0);
    // The same chain under a notes entry: nested types are refused there too.
    const notes = updateOf(mallory, () => {
      let parent = new Y.Map<unknown>();
      mallory.getMap('boardNotes').set('deep', parent);
      for (let i = 0; i < 20_000; i++) {
        const child = new Y.Map<unknown>();
        parent.set('c', child);
        parent = child;
      }
    });
    expect(judgeUpdate(host, notes, asHub(host, MALLORY)).refused[0]).toMatch(/nested/);
  });

  it('refuses a type that is not in the schema', () => {
    const { host, facilitator } = room();
    const u = updateOf(facilitator, () => facilitator.getMap('surprise').set('x', 1));
    expect(judgeUpdate(host, u, asHub(host, FAC)).update).toBeNull();
  });
});

describe('judgeUpdate on the mesh', () => {
  it('passes an unknown attendee’s new note, defers a plain delete to the hub', () => {
    const { host, alice } = room();
    const stranger = new Y.Doc();
    Y.applyUpdate(stranger, Y.encodeStateAsUpdate(host));
    const note = updateOf(stranger, () =>
      addParkingItem(stranger, { text: 'From the mesh', authorId: 'zoe', authorName: 'Zoe' }),
    );
    const v = judgeUpdate(alice, note, asMesh(alice));
    expect(v.whole).toBe(true);
    Y.applyUpdate(alice, v.update!);
    const id = listParkingItems(alice)[0]!.id;
    const del = updateOf(stranger, () => stranger.getMap('parkingLot').delete(id));
    const dv = judgeUpdate(alice, del, asMesh(alice));
    expect(dv.whole).toBe(false);
    if (dv.update) Y.applyUpdate(alice, dv.update);
    expect(listParkingItems(alice)).toHaveLength(1);
  });

  it('refuses the facilitator’s own client over the mesh (facilitator state comes by the hub)', () => {
    const { facilitator, alice } = room();
    const u = updateOf(facilitator, () =>
      applyTimerAction(facilitator, { type: 'start' }, { hostNow: 1 }),
    );
    expect(judgeUpdate(alice, u, asMesh(alice)).update).toBeNull();
  });

  it('refuses anonymous vote keys from the mesh (they come through the host)', () => {
    const { alice, mallory } = room();
    const u = updateOf(mallory, () => mallory.getMap('boardVotes').set('b1/a.sybil/1', { c: 1 }));
    expect(judgeUpdate(alice, u, asMesh(alice)).update).toBeNull();
  });
});
