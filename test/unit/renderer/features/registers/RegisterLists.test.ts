// The registers as read-only lists (renderer/features/registers/RegisterLists.tsx) rendered to
// HTML from a real doc's registers: labelled decisions with their facts, the RACI table, the
// measures table with what each tracks, and the words for empty registers.
import { describe, expect, it } from 'vitest';
import {
  RegistersView,
  dissentText,
} from '../../../../../renderer/features/registers/RegisterLists';
import { readRegisters } from '#shared/model/registers/read';
import { renderHtml, textOf, within } from '../../renderHtml';
import { sessionDoc } from '../../stores/storeTestKit';
import { registersDoc } from './registersKit';

describe('RegistersView', () => {
  const html = renderHtml(RegistersView, { registers: readRegisters(registersDoc()) });

  it('labels each decision with its number and title, and says whether it is committed', () => {
    const list = within(html, 'aria-label="Decisions"');
    const first = textOf(within(list, 'aria-label="Decision D1: Price per seat"'));
    expect(first).toContain('✓ Committed');
    expect(first).toContain('We charge per seat.');
    expect(first).toContain('RationaleSimple to explain');
    expect(first).toContain('Dissent2 people');
    const second = textOf(within(list, 'aria-label="Decision D2: Move the office"'));
    expect(second).toContain('Not yet committed');
    expect(second).toContain('Dissentnone noted');
  });

  it('puts each action in a row of the RACI table', () => {
    const table = within(html, 'aria-label="Action items table"');
    const rows = table.split('<tr>').slice(2).map(textOf);
    expect(rows).toEqual([
      'A1Update the price pageAdaGraceSales, LegalJan 15, 2027in progress',
      'A2Find a venueopen',
    ]);
  });

  it('says which decisions and actions a measure tracks', () => {
    const table = within(html, 'aria-label="Measures table"');
    expect(textOf(table.split('<tr>')[2]!)).toBe('M1Seats sold120200Q2AdaD1, A1');
  });

  it('says so when a register is empty', () => {
    const empty = textOf(renderHtml(RegistersView, { registers: readRegisters(sessionDoc()) }));
    expect(empty).toContain('No decisions yet.');
    expect(empty).toContain('No action items yet.');
    expect(empty).toContain('No measures yet.');
  });

  it('dissentText counts people or names them', () => {
    expect(dissentText({ mode: 'count', count: 1 })).toBe('1 person');
    expect(dissentText({ mode: 'count', count: 0 })).toBe('none noted');
    expect(dissentText({ mode: 'names', names: ['Ada', 'Bob'] })).toBe('Ada, Bob');
  });
});
