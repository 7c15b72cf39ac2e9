// The v2→v3 step (migrations.ts): each action whose status is not "open" gets the first entry of
// its status history, so a history never starts in the middle. Plain Yjs writes inside the
// migration's transaction; the entry's key is fixed (`v3`), so the step is the same on any replica.
import * as Y from 'yjs';
import { actionUpdateKey } from '../authority/ownerKeys';
import { registerMaps } from '../registers/names';
import { readAction } from '../registers/read';
import { seriesMaps } from './names';

export function startStatusHistories(doc: Y.Doc): void {
  const updates = seriesMaps(doc).updates;
  registerMaps(doc).actions.forEach((m, id) => {
    if (!(m instanceof Y.Map)) return;
    const action = readAction(id, m);
    if (!action || action.status === 'open') return;
    const key = actionUpdateKey(id, 'facilitator', 'v3');
    if (updates.has(key)) return;
    const u = new Y.Map<unknown>();
    u.set('status', action.status);
    u.set('note', '');
    u.set('date', new Date(action.createdAt).toISOString().slice(0, 10));
    u.set('at', action.createdAt);
    u.set('byName', 'Facilitator');
    u.set('session', 1);
    updates.set(key, u);
  });
}
