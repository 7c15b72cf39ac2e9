// The host's paths, the hub's subprotocols and the content type of `.offsite` bytes, shared by
// the host and its clients. Dependency-free (no zod), so the attendee's page carries none of the
// HostApi's validators; hostApi.ts re-exports them.
/** Paths and names shared by the host and its clients. */
export const ENDPOINTS = {
  api: '/api/',
  signal: '/signal',
  sync: '/sync',
  time: '/time',
  join: '/api/join',
  /** A phone's room check (the probe page), no key: venueApi.ts. */
  probe: '/api/probe',
  /** Linking a second device to a participant, no key: linkApi.ts. */
  linkOffer: '/api/link/offer',
  linkTake: '/api/link/take',
} as const;

/**
 * The facilitator key never travels in a URL (where logs, history and Referer keep it): a hub
 * WebSocket offers it as a second subprotocol (the host answers with the first, so it is never
 * echoed); a signaling WebSocket sends {type:'auth', token} as its first frame, because
 * y-webrtc's signaling client cannot set subprotocols.
 */
export const HUB_PROTOCOL = 'offsite';
export const KEY_PROTOCOL_PREFIX = 'offsite.key.';
export function hubProtocols(facilitatorKey: string): string[] {
  return [HUB_PROTOCOL, `${KEY_PROTOCOL_PREFIX}${facilitatorKey}`];
}

/** Content type of `.offsite` bytes on the HTTP transport (import body, export reply). */
export const OFFSITE_CONTENT_TYPE = 'application/octet-stream';
