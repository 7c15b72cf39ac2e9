// A note's or group's vote buttons: named for what they vote on (a screen reader hears "Vote for
// “Hire a designer”", not a list of "Vote"), and a disabled Vote says why next to it.
import { useId } from 'react';
import type { BoardUi } from './boardUi';
import { t } from '../../i18n/t';
import { useT } from '../../i18n/useT';

const SHORT = 48;

/** The first words of a note, for a button's name. */
export function shortLabel(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > SHORT ? `${one.slice(0, SHORT - 1)}…` : one;
}

/** Why this viewer may not add a dot here now, or null when they may. */
export function voteRefusal(ui: BoardUi, myVotes: number): string | null {
  if (ui.votesLeft === 0) return t('vote.allGiven');
  if (ui.maxPerNote !== null && myVotes >= ui.maxPerNote)
    return t('vote.atMost', { max: ui.maxPerNote });
  return null;
}

export function VoteControls(props: {
  targetId: string;
  /** What is voted on, as a person reads it (note text or group name). */
  label: string;
  myVotes: number;
  ui: BoardUi;
}) {
  const { targetId, myVotes, ui } = props;
  const t = useT();
  const whyId = useId();
  const name = shortLabel(props.label);
  const refusal = voteRefusal(ui, myVotes);
  return (
    <div className="vote-controls">
      <button
        type="button"
        className="vote"
        aria-label={t('vote.voteFor', { name })}
        aria-describedby={refusal ? whyId : undefined}
        onClick={() => ui.actions.vote(targetId)}
        disabled={refusal !== null}
      >
        {t('vote.vote')}
      </button>
      {myVotes > 0 && (
        <>
          <span className="my-votes">{t('vote.yours', { n: myVotes })}</span>
          <button
            type="button"
            aria-label={t('vote.takeBackFrom', { name })}
            onClick={() => ui.actions.takeBack(targetId)}
          >
            {t('vote.takeBack')}
          </button>
        </>
      )}
      {refusal && (
        <span id={whyId} className="vote-why">
          {refusal}
        </span>
      )}
    </div>
  );
}
