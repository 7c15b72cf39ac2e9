// The console's timer actions: each writes timer facts at the host's time (never the local clock).
import type * as Y from 'yjs';
import {
  extendTimer,
  nextBlock,
  pauseTimer,
  previousBlock,
  resumeTimer,
  startTimer,
  goToBlock,
  resetBlock,
  setRemaining,
} from '../../../shared/model/timer/commands';
import { readTimer } from '../../../shared/model/timer/commands';
import { hostNow } from '../../sync/hostClock';
import type { TimerCommand } from './shortcuts';

export const MINUTE_MS = 60_000;

export type { TimerCommand };

export function runTimerCommand(doc: Y.Doc, command: TimerCommand): void {
  const at = { hostNow: hostNow() };
  if (command.startsWith('preset')) {
    setRemaining(doc, { ...at, remainingMs: Number(command.slice(6)) * MINUTE_MS });
    return;
  }
  switch (command) {
    case 'reset':
      resetBlock(doc, at);
      return;
    case 'toggle': {
      const state = readTimer(doc).facts.state;
      if (state === 'running') pauseTimer(doc, at);
      else if (state === 'paused') resumeTimer(doc, at);
      else startTimer(doc, at);
      return;
    }
    case 'start':
      startTimer(doc, at);
      return;
    case 'pause':
      pauseTimer(doc, at);
      return;
    case 'resume':
      resumeTimer(doc, at);
      return;
    case 'next':
      nextBlock(doc, at);
      return;
    case 'previous':
      previousBlock(doc, at);
      return;
    case 'add1':
      extendTimer(doc, { ...at, deltaMs: MINUTE_MS });
      return;
    case 'add5':
      extendTimer(doc, { ...at, deltaMs: 5 * MINUTE_MS });
      return;
    case 'remove1':
      extendTimer(doc, { ...at, deltaMs: -MINUTE_MS });
      return;
    default:
      return;
  }
}

export function runBlockNow(doc: Y.Doc, blockId: string): void {
  goToBlock(doc, { hostNow: hostNow(), blockId });
}

/** Sets the current block's time left to exactly `ms`. */
export function setTimeLeft(doc: Y.Doc, ms: number): void {
  setRemaining(doc, { hostNow: hostNow(), remainingMs: ms });
}
