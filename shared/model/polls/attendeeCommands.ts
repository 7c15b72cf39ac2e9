// An attendee's poll writes: answering an open poll, anonymously through the host or as a named
// entry signed by its participant. Apart from the facilitator's (commands.ts, which re-exports
// these) so that a phone loads only these.
import type * as Y from 'yjs';
import { POLL_ANSWERS } from './names';
import { getPoll, validAnswer, type Poll } from './read';
import { LOCAL_ORIGIN } from '../origins';
import { transact } from '../doc';
import { transactAnonymously } from '../board/boardWrite';
import { subjectVoterKey } from '../authority/ownerKeys';
import { signEntry } from '../authority/signedEntries';
import { invalid } from '../refusals';

export interface Voter {
  participantId: string;
  authorKey?: Uint8Array;
}

/** The answer entry key of this participant for the poll. */
export const answerKey = (poll: Poll, voter: Voter) =>
  `${poll.id}/${subjectVoterKey('poll', poll.id, voter, poll.anonymous)}`;

/** Answers an open poll (replacing this participant's earlier answer). */
export function answerPoll(
  doc: Y.Doc,
  args: { pollId: string; values: number[]; voter: Voter },
  origin: unknown = LOCAL_ORIGIN,
): void {
  const poll = getPoll(doc, args.pollId);
  if (poll.state !== 'open') throw invalid('poll.notOpen');
  // A health check's values are one per dimension, in order; other answers are sets, kept sorted.
  const values = poll.kind === 'health' ? [...args.values] : [...args.values].sort((a, b) => a - b);
  if (!validAnswer(poll, values))
    throw invalid(
      poll.kind === 'health'
        ? 'poll.answerHealth'
        : poll.multiple
          ? 'poll.pickSome'
          : 'poll.pickOne',
    );
  const key = answerKey(poll, args.voter);
  const entry: Record<string, unknown> = { v: values };
  if (!poll.anonymous)
    Object.assign(entry, signEntry('toolkit', key, JSON.stringify(values), args.voter));
  const write = () => doc.getMap<unknown>(POLL_ANSWERS).set(key, entry);
  if (poll.anonymous) transactAnonymously(doc, write);
  else transact(doc, origin, write);
}
