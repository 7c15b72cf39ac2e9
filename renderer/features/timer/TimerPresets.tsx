// The timer card's second row: presets (1, 3, 5, 10, 15 minutes left), reset, an exact time and
// the current block's own wrap-up threshold. Each has a shortcut (shortcuts.ts), shown on screen.
import { useEffect, useState, type RefObject } from 'react';
import type * as Y from 'yjs';
import { parseDuration } from '../../../shared/model/timer/timerMath';
import { setBlockWrapUp } from '../../../shared/model/agenda/commands';
import { MAX_WRAP_UP_MINUTES } from '../../../shared/model/agenda/names';
import { ariaKeys, PRESET_MINUTES, type TimerCommand } from './shortcuts';
import { runTimerAction } from './timerActions';

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
  const [time, setTime] = useState('');
  const [wrapUp, setWrapUp] = useState(props.wrapUpMinutes?.toString() ?? '');
  // Show the block's stored threshold whenever the block (or its threshold) changes.
  useEffect(() => setWrapUp(props.wrapUpMinutes?.toString() ?? ''), [blockId, props.wrapUpMinutes]);
  const off = blockId === null;

  return (
    <div className="timer-more">
      <div className="timer-buttons" role="group" aria-label="Set the time left" data-timer-keys>
        {PRESET_MINUTES.map((m, i) => (
          <button
            key={m}
            type="button"
            disabled={off}
            aria-keyshortcuts={ariaKeys(`preset${m}`)}
            title={`Set the time left to ${m} minute${m === 1 ? '' : 's'} (Shift+${i + 1})`}
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
          Reset block <kbd aria-hidden="true">R</kbd>
        </button>
      </div>
      <div className="timer-fields">
        <form
          className="timer-field"
          onSubmit={(e) => {
            e.preventDefault();
            const ms = parseDuration(time);
            if (ms === null) {
              report('Type the time left as minutes (5), m:ss (4:30) or h:mm:ss (1:05:00).');
              return;
            }
            report(null);
            runTimerAction(doc, { type: 'setRemaining', remainingMs: ms });
            setTime('');
          }}
        >
          <label htmlFor="timer-set-time">
            Set time left <kbd aria-hidden="true">T</kbd>
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
            Set time
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
              report(err instanceof Error ? err.message : String(err));
            }
          }}
        >
          <label htmlFor="timer-wrap-up">
            Wrap-up at (min left) <kbd aria-hidden="true">W</kbd>
          </label>
          <input
            id="timer-wrap-up"
            type="text"
            ref={props.wrapUpRef}
            value={wrapUp}
            placeholder="auto"
            inputMode="numeric"
            size={4}
            disabled={off}
            aria-describedby="timer-wrap-up-help"
            aria-keyshortcuts={ariaKeys('focusWrapUp')}
            onChange={(e) => setWrapUp(e.target.value)}
          />
          <button type="submit" disabled={off}>
            Set wrap-up
          </button>
          <span id="timer-wrap-up-help" className="visually-hidden">
            For this block only, 1 to {MAX_WRAP_UP_MINUTES} minutes; empty means automatic (a fifth
            of the time, at least 2 minutes).
          </span>
        </form>
      </div>
    </div>
  );
}
