// The facilitator key file: kept across restarts, and a read-only data folder without one still
// starts (with a warning and a key in memory) instead of failing with EROFS.
import { describe, expect, it } from 'vitest';
import { loadOrCreateFacilitatorKey } from '#electron/host/facilitatorKey';

const erofs = () => {
  throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
};

describe('loadOrCreateFacilitatorKey', () => {
  it('keeps the key it wrote', () => {
    const files = new Map<string, string>();
    const io = {
      read: (f: string) => files.get(f) ?? erofs(),
      write: (f: string, d: string) => void files.set(f, d),
    };
    const first = loadOrCreateFacilitatorKey('/data', () => {}, io);
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(loadOrCreateFacilitatorKey('/data', () => {}, io)).toBe(first);
  });

  it('on a read-only folder without a key, warns and uses a key in memory', () => {
    const warnings: string[] = [];
    const key = loadOrCreateFacilitatorKey('/ro', (m) => warnings.push(m), {
      read: () => {
        throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      },
      write: erofs,
    });
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('the data folder is read-only');
    expect(warnings[0]).toContain('kept in memory');
  });
});
