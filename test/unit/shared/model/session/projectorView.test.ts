import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  focusProjector,
  nextProjectorPage,
  nextTurnAt,
  pageCounterAt,
  previousProjectorPage,
  readProjectorScreen,
  readProjectorView,
  setProjectorPageTurn,
  setProjectorScreen,
  setProjectorTheme,
  turnProjectorPage,
} from '#shared/model/session/projectorView';
import { typeSpec } from '#shared/model/schema';

const sync = (from: Y.Doc, to: Y.Doc) => Y.applyUpdate(to, Y.encodeStateAsUpdate(from));

describe('projector view', () => {
  it('is live until the facilitator chooses, then follows the choice across peers', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    expect(readProjectorScreen(a)).toBe('live');
    setProjectorScreen(a, 'join');
    sync(a, b);
    expect(readProjectorScreen(b)).toBe('join');
    setProjectorScreen(b, 'hold');
    sync(b, a);
    expect(readProjectorScreen(a)).toBe('hold');
  });

  it('refuses an unknown screen and reads a damaged value as live', () => {
    const doc = new Y.Doc();
    expect(() => setProjectorScreen(doc, 'disco' as never)).toThrow(/Unknown projector screen/);
    doc.getMap('projectorView').set('screen', 42);
    expect(readProjectorScreen(doc)).toBe('live');
  });

  it('is facilitator-only state', () => {
    expect(typeSpec('projectorView')?.writer).toBe('facilitator');
  });
});

describe('projector theme', () => {
  it('is dark until chosen, then the choice is the session’s, for every peer', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    expect(readProjectorView(a).theme).toBe('dark');
    setProjectorTheme(a, 'light');
    sync(a, b);
    expect(readProjectorView(b).theme).toBe('light');
    setProjectorTheme(b, 'contrast');
    sync(b, a);
    expect(readProjectorView(a).theme).toBe('contrast');
    // Kept in the doc itself: a copy of its state (what the store saves) still has it.
    const reopened = new Y.Doc();
    Y.applyUpdate(reopened, Y.encodeStateAsUpdate(a));
    expect(readProjectorView(reopened).theme).toBe('contrast');
  });

  it('refuses an unknown theme and reads a damaged one as dark', () => {
    const doc = new Y.Doc();
    expect(() => setProjectorTheme(doc, 'neon' as never)).toThrow(/Unknown projector theme/);
    doc.getMap('projectorView').set('theme', 7);
    expect(readProjectorView(doc).theme).toBe('dark');
  });
});

describe('projector pages', () => {
  it('turn by themselves every 15 s by default, counted from when they were last set', () => {
    const doc = new Y.Doc();
    const v = readProjectorView(doc);
    expect(v.turnSeconds).toBe(15);
    // Setting the interval keeps the page shown then; turns count from that moment.
    const before = pageCounterAt(v, 1_000_000);
    setProjectorPageTurn(doc, 15, 1_000_000);
    const set = readProjectorView(doc);
    expect(pageCounterAt(set, 1_000_000)).toBe(before);
    expect(pageCounterAt(set, 1_014_999)).toBe(before);
    expect(pageCounterAt(set, 1_015_000)).toBe(before + 1);
    expect(pageCounterAt(set, 1_046_000)).toBe(before + 3);
    expect(nextTurnAt(set, 1_046_000)).toBe(1_060_000);
  });

  it('turn by hand from the page shown now, and the next automatic turn waits a full interval', () => {
    const doc = new Y.Doc();
    setProjectorPageTurn(doc, 10, 0);
    nextProjectorPage(doc, 25_000); // two automatic turns, then one by hand
    let v = readProjectorView(doc);
    expect(pageCounterAt(v, 25_000)).toBe(3);
    expect(pageCounterAt(v, 34_999)).toBe(3);
    expect(pageCounterAt(v, 35_000)).toBe(4);
    previousProjectorPage(doc, 25_000);
    previousProjectorPage(doc, 25_000);
    v = readProjectorView(doc);
    expect(pageCounterAt(v, 25_000)).toBe(1);
    expect(() => turnProjectorPage(doc, 0.5, 0)).toThrow(/whole number/);
  });

  it('stay put when turned by hand only, and keep the page when switched to by hand', () => {
    const doc = new Y.Doc();
    setProjectorPageTurn(doc, 10, 0);
    setProjectorPageTurn(doc, 0, 31_000);
    const v = readProjectorView(doc);
    expect(pageCounterAt(v, 31_000)).toBe(3);
    expect(pageCounterAt(v, 999_000)).toBe(3);
    expect(nextTurnAt(v, 999_000)).toBeNull();
    expect(() => setProjectorPageTurn(doc, -1, 0)).toThrow(/0 to 3600/);
  });

  it('read damaged values as the defaults', () => {
    const doc = new Y.Doc();
    const map = doc.getMap('projectorView');
    map.set('page', 'two');
    map.set('turnSeconds', -5);
    map.set('focusKind', 'column');
    map.set('focusId', 'x');
    map.set('focusBlock', 'b');
    expect(readProjectorView(doc)).toMatchObject({ page: 0, turnSeconds: 15, focus: null });
  });
});

describe('projector focus', () => {
  it('puts a group or a note in focus for every peer, and takes it away', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    focusProjector(a, { kind: 'group', id: 'g1', blockId: 'blk' });
    sync(a, b);
    expect(readProjectorView(b).focus).toEqual({ kind: 'group', id: 'g1', blockId: 'blk' });
    focusProjector(b, { kind: 'note', id: 'n1', blockId: 'blk' });
    focusProjector(b, null);
    sync(b, a);
    expect(readProjectorView(a).focus).toBeNull();
    expect(() => focusProjector(a, { kind: 'note', id: '', blockId: 'blk' })).toThrow(
      /group or a note/,
    );
  });
});
