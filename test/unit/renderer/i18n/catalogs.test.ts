// The renderer's catalogs are complete and parse, in every language: a missing key or a broken
// message fails here, at the build's tests, never in the room. The checker itself is shown to
// catch each kind of mistake on a broken catalog.
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '#shared/i18n/languages';
import { compileCatalog, shortIds } from '../../../../build/compileCatalogs.mjs';
import { catalogProblems, type Catalogs } from './checkCatalogs';
import en from '../../../../renderer/i18n/catalogs/en.json';
import de from '../../../../renderer/i18n/catalogs/de.json';
import fr from '../../../../renderer/i18n/catalogs/fr.json';

const catalogs: Catalogs = { en, de, fr };

// The console side's catalogs, by area: catalogs/console/<area>.<language>.json.
const consoleFiles = import.meta.glob<Record<string, unknown>>(
  '../../../../renderer/i18n/catalogs/console/*.json',
  { eager: true, import: 'default' },
);
const areas = new Map<string, Catalogs>();
for (const [path, catalog] of Object.entries(consoleFiles)) {
  const [, area, language] = /([\w-]+)\.([a-z]{2})\.json$/.exec(path) ?? [];
  if (!area || !language) throw new Error(`${path} is not named <area>.<language>.json`);
  areas.set(area, { ...areas.get(area), [language]: catalog });
}

describe('message catalogs', () => {
  it('has one catalog per language Offsite offers', () => {
    expect(Object.keys(catalogs).sort()).toEqual([...LANGUAGES].sort());
  });

  it('every language has every key, and every message parses with the same arguments', () => {
    expect(catalogProblems(catalogs)).toEqual([]);
  });

  it('the build compiles every message (none is left out)', () => {
    for (const [language, catalog] of Object.entries(catalogs)) {
      const { failed } = compileCatalog(catalog);
      expect(failed, language).toEqual([]);
    }
  });

  it('each console area has one catalog per language, complete, parsing, compiling', () => {
    expect(areas.size).toBeGreaterThan(0);
    for (const [area, byLanguage] of areas) {
      expect(Object.keys(byLanguage).sort(), area).toEqual([...LANGUAGES].sort());
      expect(catalogProblems(byLanguage), area).toEqual([]);
      for (const [language, catalog] of Object.entries(byLanguage))
        expect(compileCatalog(catalog).failed, `${area}.${language}`).toEqual([]);
    }
  });

  it('French puts a no-break space before : ; ? ! » and after «, in every catalog', () => {
    const french: [string, Record<string, unknown>][] = [
      ['the room', fr],
      ...[...areas].map(([area, byLanguage]): [string, Record<string, unknown>] => [
        area,
        byLanguage.fr ?? {},
      ]),
    ];
    const breakable: string[] = [];
    for (const [where, catalog] of french)
      for (const [id, message] of Object.entries(catalog))
        if (/ [:;?!»]|« /.test(String(message))) breakable.push(`${where}: ${id}`);
    expect(breakable).toEqual([]);
  });

  it('no message id is in two catalogs (the build gives each id one short id)', () => {
    const seen = new Map<string, string>(Object.keys(en).map((id) => [id, 'the room']));
    const twice: string[] = [];
    for (const [area, byLanguage] of areas)
      for (const id of Object.keys(byLanguage.en ?? {})) {
        if (seen.has(id)) twice.push(`${id}: ${seen.get(id)} and ${area}`);
        seen.set(id, area);
      }
    expect(twice).toEqual([]);
  });

  it('catches a missing key, an extra key, a broken message and a changed argument', () => {
    const broken: Catalogs = {
      en: {
        greet: 'Hello {name}',
        count: '{n, plural, one {# note} other {# notes}}',
        bye: 'Bye',
      },
      de: {
        greet: 'Hallo {nom}',
        count: '{n, plural, one {# Notiz} other {# Notizen}',
        extra: 'Zusatz',
      },
    };
    expect(catalogProblems(broken)).toEqual([
      'de: "bye" is missing',
      'de: "extra" is not in en',
      'de: "greet" takes {nom}, en takes {name}',
      expect.stringMatching(/^de: "count" does not parse: /),
    ]);
  });

  it('catches plural categories a language does not have', () => {
    const broken: Catalogs = {
      en: { n: '{n, plural, one {# vote} other {# votes}}' },
      fr: { n: '{n, plural, one {# voix} few {# voix} other {# voix}}' },
    };
    expect(catalogProblems(broken)).toEqual([expect.stringMatching(/^fr: "n" does not parse: /)]);
  });

  it('the build keeps plain text as a string and gives every id its own short id', () => {
    const { compiled } = compileCatalog({ plain: 'Join', arg: 'Hello {name}' });
    expect(compiled).toEqual({ plain: 'Join', arg: ['Hello ', ['name']] });
    const ids = shortIds(Object.keys(en));
    expect(new Set(ids.values()).size).toBe(Object.keys(en).length);
    // No short id is itself a long one, so replacing literals in the code cannot chain.
    for (const s of ids.values()) expect(en).not.toHaveProperty(s);
  });

  it('the build leaves a broken message out instead of failing the page', () => {
    const { compiled, failed } = compileCatalog({ ok: 'Fine', bad: '{n, plural, one {x}' });
    expect(Object.keys(compiled)).toEqual(['ok']);
    expect(failed.map((f) => f.id)).toEqual(['bad']);
  });
});
