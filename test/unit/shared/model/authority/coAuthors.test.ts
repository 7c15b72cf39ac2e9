// A merged note's `coAuthors` is the facilitator's to write (schema: facilitatorFields): an
// attendee with devtools cannot credit someone with their note, nor strip the names a merge
// added, over the hub or the mesh; they still edit and delete their own note as before.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  boundWriter,
  judgeUpdate,
  type JudgeOptions,
  type Writer,
} from '#shared/model/authority/judgeUpdate';
import { BOARD_MAPS } from '#shared/model/board/names';
import { FACILITATOR_OWNER } from '#shared/model/authority/ownerKeys';

const FAC: Writer = { kind: 'facilitator' };
const ALICE: Writer = { kind: 'participant', id: 'alice' };
const FORGED = [{ id: 'grace', name: 'Grace Hopper' }];

function room() {
  const host = new Y.Doc();
  const facilitator = new Y.Doc();
  const alice = new Y.Doc();
  const clients = host.getMap('clients');
  clients.set(String(facilitator.clientID), FACILITATOR_OWNER);
  clients.set(String(alice.clientID), 'alice');
  for (const d of [facilitator, alice]) Y.applyUpdate(d, Y.encodeStateAsUpdate(host));
  return { host, facilitator, alice };
}

function updateOf(doc: Y.Doc, fn: () => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const on = (u: Uint8Array) => updates.push(u);
  doc.on('update', on);
  doc.transact(fn);
  doc.off('update', on);
  return Y.mergeUpdates(updates);
}

function asHub(host: Y.Doc, who: Writer): JudgeOptions {
  const owner = (c: number) => boundWriter(host, c);
  return {
    writerOf: (c) => {
      const o = owner(c);
      return o && JSON.stringify(o) === JSON.stringify(who) ? o : null;
    },
    ownerOf: (c) => owner(c) ?? { kind: 'unknown', client: c },
    deleter: who,
  };
}

function asMesh(doc: Y.Doc): JudgeOptions {
  const owner = (c: number) => boundWriter(doc, c);
  return {
    writerOf: (c) => {
      const o = owner(c);
      return o?.kind === 'facilitator' ? null : (o ?? { kind: 'unknown', client: c });
    },
    ownerOf: (c) => owner(c) ?? { kind: 'unknown', client: c },
    deleter: null,
  };
}

const notes = (d: Y.Doc) => d.getMap<Y.Map<unknown>>(BOARD_MAPS.notes);

/** Applies an update to every replica, as the hub does once it passed. */
function deliver(update: Uint8Array, ...docs: Y.Doc[]) {
  for (const d of docs) Y.applyUpdate(d, update);
}

/** Alice's own note n1, already in every replica. */
function withAlicesNote() {
  const r = room();
  const u = updateOf(r.alice, () => {
    const m = new Y.Map<unknown>();
    notes(r.alice).set('n1', m);
    m.set('authorId', 'alice');
    m.set('text', 'Offline first');
  });
  expect(judgeUpdate(r.host, u, asHub(r.host, ALICE)).whole).toBe(true);
  deliver(u, r.host, r.facilitator);
  return r;
}

describe('coAuthors is the facilitator’s', () => {
  it('refuses an attendee writing coAuthors on their own note, at the hub and on the mesh', () => {
    const { host, alice } = withAlicesNote();
    const forged = updateOf(alice, () => notes(alice).get('n1')!.set('coAuthors', FORGED));
    const hub = judgeUpdate(host, forged, asHub(host, ALICE));
    expect(hub.whole).toBe(false);
    expect(hub.update).toBeNull();
    expect(hub.refused.join()).toMatch(/boardNotes\.coAuthors is the facilitator's/);
    const mesh = new Y.Doc();
    Y.applyUpdate(mesh, Y.encodeStateAsUpdate(host));
    expect(judgeUpdate(mesh, forged, asMesh(mesh)).update).toBeNull();
  });

  it('refuses a new note that arrives with coAuthors already in it', () => {
    const { host, alice } = room();
    const forged = updateOf(alice, () => {
      const m = new Y.Map<unknown>();
      notes(alice).set('n2', m);
      m.set('authorId', 'alice');
      m.set('coAuthors', FORGED);
    });
    const verdict = judgeUpdate(host, forged, asHub(host, ALICE));
    expect(verdict.whole).toBe(false);
    Y.applyUpdate(host, verdict.update ?? new Uint8Array([0, 0]));
    expect(notes(host).get('n2')?.get('coAuthors')).toBeUndefined();
  });

  it('lets the facilitator merge; the author keeps editing and deleting, not un-crediting', () => {
    const { host, facilitator, alice } = withAlicesNote();
    const merge = updateOf(facilitator, () =>
      notes(facilitator)
        .get('n1')!
        .set('coAuthors', [{ id: 'bob', name: 'Bob' }]),
    );
    expect(judgeUpdate(host, merge, asHub(host, FAC)).whole).toBe(true);
    deliver(merge, host, alice);

    const strip = updateOf(alice, () => notes(alice).get('n1')!.delete('coAuthors'));
    expect(judgeUpdate(host, strip, asHub(host, ALICE)).refused.join()).toMatch(
      /coAuthors is the facilitator's/,
    );
    const overwrite = updateOf(alice, () => notes(alice).get('n1')!.set('coAuthors', FORGED));
    expect(judgeUpdate(host, overwrite, asHub(host, ALICE)).whole).toBe(false);

    // Undo the local attempts in Alice's replica by starting from the host's state again.
    const fresh = new Y.Doc();
    fresh.clientID = alice.clientID + 1;
    host.getMap('clients').set(String(fresh.clientID), 'alice');
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(host));
    const edit = updateOf(fresh, () =>
      notes(fresh).get('n1')!.set('text', 'Offline first, always'),
    );
    expect(judgeUpdate(host, edit, asHub(host, ALICE)).whole).toBe(true);
    deliver(edit, host);
    const remove = updateOf(fresh, () => notes(fresh).delete('n1'));
    const verdict = judgeUpdate(host, remove, asHub(host, ALICE));
    expect(verdict.refused).toEqual([]);
    expect(verdict.whole).toBe(true);
  });
});
