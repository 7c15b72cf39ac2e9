// The single-file `.offsite` export: magic "OFFSITE\0", u16 format version, u32 header length,
// JSON header, u32 state length, the compacted Yjs state, then a CRC-32 of everything before it
// (all integers little-endian). Decoding explains every refusal in words a facilitator follows.
import * as Y from 'yjs';
import { z } from 'zod';
import { hostWords, type HostWords } from '../../../shared/protocol/hostWords';
import { SCHEMA_VERSION } from '../../../shared/model/doc';
import { migrateDoc, MigrationError } from '../../../shared/model/migrations';
import { crc32 } from './crc32';
import { StoreError } from './storeErrors';

export const OFFSITE_MAGIC = new Uint8Array([0x4f, 0x46, 0x46, 0x53, 0x49, 0x54, 0x45, 0x00]);
export const OFFSITE_FORMAT_VERSION = 1;
export const OFFSITE_EXTENSION = '.offsite';

export const offsiteHeaderSchema = z.object({
  sessionId: z.string(),
  title: z.string(),
  createdAt: z.number(),
  lastOpenedAt: z.number().optional(),
  facilitatorName: z.string().optional(),
  schemaVersion: z.number().int().nonnegative(),
  exportedAt: z.number(),
});
/** The join code is deliberately absent: it is the room's secret, and an imported copy gets
 * its own. */
export type OffsiteHeader = z.infer<typeof offsiteHeaderSchema>;

export interface OffsiteContent {
  header: OffsiteHeader;
  /** A Yjs update holding the whole session. */
  state: Uint8Array;
}

export function encodeOffsiteFile(content: OffsiteContent): Uint8Array {
  const header = new TextEncoder().encode(
    JSON.stringify(offsiteHeaderSchema.parse(content.header)),
  );
  const size = OFFSITE_MAGIC.length + 2 + 4 + header.length + 4 + content.state.length + 4;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let at = 0;
  out.set(OFFSITE_MAGIC, at);
  at += OFFSITE_MAGIC.length;
  view.setUint16(at, OFFSITE_FORMAT_VERSION, true);
  view.setUint32(at + 2, header.length, true);
  at += 6;
  out.set(header, at);
  at += header.length;
  view.setUint32(at, content.state.length, true);
  out.set(content.state, at + 4);
  at += 4 + content.state.length;
  view.setUint32(at, crc32(out.subarray(0, at)), true);
  return out;
}

const NOT_OURS =
  'This is not an Offsite session file. Choose a file exported from Offsite (it ends in .offsite).';

function refusal(code: StoreError['code'], words: HostWords): StoreError {
  return new StoreError(words.message, code, words);
}

function truncated(have: number, need: number): StoreError {
  return refusal(
    'truncated-file',
    hostWords(
      'import.truncated',
      { have, need },
      `This session file is incomplete: it has ${have.toLocaleString('en')} of at least ` +
        `${need.toLocaleString('en')} bytes, probably cut off while it was copied or downloaded. ` +
        `Export it again from the original.`,
    ),
  );
}

const WHY = {
  format0: 'unknown file format 0',
  trailing: 'unexpected bytes after the end',
  checksum: 'checksum mismatch',
  headerUnreadable: 'its header is not readable',
  headerIncomplete: 'its header is incomplete',
  content: 'its content cannot be read',
} as const;

function damaged(why: keyof typeof WHY): StoreError {
  return refusal(
    'damaged-file',
    hostWords(
      'import.damaged',
      { why: hostWords(`damaged.${why}`, {}, WHY[why]) },
      `This session file is damaged (${WHY[why]}). Export it again from the original.`,
    ),
  );
}

function newer(what: 'import.newerFormat' | 'import.newerSchema', version: number, reads: number) {
  const message =
    what === 'import.newerFormat'
      ? `This session file was made by a newer version of Offsite (file format ${version}; this ` +
        `version reads format ${reads}). Update Offsite to import it.`
      : `This session was saved by a newer version of Offsite (schema ${version}; ` +
        `this version reads up to ${reads}). Update Offsite to import it.`;
  return refusal('future-version', hostWords(what, { version, reads }, message));
}

/** Reads an `.offsite` file; throws StoreError for empty, truncated, foreign, future-version
 * and damaged files. The state is checked only for integrity here, not yet applied. */
export function decodeOffsiteFile(bytes: Uint8Array): OffsiteContent {
  if (bytes.length === 0)
    throw refusal(
      'empty-file',
      hostWords('import.empty', {}, 'This file is empty: there is no session in it.'),
    );
  const prefix = Math.min(bytes.length, OFFSITE_MAGIC.length);
  for (let i = 0; i < prefix; i++)
    if (bytes[i] !== OFFSITE_MAGIC[i])
      throw refusal('foreign-file', hostWords('import.foreign', {}, NOT_OURS));
  const fixed = OFFSITE_MAGIC.length + 6;
  if (bytes.length < fixed) throw truncated(bytes.length, fixed);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint16(OFFSITE_MAGIC.length, true);
  if (version > OFFSITE_FORMAT_VERSION)
    throw newer('import.newerFormat', version, OFFSITE_FORMAT_VERSION);
  if (version === 0) throw damaged('format0');
  const headerLength = view.getUint32(OFFSITE_MAGIC.length + 2, true);
  const stateAt = fixed + headerLength + 4;
  if (bytes.length < stateAt) throw truncated(bytes.length, stateAt + 4);
  const stateLength = view.getUint32(stateAt - 4, true);
  const total = stateAt + stateLength + 4;
  if (bytes.length < total) throw truncated(bytes.length, total);
  if (bytes.length > total) throw damaged('trailing');
  if (crc32(bytes.subarray(0, total - 4)) !== view.getUint32(total - 4, true))
    throw damaged('checksum');
  let json: unknown;
  try {
    json = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(fixed, stateAt - 4)),
    );
  } catch {
    throw damaged('headerUnreadable');
  }
  const parsed = offsiteHeaderSchema.safeParse(json);
  if (!parsed.success) throw damaged('headerIncomplete');
  if (parsed.data.schemaVersion > SCHEMA_VERSION)
    throw newer('import.newerSchema', parsed.data.schemaVersion, SCHEMA_VERSION);
  return { header: parsed.data, state: bytes.slice(stateAt, stateAt + stateLength) };
}

/** Decodes a file for import and brings its document up to the current schema: the state to
 * store, or a StoreError (damaged content, or a document newer than this build reads). */
export function readOffsiteForImport(bytes: Uint8Array): OffsiteContent {
  const { header, state } = decodeOffsiteFile(bytes);
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    migrateDoc(doc);
  } catch (err) {
    if (err instanceof MigrationError) throw new StoreError(err.message, 'future-version');
    throw damaged('content');
  }
  return {
    header: { ...header, schemaVersion: SCHEMA_VERSION },
    state: Y.encodeStateAsUpdate(doc),
  };
}
