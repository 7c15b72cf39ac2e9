// An attendee's breakout writes: asking to join a group (self-selection) and their own fields
// (the attribute value they chose, their box key). Apart from the facilitator's (commands.ts) so
// that a phone loads only these. Each is one transaction with its origin.
import * as Y from 'yjs';
import { transact, sessionDoc } from '../doc';
import { LOCAL_ORIGIN } from '../origins';
import { cleanText } from '../limits';
import { encodeKey } from '../board/boardCrypto';
import { breakoutMaps, memberKey, readBreakout, type Breakout } from './read';
import { boxKeyPair } from './sight';
import { invalid } from '../refusals';

export const ATTRIBUTE_MAX_CHARS = 40;

/** The block's breakout, or a refusal when it has none. */
export function requireBreakout(doc: Y.Doc, blockId: string): Breakout {
  const b = readBreakout(doc, blockId);
  if (!b) throw invalid('breakout.none');
  return b;
}

/** An attendee asks to join a group (self-selection); the host places them while it has room. */
export function pickGroup(
  doc: Y.Doc,
  args: { blockId: string; participantId: string; groupId: string },
  origin: unknown = LOCAL_ORIGIN,
): void {
  const b = requireBreakout(doc, args.blockId);
  if (b.plan.rule !== 'self' || b.state !== 'running')
    throw invalid('breakout.placedByFacilitator');
  if (b.members.has(args.participantId)) throw invalid('breakout.alreadyIn');
  const count = [...b.members.values()].filter((g) => g === args.groupId).length;
  if (b.plan.cap !== null && count >= b.plan.cap) throw invalid('breakout.full');
  transact(doc, origin, () =>
    breakoutMaps(doc).picks.set(memberKey(args.blockId, args.participantId), args.groupId),
  );
}

/** An attendee's own fields for breakouts: the attribute value they chose and their box key. */
export function setOwnBreakoutFields(
  doc: Y.Doc,
  args: { participantId: string; authorKey?: Uint8Array; attribute?: string },
  origin: unknown = LOCAL_ORIGIN,
): void {
  const m = sessionDoc(doc).participants.get(args.participantId);
  if (!(m instanceof Y.Map)) throw invalid('breakout.joinFirst');
  const box = args.authorKey ? encodeKey(boxKeyPair(args.authorKey).publicKey) : undefined;
  const attribute =
    args.attribute === undefined
      ? undefined
      : cleanText(args.attribute, 'Your choice', ATTRIBUTE_MAX_CHARS);
  if (
    (box === undefined || m.get('boxKey') === box) &&
    (attribute === undefined || m.get('attribute') === attribute)
  )
    return;
  transact(doc, origin, () => {
    if (box !== undefined && m.get('boxKey') !== box) m.set('boxKey', box);
    if (attribute !== undefined && m.get('attribute') !== attribute) m.set('attribute', attribute);
  });
}
