// The console's timer controls carried out: each control or shortcut (a TimerCommand, the name
// shortcuts.ts gives a button and its keys) is one of the timer's actions (TimerAction, the
// state machine's vocabulary), run at the host's time, never the local clock.
import type * as Y from 'yjs';
import { applyTimerAction } from '../../../shared/model/timer/commands';
import type { TimerAction } from '../../../shared/model/timer/timerState';
import { hostNow } from '../../sync/hostClock';
import { PRESET_MINUTES, type TimerCommand } from './shortcuts';

export const MINUTE_MS = 60_000;

export type { TimerCommand };

/** What each control does, as a timer action. */
export const TIMER_COMMAND_ACTIONS: Readonly<Record<TimerCommand, TimerAction>> = {
  toggle: { type: 'toggle' },
  start: { type: 'start' },
  pause: { type: 'pause' },
  resume: { type: 'resume' },
  next: { type: 'next' },
  previous: { type: 'previous' },
  reset: { type: 'reset' },
  add1: { type: 'extend', deltaMs: MINUTE_MS },
  add5: { type: 'extend', deltaMs: 5 * MINUTE_MS },
  remove1: { type: 'extend', deltaMs: -MINUTE_MS },
  ...(Object.fromEntries(
    PRESET_MINUTES.map((m) => [`preset${m}`, { type: 'setRemaining', remainingMs: m * MINUTE_MS }]),
  ) as Record<`preset${(typeof PRESET_MINUTES)[number]}`, TimerAction>),
};

/** Runs a timer action at the host's time. */
export function runTimerAction(doc: Y.Doc, action: TimerAction): void {
  applyTimerAction(doc, action, { hostNow: hostNow() });
}

export function runTimerCommand(doc: Y.Doc, command: TimerCommand): void {
  runTimerAction(doc, TIMER_COMMAND_ACTIONS[command]);
}
