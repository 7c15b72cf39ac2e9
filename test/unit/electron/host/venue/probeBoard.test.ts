import { describe, expect, it } from 'vitest';
import { PROBE_LIMITS, ProbeBoard } from '#electron/host/venue/probeBoard';

const report = {
  code: 'K7Q2MX4P9D',
  host: true,
  hub: true,
  signaling: true,
  peersSeen: 2,
  meshChannel: true,
  clockOffsetMs: 12,
  roundTripMs: 8,
  secureContext: false,
  problems: [],
};

describe('ProbeBoard', () => {
  it('keeps the last few, newest first, without the join code', () => {
    let t = 0;
    const board = new ProbeBoard(() => t);
    for (let i = 0; i < PROBE_LIMITS.keep + 3; i++) {
      t += 1;
      expect(board.add(`10.0.0.${i}`, 'Phone', { ...report, peersSeen: i })).toBe('ok');
    }
    expect(board.list()).toHaveLength(PROBE_LIMITS.keep);
    expect(board.list()[0]).toMatchObject({ from: `10.0.0.${PROBE_LIMITS.keep + 2}` });
    expect(JSON.stringify(board.list())).not.toContain('K7Q2MX4P9D');
  });
  it('refuses a device that floods, and the room past its minute budget', () => {
    let t = 0;
    const board = new ProbeBoard(() => t);
    expect(board.add('10.0.0.1', 'P', report)).toBe('ok');
    expect(board.add('10.0.0.1', 'P', report)).toBe('busy');
    t += PROBE_LIMITS.perDeviceMs;
    expect(board.add('10.0.0.1', 'P', report)).toBe('ok');
    for (let i = 2; i < PROBE_LIMITS.perMinute; i++) board.add(`10.0.1.${i}`, 'P', report);
    expect(board.add('10.0.2.1', 'P', report)).toBe('busy');
    t += 60_000;
    expect(board.add('10.0.2.1', 'P', report)).toBe('ok');
  });
});
