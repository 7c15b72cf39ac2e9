// Linking a second device to this participant (shared/model/roster/deviceLink.ts): the first
// device offers its sealed identity under a fresh code; the second takes it with that code and
// becomes the same participant (same author key, same name), so one person stays one voice.
import {
  linkOfferText,
  linkSecrets,
  newLinkCode,
  normalizeLinkCode,
  openIdentity,
  sealIdentity,
} from '../../../shared/model/roster/deviceLink';
import {
  encodePublicKey,
  participantKeys,
  signText,
} from '../../../shared/model/authority/signing';
import { loadAuthorKey, saveAuthorKey } from '../board/boardKeys';
import { platform } from '../../platform';
import { saveName, type JoinInfo } from './joinSession';

/** Offers this device's identity; resolves the code to enter on the other device. */
export async function offerIdentity(info: JoinInfo, name: string): Promise<string> {
  const code = newLinkCode();
  const { slot, key } = linkSecrets(info.sessionId, code);
  const authorKey = loadAuthorKey(info.sessionId);
  const keys = participantKeys(authorKey);
  await platform().linkOffer({
    code: info.joinCode,
    slot,
    box: sealIdentity(key, { authorKey, name }),
    pk: encodePublicKey(keys.publicKey),
    sig: signText(keys.secretKey, linkOfferText(info.sessionId, slot)),
  });
  return code;
}

/** Takes the identity the other device offered under `typed`; resolves its name. */
export async function takeIdentity(info: JoinInfo, typed: string): Promise<string> {
  const code = normalizeLinkCode(typed);
  if (!code) throw new Error('A device code has 10 letters and digits, like ABCDE-FGHJK.');
  const { slot, key } = linkSecrets(info.sessionId, code);
  const { box } = await platform().linkTake({ code: info.joinCode, slot });
  const id = openIdentity(key, box);
  if (!id) throw new Error('That code did not open. Show a new one on your other device.');
  saveAuthorKey(info.sessionId, id.authorKey);
  saveName(info.sessionId, id.name);
  return id.name;
}
