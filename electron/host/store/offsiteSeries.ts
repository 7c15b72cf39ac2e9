// The whole-series file (issue 25): every session of a series in one file, each as its own
// `.offsite` file inside. Magic "OFFSERI\0", u16 format version, u32 header length, JSON header
// (the series, and each session's number and title), then per session a u32 length and its
// `.offsite` bytes, then a CRC-32 of everything before it (little-endian). Decoding checks the
// container, then every session inside, before anything is stored: a bad file stores nothing.
import { z } from 'zod';
import { crc32 } from './crc32';
import { StoreError } from './storeErrors';
import { readOffsiteForImport, type OffsiteContent } from './offsiteFile';

export const SERIES_MAGIC = new Uint8Array([0x4f, 0x46, 0x46, 0x53, 0x45, 0x52, 0x49, 0x00]);
export const SERIES_FORMAT_VERSION = 1;
export const SERIES_EXTENSION = '.offsite';
/** More sessions than any series of offsites will have; a file claiming more is damaged. */
export const SERIES_MAX_SESSIONS = 500;

const seriesHeaderSchema = z.object({
  seriesId: z.string().min(1).max(64),
  title: z.string(),
  exportedAt: z.number(),
  sessions: z
    .array(z.object({ number: z.number().int().positive(), title: z.string() }))
    .min(1)
    .max(SERIES_MAX_SESSIONS),
});
export type SeriesHeader = z.infer<typeof seriesHeaderSchema>;

export interface SeriesSession extends OffsiteContent {
  number: number;
}

export const isSeriesFile = (bytes: Uint8Array): boolean =>
  bytes.length >= SERIES_MAGIC.length && SERIES_MAGIC.every((b, i) => bytes[i] === b);

export function encodeSeriesFile(
  header: SeriesHeader,
  files: readonly Uint8Array[],
): Uint8Array<ArrayBuffer> {
  const head = new TextEncoder().encode(JSON.stringify(seriesHeaderSchema.parse(header)));
  if (files.length !== header.sessions.length) throw new Error('one file per session');
  const size =
    SERIES_MAGIC.length + 6 + head.length + files.reduce((n, f) => n + 4 + f.length, 0) + 4;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set(SERIES_MAGIC, 0);
  let at = SERIES_MAGIC.length;
  view.setUint16(at, SERIES_FORMAT_VERSION, true);
  view.setUint32(at + 2, head.length, true);
  at += 6;
  out.set(head, at);
  at += head.length;
  for (const f of files) {
    view.setUint32(at, f.length, true);
    out.set(f, at + 4);
    at += 4 + f.length;
  }
  view.setUint32(at, crc32(out.subarray(0, at)), true);
  return out;
}

const damaged = (why: string) =>
  new StoreError(
    `This series file is damaged (${why}). Export the series again from the original.`,
    'damaged-file',
  );

/** Reads a series file and every session in it (each checked and migrated as a lone import
 * would be); throws StoreError, naming the session, for anything wrong. */
export function readSeriesForImport(bytes: Uint8Array): {
  header: SeriesHeader;
  sessions: SeriesSession[];
} {
  const fixed = SERIES_MAGIC.length + 6;
  if (!isSeriesFile(bytes)) throw damaged('it does not start as a series file');
  if (bytes.length < fixed + 4)
    throw new StoreError(
      'This series file is incomplete, probably cut off while it was copied. Export it again.',
      'truncated-file',
    );
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint16(SERIES_MAGIC.length, true);
  if (version > SERIES_FORMAT_VERSION)
    throw new StoreError(
      `This series file was made by a newer version of Offsite (series format ${version}; this ` +
        `version reads format ${SERIES_FORMAT_VERSION}). Update Offsite to import it.`,
      'future-version',
    );
  if (version === 0) throw damaged('unknown file format 0');
  if (crc32(bytes.subarray(0, bytes.length - 4)) !== view.getUint32(bytes.length - 4, true))
    throw damaged('checksum mismatch; it may be cut off');
  const headLength = view.getUint32(SERIES_MAGIC.length + 2, true);
  if (fixed + headLength > bytes.length - 4) throw damaged('its header runs past the end');
  let header: SeriesHeader;
  try {
    const parsed = seriesHeaderSchema.safeParse(
      JSON.parse(
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(fixed, fixed + headLength)),
      ),
    );
    if (!parsed.success) throw damaged('its header is incomplete');
    header = parsed.data;
  } catch (err) {
    if (err instanceof StoreError) throw err;
    throw damaged('its header is not readable');
  }
  const sessions: SeriesSession[] = [];
  let at = fixed + headLength;
  for (const entry of header.sessions) {
    if (at + 4 > bytes.length - 4) throw damaged(`session ${entry.number} is missing`);
    const length = view.getUint32(at, true);
    if (at + 4 + length > bytes.length - 4) throw damaged(`session ${entry.number} is cut off`);
    try {
      const content = readOffsiteForImport(bytes.subarray(at + 4, at + 4 + length));
      sessions.push({ ...content, number: entry.number });
    } catch (err) {
      if (err instanceof StoreError)
        throw new StoreError(
          `Session ${entry.number} (“${entry.title}”) of this series: ${err.message}`,
          err.code,
        );
      throw err;
    }
    at += 4 + length;
  }
  if (at !== bytes.length - 4) throw damaged('unexpected bytes after the last session');
  const numbers = sessions.map((s) => s.number);
  if (new Set(numbers).size !== numbers.length) throw damaged('a session appears twice');
  return { header, sessions: sessions.sort((a, b) => a.number - b.number) };
}
