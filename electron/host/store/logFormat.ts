// The byte layout of updates.log: a header ("OFSLOG", format version) then records of
// [u32 LE payload length][u32 LE CRC-32 of payload][payload]. Decoding never throws: a damaged
// record is skipped, reading resumes at the next valid record, and it says what it left out.
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
   * itself is missing or foreign). */
  validLength: number;
  /** False when the file does not start with a header we can read. */
  headerOk: boolean;
  /** Damaged stretches skipped in the middle of the log (one flipped byte spoils one record;
   * reading resumes at the next record whose length and checksum are valid). */
  damagedRecords: number;
  /** True when anything at all was left out (a torn tail, damage, a foreign header). */
  damaged: boolean;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}

/** The record starting at `at`, if its header and checksum are valid; never throws. */
function recordAt(bytes: Uint8Array, view: DataView, at: number): Uint8Array | string {
  if (bytes.length - at < RECORD_OVERHEAD) return 'the last record was cut off (torn write)';
  const length = view.getUint32(at, true);
  if (length > MAX_RECORD_BYTES)
    return `a record claims an impossible length (${plural(length, 'byte')})`;
  if (at + RECORD_OVERHEAD + length > bytes.length)
    return 'the last record was cut off (torn write)';
  const payload = bytes.subarray(at + RECORD_OVERHEAD, at + RECORD_OVERHEAD + length);
  if (crc32(payload) !== view.getUint32(at + 4, true)) return 'a record failed its checksum';
  return payload;
}

/**
 * The offset of the next valid record after damage at `from`, or -1. A Yjs update is never
 * empty, so an empty "record" (eight zero bytes pass a CRC-32 check) does not count. The bytes
 * hashed while searching are capped, so a hostile file cannot make opening quadratic.
 */
function resync(bytes: Uint8Array, view: DataView, from: number): number {
  let budget = 64 * bytes.length + (1 << 20);
  for (let at = from; at + RECORD_OVERHEAD < bytes.length; at++) {
    const length = view.getUint32(at, true);
    if (length === 0 || at + RECORD_OVERHEAD + length > bytes.length) continue;
    budget -= length;
    if (budget < 0) return -1;
    const payload = bytes.subarray(at + RECORD_OVERHEAD, at + RECORD_OVERHEAD + length);
    if (crc32(payload) === view.getUint32(at + 4, true)) return at;
  }
  return -1;
}

/** Records decoded between two yields of decodeLogAsync: about a millisecond's work. */
const RECORDS_PER_STEP = 1000;

/** Decodes a log in steps: the generator yields every RECORDS_PER_STEP records and returns the
 * result. decodeLog runs it in one go; decodeLogAsync lets the event loop run in between. */
function* decodeSteps(input: Uint8Array, name: string): Generator<void, DecodedLog> {
  // A plain view of a Buffer: Buffer#subarray costs several times Uint8Array#subarray, once per
  // record (5,000 of them in a compaction, on the host's main thread).
  const bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const records: Uint8Array[] = [];
  const result = (
    warnings: string[],
    validLength: number,
    headerOk: boolean,
    damagedRecords = 0,
  ): DecodedLog => ({
    records,
    warnings,
    validLength,
    headerOk,
    damagedRecords,
    damaged: warnings.length > 0,
  });
  if (bytes.length === 0) return result([], 0, true);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < LOG_HEADER_BYTES) {
    // A crash while the file was being created: there cannot be any record yet.
    return result(
      [`Skipped ${plural(bytes.length, 'byte')} of ${name}: its header was cut off.`],
      0,
      false,
    );
  }
  const magicOk = LOG_MAGIC.every((b, i) => bytes[i] === b);
  const version = view.getUint16(LOG_MAGIC.length, true);
  if (!magicOk || version !== LOG_FORMAT_VERSION) {
    const why = magicOk
      ? `it uses log format ${version}, which this version of Offsite does not read`
      : 'it is not an Offsite update log';
    return result([`Skipped all ${plural(bytes.length, 'byte')} of ${name}: ${why}.`], 0, false);
  }
  const warnings: string[] = [];
  let damagedRecords = 0;
  let at = LOG_HEADER_BYTES;
  let validLength = at;
  while (at < bytes.length) {
    const found = recordAt(bytes, view, at);
    if (typeof found !== 'string') {
      if (records.length % RECORDS_PER_STEP === RECORDS_PER_STEP - 1) yield;
      records.push(found);
      at += RECORD_OVERHEAD + found.length;
      validLength = at;
      continue;
    }
    // A flipped payload byte leaves the length intact: try where the next record should start
    // before searching byte by byte.
    const declared = bytes.length - at >= RECORD_OVERHEAD ? view.getUint32(at, true) : 0;
    const hop = at + RECORD_OVERHEAD + declared;
    const next =
      declared > 0 && hop < bytes.length && typeof recordAt(bytes, view, hop) !== 'string'
        ? hop
        : resync(bytes, view, at + 1);
    const end = next < 0 ? bytes.length : next;
    const kept = records.length;
    if (next < 0 && found.includes('cut off')) {
      warnings.push(
        `Skipped ${plural(end - at, 'byte')} of ${name} from offset ${at.toLocaleString('en')}: ` +
          `${found}. The ${plural(kept, 'record')} before it were kept.`,
      );
    } else {
      damagedRecords++;
      const after = next < 0 ? 'nothing readable follows it' : 'reading resumed after it';
      warnings.push(
        `Skipped a damaged record of ${name} (${plural(end - at, 'byte')} from offset ` +
          `${at.toLocaleString('en')}): ${found}; ${after}.`,
      );
    }
    at = end;
  }
  return result(warnings, validLength, true, damagedRecords);
}

export function decodeLog(bytes: Uint8Array, name = 'the update log'): DecodedLog {
  const steps = decodeSteps(bytes, name);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * decodeLog, giving the event loop a turn every RECORDS_PER_STEP records: a compaction reads the
 * whole log on the host's main thread (5 ms for 5,000 records), which serves /time and the hub.
 * The bytes must not change meanwhile (they are a file just read).
 */
export async function decodeLogAsync(
  bytes: Uint8Array,
  name = 'the update log',
): Promise<DecodedLog> {
  const steps = decodeSteps(bytes, name);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
