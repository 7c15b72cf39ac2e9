import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addBoardNote,
  BoardPermissionError,
  deleteBoardNote,
  editBoardNote,
  mergeBoardNotes,
  readBoard,
  openVoting,
  revealNotes,
  updateBoardSettings,
  type ColourId,
} from '#shared/model/board/index';
import { ValidationError } from '#shared/model/limits';
import { BLOCK, replicaMentions, room, sync } from '#kit/seeds/boardReplicas';

const SECRET = 'Rename the Q3 launch ALPHA-42';

describe('private writing', () => {
  it("keeps a note's text out of every other replica until the reveal", () => {
    const { fac, facDoc, people, docs } = room({
      columns: [{ title: 'Went well' }, { title: 'To improve' }],
    });
    const [alice, bob] = people;
    const [aliceDoc, bobDoc] = docs;
    addBoardNote(aliceDoc!, { blockId: BLOCK, text: SECRET, column: 'c2', author: alice!, now: 5 });
    sync(facDoc, aliceDoc!, bobDoc!);

    for (const d of [bobDoc!, facDoc])
      expect(replicaMentions(d, 'ALPHA-42')).toEqual({ bytes: false, json: false });
    // The author's own replica holds it only encrypted, too.
    expect(replicaMentions(aliceDoc!, 'ALPHA-42')).toEqual({ bytes: false, json: false });

    const bobView = readBoard(bobDoc!, BLOCK, bob!)!;
    expect(bobView.phase).toBe('writing');
    expect(bobView.notes).toEqual([]);
    expect(bobView.hidden).toEqual({ total: 1, byColumn: { c2: 1 } });
    // The facilitator writes along with the room: placeholders before the reveal as well.
    expect(readBoard(facDoc, BLOCK, fac)!.hidden.total).toBe(1);

    const aliceView = readBoard(aliceDoc!, BLOCK, alice!)!;
    expect(aliceView.notes.map((n) => [n.text, n.mine, n.column])).toEqual([[SECRET, true, 'c2']]);
    expect(aliceView.hidden.total).toBe(0);
  });

  it('lets everyone read every note after the reveal, including notes sealed before it that arrive late', () => {
    const { fac, facDoc, people, docs } = room();
    const [alice, bob] = people;
    const [aliceDoc, bobDoc] = docs;
    addBoardNote(aliceDoc!, { blockId: BLOCK, text: SECRET, author: alice!, now: 1 });
    sync(facDoc, aliceDoc!, bobDoc!);
    // Bob writes while cut off; his note reaches the others only after the reveal.
    addBoardNote(bobDoc!, { blockId: BLOCK, text: 'Offline thought', author: bob!, now: 2 });
    expect(revealNotes(facDoc, { blockId: BLOCK, facilitator: fac })).toBe(1);
    sync(facDoc, aliceDoc!);
    sync(facDoc, bobDoc!);
    sync(facDoc, aliceDoc!);
    for (const [d, v] of [
      [aliceDoc!, alice!],
      [bobDoc!, bob!],
      [facDoc, fac],
    ] as const) {
      const view = readBoard(d, BLOCK, v)!;
      expect(view.phase).toBe('revealed');
      expect(view.hidden.total).toBe(0);
      expect(view.notes.map((n) => [n.text, n.authorName])).toEqual([
        [SECRET, 'Alice Wonder'],
        ['Offline thought', 'Bob Builder'],
      ]);
    }
    expect(replicaMentions(bobDoc!, 'ALPHA-42').json).toBe(true);
  });

  it('writes in the clear from the start when private writing is off', () => {
    const { facDoc, people, docs } = room({ privateWriting: false });
    addBoardNote(docs[0]!, { blockId: BLOCK, text: 'Open idea', author: people[0]! });
    sync(facDoc, ...docs);
    expect(readBoard(docs[1]!, BLOCK, people[1]!)!.notes.map((n) => n.text)).toEqual(['Open idea']);
  });
});

describe('board settings', () => {
  it('treats switching private writing off as a reveal, and keeps vote rules fixed while voting', () => {
    const { fac, facDoc, people, docs } = room();
    addBoardNote(docs[0]!, { blockId: BLOCK, text: SECRET, author: people[0]! });
    sync(facDoc, ...docs);
    updateBoardSettings(facDoc, {
      blockId: BLOCK,
      facilitator: fac,
      options: { privateWriting: false },
    });
    sync(facDoc, ...docs);
    expect(readBoard(docs[1]!, BLOCK, people[1]!)!.notes.map((n) => n.text)).toEqual([SECRET]);
    openVoting(facDoc, { blockId: BLOCK, facilitator: fac });
    expect(() =>
      updateBoardSettings(facDoc, {
        blockId: BLOCK,
        facilitator: fac,
        options: { dotsPerPerson: 5 },
      }),
    ).toThrow('Close voting before changing how votes work.');
    expect(() =>
      updateBoardSettings(docs[1]!, {
        blockId: BLOCK,
        facilitator: people[1]!,
        options: { anonymous: true },
      }),
    ).toThrow(BoardPermissionError);
  });
});

