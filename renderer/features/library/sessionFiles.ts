// Moving `.offsite` files between the host and the person's disk: import from a picked or
// dropped file, export as a browser download or (desktop) through the save dialog.
import type { ExportedSessionFile, SessionDetails } from '../../../shared/protocol/hostApi';
import { hostApi, platform } from '../../platform';
import { t } from '../../i18n/t';
import { activeLanguage } from '../../i18n/language';

// eslint-disable-next-line lingui/no-unlocalized-strings -- a file name's extension
export const OFFSITE_EXTENSION = '.offsite';

/** Reads a picked or dropped file and imports it; the host explains any refusal. */
export async function importSessionFile(file: File): Promise<SessionDetails> {
  const api = hostApi();
  if (!api) throw new Error(t('library.needsKey'));
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return await api.importSession({ bytes });
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new Error(t('library.importFailed', { name: file.name, why }), { cause: err });
  }
}

/** Saves an exported session; resolves false when the person cancelled the save dialog. */
export function saveSessionFile(file: ExportedSessionFile): Promise<boolean> {
  return platform().saveSessionFile(file);
}

/** A size in bytes, KB or MB (one decimal below 10 KB and for MB), in the page's language. */
export function formatBytes(n: number): string {
  // As toFixed() wrote it ("30.0 MB", "1000 KB"), with the language's decimal sign.
  const fixed = (x: number, digits: number) =>
    new Intl.NumberFormat(activeLanguage(), {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: false,
    }).format(x);
  if (n < 1024) return t('library.size.bytes', { n: fixed(n, 0) });
  if (n < 1024 * 1024) return t('library.size.kb', { n: fixed(n / 1024, n < 10 * 1024 ? 1 : 0) });
  return t('library.size.mb', { n: fixed(n / (1024 * 1024), 1) });
}
