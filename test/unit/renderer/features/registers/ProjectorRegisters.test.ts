// The registers on the projector (renderer/features/registers/ProjectorRegisters.tsx) rendered to
// HTML from a real doc: one region, labelled by its heading, with every decision, action and
// measure, numbered, with its state in words; nothing at all while the registers are empty.
import { afterEach, describe, expect, it } from 'vitest';
import { showLanguage } from '#renderer/i18n/language';
import { ProjectorRegisters } from '../../../../../renderer/features/registers/ProjectorRegisters';
import { renderHtml, textOf, within } from '../../renderHtml';
import { sessionDoc } from '../../stores/storeTestKit';
import { registersDoc } from './registersKit';

describe('ProjectorRegisters', () => {
  it('lists every record with its number, detail and state', () => {
    const html = renderHtml(ProjectorRegisters, { doc: registersDoc() });
    const list = within(html, 'aria-labelledby="projector-registers-heading"');
    expect(textOf(within(html, 'id="projector-registers-heading"'))).toBe(
      'Decisions, actions and measures',
    );
    const items = list.match(/<li /g) ?? [];
    expect(items).toHaveLength(5);
    const text = textOf(list);
    expect(text).toContain('D1Price per seat — We charge per seat.✓ Committed');
    expect(text).toContain('D2Move the officeProposed');
    expect(text).toContain('A1Update the price page — Ada, by Jan 15, 2027in progress');
    expect(text).toContain('A2Find a venue — no owner yetopen');
    expect(text).toContain('M1Seats sold — 120 → 200 by Q2Ada');
    expect(text).not.toContain('more on the console');
  });

  it('shows nothing while there is nothing to show', () => {
    expect(renderHtml(ProjectorRegisters, { doc: sessionDoc() })).toBe('');
  });

  describe('in the projector’s language', () => {
    afterEach(async () => {
      await showLanguage('en');
    });

    it('reads German: heading, states, owners and dates', async () => {
      await showLanguage('de');
      const html = renderHtml(ProjectorRegisters, { doc: registersDoc() });
      expect(textOf(within(html, 'id="projector-registers-heading"'))).toBe(
        'Entscheidungen, Maßnahmen und Kennzahlen',
      );
      const text = textOf(within(html, 'aria-labelledby="projector-registers-heading"'));
      expect(text).toContain('D1Price per seat — We charge per seat.✓ Beschlossen');
      expect(text).toContain('D2Move the officeVorgeschlagen');
      expect(text).toContain('A1Update the price page — Ada, bis 15. Jan. 2027in Arbeit');
      expect(text).toContain('A2Find a venue — noch niemand zuständigoffen');
      expect(text).toContain('M1Seats sold — 120 → 200 bis Q2Ada');
    });

    it('reads French', async () => {
      await showLanguage('fr');
      const html = renderHtml(ProjectorRegisters, { doc: registersDoc() });
      const text = textOf(within(html, 'aria-labelledby="projector-registers-heading"'));
      expect(text).toContain('A1Update the price page — Ada, pour le 15 janv. 2027en cours');
      expect(text).toContain('A2Find a venue — pas encore de responsableouverte');
    });
  });
});
