// The host's part of a breakout, within the facilitator's plan: it places late joiners by the
// plan's automatic rule, places attendees who picked a group while it has room (self-selection),
// takes people the facilitator removed out of their group, and keeps every member's sealed copy
// of their group board's key current. Pure: the host runs it on its replica after each change of
// who takes part (electron/host/hub/breakoutHost.ts).
import type * as Y from 'yjs';
import { rosterRecord } from '../roster/read';
import { breakoutBlocks, breakoutMaps, memberKey, readBreakout, readPicks } from './read';
import { placeOne } from './split';
import { syncSight } from './commands';
import { attributeOf, breakoutPeople } from './people';

/** Brings every running breakout in line with the room. Call inside the host's transaction. */
export function settleBreakouts(doc: Y.Doc, facilitatorSecret: Uint8Array): void {
  for (const blockId of breakoutBlocks(doc)) {
    const b = readBreakout(doc, blockId);
    if (!b || b.state !== 'running') continue;
    const { members } = breakoutMaps(doc);
    const placed = new Map(b.members);
    for (const pid of [...placed.keys()])
      if (rosterRecord(doc, pid)?.state === 'removed') {
        placed.delete(pid);
        members.delete(memberKey(blockId, pid));
      }
    const groupIds = b.plan.groups.map((g) => g.id);
    if (b.plan.rule === 'self') {
      const picks = [...readPicks(doc, blockId)].sort(([a], [c]) => a.localeCompare(c));
      for (const [pid, gid] of picks) {
        if (placed.has(pid) || !groupIds.includes(gid)) continue;
        if (rosterRecord(doc, pid)?.state === 'removed') continue;
        const size = [...placed.values()].filter((g) => g === gid).length;
        if (b.plan.cap !== null && size >= b.plan.cap) continue;
        placed.set(pid, gid);
        members.set(memberKey(blockId, pid), gid);
      }
    } else if (b.plan.rule !== 'hand') {
      const mix = b.plan.rule === 'attribute';
      const attributes = new Map([...placed.keys()].map((p) => [p, attributeOf(doc, p)]));
      for (const person of breakoutPeople(doc)) {
        if (placed.has(person.id)) continue;
        const gid = placeOne(person, groupIds, placed, attributes, mix);
        if (!gid) continue;
        placed.set(person.id, gid);
        attributes.set(person.id, person.attribute);
        members.set(memberKey(blockId, person.id), gid);
      }
    }
    syncSight(doc, blockId, facilitatorSecret);
  }
}
