// The console's timer verbs (renderer/features/timer/timerActions.ts) against a real Y.Doc with
// the shared timer commands, stamped with the page's host clock (a real host's /time): what each
// verb and preset writes, one doc update per verb, and no shortcut that does nothing.
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { readTimer } from '#shared/model/timer/read';
import { getBlockOrder } from '#shared/model/agenda/read';
import { timerDisplay } from '#shared/model/timer/timerMath';
import {
  MINUTE_MS,
  runTimerAction,
  runTimerCommand,
  type TimerCommand,
} from '#renderer/features/timer/timerActions';
import { isBoardCommand, PRESET_MINUTES, SHORTCUTS } from '#renderer/features/timer/shortcuts';
import { hostNow } from '#renderer/sync/hostClock';
import { MIN, agendaDoc, useClockHost } from '../../timerTestKit';

useClockHost();

const facts = (doc: Y.Doc) => readTimer(doc).facts;
/** What a paused countdown shows (independent of the time it is read at). */
const left = (doc: Y.Doc) => timerDisplay(readTimer(doc), getBlockOrder(doc), hostNow());

function updatesOf(doc: Y.Doc, run: () => void): number {
  let n = 0;
  const count = () => n++;
  doc.on('update', count);
  run();
  doc.off('update', count);
  return n;
}

describe('runTimerCommand', () => {
  it('toggle starts the first block, pauses it, resumes it: one update each', () => {
    const doc = agendaDoc();
    const before = hostNow();
    expect(updatesOf(doc, () => runTimerCommand(doc, 'toggle'))).toBe(1);
    const started = facts(doc);
    expect(started).toMatchObject({ blockId: 'a', state: 'running' });
    // Stamped with the host clock, not a clock of its own.
    expect(started.startedAtHostMs).toBeGreaterThanOrEqual(before);
    expect(started.startedAtHostMs).toBeLessThanOrEqual(hostNow());
    expect(updatesOf(doc, () => runTimerCommand(doc, 'toggle'))).toBe(1);
    expect(facts(doc)).toMatchObject({ blockId: 'a', state: 'paused', startedAtHostMs: null });
    runTimerCommand(doc, 'toggle');
    expect(facts(doc)).toMatchObject({ blockId: 'a', state: 'running' });
  });

  it('start, pause and resume do what they say', () => {
    const doc = agendaDoc();
    runTimerCommand(doc, 'start');
    expect(facts(doc).state).toBe('running');
    runTimerCommand(doc, 'pause');
    expect(facts(doc).state).toBe('paused');
    runTimerCommand(doc, 'resume');
    expect(facts(doc).state).toBe('running');
  });

  it('next and previous move through the run order', () => {
    const doc = agendaDoc();
    runTimerCommand(doc, 'start');
    runTimerCommand(doc, 'next');
    expect(facts(doc).blockId).toBe('b');
    runTimerCommand(doc, 'next');
    expect(facts(doc).blockId).toBe('c');
    runTimerCommand(doc, 'previous');
    expect(facts(doc).blockId).toBe('b');
  });

  it('adds and removes minutes through the block’s extension', () => {
    const doc = agendaDoc();
    runTimerCommand(doc, 'start');
    runTimerCommand(doc, 'pause');
    runTimerCommand(doc, 'add1');
    expect(facts(doc).extensionMs).toBe(MIN);
    runTimerCommand(doc, 'add5');
    expect(facts(doc).extensionMs).toBe(6 * MIN);
    runTimerCommand(doc, 'remove1');
    expect(facts(doc).extensionMs).toBe(5 * MIN);
    expect(left(doc).effectivePlannedMs).toBe(15 * MIN);
  });

  it.each(PRESET_MINUTES)('preset%i leaves exactly that many minutes', (m) => {
    const doc = agendaDoc();
    runTimerCommand(doc, 'start');
    runTimerCommand(doc, 'pause');
    runTimerCommand(doc, `preset${m}`);
    expect(left(doc).remainingMs).toBe(m * MINUTE_MS);
    expect(left(doc).text).toBe(`${m}:00`);
  });

  it('reset starts the block over at its planned time', () => {
    const doc = agendaDoc();
    runTimerCommand(doc, 'start');
    runTimerCommand(doc, 'pause');
    runTimerCommand(doc, 'add5');
    runTimerCommand(doc, 'preset1');
    runTimerCommand(doc, 'reset');
    expect(facts(doc)).toMatchObject({ blockId: 'a', extensionMs: 0, accumulatedMs: 0 });
    expect(left(doc).remainingMs).toBe(10 * MIN);
  });

  it('every shortcut that names a timer command changes the doc', () => {
    const commands = SHORTCUTS.map((s) => s.command).filter(
      (c): c is TimerCommand => c !== 'help' && !c.startsWith('focus') && !isBoardCommand(c),
    );
    expect(commands.length).toBeGreaterThanOrEqual(11);
    for (const command of commands) {
      // Mid-agenda and paused with some time run, so every verb has something to change.
      const doc = agendaDoc();
      runTimerCommand(doc, 'start');
      runTimerCommand(doc, 'next');
      runTimerCommand(doc, 'add1');
      runTimerCommand(doc, 'pause');
      const before = JSON.stringify(readTimer(doc));
      runTimerCommand(doc, command);
      expect(JSON.stringify(readTimer(doc)), command).not.toBe(before);
    }
  });
});

describe('runTimerAction: go to a block, set the time left', () => {
  it('makes a chosen block current, running on if the timer ran', () => {
    const running = agendaDoc();
    runTimerCommand(running, 'start');
    runTimerAction(running, { type: 'goTo', blockId: 'c' });
    expect(facts(running)).toMatchObject({ blockId: 'c', state: 'running' });
    // Before the session starts, "Run now" picks the block the timer starts with.
    const idle = agendaDoc();
    runTimerAction(idle, { type: 'goTo', blockId: 'c' });
    expect(facts(idle)).toMatchObject({ blockId: 'c', state: 'idle' });
    runTimerCommand(idle, 'toggle');
    expect(facts(idle)).toMatchObject({ blockId: 'c', state: 'running' });
  });

  it('sets the time left to the exact ms', () => {
    const doc = agendaDoc();
    runTimerCommand(doc, 'start');
    runTimerCommand(doc, 'pause');
    runTimerAction(doc, { type: 'setRemaining', remainingMs: 90_000 });
    expect(left(doc).remainingMs).toBe(90_000);
    expect(left(doc).text).toBe('1:30');
  });
});
