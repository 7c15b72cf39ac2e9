// The facilitator key of a data folder: stable across restarts so an open console keeps working.
// A read-only data folder without a key still starts: with a warning and a key kept in memory
// (valid until the host stops).
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeFault } from './store/storeErrors';

export interface KeyFiles {
  read(file: string): string;
  write(file: string, data: string): void;
}

const nodeFiles: KeyFiles = {
  read: (file) => readFileSync(file, 'utf8'),
  write: (file, data) => writeFileSync(file, data, { mode: 0o600 }),
};

export function loadOrCreateFacilitatorKey(
  dataDir: string,
  warn: (message: string) => void = (m) => console.warn(m),
  files: KeyFiles = nodeFiles,
): string {
  const file = join(dataDir, 'facilitator.key');
  try {
    const key = files.read(file).trim();
    if (/^[0-9a-f]{32}$/.test(key)) return key;
  } catch {
    // missing: create below
  }
  const key = randomBytes(16).toString('hex');
  try {
    files.write(file, key + '\n');
  } catch (err) {
    warn(
      `Could not save the facilitator key in ${dataDir}: ${describeFault(err)}. Using a key ` +
        `kept in memory: consoles opened now stop working when the host restarts.`,
    );
  }
  return key;
}
