// CRC-32 (IEEE 802.3, the zlib/PNG polynomial): checksums for log records, snapshots and
// .offsite files. zlib's native crc32 (Node 20.15+, every Electron we ship) where it exists: the
// table below costs about 5 ms per MiB on the host's main thread, which every compaction reads
// (issue 15: /time within 20 ms while a 5,000-note session compacts). The table is the fallback.
import * as zlib from 'node:zlib';

const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** The CRC-32 of `data` by table lookup (where zlib has no crc32). */
export function crc32Table(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = TABLE[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const native = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

/** The CRC-32 of `data`, as an unsigned 32-bit number. */
export const crc32: (data: Uint8Array) => number = native
  ? (data) => native(data) >>> 0
  : crc32Table;
