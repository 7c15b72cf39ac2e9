// The countdown (renderer/features/timer/Countdown.tsx) rendered to HTML from a real doc's timer,
// at the page's host clock (a real host's /time): a timer named "Time remaining" showing M:SS,
// "Paused" in words, and the cue in words beside the digits (colour never carries it alone).
import { describe, expect, it } from 'vitest';
import { Countdown } from '../../../../../renderer/features/timer/Countdown';
import { applyTimerAction } from '#shared/model/timer/commands';
import { hostNow } from '#renderer/sync/hostClock';
import { renderHtml, textOf, within } from '../../renderHtml';
import { MIN, agendaDoc, useClockHost } from '../../timerTestKit';

useClockHost();

const timerOf = (html: string) => within(html, 'role="timer"');

describe('Countdown', () => {
  it('before the start: the first block’s planned time, on time', () => {
    const html = renderHtml(Countdown, { doc: agendaDoc() });
    const timer = timerOf(html);
    expect(timer).toContain('aria-label="Time remaining"');
    expect(timer).toContain('data-state="idle"');
    expect(textOf(timer)).toBe('10:00');
    expect(textOf(html)).toBe('10:00On time');
  });

  it('paused: the time left, and "Paused" in words instead of a cue', () => {
    const doc = agendaDoc();
    applyTimerAction(doc, { type: 'start' }, { hostNow: hostNow() });
    applyTimerAction(doc, { type: 'pause' }, { hostNow: hostNow() });
    applyTimerAction(doc, { type: 'setRemaining', remainingMs: 3 * MIN }, { hostNow: hostNow() });
    const html = renderHtml(Countdown, { doc, size: 'large' });
    expect(timerOf(html)).toContain('data-remaining-ms="180000"');
    expect(textOf(html)).toBe('3:00Paused');
    expect(html).not.toContain('cue-badge');
    expect(html).toContain('countdown-large');
  });

  it('running in its last minute: the time left and the danger cue in words', () => {
    const doc = agendaDoc();
    applyTimerAction(doc, { type: 'start' }, { hostNow: hostNow() });
    applyTimerAction(doc, { type: 'setRemaining', remainingMs: 30_000 }, { hostNow: hostNow() });
    const html = renderHtml(Countdown, { doc });
    expect(timerOf(html)).toContain('data-state="running"');
    expect(textOf(html)).toMatch(/^0:(30|29)Last minute$/);
    expect(html).toContain('data-cue="danger"');
  });

  it('past its time: negative, with the overtime cue', () => {
    const doc = agendaDoc();
    // Started 11 minutes ago (host time): a 10-minute block a minute over.
    applyTimerAction(doc, { type: 'start' }, { hostNow: hostNow() - 11 * MIN });
    const html = renderHtml(Countdown, { doc });
    expect(textOf(timerOf(html))).toMatch(/^-1:0[01]$/);
    expect(html).toContain('data-cue="overtime"');
  });
});
