// Child process for crash.test.ts: appends one note update at a time to a session and prints
// "flushed N" each time flush() resolves, until the parent kills it with SIGKILL.
// Usage: node --import tsx appendChild.ts <dataDir> <sessionId>
import * as Y from 'yjs';
import { SessionStore } from '#electron/host/store/sessionStore';
import { addParkingItem } from '#shared/model/parkingLot/commands';

const [dataDir, sessionId] = process.argv.slice(2);
if (!dataDir || !sessionId) throw new Error('usage: appendChild.ts <dataDir> <sessionId>');
const store = new SessionStore({ dataDir, debounceMs: 5 });
const doc = new Y.Doc();
doc.on('update', (u: Uint8Array) => store.append(sessionId, u));

for (let i = 0; i < 100_000; i++) {
  addParkingItem(doc, {
    text: `note ${i}`,
    authorId: 'child',
    authorName: 'Kid',
    now: i,
    id: `n${i}`,
  });
  if (i % 3 === 2) {
    await store.flush(sessionId);
    if (!store.health().ok) throw new Error(store.health().message);
    process.stdout.write(`flushed ${i + 1}\n`);
  }
}
