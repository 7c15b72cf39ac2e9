// The countdown (role timer, name "Time remaining"): M:SS, H:MM:SS or -M:SS, with its cue. The
// derived remaining ms sits in data-remaining-ms, written at each read with the moment of the read
// (data-frame-at), so two displays can be compared at any instant.
import './timer.css';
import { useCallback, useRef } from 'react';
import type * as Y from 'yjs';
import type { TimerDisplay } from '../../../shared/model/timer/countdown';
import { useTimerDisplay } from './useTimerDisplay';
import { CueBadge } from './CueBadge';
import { hostClock } from '../../sync/hostClock';
import { useT } from '../../i18n/useT';

export function Countdown(props: {
  doc: Y.Doc;
  size?: 'normal' | 'medium' | 'large' | 'huge';
  /** Called once when a running block crosses zero (e.g. the chime). */
  onZero?: () => void;
}) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const prev = useRef<number | null>(null);
  const { onZero } = props;
  const onFrame = useCallback(
    (d: TimerDisplay) => {
      // The read's own monotonic time too, so a reader can carry the value forward to now.
      ref.current?.setAttribute('data-remaining-ms', String(Math.round(d.remainingMs)));
      ref.current?.setAttribute('data-frame-at', performance.now().toFixed(1));
      ref.current?.setAttribute('data-clock', hostClock().synced ? 'synced' : 'local');
      const before = prev.current;
      // Before the first clock sync the page's own (maybe skewed) wall clock stands in: no chime.
      prev.current = d.state === 'running' && hostClock().synced ? d.remainingMs : null;
      if (before !== null && before > 0 && d.remainingMs <= 0 && d.state === 'running') onZero?.();
    },
    [onZero],
  );
  const d = useTimerDisplay(props.doc, onFrame);
  const idle = d.blockId === null;
  const paused = !idle && d.state === 'paused';
  return (
    <div
      className={`countdown countdown-${props.size ?? 'normal'} cue-${d.cue.cue}${paused ? ' is-paused' : ''}`}
    >
      <div
        ref={ref}
        role="timer"
        aria-label={t('timer.remaining')}
        className="countdown-digits"
        data-state={d.state}
        data-remaining-ms={Math.round(d.remainingMs)}
      >
        {idle ? '0:00' : d.text}
      </div>
      {/* Paused is said in words and a shape of its own, apart from the cue (never green). */}
      {paused && (
        <p className="paused-flag">
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <rect x="5" y="3" width="5" height="18" fill="currentColor" />
            <rect x="14" y="3" width="5" height="18" fill="currentColor" />
          </svg>
          {t('timer.paused')}
        </p>
      )}
      {!idle && !paused && <CueBadge cue={d.cue} />}
    </div>
  );
}
