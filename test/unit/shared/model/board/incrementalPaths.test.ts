// Seeded random sequences of writes (adds, edits, moves, deletes, groups, names, ungroups,
// merges, column edits, the reveal, hostile fields) on three replicas synced at random moments:
// after each step the incremental reader must equal readBoard for every viewer, its vote targets
// voteTargets, and the incremental columns boardColumns; unchanged parts keep their objects.
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import {
  addBoardNote,
  boardMaps,
  deleteBoardNote,
  dissolveGroup,
  editBoardNote,
  groupNotes,
  mergeBoardNotes,
  nameGroup,
  readBoard,
  revealNotes,
  setBoardColumns,
  ungroupNote,
  type BoardViewer,
} from '#shared/model/board/index';
import { voteTargets } from '#shared/model/board/voteCommands';
import { IncrementalBoardReader } from '#shared/model/board/incrementalBoard';
import { IncrementalColumns } from '#shared/model/board/incrementalColumns';
import { boardColumns } from '#shared/model/board/columns';
import { BLOCK, room, sync } from '#kit/seeds/boardReplicas';

/** mulberry32: a small seeded generator, so a failure replays. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Watcher {
  v: BoardViewer;
  doc: Y.Doc;
  r: IncrementalBoardReader;
  cols: IncrementalColumns;
}

const seen = { groups: 0, hidden: 0, visible: 0 };

function check(ws: Watcher[]) {
  for (const w of ws) {
    const view = w.r.read();
    seen.groups = Math.max(seen.groups, view?.groups.length ?? 0);
    seen.hidden = Math.max(seen.hidden, view?.hidden.total ?? 0);
    seen.visible = Math.max(seen.visible, view?.notes.length ?? 0);
    const expected = readBoard(w.doc, BLOCK, w.v);
    expect(view).toEqual(expected);
    expect(w.r.targets).toEqual(voteTargets(w.doc, BLOCK));
    if (view) expect(w.cols.update(view, w.r.lastChange)).toEqual(boardColumns(expected!));
  }
}

function run(seed: number, steps: number) {
  const rand = rng(seed);
  const pick = <T>(xs: T[]): T | undefined => xs[Math.floor(rand() * xs.length)];
  const { fac, facDoc, people, docs } = room(
    {
      columns: [{ title: 'One' }, { title: 'Two' }, { title: 'Three' }],
      anonymous: seed % 3 === 0,
    },
    ['Alice Wonder', 'Bob Builder'],
  );
  const [alice, bob] = people as [BoardViewer, BoardViewer];
  const [aliceDoc, bobDoc] = docs as [Y.Doc, Y.Doc];
  const projector: BoardViewer = { participantId: 'projector', isFacilitator: false };
  const writers: [BoardViewer, Y.Doc][] = [
    [fac, facDoc],
    [alice, aliceDoc],
    [bob, bobDoc],
  ];
  const watch = (doc: Y.Doc, v: BoardViewer): Watcher => ({
    v,
    doc,
    r: new IncrementalBoardReader(doc, BLOCK, v),
    cols: new IncrementalColumns(),
  });
  const ws = [
    watch(facDoc, fac),
    watch(facDoc, projector),
    watch(bobDoc, bob),
    watch(bobDoc, alice),
    watch(aliceDoc, alice),
  ];
  const ids = (doc: Y.Doc) => [...boardMaps(doc).notes.keys()];
  let clock = 1;
  const columns = ['c1', 'c2', 'c3'];
  for (let step = 0; step < steps; step++) {
    const [who, doc] = pick(writers)!;
    const r = rand();
    const id = pick(ids(doc));
    try {
      if (r < 0.3 || !id)
        addBoardNote(doc, {
          blockId: BLOCK,
          text: `note ${step}`,
          id: `n${seed}-${step}`,
          author: who,
          column: pick(columns),
          // Ties on createdAt happen (two people in the same millisecond): order falls to ids.
          now: rand() < 0.2 ? clock : ++clock,
        });
      else if (r < 0.4) editBoardNote(doc, { noteId: id, text: `edited ${step}`, editor: who });
      else if (r < 0.48) editBoardNote(doc, { noteId: id, column: pick(columns), editor: who });
      else if (r < 0.53) deleteBoardNote(doc, { noteId: id, actor: who });
      else if (r < 0.63) {
        const onto = pick(ids(doc));
        if (onto) groupNotes(doc, { noteIds: [id], ontoId: onto, actor: who });
      } else if (r < 0.68) ungroupNote(doc, { noteId: id, actor: who });
      else if (r < 0.72) {
        const g = boardMaps(doc).notes.get(id)?.get('groupId');
        if (typeof g === 'string')
          nameGroup(doc, { blockId: BLOCK, groupId: g, name: `G${step}`, actor: who });
      } else if (r < 0.74) {
        const g = boardMaps(doc).notes.get(id)?.get('groupId');
        if (typeof g === 'string') dissolveGroup(doc, { blockId: BLOCK, groupId: g, actor: fac });
      } else if (r < 0.76) {
        const other = pick(ids(facDoc));
        if (other && other !== id && boardMaps(facDoc).notes.has(id))
          mergeBoardNotes(facDoc, { targetId: id, sourceIds: [other], facilitator: fac });
      } else if (r < 0.78) revealNotes(facDoc, { blockId: BLOCK, facilitator: fac });
      else if (r < 0.8)
        setBoardColumns(facDoc, {
          blockId: BLOCK,
          facilitator: fac,
          columns:
            rand() < 0.5 ? [{ id: 'c1', title: 'One' }] : columns.map((c) => ({ id: c, title: c })),
        });
      else if (r < 0.85) {
        // What a hostile or older peer may write: mistyped and odd fields, moves to other blocks.
        const m = boardMaps(doc).notes.get(id);
        const odd = pick<unknown>([Number.NaN, Infinity, 'x', clock, 0]);
        const field = pick(['createdAt', 'groupId', 'column', 'blockId'])!;
        const value =
          field === 'groupId'
            ? pick<unknown>([id, `g-${pick(ids(doc))}`, 7])
            : field === 'blockId'
              ? pick([BLOCK, 'block-2'])
              : field === 'column'
                ? pick<unknown>(['gone', 'c2', 3])
                : odd;
        m?.set(field, value);
      } else if (r < 0.9) sync(facDoc, aliceDoc, bobDoc);
      // else: a read with nothing new
    } catch {
      // refused writes (permissions, phases) are part of the sequence too
    }
    check(ws);
  }
  sync(facDoc, aliceDoc, bobDoc);
  check(ws);
  for (const w of ws) w.r.destroy();
}

describe('incremental board paths', () => {
  for (const seed of [1, 2, 3, 4, 5, 6])
    it(`equal readBoard and boardColumns after 120 random writes (seed ${seed})`, () => {
      run(seed, 120);
    });

  it('the sequences above went through hidden notes, groups and many visible notes', () => {
    expect(seen.hidden).toBeGreaterThan(3);
    expect(seen.groups).toBeGreaterThan(2);
    expect(seen.visible).toBeGreaterThan(20);
  });

  it('keeps the objects of what an incoming note did not touch', () => {
    const { fac, facDoc } = room({
      privateWriting: false,
      columns: [{ title: 'A' }, { title: 'B' }],
    });
    revealNotes(facDoc, { blockId: BLOCK, facilitator: fac });
    const added: string[] = [];
    for (let i = 0; i < 30; i++)
      added.push(
        addBoardNote(facDoc, {
          blockId: BLOCK,
          text: `n${i}`,
          author: fac,
          column: i % 2 ? 'c2' : 'c1',
          now: i,
        }),
      );
    groupNotes(facDoc, { noteIds: [added[2]!], ontoId: added[0]!, actor: fac });
    const r = new IncrementalBoardReader(facDoc, BLOCK, fac);
    const cols = new IncrementalColumns();
    const v1 = r.read()!;
    const c1 = cols.update(v1, r.lastChange);
    addBoardNote(facDoc, { blockId: BLOCK, text: 'late', author: fac, column: 'c2', now: 100 });
    const v2 = r.read()!;
    const c2 = cols.update(v2, r.lastChange);
    expect(c2).toEqual(boardColumns(v2));
    expect(v2.groups).toBe(v1.groups);
    expect(v2.settings).toBe(v1.settings);
    expect(v2.hidden).toBe(v1.hidden);
    expect(c2[0]).toBe(c1[0]); // column A untouched
    expect(c2[1]).not.toBe(c1[1]);
    c1[1]!.items.forEach((item, i) => expect(c2[1]!.items[i]).toBe(item));
    // A read with nothing new hands back the same view and columns.
    expect(r.read()).toBe(v2);
    expect(cols.update(v2, r.lastChange)).toBe(c2);
    r.destroy();
  });
});
