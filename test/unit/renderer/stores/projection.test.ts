// The one doc → React mirror (renderer/stores/projection.ts): a read per tick however many
// updates arrive, only for watched types, with the changed types named; equal results keep
// their object; a destroyed projection reads no more.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { projectAwareness, projectDoc } from '#renderer/stores/projection';

// A timer queued after the projection's own tick (a microtask, or a 0 ms timeout where there are
// no animation frames) runs after it: an ordering, not a sleep.
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('projectDoc', () => {
  it('reads once for a burst of updates, and only when a watched type changed', async () => {
    const doc = new Y.Doc();
    const agenda = doc.getMap('agenda');
    const notes = doc.getMap('notes');
    const seen: (Set<unknown> | null)[] = [];
    let reads = 0;
    const p = projectDoc(doc, {
      watch: [agenda],
      schedule: 'microtask',
      read: (changed) => {
        seen.push(changed ? new Set(changed) : null);
        return { reads: ++reads, size: agenda.size };
      },
    });
    expect(p.store.getState()).toEqual({ reads: 1, size: 0 });
    for (let i = 0; i < 50; i++) notes.set(`n${i}`, i);
    await settle();
    expect(reads).toBe(1);
    for (let i = 0; i < 5; i++) agenda.set(`b${i}`, i);
    // Nested types count for the top-level type they live in.
    const block = new Y.Map<unknown>();
    agenda.set('nested', block);
    block.set('title', 'Vision');
    await settle();
    expect(p.store.getState()).toEqual({ reads: 2, size: 6 });
    expect(seen[1]).toEqual(new Set([agenda]));
    p.destroy();
    agenda.set('after', 1);
    await settle();
    expect(reads).toBe(2);
  });

  it('reads on every change but those touching only ignored types (nested and deletes too)', async () => {
    const doc = new Y.Doc();
    const board = doc.getMap<unknown>('boardNotes');
    const lot = doc.getMap<unknown>('parkingLot');
    let reads = 0;
    const p = projectDoc(doc, { ignore: [board], schedule: 'microtask', read: () => ++reads });
    const note = new Y.Map<unknown>();
    board.set('n1', note);
    await settle();
    note.set('text', 'edited');
    await settle();
    board.delete('n1');
    await settle();
    expect(reads).toBe(1);
    lot.set('p1', 1);
    await settle();
    expect(reads).toBe(2);
    lot.delete('p1');
    await settle();
    expect(reads).toBe(3);
    // One transaction touching both reads.
    doc.transact(() => {
      board.set('n2', 1);
      lot.set('p2', 2);
    });
    await settle();
    expect(reads).toBe(4);
    p.destroy();
  });

  it('keeps the previous object when equal says so', async () => {
    const doc = new Y.Doc();
    const m = doc.getMap('m');
    const p = projectDoc(doc, {
      schedule: 'frame',
      read: () => ({ even: m.size % 2 === 0 }),
      equal: (a, b) => a.even === b.even,
    });
    const first = p.store.getState();
    m.set('a', 1);
    m.set('b', 2);
    await settle();
    expect(p.store.getState()).toBe(first);
    m.set('c', 3);
    await settle();
    expect(p.store.getState()).toEqual({ even: false });
  });
});

describe('frame-scheduled projections in a tab that stops drawing', () => {
  it('still read when a requested frame never comes (the tab was hidden before it)', async () => {
    const page = globalThis as Record<string, unknown>;
    const saved = ['requestAnimationFrame', 'cancelAnimationFrame', 'document'].map((k) => [
      k,
      page[k],
    ]);
    const frames: (() => void)[] = [];
    page.requestAnimationFrame = (run: () => void) => frames.push(run);
    page.cancelAnimationFrame = () => {};
    page.document = { visibilityState: 'visible' };
    try {
      const doc = new Y.Doc();
      const m = doc.getMap('m');
      const p = projectDoc(doc, { schedule: 'frame', read: () => m.size });
      m.set('a', 1);
      await expect.poll(() => p.store.getState(), { timeout: 5000 }).toBe(1);
      m.set('b', 2);
      await expect.poll(() => p.store.getState(), { timeout: 5000 }).toBe(2);
      expect(frames.length).toBe(2);
      p.destroy();
    } finally {
      for (const [k, v] of saved) page[k as string] = v;
    }
  });
});

describe('projectAwareness', () => {
  it('re-reads on awareness changes and on the watched doc map, throttled', async () => {
    const doc = new Y.Doc();
    const awareness = new Awareness(doc);
    const clients = doc.getMap<unknown>('clients');
    let reads = 0;
    const p = projectAwareness(awareness, {
      schedule: { throttleMs: 20 },
      alsoWatch: [clients],
      read: () => ({ reads: ++reads, bound: clients.size, states: awareness.getStates().size }),
    });
    for (let i = 0; i < 10; i++) awareness.setLocalStateField('user', { name: `n${i}` });
    clients.set(String(doc.clientID), 'p1');
    await expect.poll(() => p.store.getState().bound, { timeout: 2000 }).toBe(1);
    expect(reads).toBe(2);
    p.destroy();
    awareness.destroy();
  });
});
