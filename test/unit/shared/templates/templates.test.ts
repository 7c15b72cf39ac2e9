// Built-in templates: each applies cleanly, and the strategy offsite fills two realistic days.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyTemplate, TEMPLATES } from '#shared/templates/index';
import { getAgenda } from '#shared/model/agenda/read';
import { cleanBlockFields, cleanDayFields } from '#shared/model/agenda/cleanFields';
import { sessionDoc } from '#shared/model/doc';
import { applyTimerAction } from '#shared/model/timer/commands';
import { agendaTypes } from '#shared/model/agenda/names';

describe('templates', () => {
  it('has the four templates with unique ids, and every block is valid', () => {
    expect(TEMPLATES.map((t) => t.name)).toEqual([
      'Product & Engineering strategy offsite (2 days)',
      'Retrospective',
      'Brainstorm and vote',
      'Blank',
    ]);
    expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
    for (const t of TEMPLATES)
      for (const d of t.days) {
        expect(() => cleanDayFields(d, 'x')).not.toThrow();
        for (const b of d.blocks) expect(() => cleanBlockFields(b)).not.toThrow();
      }
  });

  it('the strategy offsite runs two full days, about 09:00 to 17:00, with breaks and lunch', () => {
    const doc = new Y.Doc();
    applyTemplate(doc, 'strategy-offsite');
    const { days } = getAgenda(doc);
    expect(days).toHaveLength(2);
    for (const day of days) {
      expect(day.blocks[0]!.start).toBe('09:00');
      expect(day.totalMinutes).toBeGreaterThanOrEqual(7 * 60);
      expect(day.totalMinutes).toBeLessThanOrEqual(8 * 60 + 30);
      expect(day.endTime >= '16:00' && day.endTime <= '17:30').toBe(true);
      const lunch = day.blocks.find((b) => b.title === 'Lunch')!;
      expect(lunch.kind).toBe('break');
      expect(lunch.start >= '11:45' && lunch.start <= '13:15').toBe(true);
      expect(day.blocks.filter((b) => b.kind === 'break').length).toBeGreaterThanOrEqual(3);
      // No stretch of more than about 2.5 hours without a break.
      let sinceBreak = 0;
      for (const b of day.blocks) {
        sinceBreak = b.kind === 'break' ? 0 : sinceBreak + b.plannedMinutes;
        expect(sinceBreak).toBeLessThanOrEqual(150);
      }
    }
    const all = days.flatMap((d) => d.blocks);
    const text = JSON.stringify(all);
    for (const phrase of [
      'Mike the Marketplace Manager',
      'Eddie the Entrepreneur',
      '10x',
      'Predictable',
      'are customers using what we build',
      'debate',
      'accountable',
    ])
      expect(text.toLowerCase()).toContain(phrase.toLowerCase());
    for (const b of all.filter((b) => b.kind !== 'break')) {
      expect(b.prompt.length).toBeGreaterThan(10);
      expect(b.facilitatorNotes.length).toBeGreaterThan(10);
    }
    expect(sessionDoc(doc).meta.get('template')).toBe('strategy-offsite');
  });

  it('the retrospective has the two board columns and a short total', () => {
    const doc = new Y.Doc();
    applyTemplate(doc, 'retrospective');
    const [day] = getAgenda(doc).days;
    expect(day!.blocks.map((b) => b.kind)).toEqual([
      'talk',
      'brainstorm',
      'vote',
      'discuss',
      'discuss',
    ]);
    expect(day!.blocks[1]!.columns).toEqual(['Went well', 'To improve']);
    expect(day!.totalMinutes).toBeGreaterThanOrEqual(45);
    expect(day!.totalMinutes).toBeLessThanOrEqual(120);
  });

  it('brainstorm and vote, and blank', () => {
    const doc = new Y.Doc();
    applyTemplate(doc, 'brainstorm-vote');
    expect(getAgenda(doc).days[0]!.blocks.map((b) => b.kind)).toContain('vote');
    applyTemplate(doc, 'blank');
    expect(getAgenda(doc)).toMatchObject({ totalMinutes: 0, days: [{ blocks: [] }] });
  });

  it('applying a template replaces the agenda and resets the timer in one transaction', () => {
    const doc = new Y.Doc();
    applyTemplate(doc, 'retrospective');
    applyTimerAction(doc, { type: 'start' }, { hostNow: 1 });
    let updates = 0;
    doc.on('update', () => updates++);
    applyTemplate(doc, 'brainstorm-vote');
    expect(updates).toBe(1);
    expect(agendaTypes(doc).timer.size).toBe(0);
    expect(agendaTypes(doc).ledger.size).toBe(0);
    expect(() => applyTemplate(doc, 'nope')).toThrow(/no such template/);
  });
});
