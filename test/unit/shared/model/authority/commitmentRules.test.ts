// Who records an action's status (issue 25): its Responsible participant (once they confirmed
// their name here) or the facilitator. An attendee with devtools writes straight into the doc,
// past the commands' own checks: a status update of someone else's action, one under the
// facilitator's key, a claim of a name already confirmed by someone else. The hub's rules
// (ReplicaAuthority, which runs judgeUpdate) and the mesh's judge both refuse them; the
// Responsible's own update passes both.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAction } from '#shared/model/registers/commands';
import { ACTIONS } from '#shared/model/registers/names';
import { ACTION_UPDATES, COMMITMENT_LINKS } from '#shared/model/series/names';
import { confirmName, recordActionUpdate } from '#shared/model/series/commands';
import { actionHistories, linkedName } from '#shared/model/series/read';
import { actionUpdateKey, commitmentLinkKey } from '#shared/model/authority/ownerKeys';
import { captured, judgeOnMesh, toolkitRoom, type Member } from '#kit/seeds/judgedRoom';

/** An update written raw, as devtools would: any key, no check of who is Responsible. */
const rawUpdate =
  (m: Member, key: string, status = 'done') =>
  () => {
    const u = new Y.Map<unknown>();
    m.doc.getMap<Y.Map<unknown>>(ACTION_UPDATES).set(key, u);
    u.set('status', status);
    u.set('note', 'forged');
    u.set('date', '2026-12-05');
    u.set('at', 10);
    u.set('byName', 'Ann');
    u.set('session', 2);
  };
const rawLink = (m: Member, name: string) => () => {
  const l = new Y.Map<unknown>();
  m.doc
    .getMap<Y.Map<unknown>>(COMMITMENT_LINKS)
    .set(commitmentLinkKey(name, m.viewer.participantId), l);
  l.set('name', name);
  l.set('at', 5);
};
const me = (m: Member) => ({ participantId: m.viewer.participantId });

function room() {
  const r = toolkitRoom(['Ann', 'Mallory']);
  const [ann, mallory] = r.people as [Member, Member];
  r.send(r.fac, () => {
    addAction(r.fac.doc, {
      id: 'a1',
      title: 'Ship it',
      responsible: 'Ann',
      accountable: 'Mallory',
      now: 3,
    });
  });
  r.pull(ann, mallory);
  // Ann confirms her name (her page's "Yes, that's me"), through the hub.
  expect(
    r.send(ann, () =>
      confirmName(ann.doc, { participantId: ann.viewer.participantId, name: 'Ann', now: 4 }),
    ).whole,
  ).toBe(true);
  r.pull(ann, mallory);
  return { ...r, ann, mallory };
}

describe('an action’s status is its Responsible’s or the facilitator’s', () => {
  it('on the hub: Ann records her action’s status; Mallory’s forged updates are refused', () => {
    const { host, send, pull, ann, mallory, fac } = room();
    expect(linkedName(host, ann.viewer.participantId)).toBe('Ann');
    // Ann, through the command: passes.
    const own = send(ann, () =>
      recordActionUpdate(ann.doc, me(ann), {
        actionId: 'a1',
        status: 'on track',
        note: 'Half done',
        now: 6,
      }),
    );
    expect(own.whole).toBe(true);
    // Mallory is Accountable, not Responsible: under her own key, refused.
    const forged = send(mallory, rawUpdate(mallory, actionUpdateKey('a1', me(mallory), 'x1')));
    expect(forged.update).toBeNull();
    expect(forged.refused.join()).toMatch(/Responsible or the facilitator/);
    // Under Ann's key or the facilitator's: refused.
    expect(
      send(mallory, rawUpdate(mallory, actionUpdateKey('a1', me(ann), 'x2'))).update,
    ).toBeNull();
    expect(
      send(mallory, rawUpdate(mallory, actionUpdateKey('a1', 'facilitator', 'x3'))).update,
    ).toBeNull();
    // Claiming Ann's name (already confirmed by Ann) is refused, so the first route stays shut.
    const claim = send(mallory, rawLink(mallory, 'ann'));
    expect(claim.update).toBeNull();
    expect(claim.refused.join()).toMatch(/already someone else's/);
    pull(mallory);
    expect(linkedName(host, mallory.viewer.participantId)).toBeNull();
    // A claim of her own name passes, and still gives her no say over Ann's action.
    expect(send(mallory, rawLink(mallory, 'Mallory')).whole).toBe(true);
    pull(mallory);
    expect(
      send(mallory, rawUpdate(mallory, actionUpdateKey('a1', me(mallory), 'x4'))).update,
    ).toBeNull();
    // Nor may she write the action's own status.
    const direct = send(mallory, () =>
      (mallory.doc.getMap<Y.Map<unknown>>(ACTIONS).get('a1') as Y.Map<unknown>).set(
        'status',
        'done',
      ),
    );
    expect(direct.update).toBeNull();
    // The facilitator records a status for any action.
    expect(
      send(fac, () =>
        recordActionUpdate(fac.doc, 'facilitator', { actionId: 'a1', status: 'at risk', now: 7 }),
      ).whole,
    ).toBe(true);
    expect(
      actionHistories(host)
        .get('a1')!
        .map((u) => [u.status, u.byName]),
    ).toEqual([
      ['on track', 'Ann'],
      ['at risk', 'Facilitator'],
    ]);
  });

  it('on the mesh: the same forged updates are refused, Ann’s own passes', () => {
    const { host, ann, mallory, send, pull } = room();
    send(mallory, rawLink(mallory, 'Mallory'));
    pull(mallory);
    const receiver = new Y.Doc();
    Y.applyUpdate(receiver, Y.encodeStateAsUpdate(host));
    const forged = captured(
      mallory.doc,
      rawUpdate(mallory, actionUpdateKey('a1', me(mallory), 'm1')),
    );
    expect(judgeOnMesh(receiver, forged).update).toBeNull();
    const claim = captured(mallory.doc, rawLink(mallory, 'ANN'));
    expect(judgeOnMesh(receiver, claim).update).toBeNull();
    const own = captured(ann.doc, () =>
      recordActionUpdate(ann.doc, me(ann), {
        actionId: 'a1',
        status: 'slipped',
        note: 'Waiting on legal',
        now: 8,
      }),
    );
    expect(judgeOnMesh(receiver, own).whole).toBe(true);
  });

  it('the commands say so before writing', () => {
    const { mallory } = room();
    expect(() =>
      recordActionUpdate(mallory.doc, me(mallory), { actionId: 'a1', status: 'done' }),
    ).toThrow(/Responsible participant or the facilitator/);
    expect(() =>
      confirmName(mallory.doc, { participantId: mallory.viewer.participantId, name: ' ann ' }),
    ).toThrow(/already confirmed that they are/);
    expect(() =>
      recordActionUpdate(mallory.doc, 'facilitator', { actionId: 'nope', status: 'done' }),
    ).toThrow(/no such action/);
    expect(() =>
      recordActionUpdate(mallory.doc, 'facilitator', {
        actionId: 'a1',
        status: 'finished' as never,
      }),
    ).toThrow(/must be one of/);
    expect(() =>
      recordActionUpdate(mallory.doc, 'facilitator', {
        actionId: 'a1',
        status: 'done',
        note: 'a\nb',
      }),
    ).toThrow(/one line/);
  });
});
