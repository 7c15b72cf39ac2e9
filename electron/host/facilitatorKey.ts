// The facilitator key of a data folder: stable across restarts so an open console keeps working.
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function loadOrCreateFacilitatorKey(dataDir: string): string {
  const file = join(dataDir, 'facilitator.key');
  try {
    const key = readFileSync(file, 'utf8').trim();
    if (/^[0-9a-f]{32}$/.test(key)) return key;
  } catch {
    // missing: create below
  }
  const key = randomBytes(16).toString('hex');
  writeFileSync(file, key + '\n', { mode: 0o600 });
  return key;
}
