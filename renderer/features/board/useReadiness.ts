// "3 of 4 done" for the block the room is on: the attendees online now (from the awareness, one
// entry per participant id) and those done wherever they are (roomReadiness), so people who left
// before being done and names joined twice do not hold the count back, and a "done" does not go
// when its phone is put away. Keyed by the agenda block, so "done" starts afresh on every block.
import { useMemo } from 'react';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { typesWatchedBy } from '../../../shared/model/schema';
import { roomReadiness } from '../../../shared/model/board/readiness';
import type { BoardViewer, Readiness } from '../../../shared/model/board';
import { usePresence } from '../../stores/presenceStore';
import { perSource, projectDoc, useProjection } from '../../stores/projection';

/** How often the ready map has changed: readiness is re-counted against who is online. */
const readyStore = perSource((doc: Y.Doc) =>
  projectDoc<{ changes: number }>(doc, {
    read: (_changed, previous) => ({ changes: (previous?.changes ?? -1) + 1 }),
    schedule: 'microtask',
    watch: typesWatchedBy(doc, 'readiness'),
  }),
);

export function useReadiness(
  doc: Y.Doc,
  blockId: string | null,
  viewer: BoardViewer,
  awareness: Awareness,
): Readiness | null {
  const online = usePresence(awareness, (s) => s.online);
  const expectedKey = online
    .filter((u) => u.role === 'attendee')
    .map((u) => u.participantId)
    .sort()
    .join('\n');
  const version = useProjection(readyStore(doc), (s) => s.changes);
  return useMemo(() => {
    if (!blockId) return null;
    const expected = expectedKey ? expectedKey.split('\n') : [];
    return roomReadiness(doc, blockId, viewer, expected);
    // `version` stands for the ready map's content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc, blockId, viewer, expectedKey, version]);
}
