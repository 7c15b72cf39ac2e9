// What the room sees of the agenda (renderer/features/timer/CurrentBlock.tsx) rendered to HTML
// from a real doc: the current block as the "Now" heading beside its countdown, what comes next
// and when, and the day's agenda with the current block marked.
import { describe, expect, it } from 'vitest';
import { CurrentBar, CurrentDetails } from '../../../../../renderer/features/timer/CurrentBlock';
import { applyTimerAction } from '#shared/model/timer/commands';
import { updateBlock } from '#shared/model/agenda/commands';
import { hostNow } from '#renderer/sync/hostClock';
import { renderHtml, textOf, within } from '../../renderHtml';
import { agendaDoc, useClockHost } from '../../timerTestKit';

useClockHost();

describe('CurrentBar and CurrentDetails', () => {
  it('names the current block, its prompt, the next one and the day', () => {
    const doc = agendaDoc();
    updateBlock(doc, { blockId: 'b', prompt: 'What slowed us down?' });
    applyTimerAction(doc, { type: 'start' }, { hostNow: hostNow() });
    applyTimerAction(doc, { type: 'next' }, { hostNow: hostNow() });
    const bar = renderHtml(CurrentBar, { doc });
    const html = renderHtml(CurrentDetails, { doc });
    expect(textOf(within(bar, 'id="current-block-heading"'))).toBe('Retro');
    expect(bar).toContain('role="timer"');
    const about = textOf(within(html, 'aria-label="About this block"'));
    expect(about).toContain('What slowed us down?');
    // Planned times from the day's start (09:00 by default).
    expect(about).toContain('Next, at 09:30: Vote');
    const glance = within(html, '<ol>');
    expect(glance.match(/<li/g)).toHaveLength(3);
    expect(within(glance, 'aria-current="step"')).toContain('Retro');
    expect(textOf(within(glance, 'aria-current="step"'))).toBe('09:10–09:30 Retro (now)');
  });

  it('says nothing after the last block', () => {
    const doc = agendaDoc();
    applyTimerAction(doc, { type: 'start' }, { hostNow: hostNow() });
    for (let i = 0; i < 3; i++) applyTimerAction(doc, { type: 'next' }, { hostNow: hostNow() });
    expect(renderHtml(CurrentBar, { doc })).toBe('');
    expect(renderHtml(CurrentDetails, { doc })).toBe('');
  });
});
