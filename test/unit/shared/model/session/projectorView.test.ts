import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readProjectorScreen, setProjectorScreen } from '#shared/model/session/projectorView';
import { typeSpec } from '#shared/model/schema';

describe('projector view', () => {
  it('is live until the facilitator chooses, then follows the choice across peers', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    expect(readProjectorScreen(a)).toBe('live');
    setProjectorScreen(a, 'join');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readProjectorScreen(b)).toBe('join');
    setProjectorScreen(b, 'hold');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
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
