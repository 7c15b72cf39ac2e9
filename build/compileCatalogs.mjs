// Vite plugin: the renderer's message catalogs (renderer/i18n/catalogs/*.json, ICU MessageFormat)
// are compiled at build time with Lingui's own compiler, so the page ships Lingui's small runtime
// and not its message parser. A message that does not compile is left out with a warning: the
// page reads it in English (renderer/i18n/language.ts merges every catalog over English), and
// test/unit/renderer/i18n/catalogs.test.ts fails the build's tests on it.
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';

const CATALOG = /[\\/]renderer[\\/]i18n[\\/]catalogs[\\/][a-z]{2}\.json$/;

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
      compiled[id] = compileMessageOrThrow(message);
    } catch (e) {
      failed.push({ id, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return { compiled, failed };
}

export function compileCatalogs() {
  return {
    name: 'offsite-compile-catalogs',
    enforce: 'pre',
    transform(code, id) {
      if (!CATALOG.test(id.split('?')[0])) return null;
      const { compiled, failed } = compileCatalog(JSON.parse(code));
      for (const f of failed) this.warn(`${id}: message "${f.id}" left out (${f.error})`);
      // Still JSON: Vite's JSON plugin turns it into a module after this.
      return { code: JSON.stringify(compiled), map: null };
    },
  };
}
