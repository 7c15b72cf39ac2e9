// What the pages call a control in each language, looked up by its English words in the catalogs
// the pages are built from (the room's and every console area's), so one keyboard run drives the
// same controls in German and French without a second list of strings to keep in step.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setupI18n } from '@lingui/core';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import type { Language } from '../../shared/i18n/languages';

const CATALOGS = fileURLToPath(new URL('../../renderer/i18n/catalogs', import.meta.url));

function catalog(lang: Language): Map<string, string> {
  const out = new Map<string, string>();
  const add = (file: string) => {
    for (const [id, text] of Object.entries(JSON.parse(readFileSync(file, 'utf8')) as object))
      out.set(id, String(text));
  };
  add(join(CATALOGS, `${lang}.json`));
  for (const f of readdirSync(join(CATALOGS, 'console')))
    if (f.endsWith(`.${lang}.json`)) add(join(CATALOGS, 'console', f));
  return out;
}

export interface Words {
  /** A message by its id, formatted with its values (ICU plurals and selects). */
  t(id: string, values?: Record<string, unknown>): string;
  /** The words shown for this English text (an id's message without placeholders). */
  (english: string, idPrefix?: string): string;
  /** A message with placeholders, filled: `w.fill('Vote for “{text}”', { text })`. */
  fill(english: string, values: Record<string, string>, idPrefix?: string): string;
}

/** Looks each English text up among the catalogs' English messages and answers the same id's
 * message in `lang`; a text that is no message, or several ids translated differently (narrow
 * it with `idPrefix`), fails the test that asked, naming them. */
export function wordsIn(lang: Language): Words {
  const en = catalog('en');
  const there = catalog(lang);
  const lookup = (english: string, idPrefix = ''): string => {
    const ids = [...en].filter(([id, t]) => t === english && id.startsWith(idPrefix));
    if (ids.length === 0) throw new Error(`no catalog message says "${english}"`);
    const texts = new Set(ids.map(([id]) => there.get(id)));
    if (texts.size > 1)
      throw new Error(`"${english}" is ${ids.map(([id]) => id).join(', ')}: say which (idPrefix)`);
    const text = there.get(ids[0]![0]);
    if (text === undefined) throw new Error(`${ids[0]![0]} has no ${lang} message`);
    return text;
  };
  const i18n = setupI18n();
  i18n.setMessagesCompiler(compileMessage);
  i18n.loadAndActivate({ locale: lang, messages: Object.fromEntries(there) });
  const w = ((english: string, idPrefix?: string) => lookup(english, idPrefix)) as Words;
  w.t = (id, values) => {
    if (!there.has(id)) throw new Error(`no ${lang} message ${id}`);
    return i18n._(id, values);
  };
  w.fill = (english, values, idPrefix) =>
    lookup(english, idPrefix).replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
  return w;
}
