// A suggestion's shown author is the writer's own participant entry, never the free text the
// entry carries: Bob, with devtools, suggests "as Ann" (his own authorId, so the hub's judge
// takes it), and neither the console's inbox, the decision's "Suggested by" nor the action
// draft's Responsible may say Ann.
import { describe, expect, it } from 'vitest';
import { toolkitRoom } from '#kit/seeds/judgedRoom';
import { listSuggestions, suggest } from '#shared/model/registers/suggestions';
import { acceptSuggestion } from '#shared/model/registers/acceptSuggestion';
import { draftFromSuggestion } from '#shared/model/registers/actionDrafts';
import { readRegisters } from '#shared/model/registers/read';
import { joinRoster, setRosterState } from '#shared/model/roster/commands';
import { DeviceBook } from '#shared/model/roster/devices';

describe('a suggestion’s author', () => {
  it('is the writer’s participant name, whatever name the entry carries', () => {
    const room = toolkitRoom(['Ann Lee', 'Bob Builder']);
    const [, bob] = room.people as [(typeof room.people)[0], (typeof room.people)[0]];
    const devices = new DeviceBook();
    room.host.transact(() => {
      for (const [i, p] of room.people.entries())
        joinRoster(room.host, {
          participantId: p.viewer.participantId,
          address: `10.0.0.${i + 2}`,
          devices,
          now: 1,
          lobby: { perAddress: 4, total: 100 },
        });
    });
    room.pull(room.fac, bob);
    const verdict = room.send(bob, () => {
      suggest(bob.doc, {
        id: 'decide',
        kind: 'decision',
        text: 'Ship on Friday',
        authorId: bob.viewer.participantId,
        authorName: 'Ann Lee',
        now: 1,
      });
      suggest(bob.doc, {
        id: 'act',
        kind: 'action',
        text: 'Write the release note',
        authorId: bob.viewer.participantId,
        authorName: 'Ann Lee',
        now: 2,
      });
    });
    // The hub takes it: the authorId is his own.
    expect(verdict.whole).toBe(true);
    room.pull(room.fac);
    const shown = listSuggestions(room.fac.doc);
    expect(shown.map((s) => s.authorName)).toEqual(['Bob Builder', 'Bob Builder']);
    const byId = (id: string) => shown.find((s) => s.id === id)!;
    expect(draftFromSuggestion(room.fac.doc, byId('act')).responsible).toBe('Bob Builder');
    acceptSuggestion(room.fac.doc, byId('decide'));
    expect(readRegisters(room.fac.doc).decisions[0]!.context).toBe('Suggested by Bob Builder.');
    // Removed: still his, marked.
    room.host.transact(() => setRosterState(room.host, bob.viewer.participantId, 'removed'));
    room.pull(room.fac);
    expect(listSuggestions(room.fac.doc).find((s) => s.id === 'act')!.authorName).toBe(
      'Bob Builder (removed)',
    );
  });
});
