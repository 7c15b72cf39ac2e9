// The limit mechanisms on injected clocks and fake inputs: token bucket, connection quotas with
// the facilitator's reserve, the shared failure limiter's backoff, Host/Origin checks, fd limits.
import { describe, expect, it } from 'vitest';
import type { IncomingMessage } from 'node:http';
import { ConnectionQuota, TokenBucket } from '#electron/host/limits/limiters';
import { AuthFailures } from '#electron/host/limits/authFailures';
import { createHostCheck } from '#electron/host/http/hostCheck';
import { DEFAULT_LIMITS, fdLimits, socketBudget, withLimits } from '#electron/host/limits/limits';

describe('TokenBucket', () => {
  it('allows a burst, then the steady rate, on the injected clock', () => {
    let t = 0;
    const bucket = new TokenBucket({ burst: 5, perSecond: 2 }, () => t);
    for (let i = 0; i < 5; i++) expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    t += 500; // one token back
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    t += 60_000; // refills only up to the burst
    for (let i = 0; i < 5; i++) expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
  });
});

describe('ConnectionQuota', () => {
  const limits = { perSession: 4, facilitatorReserve: 2, perAddress: 3 };

  it('keeps the facilitator’s reserve in a session attendees filled', () => {
    const q = new ConnectionQuota(limits);
    expect(q.admit('s', 'attendee', 'a').ok).toBe(true);
    expect(q.admit('s', 'attendee', 'b').ok).toBe(true);
    expect(q.admit('s', 'attendee', 'c')).toEqual({ ok: false, why: 'session-full' });
    expect(q.admit('s', 'facilitator', '127.0.0.1').ok).toBe(true);
    expect(q.admit('s', 'projector', '127.0.0.1').ok).toBe(true);
    expect(q.admit('s', 'facilitator', '127.0.0.1').ok).toBe(false);
    expect(q.admit('other', 'attendee', 'c').ok).toBe(true);
  });

  it('caps attendees per address (not the facilitator) and frees places on release', () => {
    const q = new ConnectionQuota({ ...limits, perSession: 100 });
    const held = [1, 2, 3].map(() => q.admit('s', 'attendee', 'x'));
    expect(q.admit('s2', 'attendee', 'x')).toEqual({ ok: false, why: 'address-full' });
    for (let i = 0; i < 5; i++) expect(q.admit('s', 'facilitator', 'x').ok).toBe(true);
    const first = held[0]!;
    if (first.ok) {
      first.release();
      first.release(); // twice is harmless
    }
    expect(q.admit('s', 'attendee', 'x').ok).toBe(true);
    expect(q.admit('s', 'attendee', 'x').ok).toBe(false);
  });
});

describe('AuthFailures', () => {
  function limiter() {
    let t = 1_000_000;
    const slept: number[] = [];
    const f = new AuthFailures(
      { free: 3, windowMs: 60_000, maxBackoffMs: 2_000 },
      () => t,
      async (ms) => {
        slept.push(ms);
      },
    );
    return { f, slept, advance: (ms: number) => (t += ms) };
  }

  it('backs off past the free failures, doubling to a ceiling, and forgets after the window', async () => {
    const { f, slept, advance } = limiter();
    const wrong = () => ({ ok: false });
    for (let i = 0; i < 3; i++) await f.attempt('a', wrong);
    expect(slept).toEqual([]);
    for (let i = 0; i < 5; i++) await f.attempt('a', wrong);
    expect(slept).toEqual([250, 500, 1000, 2000, 2000]);
    expect(f.delayFor('b')).toBe(0); // per address
    advance(60_001);
    expect(f.delayFor('a')).toBe(0);
  });

  it('never refuses the right code: it waits its turn, then passes; success does not reset', async () => {
    const { f, slept } = limiter();
    for (let i = 0; i < 5; i++) await f.attempt('a', () => ({ ok: false }));
    const right = await f.attempt('a', () => ({ ok: true, id: 's1' }));
    expect(right).toEqual({ ok: true, id: 's1' });
    expect(slept.at(-1)).toBe(1000);
    expect(f.delayFor('a')).toBe(1000);
  });

  it('refuses attempts unheard when too many from one address already wait', async () => {
    let release = () => {};
    const f = new AuthFailures(
      { free: 0, windowMs: 60_000, maxBackoffMs: 1000 },
      Date.now,
      () => new Promise<void>((r) => (release = r)),
    );
    f.fail('a');
    let checked = 0;
    const check = () => (checked++, { ok: false });
    const waiting = Array.from({ length: 8 }, () => f.attempt('a', check));
    expect(await f.attempt('a', check)).toBe('busy');
    expect(checked).toBe(0);
    release();
    void waiting;
  });
});

describe('Host and Origin checks', () => {
  const req = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;
  const check = createHostCheck(
    () => 7480,
    '192.168.1.20',
    () => ['localhost', '127.0.0.1', '[::1]', '192.168.1.20'],
  );

  it('answers only to the host’s own addresses on its port', () => {
    for (const host of ['127.0.0.1:7480', 'localhost:7480', 'LOCALHOST:7480', '192.168.1.20:7480'])
      expect(check.hostOk(req({ host })), host).toBe(true);
    for (const host of ['evil.example:7480', '192.168.1.20:80', '127.0.0.1', 'a.127.0.0.1:7480'])
      expect(check.hostOk(req({ host })), host).toBe(false);
    expect(check.hostOk(req({}))).toBe(false);
  });

  it('refuses foreign origins, accepts its own and clients without one', () => {
    expect(check.originOk(req({}))).toBe(true);
    expect(check.originOk(req({ origin: 'http://192.168.1.20:7480' }))).toBe(true);
    for (const origin of [
      'http://evil.example',
      'https://192.168.1.20:7480',
      'null',
      'http://127.0.0.1:9999',
    ])
      expect(check.originOk(req({ origin })), origin).toBe(false);
  });
});

describe('limits', () => {
  it('reads the open-files limit and keeps the socket budget below it', () => {
    const text =
      'Max cpu time  unlimited unlimited seconds\nMax open files            1024                 524288               files\n';
    expect(fdLimits(() => text)).toEqual({ soft: 1024, hard: 524288 });
    expect(fdLimits(() => 'nothing here')).toBeNull();
    expect(socketBudget(1024)).toBeLessThan(1024);
    expect(socketBudget(1024)).toBeGreaterThan(500);
    expect(socketBudget(null)).toBeLessThan(1024);
  });

  it('lays overrides over the defaults without touching them', () => {
    const l = withLimits({ hub: { maxDocBytes: 10 } });
    expect(l.hub.maxDocBytes).toBe(10);
    expect(l.hub.maxFrameBytes).toEqual(DEFAULT_LIMITS.hub.maxFrameBytes);
    expect(DEFAULT_LIMITS.hub.maxDocBytes).toBe(16 * 1024 * 1024);
    expect(DEFAULT_LIMITS.hub.maxFrameBytes.attendee).toBe(1024 * 1024);
    expect(DEFAULT_LIMITS.http.headersTimeoutMs).toBeLessThanOrEqual(10_000);
  });
});
