// The whole-series file (issue 25): every session of a series in one file, each as its own
// `.offsite` file inside. Magic "OFFSERI\0", u16 format version, u32 header length, JSON header
// (the series, and each session's number and title), then per session a u32 length and its
// `.offsite` bytes, then a CRC-32 of everything before it (little-endian). Decoding checks the
// container, then every session inside, before anything is stored: a bad file stores nothing.
import { z } from 'zod';
import { crc32 } from './crc32';
import { StoreError } from './storeErrors';
import { hostWords, type HostWords } from '../../../shared/protocol/hostWords';
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

/** Why a series file is damaged, as words (the codes a lone session file's damage has where
 * the reason is the same). */
const WHY = {
  notSeries: ['seriesDamaged.notSeries', 'it does not start as a series file'],
  format0: ['damaged.format0', 'unknown file format 0'],
  checksum: ['seriesDamaged.checksum', 'checksum mismatch; it may be cut off'],
  headerPastEnd: ['seriesDamaged.headerPastEnd', 'its header runs past the end'],
  headerIncomplete: ['damaged.headerIncomplete', 'its header is incomplete'],
  headerUnreadable: ['damaged.headerUnreadable', 'its header is not readable'],
  trailing: ['seriesDamaged.trailing', 'unexpected bytes after the last session'],
  twice: ['seriesDamaged.twice', 'a session appears twice'],
} as const;

function damaged(why: keyof typeof WHY | HostWords): StoreError {
  const words = typeof why === 'string' ? hostWords(WHY[why][0], {}, WHY[why][1]) : why;
  const message = `This series file is damaged (${words.message}). Export the series again from the original.`;
  return new StoreError(
    message,
    'damaged-file',
    hostWords('seriesFile.damaged', { why: words }, message),
  );
}

const TRUNCATED = hostWords(
  'seriesFile.truncated',
  {},
  'This series file is incomplete, probably cut off while it was copied. Export it again.',
);

/** A session of the file that is missing or cut off. */
const sessionPart = (
  code: 'seriesDamaged.sessionMissing' | 'seriesDamaged.sessionCutOff',
  number: number,
) =>
  hostWords(
    code,
    { number },
    `session ${number} is ${code === 'seriesDamaged.sessionMissing' ? 'missing' : 'cut off'}`,
  );

/** Reads a series file and every session in it (each checked and migrated as a lone import
 * would be); throws StoreError, naming the session, for anything wrong. */
export function readSeriesForImport(bytes: Uint8Array): {
  header: SeriesHeader;
  sessions: SeriesSession[];
} {
  const fixed = SERIES_MAGIC.length + 6;
  if (!isSeriesFile(bytes)) throw damaged('notSeries');
  if (bytes.length < fixed + 4)
    throw new StoreError(TRUNCATED.message, 'truncated-file', TRUNCATED);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint16(SERIES_MAGIC.length, true);
  if (version > SERIES_FORMAT_VERSION) {
    const message =
      `This series file was made by a newer version of Offsite (series format ${version}; this ` +
      `version reads format ${SERIES_FORMAT_VERSION}). Update Offsite to import it.`;
    const words = hostWords(
      'seriesFile.newerFormat',
      { version, reads: SERIES_FORMAT_VERSION },
      message,
    );
    throw new StoreError(message, 'future-version', words);
  }
  if (version === 0) throw damaged('format0');
  if (crc32(bytes.subarray(0, bytes.length - 4)) !== view.getUint32(bytes.length - 4, true))
    throw damaged('checksum');
  const headLength = view.getUint32(SERIES_MAGIC.length + 2, true);
  if (fixed + headLength > bytes.length - 4) throw damaged('headerPastEnd');
  let header: SeriesHeader;
  try {
    const parsed = seriesHeaderSchema.safeParse(
      JSON.parse(
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(fixed, fixed + headLength)),
      ),
    );
    if (!parsed.success) throw damaged('headerIncomplete');
    header = parsed.data;
  } catch (err) {
    if (err instanceof StoreError) throw err;
    throw damaged('headerUnreadable');
  }
  const sessions: SeriesSession[] = [];
  let at = fixed + headLength;
  for (const entry of header.sessions) {
    if (at + 4 > bytes.length - 4)
      throw damaged(sessionPart('seriesDamaged.sessionMissing', entry.number));
    const length = view.getUint32(at, true);
    if (at + 4 + length > bytes.length - 4)
      throw damaged(sessionPart('seriesDamaged.sessionCutOff', entry.number));
    try {
      const content = readOffsiteForImport(bytes.subarray(at + 4, at + 4 + length));
      sessions.push({ ...content, number: entry.number });
    } catch (err) {
      if (err instanceof StoreError) {
        const message = `Session ${entry.number} (“${entry.title}”) of this series: ${err.message}`;
        const why = err.words ?? err.message;
        const words = hostWords(
          'seriesFile.session',
          { number: entry.number, title: entry.title, why },
          message,
        );
        throw new StoreError(message, err.code, words);
      }
      throw err;
    }
    at += 4 + length;
  }
  if (at !== bytes.length - 4) throw damaged('trailing');
  const numbers = sessions.map((s) => s.number);
  if (new Set(numbers).size !== numbers.length) throw damaged('twice');
  return { header, sessions: sessions.sort((a, b) => a.number - b.number) };
}
