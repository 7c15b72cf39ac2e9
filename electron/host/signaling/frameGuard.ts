// Defensive input handling for signaling.ts: token and frame parsing (refusals are the admission
// gate's, limits/admission.ts). Kept apart so every hostile shape can be reasoned about without
// the server's state.
import type { RawData } from 'ws';

/** A signaling message that passed shape checks; anything else is reported as a verdict. */
export type SignalingMessage =
  | { type: 'subscribe'; topics: string[] }
  | { type: 'unsubscribe'; topics: string[] }
  | { type: 'publish'; topic: string; data: unknown }
  | { type: 'ping' }
  /** Our addition: the facilitator's token, as the first frame (never in the URL). */
  | { type: 'auth'; token: string };

export type ParseResult =
  | { ok: true; message: SignalingMessage }
  /** `malformed`: never sent by a real client (garbage or wrong shape), counts toward closing.
   *  `ignored`: harmless (an unknown type, perhaps from a newer y-webrtc), just dropped. */
  | { ok: false; verdict: 'malformed' | 'ignored'; reason: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const parseTopics = (value: unknown, maxTopics: number): string[] | string => {
  if (!Array.isArray(value)) return 'topics is not an array';
  if (value.length > maxTopics) return `topics lists ${value.length} entries (max ${maxTopics})`;
  if (!value.every((topic): topic is string => typeof topic === 'string')) {
    return 'topics holds a non-string';
  }
  return value;
};

/** Parses one text frame. Never throws. */
export function parseSignalingFrame(text: string, maxTopics: number): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, verdict: 'malformed', reason: 'invalid JSON' };
  }
  if (!isRecord(value)) return { ok: false, verdict: 'malformed', reason: 'not a JSON object' };
  const type = value['type'];
  if (typeof type !== 'string') return { ok: false, verdict: 'malformed', reason: 'no type' };
  switch (type) {
    case 'subscribe':
    case 'unsubscribe': {
      const topics = parseTopics(value['topics'], maxTopics);
      if (typeof topics === 'string') return { ok: false, verdict: 'malformed', reason: topics };
      return { ok: true, message: { type, topics } };
    }
    case 'publish': {
      const topic = value['topic'];
      if (typeof topic !== 'string') {
        return { ok: false, verdict: 'malformed', reason: 'topic is not a string' };
      }
      if (!('data' in value)) return { ok: false, verdict: 'malformed', reason: 'no data' };
      return { ok: true, message: { type, topic, data: value['data'] } };
    }
    case 'ping':
      return { ok: true, message: { type } };
    case 'auth': {
      const token = value['token'];
      if (typeof token !== 'string' || token.length === 0 || token.length > 200)
        return { ok: false, verdict: 'malformed', reason: 'auth without a token' };
      return { ok: true, message: { type, token } };
    }
    default:
      return { ok: false, verdict: 'ignored', reason: 'unknown type' };
  }
}

export function tokenFrom(url: string | undefined): string | null {
  try {
    return new URL(url ?? '', 'http://host.invalid').searchParams.get('token') || null;
  } catch {
    return null;
  }
}

export function rawToText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return (data instanceof ArrayBuffer ? Buffer.from(data) : data).toString('utf8');
}
