// The hub's facilitator-only guard on real Yjs updates: attendees' notes pass; any write into the
// agenda, timer or ledger (top level, nested, deletions, relayed) is caught.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { updateTouchesTypes } from '../../../../electron/host/facilitatorGuard';
import { FACILITATOR_ONLY_TYPES } from '../../../../shared/model/agendaSchema';
import { applyTemplate } from '../../../../shared/templates';
import {
  addBlock,
  deleteBlock,
  deleteDay,
  moveBlock,
  updateBlock,
} from '../../../../shared/model/agendaCommands';
import { getAgenda } from '../../../../shared/model/agendaQueries';
import { startTimer } from '../../../../shared/model/timerCommands';
import { addNote } from '../../../../shared/model/noteCommands';
import { initSession } from '../../../../shared/model/sessionCommands';

const GUARDED = new Set<string>(FACILITATOR_ONLY_TYPES);

function room() {
  const host = new Y.Doc();
  initSession(host, { title: 'Retro', now: 1 }, 'host');
  applyTemplate(host, 'strategy-offsite', 'host');
  const attendee = new Y.Doc();
  Y.applyUpdate(attendee, Y.encodeStateAsUpdate(host));
  return { host, attendee };
}

/** The update one attendee command produces. */
function updateOf(doc: Y.Doc, fn: () => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const on = (u: Uint8Array) => updates.push(u);
  doc.on('update', on);
  fn();
  doc.off('update', on);
  return Y.mergeUpdates(updates);
}

describe('updateTouchesTypes', () => {
  it('lets an attendee note through', () => {
    const { host, attendee } = room();
    const u = updateOf(attendee, () =>
      addNote(attendee, { text: 'Ship offline first', authorId: 'p1', authorName: 'Ada' }),
    );
    expect(updateTouchesTypes(host, u, GUARDED)).toBe(false);
  });

  it('catches edits to a block (nested map) and to a day’s order (nested array)', () => {
    const { host, attendee } = room();
    const [day] = getAgenda(attendee).days;
    const [first, second] = day!.blocks;
    const edits = [
      (d: Y.Doc) => updateBlock(d, { blockId: first!.id, title: 'Hijacked' }),
      (d: Y.Doc) => moveBlock(d, { blockId: second!.id, toDayId: day!.id, toIndex: 0 }),
      (d: Y.Doc) => addBlock(d, { dayId: day!.id, title: 'X', kind: 'talk', plannedMinutes: 5 }),
    ];
    for (const [i, edit] of edits.entries()) {
      const clone = new Y.Doc();
      Y.applyUpdate(clone, Y.encodeStateAsUpdate(attendee));
      const u = updateOf(clone, () => edit(clone));
      expect([i, updateTouchesTypes(host, u, GUARDED)]).toEqual([i, true]);
    }
  });

  it('catches deletions (delete set only) and timer writes', () => {
    const { host, attendee } = room();
    const [day1, day2] = getAgenda(attendee).days;
    const a = new Y.Doc();
    Y.applyUpdate(a, Y.encodeStateAsUpdate(attendee));
    const del = updateOf(a, () => deleteBlock(a, { blockId: day1!.blocks[0]!.id }));
    expect(updateTouchesTypes(host, del, GUARDED)).toBe(true);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(attendee));
    expect(
      updateTouchesTypes(
        host,
        updateOf(b, () => deleteDay(b, { dayId: day2!.id })),
        GUARDED,
      ),
    ).toBe(true);
    const timer = updateOf(attendee, () => startTimer(attendee, { hostNow: 1000 }));
    expect(updateTouchesTypes(host, timer, GUARDED)).toBe(true);
  });

  it('also flags a relayed facilitator update (the hub gets it from the facilitator directly)', () => {
    const { host, attendee } = room();
    const facilitator = new Y.Doc();
    Y.applyUpdate(facilitator, Y.encodeStateAsUpdate(host));
    const u = updateOf(facilitator, () => startTimer(facilitator, { hostNow: 5 }));
    Y.applyUpdate(attendee, u);
    expect(updateTouchesTypes(host, u, GUARDED)).toBe(true);
    // ... and an update that does not touch the guarded types is not flagged whoever wrote it.
    const n = updateOf(facilitator, () =>
      addNote(facilitator, { text: 'hi', authorId: 'f', authorName: 'F' }),
    );
    expect(updateTouchesTypes(host, n, GUARDED)).toBe(false);
  });

  it('refuses an insertion whose position it cannot resolve', () => {
    const { host } = room();
    const elsewhere = new Y.Doc();
    elsewhere.getMap('agendaBlocks').set('x', 1);
    const next = updateOf(elsewhere, () => elsewhere.getMap('agendaBlocks').set('x', 2));
    // `next` alone refers to an item the host never saw.
    expect(updateTouchesTypes(host, next, GUARDED)).toBe(true);
  });
});
