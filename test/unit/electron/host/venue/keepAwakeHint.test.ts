import { describe, expect, it } from 'vitest';
import { keepAwakeHint } from '#electron/host/venue/keepAwakeHint';

describe('keepAwakeHint', () => {
  it('names the tool each OS keeps a machine awake with', () => {
    expect(keepAwakeHint('darwin')).toContain('caffeinate -dis npm run host');
    expect(keepAwakeHint('linux')).toContain('systemd-inhibit --what=sleep:idle');
    expect(keepAwakeHint('win32')).toMatch(/Screen and sleep to Never/);
  });
});
