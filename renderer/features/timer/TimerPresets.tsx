// The timer card's second row: presets (1, 3, 5, 10, 15 minutes left), reset, an exact time and
// the current block's own wrap-up threshold. Each has a shortcut (shortcuts.ts), shown on screen.
import { useEffect, useState, type RefObject } from 'react';
import type * as Y from 'yjs';
import { parseDuration } from '../../../shared/model/timer/timerMath';
import { setBlockWrapUp } from '../../../shared/model/agenda/commands';
import { MAX_WRAP_UP_MINUTES } from '../../../shared/model/agenda/names';
import { ariaKeys, PRESET_MINUTES, type TimerCommand } from './shortcuts';
import { runTimerAction } from './timerActions';
import { useT } from '../../i18n/useT';
import { errorText } from '../../i18n/validation';

export function TimerPresets(props: {
  doc: Y.Doc;
  blockId: string | null;
  wrapUpMinutes: number | null;
  run(command: TimerCommand): void;
  report(message: string | null): void;
  setTimeRef: RefObject<HTMLInputElement | null>;
  wrapUpRef: RefObject<HTMLInputElement | null>;
}) {
  const { doc, blockId, run, report } = props;
  const t = useT();
  const [time, setTime] = useState('');
  const [wrapUp, setWrapUp] = useState(props.wrapUpMinutes?.toString() ?? '');
  // Show the block's stored threshold whenever the block (or its threshold) changes.
  useEffect(() => setWrapUp(props.wrapUpMinutes?.toString() ?? ''), [blockId, props.wrapUpMinutes]);
  const off = blockId === null;

  return (
    <div className="timer-more">
      <div
        className="timer-buttons"
        role="group"
        aria-label={t('timer.setTimeLeft')}
        data-timer-keys
      >
        {PRESET_MINUTES.map((m, i) => (
          <button
            key={m}
            type="button"
            disabled={off}
            aria-keyshortcuts={ariaKeys(`preset${m}`)}
            title={t('timer.presetTitle', { m, key: `Shift+${i + 1}` })}
            onClick={() => run(`preset${m}`)}
          >
            {m}:00 <kbd aria-hidden="true">⇧{i + 1}</kbd>
          </button>
        ))}
        <button
          type="button"
          disabled={off}
          aria-keyshortcuts={ariaKeys('reset')}
          onClick={() => run('reset')}
        >
          {t('timer.resetBlock')} <kbd aria-hidden="true">R</kbd>
        </button>
      </div>
      <div className="timer-fields">
        <form
          className="timer-field"
          onSubmit={(e) => {
            e.preventDefault();
            const ms = parseDuration(time);
            if (ms === null) {
              report(t('timer.badTime'));
              return;
            }
            report(null);
            runTimerAction(doc, { type: 'setRemaining', remainingMs: ms });
            setTime('');
          }}
        >
          <label htmlFor="timer-set-time">
            {t('timer.setTimeLeftLabel')} <kbd aria-hidden="true">T</kbd>
          </label>
          <input
            id="timer-set-time"
            type="text"
            ref={props.setTimeRef}
            value={time}
            placeholder="m:ss"
            inputMode="numeric"
            size={7}
            disabled={off}
            aria-keyshortcuts={ariaKeys('focusSetTime')}
            onChange={(e) => setTime(e.target.value)}
          />
          <button type="submit" disabled={off}>
            {t('timer.setTime')}
          </button>
        </form>
        <form
          className="timer-field"
          onSubmit={(e) => {
            e.preventDefault();
            if (!blockId) return;
            const text = wrapUp.trim();
            const minutes = text === '' ? null : Number(text);
            try {
              setBlockWrapUp(doc, { blockId, minutes });
              report(null);
            } catch (err) {
              report(errorText(err));
            }
          }}
        >
          <label htmlFor="timer-wrap-up">
            {t('timer.wrapUpAt')} <kbd aria-hidden="true">W</kbd>
          </label>
          <input
            id="timer-wrap-up"
            type="text"
            ref={props.wrapUpRef}
            value={wrapUp}
            placeholder={t('timer.auto')}
            inputMode="numeric"
            size={4}
            disabled={off}
            aria-describedby="timer-wrap-up-help"
            aria-keyshortcuts={ariaKeys('focusWrapUp')}
            onChange={(e) => setWrapUp(e.target.value)}
          />
          <button type="submit" disabled={off}>
            {t('timer.setWrapUp')}
          </button>
          <span id="timer-wrap-up-help" className="visually-hidden">
            {t('timer.wrapUpHelp', { max: MAX_WRAP_UP_MINUTES })}
          </span>
        </form>
      </div>
    </div>
  );
}
