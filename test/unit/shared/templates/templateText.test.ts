// The built-in templates in German and French (shared/templates/templateText.ts): every template
// has its words in every language, day by day and block by block as in English (a prompt, a note
// or columns exactly where English has them, as many columns); the translated template keeps
// English's times, kinds and durations; and the host makes a session in the language asked for.
import { describe, expect, it } from 'vitest';
import { TEMPLATES, findTemplate, templateIn } from '#shared/templates/index';
import { TEMPLATE_TEXT } from '#shared/templates/templateText';
import { useHosts } from '#kit/useHost';
import { getAgenda } from '#shared/model/agenda/read';

describe('built-in templates in every language', () => {
  for (const [language, texts] of Object.entries(TEMPLATE_TEXT)) {
    it(`${language}: every template, day and block has its words, shaped as in English`, () => {
      expect(Object.keys(texts).sort()).toEqual(TEMPLATES.map((t) => t.id).sort());
      for (const template of TEMPLATES) {
        const text = texts[template.id]!;
        expect(text.name, template.id).not.toBe(template.name);
        expect(text.days.length, template.id).toBe(template.days.length);
        template.days.forEach((day, d) => {
          const dayText = text.days[d]!;
          expect(dayText.blocks.length, `${template.id} day ${d + 1}`).toBe(day.blocks.length);
          day.blocks.forEach((block, b) => {
            const t = dayText.blocks[b]!;
            const where = `${template.id} ${block.title}`;
            expect(t.prompt !== undefined, `${where}: prompt`).toBe(block.prompt !== undefined);
            expect(t.notes !== undefined, `${where}: notes`).toBe(
              block.facilitatorNotes !== undefined,
            );
            expect(t.columns?.length, `${where}: columns`).toBe(block.columns?.length);
            expect(t.title.trim(), where).not.toBe('');
          });
        });
      }
    });
  }

  it('a translated template keeps its times, kinds and durations', () => {
    const en = findTemplate('strategy-offsite')!;
    const de = findTemplate('strategy-offsite', 'de')!;
    expect(de.name).toBe('Strategie-Offsite Produkt & Engineering (2 Tage)');
    const shape = (t: typeof en) =>
      t.days.map((d) => [d.startTime, d.blocks.map((b) => [b.kind, b.plannedMinutes])]);
    expect(shape(de)).toEqual(shape(en));
    expect(de.days[0]!.blocks[1]!.columns).toEqual([
      'Was bei 10x wahr ist',
      'Was es gebraucht hat',
      'Was uns aufhalten würde',
    ]);
    // A template without a translation (a saved one) comes back as it is.
    const saved = { id: 'mine-123', name: 'Mine', description: '', days: en.days };
    expect(templateIn(saved, 'fr')).toBe(saved);
  });
});

const hosts = useHosts({ facilitatorKey: 'f'.repeat(32) }, 'offsite-tpl-lang-');

describe('a session made in a language', () => {
  it('has the template’s words in that language, and English when none is asked for', async () => {
    const host = await hosts.start();
    const fr = await host.api.createSession({
      title: 'Rétro',
      template: 'retrospective',
      language: 'fr',
    });
    const frBlocks = getAgenda((await host.hub.open(fr.id)).doc).days[0]!.blocks;
    expect(frBlocks.map((b) => b.title)).toEqual([
      'Mise en route',
      'Ce qui a bien marché / à améliorer',
      'Vote',
      'Discussion',
      'Actions',
    ]);
    expect(frBlocks[1]!.prompt).toBe(
      'Une note par idée : qu’est-ce qui a bien marché, et que devrions-nous améliorer ?',
    );
    const en = await host.api.createSession({ title: 'Retro', template: 'retrospective' });
    expect(getAgenda((await host.hub.open(en.id)).doc).days[0]!.blocks[0]!.title).toBe(
      'Set the stage',
    );
    await expect(
      host.api.createSession({ title: 'X', template: 'retrospective', language: 'xx' as never }),
    ).rejects.toThrow();
  });
});
