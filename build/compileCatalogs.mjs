// Vite plugin: the renderer's message catalogs (renderer/i18n/catalogs/*.json, ICU MessageFormat)
// are compiled at build time with Lingui's own compiler, so the page ships Lingui's small runtime
// and not its message parser. A message that does not compile is left out with a warning: the
// page reads it in English (renderer/i18n/language.ts merges every catalog over English), and
// test/unit/renderer/i18n/catalogs.test.ts fails the build's tests on it.
//
// A phone's first visit is counted in bytes (test/e2e/phone-bytes.spec.ts), so the build also
// shortens what the catalogs cost: plain-text messages stay strings (no array around them), and
// each message id ('board.phase.writing') becomes a short one ('2k') in the catalogs and in the
// renderer's code alike. The ids are only ever string literals (t() takes the catalog's keys as
// a type), so replacing the literals is the whole change; unit tests run on the long ids.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';

// The room's catalogs (catalogs/en.json, …) and the console side's (catalogs/console/agenda.en.json, …).
const CATALOG =
  /[\\/]renderer[\\/]i18n[\\/]catalogs[\\/](?:[a-z]{2}|console[\\/][\w-]+\.[a-z]{2})\.json$/;
const SOURCE = /[\\/]renderer[\\/].*\.tsx?$/;
const CATALOGS = fileURLToPath(new URL('../renderer/i18n/catalogs/', import.meta.url));

/** Every English catalog's path: the room's and each console area's. */
export function englishCatalogs(folder = CATALOGS) {
  const areas = readdirSync(`${folder}console`).filter((f) => f.endsWith('.en.json'));
  return [`${folder}en.json`, ...areas.map((f) => `${folder}console/${f}`)];
}

/** Compiles a catalog's messages; returns the compiled catalog and the ids that failed. */
export function compileCatalog(messages) {
  const compiled = {};
  const failed = [];
  for (const [id, message] of Object.entries(messages)) {
    if (typeof message !== 'string') {
      failed.push({ id, error: 'not a string' });
      continue;
    }
    try {
      const tokens = compileMessageOrThrow(message);
      // A message without arguments is its text: Lingui returns a string message as it is.
      compiled[id] =
        tokens.length === 1 && typeof tokens[0] === 'string'
          ? tokens[0]
          : tokens.length === 0
            ? ''
            : tokens;
    } catch (e) {
      failed.push({ id, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return { compiled, failed };
}

/** Short ids for the source catalog's keys, in a stable order ('a', 'b', … '10', …). */
export function shortIds(keys) {
  return new Map([...keys].sort().map((k, i) => [k, i.toString(36)]));
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function compileCatalogs() {
  let ids = null;
  let literal = null;
  return {
    name: 'offsite-compile-catalogs',
    enforce: 'pre',
    apply: 'build',
    buildStart() {
      const english = englishCatalogs();
      ids = shortIds(english.flatMap((f) => Object.keys(JSON.parse(readFileSync(f, 'utf8')))));
      // A whole string literal that is a message id, in either quote.
      literal = new RegExp(`(['"])(${[...ids.keys()].map(escape).join('|')})\\1`, 'g');
      for (const f of english) this.addWatchFile(f);
    },
    transform(code, id) {
      const file = id.split('?')[0];
      if (CATALOG.test(file)) {
        const { compiled, failed } = compileCatalog(JSON.parse(code));
        for (const f of failed) this.warn(`${id}: message "${f.id}" left out (${f.error})`);
        const short = {};
        for (const [key, message] of Object.entries(compiled)) {
          const s = ids.get(key);
          if (s === undefined) this.warn(`${id}: "${key}" is in no English catalog; left out`);
          else short[s] = message;
        }
        // Still JSON: Vite's JSON plugin turns it into a module after this.
        return { code: JSON.stringify(short), map: null };
      }
      if (SOURCE.test(file) && !file.includes('node_modules')) {
        const out = code.replace(literal, (_m, q, key) => `${q}${ids.get(key)}${q}`);
        return out === code ? null : { code: out, map: null };
      }
      return null;
    },
  };
}
