// Writes a Yjs v1 update from decoded structs and delete ranges: how a guard passes on the part of
// an update it accepts (the same layout Yjs's own writeStructs / writeDeleteSet produce).
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';

export interface DeleteRange {
  clock: number;
  len: number;
}

export function encodeUpdate(
  structsByClient: Map<number, (Y.Item | Y.GC | Y.Skip)[]>,
  deletes: Map<number, DeleteRange[]>,
): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  const clients = [...structsByClient].filter(([, list]) => list.length > 0);
  encoding.writeVarUint(encoder.restEncoder, clients.length);
  for (const [client, list] of clients.sort((a, b) => b[0] - a[0])) {
    encoding.writeVarUint(encoder.restEncoder, list.length);
    encoder.writeClient(client);
    encoding.writeVarUint(encoder.restEncoder, list[0]!.id.clock);
    for (const s of list) s.write(encoder, 0);
  }
  const ds = [...deletes].filter(([, ranges]) => ranges.length > 0);
  encoding.writeVarUint(encoder.restEncoder, ds.length);
  for (const [client, ranges] of ds.sort((a, b) => b[0] - a[0])) {
    encoder.resetDsCurVal();
    encoding.writeVarUint(encoder.restEncoder, client);
    encoding.writeVarUint(encoder.restEncoder, ranges.length);
    for (const r of ranges) {
      encoder.writeDsClock(r.clock);
      encoder.writeDsLen(r.len);
    }
  }
  return encoder.toUint8Array();
}
