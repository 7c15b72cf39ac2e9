// The console's timer: countdown, the controls (one button per action), keyboard shortcuts,
// the help overlay and the chime toggle.
import { useCallback, useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { useAgenda } from '../../stores/agendaStore';
import { Countdown } from './Countdown';
import { ShortcutsHelp } from './ShortcutsHelp';
import { ariaKeys, isBoardCommand, shortcutFor } from './shortcuts';
import { TimerPresets } from './TimerPresets';
import { isTypingTarget, modalOpen } from './typingTarget';
import { runTimerCommand, type TimerCommand } from './timerActions';
import { playChime, primeAudio } from './chime';
import { currentBlockId } from '../../../shared/model/timer/timerState';
import { useT } from '../../i18n/useT';
import { errorText } from '../../i18n/validation';

const CHIME_KEY = 'offsite.chime';

export function TimerControls(props: {
  doc: Y.Doc;
  /** Beside the cockpit's "now" card the block's title is already on screen. */
  showBlock?: boolean;
  size?: 'normal' | 'medium' | 'large';
}) {
  const { doc, showBlock = true } = props;
  const t = useT();
  const state = useAgenda(doc, (s) => s.timer.facts.state);
  const hasBlocks = useAgenda(doc, (s) => s.order.length > 0);
  const current = useAgenda(doc, (s) => {
    const id = currentBlockId(s.timer, s.order);
    return s.agenda.days.flatMap((d) => d.blocks).find((b) => b.id === id) ?? null;
  });
  const wrapUpMinutes = useAgenda(doc, (s) => {
    const id = currentBlockId(s.timer, s.order);
    const ms = s.order.find((b) => b.id === id)?.wrapUpMs;
    return ms === undefined ? null : ms / 60_000;
  });
  const setTimeRef = useRef<HTMLInputElement>(null);
  const wrapUpRef = useRef<HTMLInputElement>(null);
  const helpRef = useRef<HTMLButtonElement>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [chime, setChime] = useState(() => localStorage.getItem(CHIME_KEY) !== 'off');

  const run = useCallback(
    (command: TimerCommand) => {
      primeAudio();
      try {
        setError(null);
        runTimerCommand(doc, command);
      } catch (err) {
        setError(errorText(err));
      }
    },
    [doc],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || modalOpen() || isTypingTarget(e.target, e.key)) return;
      const s = shortcutFor(e);
      // The board's and the cockpit's keys are theirs (useBoardShortcuts).
      if (!s || isBoardCommand(s.command)) return;
      e.preventDefault();
      if (s.command === 'help') setHelpOpen(true);
      else if (s.command === 'focusSetTime') setTimeRef.current?.focus();
      else if (s.command === 'focusWrapUp') wrapUpRef.current?.focus();
      else run(s.command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);

  const onZero = useCallback(() => {
    if (chime) playChime();
  }, [chime]);

  return (
    <section
      className={`card timer-card${state === 'paused' ? ' paused' : ''}`}
      aria-labelledby="timer-heading"
    >
      <div className="row spread">
        <h2 id="timer-heading">{t('console.timer')}</h2>
        {/* Part of the timer's keys: when the overlay closes the focus comes back here, and Space
            must then do what the overlay says (start, pause, resume), not reopen it. */}
        <button
          type="button"
          className="link"
          data-timer-keys
          ref={helpRef}
          aria-keyshortcuts={ariaKeys('help')}
          onClick={() => setHelpOpen(true)}
        >
          {t('timer.shortcuts')}
        </button>
      </div>
      <p className={showBlock ? 'timer-block' : 'visually-hidden'}>
        {current ? (
          <>
            <span className="muted">{t('timer.now')}</span> <strong>{current.title}</strong>
          </>
        ) : (
          <span className="muted">{hasBlocks ? t('timer.agendaDone') : t('timer.addABlock')}</span>
        )}
      </p>
      <Countdown doc={doc} size={props.size ?? 'large'} onZero={onZero} />
      <div className="timer-buttons" role="group" aria-label={t('timer.controls')} data-timer-keys>
        {state === 'running' ? (
          <button
            type="button"
            className="primary"
            aria-keyshortcuts={ariaKeys('toggle')}
            onClick={() => run('pause')}
          >
            {t('timer.pause')}
          </button>
        ) : state === 'paused' ? (
          <button
            type="button"
            className="primary"
            aria-keyshortcuts={ariaKeys('toggle')}
            onClick={() => run('resume')}
          >
            {t('timer.resume')}
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            disabled={!current}
            aria-keyshortcuts={ariaKeys('toggle')}
            onClick={() => run('start')}
          >
            {t('timer.start')}
          </button>
        )}
        <button
          type="button"
          aria-keyshortcuts={ariaKeys('previous')}
          onClick={() => run('previous')}
          disabled={!hasBlocks}
        >
          {t('timer.previousBlock')}
        </button>
        <button
          type="button"
          aria-keyshortcuts={ariaKeys('next')}
          onClick={() => run('next')}
          disabled={!hasBlocks}
        >
          {t('timer.nextBlock')}
        </button>
        <button
          type="button"
          aria-keyshortcuts={ariaKeys('add1')}
          onClick={() => run('add1')}
          disabled={!current}
        >
          {t('timer.add1')}
        </button>
        <button
          type="button"
          aria-keyshortcuts={ariaKeys('add5')}
          onClick={() => run('add5')}
          disabled={!current}
        >
          {t('timer.add5')}
        </button>
        <button
          type="button"
          aria-keyshortcuts={ariaKeys('remove1')}
          onClick={() => run('remove1')}
          disabled={!current}
        >
          {t('timer.remove1')}
        </button>
      </div>
      <TimerPresets
        doc={doc}
        blockId={current?.id ?? null}
        wrapUpMinutes={wrapUpMinutes}
        run={run}
        report={setError}
        setTimeRef={setTimeRef}
        wrapUpRef={wrapUpRef}
      />
      <label className="inline-check">
        <input
          type="checkbox"
          checked={chime}
          onChange={(e) => {
            primeAudio();
            setChime(e.target.checked);
            localStorage.setItem(CHIME_KEY, e.target.checked ? 'on' : 'off');
          }}
        />
        {t('timer.chime')}
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} returnTo={helpRef} />
    </section>
  );
}
