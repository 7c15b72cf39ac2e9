// Linking a second device to a participant (shared/model/roster/deviceLink.ts): two attendee
// calls with the join code, no key. POST /api/link/offer leaves a sealed identity under a slot
// (signed by an admitted participant's key); POST /api/link/take gives it once to whoever names
// the slot, and forgets it. The host answers 404 for an unknown slot (counted as a wrong guess,
// as wrong join codes are) and 429 while a device guesses too often.
import { z } from 'zod';

/** Largest link request body the host reads. */
export const LINK_BODY_MAX_BYTES = 4096;

const slot = z.string().regex(/^[0-9a-f]{32}$/);

export const linkOfferArgs = z
  .object({
    code: z.string().max(64),
    slot,
    box: z.string().max(1024),
    pk: z.string().max(64),
    sig: z.string().max(128),
  })
  .strict();

export const linkTakeArgs = z.object({ code: z.string().max(64), slot }).strict();

export type LinkOfferArgs = z.infer<typeof linkOfferArgs>;
export type LinkTakeArgs = z.infer<typeof linkTakeArgs>;

export interface LinkOfferResult {
  expiresInMs: number;
}

export interface LinkTakeResult {
  box: string;
}
