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
import { invalid, type RoomRefusalCode } from '../../../shared/model/refusals';
import { HostError } from '../../platform/hostHttp';

/** A refusal the host sent by its status, as the refusal code whose English it is (so the page
 * says it in its language); anything else as it came. */
async function refusedAs<T>(
  call: Promise<T>,
  codes: Partial<Record<number, RoomRefusalCode>>,
): Promise<T> {
  try {
    return await call;
  } catch (err) {
    const code = err instanceof HostError ? codes[err.status] : undefined;
    throw code ? invalid(code) : err;
  }
}

/** Offers this device's identity; resolves the code to enter on the other device. */
export async function offerIdentity(info: JoinInfo, name: string): Promise<string> {
  const code = newLinkCode();
  const { slot, key } = linkSecrets(info.sessionId, code);
  const authorKey = loadAuthorKey(info.sessionId);
  const keys = participantKeys(authorKey);
  await refusedAs(
    platform().linkOffer({
      code: info.joinCode,
      slot,
      box: sealIdentity(key, { authorKey, name }),
      pk: encodePublicKey(keys.publicKey),
      sig: signText(keys.secretKey, linkOfferText(info.sessionId, slot)),
    }),
    { 403: 'link.admittedOnly', 429: 'link.busy' },
  );
  return code;
}

/** Takes the identity the other device offered under `typed`; resolves its name. */
export async function takeIdentity(info: JoinInfo, typed: string): Promise<string> {
  const code = normalizeLinkCode(typed);
  if (!code) throw invalid('link.codeShape', { example: 'ABCDE-FGHJK' });
  const { slot, key } = linkSecrets(info.sessionId, code);
  const { box } = await refusedAs(platform().linkTake({ code: info.joinCode, slot }), {
    404: 'link.noneWaiting',
    429: 'link.tooManyCodes',
  });
  const id = openIdentity(key, box);
  if (!id) throw invalid('link.didNotOpen');
  saveAuthorKey(info.sessionId, id.authorKey);
  saveName(info.sessionId, id.name);
  return id.name;
}
