// The attendee's one host call (POST /api/join, no key): a join code buys the session's id and
// title. The host answers 404 for an unknown code and 429 while a device guesses too often.
import { z } from 'zod';
import { ENDPOINTS } from './endpoints';

export const JOIN_PATH = ENDPOINTS.join;

/** Largest join request body the host reads. */
export const JOIN_BODY_MAX_BYTES = 4096;

export const joinArgs = z.object({ code: z.string().max(64) }).strict();

export type JoinArgs = z.infer<typeof joinArgs>;

export interface JoinResult {
  sessionId: string;
  title: string;
  joinCode: string;
}
