// The facilitator's settings for one board: anonymity, private writing, who may group, and how
// dot voting works. Saved together with one button; vote rules are locked while voting is open.
import { memo, useEffect, useState } from 'react';
import {
  MAX_DOTS_PER_PERSON,
  type BoardOptions,
  type BoardSettings,
  type VotingState,
} from '../../../shared/model/board';
import { useT } from '../../i18n/useT';

/** Memoised: the board redraws on every incoming note, this need not. */
export const BoardSettingsForm = memo(function BoardSettingsForm(props: {
  settings: BoardSettings;
  voting: VotingState;
  onSave(options: BoardOptions): boolean;
}) {
  const t = useT();
  const s = props.settings;
  const [anonymous, setAnonymous] = useState(s.anonymous);
  const [privateWriting, setPrivateWriting] = useState(s.privateWriting);
  const [mayGroup, setMayGroup] = useState(s.attendeesMayGroup);
  const [dots, setDots] = useState(String(s.dotsPerPerson));
  const [max, setMax] = useState(s.maxPerNote === null ? '' : String(s.maxPerNote));
  const [anonVotes, setAnonVotes] = useState(s.anonymousVotes);
  const [saved, setSaved] = useState(false);
  // Follow changes made elsewhere (another facilitator window).
  useEffect(() => {
    setAnonymous(s.anonymous);
    setPrivateWriting(s.privateWriting);
    setMayGroup(s.attendeesMayGroup);
    setDots(String(s.dotsPerPerson));
    setMax(s.maxPerNote === null ? '' : String(s.maxPerNote));
    setAnonVotes(s.anonymousVotes);
  }, [s]);
  const locked = props.voting === 'open';

  return (
    <form
      className="board-settings"
      onSubmit={(e) => {
        e.preventDefault();
        const options: BoardOptions = { anonymous, privateWriting, attendeesMayGroup: mayGroup };
        if (!locked) {
          options.dotsPerPerson = Number(dots);
          options.maxPerNote = max.trim() === '' ? null : Number(max);
          options.anonymousVotes = anonVotes;
        }
        setSaved(props.onSave(options));
      }}
      onChange={() => setSaved(false)}
    >
      <fieldset>
        <legend>{t('board.settings.notes')}</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={anonymous}
            onChange={(e) => setAnonymous(e.target.checked)}
          />
          {t('board.settings.anonymous')}
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={privateWriting}
            onChange={(e) => setPrivateWriting(e.target.checked)}
          />
          {t('board.settings.private')}
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={mayGroup}
            onChange={(e) => setMayGroup(e.target.checked)}
          />
          {t('board.settings.mayGroup')}
        </label>
      </fieldset>
      <fieldset disabled={locked}>
        <legend>{t('board.settings.dotVoting', { locked: locked ? 'yes' : 'no' })}</legend>
        <label>
          {t('board.settings.dots')}
          <input
            type="number"
            min={1}
            max={MAX_DOTS_PER_PERSON}
            value={dots}
            onChange={(e) => setDots(e.target.value)}
          />
        </label>
        <label>
          {t('board.settings.maxPerNote')}
          <input type="number" min={1} value={max} onChange={(e) => setMax(e.target.value)} />
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={anonVotes}
            onChange={(e) => setAnonVotes(e.target.checked)}
          />
          {t('board.settings.anonymousVotes')}
        </label>
      </fieldset>
      <div className="row">
        <button type="submit">{t('board.settings.save')}</button>
        {saved && (
          <span role="status" className="muted">
            {t('board.settings.saved')}
          </span>
        )}
      </div>
    </form>
  );
});
