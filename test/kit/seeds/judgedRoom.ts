// A room for the toolkit's authority tests: the host's replica with the real hub rules
// (ReplicaAuthority, which runs judgeUpdate), a facilitator window and attendees whose every
// write travels as the update their client would send, judged before it reaches the host.
import * as Y from 'yjs';
import { ReplicaAuthority, type Identity } from '#shared/model/authority/hubAuthority';
import type { Verdict } from '#shared/model/authority/judgeUpdate';
import { judgeMeshUpdate } from '#shared/model/authority/meshJudge';
import { initSession, joinSession } from '#shared/model/session/commands';
import type { BoardViewer } from '#shared/model/board/index';
import { attendee, facilitator } from './boardReplicas';

export interface Member {
  viewer: BoardViewer;
  doc: Y.Doc;
  identity: Identity;
}

export function toolkitRoom(names = ['Alice Wonder', 'Mallory Mal']) {
  const host = new Y.Doc();
  initSession(host, { title: 'Offsite', now: 1 }, 'host');
  const authority = new ReplicaAuthority(host);
  const member = (viewer: BoardViewer, isFacilitator: boolean): Member => {
    const doc = new Y.Doc();
    const identity: Identity = {
      writer: isFacilitator
        ? { kind: 'facilitator' }
        : { kind: 'participant', id: viewer.participantId },
      clientId: doc.clientID,
    };
    if (!authority.bind(identity).ok) throw new Error('bind refused');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(host));
    return { viewer, doc, identity };
  };
  const fac = member(facilitator(), true);
  const people = names.map((n, i) => member(attendee(`p${i + 1}`, n), false));
  for (const p of people)
    send(authority, host, p, () =>
      joinSession(p.doc, {
        id: p.viewer.participantId,
        name: p.viewer.name ?? '',
        now: 2,
        authorKey: p.viewer.authorKey,
      }),
    );
  const pull = (...ms: Member[]) => {
    for (const m of ms)
      Y.applyUpdate(m.doc, Y.encodeStateAsUpdate(host, Y.encodeStateVector(m.doc)));
  };
  pull(fac, ...people);
  return {
    host,
    authority,
    fac,
    people,
    pull,
    send: (m: Member, fn: () => void) => send(authority, host, m, fn),
  };
}

/** Runs `fn` on the member's replica and sends what it wrote to the hub; returns the verdict. */
export function send(authority: ReplicaAuthority, host: Y.Doc, m: Member, fn: () => void): Verdict {
  const update = captured(m.doc, fn);
  const verdict = authority.judge(m.identity, update);
  if (verdict.update) Y.applyUpdate(host, verdict.update, 'hub');
  if (verdict.hole) Y.applyUpdate(host, verdict.hole, 'hub'); // as peerSync.ts does
  return verdict;
}

/** The updates a function produces on a doc, merged (anonymous transactions included). */
export function captured(doc: Y.Doc, fn: () => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const on = (u: Uint8Array) => updates.push(u);
  doc.on('update', on);
  try {
    fn();
  } finally {
    doc.off('update', on);
  }
  return Y.mergeUpdates(updates);
}

/** A receiving client's view of the mesh (no sender identity): the mesh's own judge. */
export function judgeOnMesh(receiver: Y.Doc, update: Uint8Array): Verdict {
  return judgeMeshUpdate(receiver, update);
}
