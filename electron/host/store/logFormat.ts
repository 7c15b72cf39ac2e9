// The byte layout of updates.log: a header ("OFSLOG", format version) then records of
// [u32 LE payload length][u32 LE CRC-32 of payload][payload]. Decoding never throws: it stops
// at the first torn or damaged record and says what it left out.
import { crc32 } from './crc32';

export const LOG_MAGIC = new TextEncoder().encode('OFSLOG');
export const LOG_FORMAT_VERSION = 1;
export const LOG_HEADER_BYTES = LOG_MAGIC.length + 2;
export const RECORD_OVERHEAD = 8;
/** A record longer than this is taken for damage (a single Yjs update is far smaller). */
export const MAX_RECORD_BYTES = 256 * 1024 * 1024;

export function encodeLogHeader(): Uint8Array {
  const out = new Uint8Array(LOG_HEADER_BYTES);
  out.set(LOG_MAGIC, 0);
  new DataView(out.buffer).setUint16(LOG_MAGIC.length, LOG_FORMAT_VERSION, true);
  return out;
}

export function encodeRecords(payloads: readonly Uint8Array[]): Uint8Array {
  let size = 0;
  for (const p of payloads) size += RECORD_OVERHEAD + p.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let at = 0;
  for (const p of payloads) {
    view.setUint32(at, p.length, true);
    view.setUint32(at + 4, crc32(p), true);
    out.set(p, at + RECORD_OVERHEAD);
    at += RECORD_OVERHEAD + p.length;
  }
  return out;
}

export interface DecodedLog {
  records: Uint8Array[];
  /** What was left out and why, for people (empty when the whole file was good). */
  warnings: string[];
  /** Bytes from the start of the file up to the end of the last good record (0 if the header
   * itself is missing or foreign): appending is safe only after truncating to this length. */
  validLength: number;
  /** False when the file does not start with a header we can read. */
  headerOk: boolean;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}

export function decodeLog(bytes: Uint8Array, name = 'the update log'): DecodedLog {
  const records: Uint8Array[] = [];
  if (bytes.length === 0) return { records, warnings: [], validLength: 0, headerOk: true };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < LOG_HEADER_BYTES) {
    // A crash while the file was being created: there cannot be any record yet.
    const warning = `Skipped ${plural(bytes.length, 'byte')} of ${name}: its header was cut off.`;
    return { records, warnings: [warning], validLength: 0, headerOk: false };
  }
  const magicOk = LOG_MAGIC.every((b, i) => bytes[i] === b);
  const version = view.getUint16(LOG_MAGIC.length, true);
  if (!magicOk || version !== LOG_FORMAT_VERSION) {
    const why = magicOk
      ? `it uses log format ${version}, which this version of Offsite does not read`
      : 'it is not an Offsite update log';
    const warning = `Skipped all ${plural(bytes.length, 'byte')} of ${name}: ${why}.`;
    return { records, warnings: [warning], validLength: 0, headerOk: false };
  }
  let at = LOG_HEADER_BYTES;
  let problem: string | null = null;
  while (at < bytes.length) {
    if (bytes.length - at < RECORD_OVERHEAD) {
      problem = 'the last record was cut off (torn write)';
      break;
    }
    const length = view.getUint32(at, true);
    const checksum = view.getUint32(at + 4, true);
    if (length > MAX_RECORD_BYTES) {
      problem = `a record claims an impossible length (${plural(length, 'byte')})`;
      break;
    }
    if (at + RECORD_OVERHEAD + length > bytes.length) {
      problem = 'the last record was cut off (torn write)';
      break;
    }
    const payload = bytes.subarray(at + RECORD_OVERHEAD, at + RECORD_OVERHEAD + length);
    if (crc32(payload) !== checksum) {
      problem = 'a record failed its checksum';
      break;
    }
    records.push(payload);
    at += RECORD_OVERHEAD + length;
  }
  const warnings = problem
    ? [
        `Skipped ${plural(bytes.length - at, 'byte')} of ${name} from offset ${at.toLocaleString('en')}: ` +
          `${problem}. The ${plural(records.length, 'record')} before it were kept.`,
      ]
    : [];
  return { records, warnings, validLength: at, headerOk: true };
}
