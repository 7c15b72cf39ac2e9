// Moving `.offsite` files between the host and the person's disk: import from a picked or
// dropped file, export as a browser download or (desktop) through the save dialog.
import type { ExportedSessionFile, SessionDetails } from '../../../shared/protocol/hostApi';
import { hostApi, platform } from '../../platform';

export const OFFSITE_EXTENSION = '.offsite';

/** Reads a picked or dropped file and imports it; the host explains any refusal. */
export async function importSessionFile(file: File): Promise<SessionDetails> {
  const api = hostApi();
  if (!api) throw new Error('This page needs the facilitator key.');
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return await api.importSession({ bytes });
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new Error(`Could not import “${file.name}”: ${why}`, { cause: err });
  }
}

/** Saves an exported session; resolves false when the person cancelled the save dialog. */
export function saveSessionFile(file: ExportedSessionFile): Promise<boolean> {
  return platform().saveSessionFile(file);
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
