// A revealed board in a session of a running host (the in-process test host or the headless
// one): what the board benches and the room's pages start from.
import type { SessionDetails } from '#shared/protocol/hostApi';
import { hostApi, type HostAddress } from '../hostApi';
import { facilitatorPeer, type HubPeer } from '../hubPeer';
import { addBoardNotes, revealBrainstormBoard } from './board';

/** A session from the "Brainstorm and vote" template. */
export function createBoardSession(
  host: HostAddress,
  title = 'Board bench',
): Promise<SessionDetails> {
  return hostApi(host).createSession({ title, template: 'brainstorm-vote' });
}

/** Polls until `fn()` holds (every 50 ms), or throws after `timeoutMs`. */
export async function waitFor(fn: () => boolean, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!fn()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * A session of that template with a revealed board on its brainstorm block holding `notes` notes
 * (in batches of 250), once the host has them all. The facilitator peer that wrote them stays
 * connected (to add more); destroy its provider when done.
 */
export async function seedRevealedBoard(
  host: HostAddress,
  notes: number,
): Promise<{ session: SessionDetails; seeder: HubPeer; blockId: string }> {
  const session = await createBoardSession(host);
  const seeder = facilitatorPeer(host, session.id);
  await seeder.synced;
  const { blockId, facilitator } = revealBrainstormBoard(seeder.doc, host.key, session.id);
  for (let i = 0; i < notes; i += 250)
    addBoardNotes(seeder.doc, blockId, i, Math.min(notes, i + 250), facilitator);
  // The host has it all once a fresh replica receives every note.
  const check = facilitatorPeer(host, session.id);
  await check.synced;
  await waitFor(() => check.doc.getMap('boardNotes').size >= notes);
  check.provider.destroy();
  return { session, seeder, blockId };
}
