import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { crc32, crc32Table } from '#electron/host/store/crc32';
import {
  LOG_HEADER_BYTES,
  decodeLog,
  decodeLogAsync,
  encodeLogHeader,
  encodeRecords,
} from '#electron/host/store/logFormat';
import { UpdateLog, readLog } from '#electron/host/store/updateLog';
import { nodeStoreFs } from '#electron/host/store/storeFs';
import { tempDir } from './storeTestUtils';

const bytes = (...xs: number[]) => new Uint8Array(xs);
const payload = (i: number) => new TextEncoder().encode(`update number ${i}`);

async function writeLog(file: string, n: number): Promise<void> {
  const log = new UpdateLog(file);
  for (let i = 0; i < n; i++) log.append(payload(i));
  await log.close();
}

describe('crc32', () => {
  it('matches the standard check value and zlib', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    const data = new Uint8Array(1000).map((_, i) => (i * 31) & 255);
    if ('crc32' in zlib) expect(crc32(data)).toBe(zlib.crc32(data));
  });

  it('the table fallback gives what the native one gives, empty input and high bits included', () => {
    expect(crc32Table(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    for (const size of [0, 1, 7, 4096, 100_003]) {
      const data = new Uint8Array(size).map((_, i) => (i * 2654435761) >>> 24);
      expect(crc32Table(data)).toBe(crc32(data));
      expect(crc32(data)).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('UpdateLog', () => {
  it('round-trips records through the file with an OFSLOG header', async () => {
    const file = path.join(tempDir(), 'updates.log');
    await writeLog(file, 5);
    const raw = fs.readFileSync(file);
    expect(raw.subarray(0, 6).toString()).toBe('OFSLOG');
    const { records, warnings } = await readLog(nodeStoreFs, file);
    expect(warnings).toEqual([]);
    expect(records.map((r) => new TextDecoder().decode(r))).toEqual(
      [0, 1, 2, 3, 4].map((i) => `update number ${i}`),
    );
  });

  it('makes appends durable by flush(), and batches them within the debounce', async () => {
    const file = path.join(tempDir(), 'updates.log');
    const log = new UpdateLog(file, { debounceMs: 10_000 });
    log.append(payload(1));
    log.append(payload(2));
    expect(fs.existsSync(file)).toBe(false); // still inside the debounce
    await log.flush();
    expect((await readLog(nodeStoreFs, file)).records).toHaveLength(2);
    log.append(payload(3));
    await log.flush();
    await log.flush(); // nothing new: resolves at once
    expect((await readLog(nodeStoreFs, file)).records).toHaveLength(3);
    await log.close();
  });

  it('whenDurable() waits for the debounce to write and fsync, without hurrying it', async () => {
    const file = path.join(tempDir(), 'updates.log');
    const log = new UpdateLog(file, { debounceMs: 20 });
    await log.whenDurable(); // nothing appended: resolves at once
    log.append(payload(1));
    log.append(payload(2));
    const started = performance.now();
    await log.whenDurable();
    expect(performance.now() - started).toBeGreaterThanOrEqual(15);
    expect((await readLog(nodeStoreFs, file)).records).toHaveLength(2);
    await log.close();
  });

  it('a torn last record opens, reports the skip and keeps every earlier record', async () => {
    const file = path.join(tempDir(), 'updates.log');
    await writeLog(file, 4);
    const full = fs.statSync(file).size;
    fs.truncateSync(file, full - 5); // cut the last record mid-payload
    const { records, warnings } = await readLog(nodeStoreFs, file);
    expect(records).toHaveLength(3);
    expect(warnings).toHaveLength(1);
    const lastStart = full - (8 + payload(3).length);
    expect(warnings[0]).toContain(`offset ${lastStart}`);
    expect(warnings[0]).toMatch(/Skipped \d+ bytes/);
    expect(warnings[0]).toContain('cut off');
  });

  it('a record with a bad checksum is skipped and every record after it kept', async () => {
    const file = path.join(tempDir(), 'updates.log');
    await writeLog(file, 4);
    const raw = fs.readFileSync(file);
    const second = LOG_HEADER_BYTES + 8 + payload(0).length;
    raw[second + 8 + 2]! ^= 0xff; // flip a byte in the second record's payload
    fs.writeFileSync(file, raw);
    const { records, warnings, damagedRecords } = await readLog(nodeStoreFs, file);
    expect(records.map((r) => new TextDecoder().decode(r))).toEqual(
      [0, 2, 3].map((i) => `update number ${i}`),
    );
    expect(damagedRecords).toBe(1);
    expect(warnings[0]).toContain('checksum');
    expect(warnings[0]).toContain(`offset ${second}`);
  });

  it('resynchronises at the next valid record when a length field is damaged', () => {
    const records = Array.from({ length: 50 }, (_, i) => payload(i));
    const log = new Uint8Array([...encodeLogHeader(), ...encodeRecords(records)]);
    // The 20th record's length now claims more bytes than it has: only the byte-by-byte search
    // finds the 21st.
    let at = LOG_HEADER_BYTES;
    for (let i = 0; i < 19; i++) at += 8 + records[i]!.length;
    log[at + 1]! ^= 0x01;
    const decoded = decodeLog(log);
    expect(decoded.records).toHaveLength(49);
    expect(decoded.damagedRecords).toBe(1);
    expect(new TextDecoder().decode(decoded.records[19]!)).toBe('update number 20');
  });

  it('a flipped byte in the middle of a 1,000-record log loses that record only', () => {
    const records = Array.from({ length: 1000 }, (_, i) => payload(i));
    const log = new Uint8Array([...encodeLogHeader(), ...encodeRecords(records)]);
    log[Math.floor(log.length / 2)]! ^= 0x20;
    const decoded = decodeLog(log);
    expect(decoded.records).toHaveLength(999);
    expect(decoded.damagedRecords).toBe(1);
    expect(decoded.warnings).toHaveLength(1);
  });

  it('decodeLogAsync decodes what decodeLog does, letting the event loop run in between', async () => {
    const records = Array.from({ length: 3500 }, (_, i) => payload(i));
    const log = new Uint8Array([...encodeLogHeader(), ...encodeRecords(records)]);
    log[Math.floor(log.length / 3)]! ^= 0x20;
    let turns = 0;
    const tick = setInterval(() => turns++, 0);
    const decoded = await decodeLogAsync(log, 'updates.log').finally(() => clearInterval(tick));
    expect(decoded).toEqual(decodeLog(log, 'updates.log'));
    expect(decoded.records).toHaveLength(3499);
    expect(decoded.damagedRecords).toBe(1);
    // 3,500 records are decoded in four steps: the event loop ran between them.
    expect(turns).toBeGreaterThan(0);
  });

  it('garbage after the records never hangs or throws (bounded search)', () => {
    const junk = new Uint8Array(200_000).map((_, i) => (i * 7919) & 0xff);
    const log = new Uint8Array([...encodeLogHeader(), ...encodeRecords([payload(1)]), ...junk]);
    const decoded = decodeLog(log);
    expect(decoded.records).toHaveLength(1);
    expect(decoded.damaged).toBe(true);
  });

  it('appending after mid-log damage keeps a copy and every good record, before and after', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'updates.log');
    await writeLog(file, 3);
    const raw = fs.readFileSync(file);
    raw[LOG_HEADER_BYTES + 8 + 3]! ^= 0xff; // the first record's payload
    fs.writeFileSync(file, raw);
    const skipped: string[] = [];
    const log = new UpdateLog(file, { onSkipped: (w) => skipped.push(...w) });
    log.append(payload(10));
    await log.close();
    expect(skipped).toHaveLength(1);
    const { records, warnings } = await readLog(nodeStoreFs, file);
    expect(warnings).toEqual([]);
    expect(records.map((r) => new TextDecoder().decode(r))).toEqual(
      [1, 2, 10].map((i) => `update number ${i}`),
    );
  });

  it('appending after damage keeps a copy, cuts the damage off, and later records stay readable', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'updates.log');
    await writeLog(file, 3);
    fs.truncateSync(file, fs.statSync(file).size - 3);
    const skipped: string[] = [];
    const log = new UpdateLog(file, { onSkipped: (w) => skipped.push(...w) });
    log.append(payload(10));
    await log.flush();
    await log.close();
    expect(skipped).toHaveLength(1);
    expect(fs.readdirSync(dir).some((n) => n.startsWith('updates.log.damaged-'))).toBe(true);
    const { records, warnings } = await readLog(nodeStoreFs, file);
    expect(warnings).toEqual([]);
    expect(records.map((r) => new TextDecoder().decode(r))).toEqual([
      'update number 0',
      'update number 1',
      'update number 10',
    ]);
  });

  it('decodes edge cases without throwing', () => {
    expect(decodeLog(bytes())).toMatchObject({ records: [], warnings: [] });
    expect(decodeLog(bytes(0x4f, 0x46)).warnings[0]).toContain('header was cut off');
    expect(decodeLog(new TextEncoder().encode('PK\u0003\u0004 a zip file')).warnings[0]).toContain(
      'not an Offsite update log',
    );
  });
});
