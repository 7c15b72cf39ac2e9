// A client's side of the hub's compressed messages: what it inflates (bounded), in what order it
// hands them on, and what a damaged one does. The host's side is in hubCompression.test.ts.
import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import {
  canInflate,
  deflatedMessage,
  inflateRaw,
  inflatingHandler,
  type InflatingProvider,
} from '#shared/protocol/deflatedMessage';

/** A hub message of type 0 carrying `text` (what the recording handler reads back). */
function message(type: number, text: string): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, type);
  encoding.writeVarString(enc, text);
  return encoding.toUint8Array(enc);
}

/** A provider as y-websocket's: handlers by type, a socket; handler 0 records what it was given. */
function recordingProvider() {
  const seen: { text: string; emitSynced: boolean }[] = [];
  const sent: Uint8Array[] = [];
  const provider: InflatingProvider = {
    ws: { send: (data) => sent.push(data) },
    messageHandlers: [],
  };
  provider.messageHandlers[0] = (encoder, decoder, _p, emitSynced) => {
    const text = decoding.readVarString(decoder);
    seen.push({ text, emitSynced });
    if (text.startsWith('ask')) encoding.writeVarString(encoder, `answer to ${text}`);
  };
  return { provider, seen, sent };
}

/** Delivers MSG_DEFLATED bytes to the handler as y-websocket does (type already read). */
function deliver(
  handler: ReturnType<typeof inflatingHandler>,
  provider: InflatingProvider,
  wire: Uint8Array,
) {
  const decoder = decoding.createDecoder(wire);
  decoding.readVarUint(decoder);
  handler(encoding.createEncoder(), decoder, provider);
}

describe('compressed hub messages, the client side', () => {
  it('inflates on this platform and hands messages on in the order they came', async () => {
    expect(canInflate()).toBe(true);
    const { provider, seen, sent } = recordingProvider();
    const errors: unknown[] = [];
    const handler = inflatingHandler((e) => errors.push(e));
    const big = 'x'.repeat(300_000);
    deliver(handler, provider, deflatedMessage(deflateRawSync(message(0, big))));
    deliver(handler, provider, deflatedMessage(deflateRawSync(message(0, 'ask small'))));
    await expect.poll(() => seen.length).toBe(2);
    expect(seen.map((s) => s.text.length)).toEqual([300_000, 9]);
    expect(seen.every((s) => s.emitSynced)).toBe(true);
    // What the inner handler answered goes back on the socket, typed as it wrote it.
    expect(sent).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('refuses a message that inflates past the bound, reading no further, and goes on', async () => {
    const bomb = deflateRawSync(new Uint8Array(80 * 2 ** 20)); // 80 MiB of zeros in ~80 KB
    expect(bomb.length).toBeLessThan(100_000);
    await expect(inflateRaw(bomb, 8 * 2 ** 20)).rejects.toThrow(/inflates past 8388608 bytes/);

    const { provider, seen } = recordingProvider();
    const errors: unknown[] = [];
    const handler = inflatingHandler((e) => errors.push(e), 2 ** 20);
    deliver(handler, provider, deflatedMessage(deflateRawSync(new Uint8Array(2 ** 20 + 1))));
    deliver(handler, provider, deflatedMessage(deflateRawSync(message(0, 'after'))));
    await expect.poll(() => seen.map((s) => s.text)).toEqual(['after']);
    expect(errors).toHaveLength(1);
  });

  it('says a damaged stream, an unknown or nested type is an error, and applies nothing', async () => {
    const { provider, seen } = recordingProvider();
    const errors: unknown[] = [];
    const handler = inflatingHandler((e) => errors.push(e));
    const good = deflateRawSync(message(0, 'whole'));
    deliver(handler, provider, deflatedMessage(good.subarray(0, good.length - 3)));
    deliver(handler, provider, deflatedMessage(Uint8Array.from([0xff, 0xfe, 0xfd, 0xfc])));
    deliver(handler, provider, deflatedMessage(deflateRawSync(message(5, 'unknown'))));
    deliver(handler, provider, deflatedMessage(deflateRawSync(deflatedMessage(good))));
    await expect.poll(() => errors.length).toBe(4);
    expect(seen).toEqual([]);
    expect(String(errors[2])).toMatch(/unknown type 5/);
  });

  it('applies a message whose socket closed meanwhile, without saying synced or answering', async () => {
    const { provider, seen, sent } = recordingProvider();
    const handler = inflatingHandler(() => {});
    deliver(handler, provider, deflatedMessage(deflateRawSync(message(0, 'ask late'))));
    provider.ws = { send: () => {} }; // a reconnect: a new socket before the message inflated
    await expect.poll(() => seen.length).toBe(1);
    expect(seen[0]).toEqual({ text: 'ask late', emitSynced: false });
    expect(sent).toEqual([]);
  });
});
