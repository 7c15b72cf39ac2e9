// How a breakout group reads its own board before the reveal, and nobody else does: every group
// board's notes are sealed to that board's key pair (derived from the facilitator's secret like any
// board's), and each member gets the secret half sealed to their own box key. A member's box key
// pair derives from the author key their browser keeps; they publish its public half in their
// participant entry (`boxKey`). Another group's members, the projector and anyone reading the doc
// see sealed text until the facilitator reveals the group board.
import nacl from 'tweetnacl';
import type * as Y from 'yjs';
import { encodeUtf8 } from 'lib0/string';
import { decodeKey, deriveBlockKeyPair, encodeKey, openSealed, sealTo } from '../board/boardCrypto';
import { sessionDoc } from '../doc';
import { breakoutMaps, parseGroupBoardId } from './read';

/** A participant's box key pair, derived from their author key (never stored). */
export function boxKeyPair(authorKey: Uint8Array): nacl.BoxKeyPair {
  const seed = nacl.hash(new Uint8Array([...encodeUtf8('offsite/breakout-box/'), ...authorKey]));
  return nacl.box.keyPair.fromSecretKey(seed.subarray(0, nacl.box.secretKeyLength));
}

/** The public box key a participant published in their entry, if any. */
export function publishedBoxKey(doc: Y.Doc, participantId: string): string | null {
  const m = sessionDoc(doc).participants.get(participantId);
  const key = m?.get?.('boxKey');
  return typeof key === 'string' && key.length > 0 ? key : null;
}

/** The group board's notes secret, sealed to a member's published box key. */
export function sealSight(
  facilitatorSecret: Uint8Array,
  boardId: string,
  boxPublicKey: string,
): string | null {
  let pub: Uint8Array;
  try {
    pub = decodeKey(boxPublicKey);
  } catch {
    return null;
  }
  if (pub.length !== nacl.box.publicKeyLength) return null;
  const pair = deriveBlockKeyPair(facilitatorSecret, boardId, 'notes');
  return sealTo(pub, encodeKey(pair.secretKey));
}

/** The group boards' keys sealed to this participant that their author key opens. */
export function openSightKeys(
  doc: Y.Doc,
  participantId: string,
  authorKey: Uint8Array,
): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const suffix = `/${encodeURIComponent(participantId)}`;
  let secret: Uint8Array | null = null;
  breakoutMaps(doc).sight.forEach((v, key) => {
    const sealed = (v as { sealed?: unknown } | null)?.sealed;
    if (!key.endsWith(suffix) || typeof sealed !== 'string') return;
    const boardId = key.slice(0, -suffix.length);
    if (!parseGroupBoardId(boardId)) return;
    secret ??= boxKeyPair(authorKey).secretKey;
    const opened = openSealed(secret, sealed);
    if (opened) out.set(boardId, decodeKey(opened));
  });
  return out;
}
