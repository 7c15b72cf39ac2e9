// Reading dot votes: a voter's own dots while voting is open (others' stay hidden), everything
// for the facilitator, and after the close the ranked results every replica computes alike.
import type * as Y from 'yjs';
import { readControl, type BoardViewer, type VotingState } from './boardDoc';
import { acceptEntries, entryOpener, readEntries, voteTargets } from './voteCommands';
import { participantOfVoter, voterKey } from '../authority/ownerKeys';
import { countedParticipants } from '../roster/read';

export interface VoteTally {
  targetId: string;
  kind: 'note' | 'group';
  count: number;
  /** Participant ids of named voters, once per dot; empty for anonymous votes. */
  voters: string[];
}

export interface VotesView {
  state: VotingState;
  dotsPerPerson: number;
  maxPerNote: number | null;
  anonymous: boolean;
  /** The viewer's own counted dots per target, and how many they have left. */
  mine: Record<string, number>;
  left: number;
  /** Everyone's counted dots: for the facilitator always, for others once voting is closed. */
  tallies: VoteTally[] | null;
  /** How many people have cast at least one counted dot (known to those who see tallies). */
  voterCount: number | null;
}

export interface RankedResult extends VoteTally {
  /** Competition ranking: 1, 1, 3 when the first two tie. */
  rank: number;
  tied: boolean;
}

/**
 * `targets` lets a caller that already knows the block's notes and groups (the renderer's
 * incremental board) skip scanning every note of the doc; it must equal voteTargets(doc, blockId).
 */
export function readVotes(
  doc: Y.Doc,
  blockId: string,
  viewer: BoardViewer,
  targets: Map<string, 'note' | 'group'> = voteTargets(doc, blockId),
): VotesView | null {
  const control = readControl(doc, blockId);
  if (!control) return null;
  const { dotsPerPerson, maxPerNote, anonymousVotes } = control.settings;
  const byVoter = readEntries(doc, blockId, entryOpener(control, blockId, viewer));
  let ownKey: string | null;
  try {
    ownKey = voterKey(blockId, viewer, anonymousVotes);
  } catch {
    ownKey = null; // an anonymous viewer without a key has no votes of their own
  }
  const mine: Record<string, number> = {};
  const counts = new Map<string, string[]>();
  let used = 0;
  let voterCount = 0;
  // Named dots count only while the roster admits their voter (anonymous ones come through the
  // host, which refuses and takes back those of participants it does not admit).
  const counted = countedParticipants(doc);
  for (const [voterKey, entries] of byVoter) {
    const named = participantOfVoter(voterKey);
    if (named !== null && counted !== null && !counted.has(named)) continue;
    const { accepted } = acceptEntries(entries, dotsPerPerson, maxPerNote, targets);
    if (accepted.length > 0) voterCount++;
    for (const e of accepted) {
      if (voterKey === ownKey) {
        used++;
        if (e.targetId !== null) mine[e.targetId] = (mine[e.targetId] ?? 0) + 1;
      }
      if (e.targetId === null) continue;
      const who = counts.get(e.targetId) ?? [];
      const pid = participantOfVoter(voterKey);
      who.push(pid !== null && !anonymousVotes ? pid : '');
      counts.set(e.targetId, who);
    }
  }
  const seesAll =
    control.voting === 'closed' || (viewer.isFacilitator && !!viewer.facilitatorSecret);
  const tallies = seesAll
    ? [...counts].map(([targetId, who]) => ({
        targetId,
        kind: targets.get(targetId) ?? 'note',
        count: who.length,
        voters: who.filter((p) => p !== ''),
      }))
    : null;
  return {
    state: control.voting,
    dotsPerPerson,
    maxPerNote,
    anonymous: anonymousVotes,
    mine,
    left: Math.max(0, dotsPerPerson - used),
    tallies,
    voterCount: seesAll ? voterCount : null,
  };
}

/** Ranks tallies by count (ties by id so the order is stable); equal counts share a rank. */
export function rankTallies(tallies: VoteTally[]): RankedResult[] {
  const sorted = [...tallies]
    .filter((t) => t.count > 0)
    .sort((a, b) => b.count - a.count || (a.targetId < b.targetId ? -1 : 1));
  return sorted.map((t) => {
    const first = sorted.findIndex((u) => u.count === t.count);
    const tied = sorted.filter((u) => u.count === t.count).length > 1;
    return { ...t, rank: first + 1, tied, voters: [...t.voters].sort() };
  });
}

/** Ranked results once voting is closed (the facilitator may look earlier); else null. */
export function voteResults(
  doc: Y.Doc,
  blockId: string,
  viewer: BoardViewer,
): RankedResult[] | null {
  const view = readVotes(doc, blockId, viewer);
  return view?.tallies ? rankTallies(view.tallies) : null;
}
