// The admission gate on its own, on fake sockets and a fake open connection: the steps in their
// order (token → failure limiter → claim → quota) and each refusal, as an HTTP status before the
// upgrade and as a close code after it.
import { Duplex } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { AdmissionGate, REFUSALS, type Door, type Grant } from '#electron/host/limits/admission';
import { AuthFailures } from '#electron/host/limits/authFailures';

const CONNECTIONS = { perSession: 3, facilitatorReserve: 1, perAddress: 2 };

/** A socket that records what is written to it. */
function fakeSocket() {
  const written: string[] = [];
  const socket = new Duplex({
    read() {},
    write(chunk: Buffer, _encoding, done) {
      written.push(String(chunk));
      done();
    },
  });
  const door: Door = { socket };
  return {
    socket,
    door,
    /** The HTTP status the gate answered with, or null when it wrote nothing. */
    status: (): number | null => {
      const match = /^HTTP\/1\.1 (\d+) /.exec(written.join(''));
      return match ? Number(match[1]) : null;
    },
    written,
  };
}

/** A connection already open (signaling's auth frame): records its close. */
function fakeOpen() {
  const closed: { code: number; reason: string }[] = [];
  let open = true;
  const door: Door = {
    isOpen: () => open,
    close: (code, reason) => {
      closed.push({ code, reason });
      open = false;
    },
  };
  return { door, closed, leave: () => (open = false) };
}

function gate(failures?: AuthFailures) {
  const logs: string[] = [];
  const g = new AdmissionGate({
    connections: CONNECTIONS,
    failures,
    log: (m) => logs.push(m),
    label: 'refused a test connection',
  });
  return { g, logs };
}

const attendee = (session = 's1'): Grant => ({ session, role: 'attendee' });

/** A failure limiter that never waits while under its free failures. */
const failuresFree = (free = 10) =>
  new AuthFailures({ free, windowMs: 60_000, maxBackoffMs: 1_000 }, Date.now, async () => {});