describe('anonymous notes', () => {
  it('carry no author id, name or Yjs client id of the author anywhere in the doc', () => {
    const { fac, facDoc, people, docs } = room({ anonymous: true });
    const [alice, bob] = people;
    const [aliceDoc, bobDoc] = docs;
    const aliceJoined = Y.getState(aliceDoc!.store, aliceDoc!.clientID);
    const id = addBoardNote(aliceDoc!, { blockId: BLOCK, text: 'Nobody knows', author: alice! });
    editBoardNote(aliceDoc!, { noteId: id, editor: alice!, text: 'Nobody knows it was me' });
    sync(facDoc, aliceDoc!, bobDoc!);
    revealNotes(facDoc, { blockId: BLOCK, facilitator: fac });
    sync(facDoc, aliceDoc!, bobDoc!);

    const note = bobDoc!.getMap('boardNotes').get(id) as Y.Map<unknown>;
    expect(note.has('authorId') || note.has('authorName')).toBe(false);
    // Nothing was written under Alice's own Yjs client id after she joined: awareness maps that
    // id to her name, so the note's structs carry one-off ids instead.
    expect(Y.getState(bobDoc!.store, aliceDoc!.clientID)).toBe(aliceJoined);
    const noteItem = (note as unknown as { _item: { id: { client: number } } })._item;
    expect(noteItem.id.client).not.toBe(aliceDoc!.clientID);
    const bobView = readBoard(bobDoc!, BLOCK, bob!)!;
    expect(bobView.notes[0]).toMatchObject({
      text: 'Nobody knows it was me',
      authorId: null,
      authorName: null,
      anonymous: true,
      mine: false,
    });
    expect(readBoard(aliceDoc!, BLOCK, alice!)!.notes[0]!.mine).toBe(true);
  });

  it('before the reveal, leave neither text nor name in another replica (bytes and JSON)', () => {
    const { facDoc, people, docs } = room({ anonymous: true }, ['Zelda Quux', 'Bob Builder']);
    addBoardNote(docs[0]!, { blockId: BLOCK, text: 'quiet concern', author: people[0]! });
    sync(facDoc, ...docs);
    const board = JSON.stringify(docs[1]!.getMap('boardNotes').toJSON());
    expect(board).not.toContain('Zelda');
    expect(board).not.toContain(people[0]!.participantId);
    expect(replicaMentions(docs[1]!, 'quiet concern')).toEqual({ bytes: false, json: false });
  });
});

describe('editing rights', () => {
  it('lets authors change their own notes only, and the facilitator any (text after the reveal)', () => {
    const { fac, facDoc, people, docs } = room();
    const [alice, bob] = people;
    const id = addBoardNote(docs[0]!, { blockId: BLOCK, text: 'first', author: alice! });
    sync(facDoc, ...docs);
    expect(() => editBoardNote(docs[1]!, { noteId: id, editor: bob!, text: 'hijack' })).toThrow(
      BoardPermissionError,
    );
    expect(() => deleteBoardNote(docs[1]!, { noteId: id, actor: bob! })).toThrow(
      BoardPermissionError,
    );
    expect(() => editBoardNote(facDoc, { noteId: id, editor: fac, text: 'x' })).toThrow(/Reveal/);
    editBoardNote(docs[0]!, { noteId: id, editor: alice!, text: 'second', colour: 'green' });
    sync(facDoc, ...docs);
    revealNotes(facDoc, { blockId: BLOCK, facilitator: fac });
    editBoardNote(facDoc, { noteId: id, editor: fac, text: 'tidied' });
    const other = addBoardNote(facDoc, { blockId: BLOCK, text: 'same idea', author: bob!, now: 9 });
    expect(mergeBoardNotes(facDoc, { targetId: id, sourceIds: [other], facilitator: fac })).toBe(
      'tidied\n\nsame idea',
    );
    sync(facDoc, ...docs);
    const view = readBoard(docs[1]!, BLOCK, bob!)!;
    expect(view.notes.map((n) => [n.text, n.colour])).toEqual([['tidied\n\nsame idea', 'green']]);
    deleteBoardNote(facDoc, { noteId: id, actor: fac });
    expect(readBoard(facDoc, BLOCK, fac)!.notes).toEqual([]);
  });

  it('rejects a note over the limit with a clear message, and unknown colours or columns', () => {
    const { people, docs } = room();
    const author = people[0]!;
    const tooLong = () =>
      addBoardNote(docs[0]!, { blockId: BLOCK, text: 'x'.repeat(1001), author });
    expect(tooLong).toThrow(ValidationError);
    expect(tooLong).toThrow('A note is 1,001 characters; the limit is 1,000.');
    expect(() =>
      addBoardNote(docs[0]!, { blockId: BLOCK, text: 'ok', author, column: 'nope' }),
    ).toThrow(ValidationError);
    // A colour outside the palette, as a hostile or outdated peer might send.
    const red = 'red' as ColourId;
    expect(() =>
      addBoardNote(docs[0]!, { blockId: BLOCK, text: 'ok', author, colour: red }),
    ).toThrow(/palette/);
    expect(() => addBoardNote(docs[0]!, { blockId: 'nowhere', text: 'ok', author })).toThrow(
      /no board/,
    );
  });
});
