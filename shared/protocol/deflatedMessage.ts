// The hub's big messages, compressed once (issue 23). A newcomer's sync of a 5,000-note session is
// about a megabyte; the host compresses such a message once, whatever the number of peers it goes
// to, and sends it as a message of our own in y-websocket's wire format: MSG_DEFLATED, then the
// raw-deflate bytes of one whole hub message. Only clients that say they inflate get it (the
// INFLATE_PARAM in their hub URL); any other Yjs client gets the plain message.
// This replaces WebSocket permessage-deflate, which compresses each connection's copy again and
// keeps two zlib streams per connection for its life (most of the host's memory per attendee at
// 500). The host never inflates anything: what attendees send stays plain, so no compressed frame
// of theirs can inflate into a bomb on the host. Inflating here uses the platform's
// DecompressionStream (browsers; Node 18 and later for the test kit), bounded.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** Past y-websocket's own types (0–3) and the join challenge (7). */
export const MSG_DEFLATED = 8;

/** The hub URL parameter by which a client says it inflates MSG_DEFLATED (value "1"). */
export const INFLATE_PARAM = 'z';

/** What a client inflates at most: above the doc ceiling with the facilitator's room (limits.ts). */
export const MAX_INFLATED_BYTES = 64 * 2 ** 20;

/** The one platform API used here (lib.dom's and Node's, declared for shared's type check). */
type DecompressionStreamClass = new (format: 'deflate-raw') => {
  readable: ReadableStream<Uint8Array>;
  writable: WritableStream<Uint8Array>;
};

const platformStream = (): DecompressionStreamClass | undefined =>
  (globalThis as { DecompressionStream?: DecompressionStreamClass }).DecompressionStream;

/** Whether this platform inflates raw deflate (Chrome 103, Safari 16.4, Firefox 113 and later). */
export function canInflate(): boolean {
  const Stream = platformStream();
  if (!Stream) return false;
  try {
    new Stream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

/** MSG_DEFLATED around already compressed bytes (the host compresses; see hubMessages.ts). */
export function deflatedMessage(compressed: Uint8Array): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, MSG_DEFLATED);
  encoding.writeVarUint8Array(enc, compressed);
  return encoding.toUint8Array(enc);
}

/** Inflates raw deflate; rejects past `max` bytes (read no further) or on a damaged stream. */
export async function inflateRaw(
  compressed: Uint8Array,
  max = MAX_INFLATED_BYTES,
): Promise<Uint8Array> {
  const Stream = platformStream();
  if (!Stream) throw new Error('this browser cannot inflate');
  const stream = new Stream('deflate-raw');
  const writer = stream.writable.getWriter();
  // Errors surface on the reading side; the writer's own promises would reject unheard.
  writer.write(compressed).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => {});
      throw new Error(`a compressed hub message inflates past ${max} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** What the handler needs of y-websocket's WebsocketProvider. */
export interface InflatingProvider {
  messageHandlers: ((
    encoder: encoding.Encoder,
    decoder: decoding.Decoder,
    provider: never,
    emitSynced: boolean,
    messageType: number,
  ) => void)[];
  ws: { send(data: Uint8Array): void } | null;
}

/**
 * A y-websocket message handler for MSG_DEFLATED (provider.messageHandlers[MSG_DEFLATED]): inflates
 * and hands the message inside to the provider's handler for its type, as y-websocket would have
 * (wrapped handlers included: they are read when the message is inflated). Inflating takes a
 * moment, so messages after it may be applied first: Yjs keeps structs pending until what they
 * build on arrives, and compressed messages keep their order among themselves. A message that
 * arrived on a socket since closed is still applied, but cannot say the provider is synced. A
 * damaged message or one past `max` goes to `onError` (the caller closes the socket: the hub sends
 * the state again on the next connection).
 */
export function inflatingHandler(
  onError: (err: unknown) => void,
  max = MAX_INFLATED_BYTES,
  /** How to inflate (the platform's stream by default; Node's zlib in the test kit). */
  inflate: (compressed: Uint8Array, max: number) => Promise<Uint8Array> = inflateRaw,
): (encoder: encoding.Encoder, decoder: decoding.Decoder, provider: InflatingProvider) => void {
  let order: Promise<void> = Promise.resolve();
  return (_encoder, decoder, provider) => {
    const compressed = decoding.readVarUint8Array(decoder);
    const socket = provider.ws;
    order = order.then(async () => {
      try {
        const inner = decoding.createDecoder(await inflate(compressed, max));
        const type = decoding.readVarUint(inner);
        const handler = type === MSG_DEFLATED ? undefined : provider.messageHandlers[type];
        if (!handler) throw new Error(`a compressed hub message of unknown type ${type}`);
        const current = socket !== null && provider.ws === socket;
        const answer = encoding.createEncoder();
        handler(answer, inner, provider as never, current, type);
        if (current && encoding.length(answer) > 1) socket.send(encoding.toUint8Array(answer));
      } catch (err) {
        onError(err);
      }
    });
  };
}
