// The cue next to a countdown: words plus a distinct shape, so colour never carries it alone.
import type { CueInfo } from '../../../shared/model/timer/countdown';
import { useT } from '../../i18n/useT';

export function CueShape({ shape }: { shape: CueInfo['shape'] }) {
  const common = { fill: 'currentColor', stroke: 'currentColor', strokeWidth: 2 };
  return (
    <svg className="cue-shape" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {shape === 'circle' && <circle cx="12" cy="12" r="9" {...common} />}
      {shape === 'triangle' && <polygon points="12,2 23,21 1,21" {...common} />}
      {shape === 'diamond' && <polygon points="12,1 23,12 12,23 1,12" {...common} />}
      {shape === 'square' && <rect x="3" y="3" width="18" height="18" {...common} />}
    </svg>
  );
}

export function CueBadge({ cue }: { cue: CueInfo }) {
  const t = useT();
  return (
    <p className={`cue-badge cue-${cue.cue}`} data-cue={cue.cue}>
      <CueShape shape={cue.shape} />
      <span className="cue-label">{t('timer.cue', { cue: cue.cue })}</span>
    </p>
  );
}
