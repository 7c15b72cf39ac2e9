// The hub keeps only the awareness entries a connection speaks for (hubAuthority.ts), passing
// their JSON through byte for byte.
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { filterAwareness } from '#shared/model/authority/hubAuthority';

function presenceOf(...people: [number, unknown][]): Uint8Array {
  const doc = new Y.Doc();
  const awareness = new awarenessProtocol.Awareness(doc);
  for (const [clientId, state] of people) {
    awareness.states.set(clientId, state as Record<string, unknown>);
    awareness.meta.set(clientId, { clock: clientId % 7, lastUpdated: 0 });
  }
  const update = awarenessProtocol.encodeAwarenessUpdate(
    awareness,
    people.map(([id]) => id),
  );
  awareness.destroy();
  return update;
}

function statesIn(update: Uint8Array): Map<number, unknown> {
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  awarenessProtocol.applyAwarenessUpdate(awareness, update, null);
  const states = new Map(awareness.getStates());
  states.delete(awareness.clientID);
  awareness.destroy();
  return states;
}

it('keeps the allowed entries with their states intact, non-ASCII names included', () => {
  const update = presenceOf(
    [11, { user: { name: 'Zoë 🎯' } }],
    [12, { user: { name: 'Mallory' } }],
    [13, null],
  );
  const kept = filterAwareness(update, (id) => id !== 12)!;
  expect(statesIn(kept)).toEqual(new Map([[11, { user: { name: 'Zoë 🎯' } }]]));
  // Entries left as they were: the very same bytes back.
  expect(filterAwareness(update, () => true)).toBe(update);
  expect(filterAwareness(update, () => false)).toBeNull();
});