describe('AdmissionGate', () => {
  it('admits a right token with its grant, and the release frees the place', async () => {
    const { g, logs } = gate();
    const tickets = [];
    for (let i = 0; i < 2; i++) {
      const s = fakeSocket();
      tickets.push(await g.admit(s.door, { address: `a${i}`, token: () => attendee() }));
      expect(s.status()).toBeNull(); // left to the server to upgrade
    }
    expect(tickets[0]?.grant).toEqual(attendee());
    const full = fakeSocket();
    expect(await g.admit(full.door, { address: 'a9', token: () => attendee() })).toBeNull();
    expect(full.status()).toBe(503);
    tickets[0]?.release();
    const again = fakeSocket();
    expect(await g.admit(again.door, { address: 'a9', token: () => attendee() })).not.toBeNull();
    expect(logs).toEqual([
      'refused a test connection to session s1: the session has no places left',
    ]);
  });

  it('refuses a wrong token with 401, counts it per address, and never logs the token', async () => {
    const failures = failuresFree(2);
    const { g, logs } = gate(failures);
    const s = fakeSocket();
    expect(await g.admit(s.door, { address: 'x', token: () => null })).toBeNull();
    expect(s.status()).toBe(401);
    expect(s.written.join('')).toBe(
      'HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n',
    );
    expect(failures.delayFor('x')).toBe(0); // one free failure used
    await g.admit(fakeSocket().door, { address: 'x', token: () => null });
    expect(failures.delayFor('x')).toBeGreaterThan(0);
    expect(failures.delayFor('y')).toBe(0);
    expect(logs).toEqual([
      'refused a test connection: missing or unknown token',
      'refused a test connection: missing or unknown token',
    ]);
  });

  it('refuses a throwing token check with 401 and logs what it threw', async () => {
    const { g, logs } = gate(failuresFree());
    const s = fakeSocket();
    const ticket = await g.admit(s.door, {
      address: 'x',
      token: () => {
        throw new Error('store unavailable');
      },
    });
    expect(ticket).toBeNull();
    expect(s.status()).toBe(401);
    expect(logs[0]).toBe('authorize threw: store unavailable');
  });

  it('refuses with 429, unheard, when too many checks from the address already wait', async () => {
    let wake = () => {};
    const failures = new AuthFailures(
      { free: 0, windowMs: 60_000, maxBackoffMs: 1_000 },
      Date.now,
      () => new Promise<void>((r) => (wake = r)),
    );
    failures.fail('x');
    const { g, logs } = gate(failures);
    let checked = 0;
    const token = () => (checked++, attendee());
    const waiting = Array.from({ length: 8 }, () =>
      g.admit(fakeSocket().door, { address: 'x', token }),
    );
    const s = fakeSocket();
    expect(await g.admit(s.door, { address: 'x', token })).toBeNull();
    expect(s.status()).toBe(429);
    expect(checked).toBe(0);
    expect(logs).toEqual([
      'refused a test connection: too many token checks waiting from one address',
    ]);
    wake();
    void waiting;
  });

  it('checks the claim only after a right token, and a wrong claim is a 401 not counted as a guess', async () => {
    const failures = failuresFree(1);
    const { g } = gate(failures);
    const claims: string[] = [];
    const s = fakeSocket();
    const ticket = await g.admit(s.door, {
      address: 'x',
      token: () => attendee(),
      claim: (grant) => (claims.push(grant.session), null),
    });
    expect(ticket).toBeNull();
    expect(s.status()).toBe(401);
    expect(claims).toEqual(['s1']);
    expect(failures.delayFor('x')).toBe(0); // not a wrong token
    await g.admit(fakeSocket().door, {
      address: 'x',
      token: () => null,
      claim: (grant) => (claims.push(grant.session), null),
    });
    expect(claims).toEqual(['s1']); // no claim looked at for a wrong token
    const ok = await g.admit(fakeSocket().door, {
      address: 'y',
      token: () => attendee(),
      claim: (grant) => ({ ...grant, clientId: 7 }),
    });
    expect(ok?.grant).toEqual({ session: 's1', role: 'attendee', clientId: 7 });
  });

  it('refuses attendees past the per-address cap with 503, not the facilitator; keeps its reserve', async () => {
    const { g, logs } = gate();
    for (let i = 0; i < 2; i++)
      expect(await g.admit(fakeSocket().door, { address: 'x', token: () => attendee() })).not.toBe(
        null,
      );
    const s = fakeSocket();
    expect(await g.admit(s.door, { address: 'x', token: () => attendee('s2') })).toBeNull();
    expect(s.status()).toBe(503);
    expect(logs).toEqual([
      'refused a test connection to session s2: too many connections from one address',
    ]);
    // The session's last place is the facilitator's reserve: taken from the same address.
    const f = await g.admit(fakeSocket().door, {
      address: 'x',
      token: () => ({ session: 's1', role: 'facilitator' }),
    });
    expect(f).not.toBeNull();
  });

  it('on an open connection answers each refusal with its close code', async () => {
    const { g } = gate(failuresFree());
    const wrong = fakeOpen();
    expect(await g.admit(wrong.door, { address: 'x', token: () => null })).toBeNull();
    expect(wrong.closed).toEqual([{ code: 4401, reason: 'unauthorized' }]);
    for (let i = 0; i < 2; i++)
      await g.admit(fakeOpen().door, { address: `a${i}`, token: () => attendee() });
    const full = fakeOpen();
    expect(await g.admit(full.door, { address: 'z', token: () => attendee() })).toBeNull();
    expect(full.closed).toEqual([{ code: 4503, reason: 'the session has no places left' }]);
    const busy = fakeOpen();
    g.refuse(busy.door, 'busy');
    expect(busy.closed).toEqual([{ code: 4401, reason: 'unauthorized' }]);
  });

  it('answers nothing to a connection that left while its token was checked', async () => {
    const { g, logs } = gate(failuresFree());
    const s = fakeSocket();
    s.socket.destroy();
    expect(await g.admit(s.door, { address: 'x', token: () => null })).toBeNull();
    expect(s.written).toEqual([]);
    const o = fakeOpen();
    o.leave();
    expect(await g.admit(o.door, { address: 'x', token: () => attendee() })).toBeNull();
    expect(o.closed).toEqual([]);
    expect(logs).toEqual([]);
    // Nothing admitted: the places are all still free.
    for (let i = 0; i < 2; i++)
      expect(
        await g.admit(fakeSocket().door, { address: `a${i}`, token: () => attendee() }),
      ).not.toBe(null);
  });

  it('refuses a closing server with 503, and maps every refusal to its status', () => {
    const { g, logs } = gate();
    const s = fakeSocket();
    g.refuse(s.door, 'closing');
    expect(s.status()).toBe(503);
    expect(logs).toEqual(['refused a test connection: the server is closing']);
    expect(
      Object.fromEntries(Object.entries(REFUSALS).map(([k, v]) => [k, [v.status, v.code]])),
    ).toEqual({
      unauthorized: [401, 4401],
      busy: [429, 4401],
      'session-full': [503, 4503],
      'address-full': [503, 4503],
      closing: [503, 1001],
    });
  });
});
