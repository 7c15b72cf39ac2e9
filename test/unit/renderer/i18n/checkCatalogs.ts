// What is wrong with a set of message catalogs, as sentences a translator can act on: a key
// missing from a language (or one English does not have), a message that does not parse as ICU
// MessageFormat (with the language's own plural categories), an empty message, and a translation
// whose arguments differ from English's (a dropped {count} loses the number; an invented one
// prints its braces).
import { parse, type Token } from '@messageformat/parser';

export type Catalogs = Record<string, Record<string, unknown>>;

function argumentsOf(tokens: Token[], into = new Set<string>()): Set<string> {
  for (const t of tokens) {
    if (t.type === 'argument') into.add(t.arg);
    else if (t.type === 'function') into.add(t.arg);
    else if (t.type === 'plural' || t.type === 'select' || t.type === 'selectordinal') {
      into.add(t.arg);
      for (const c of t.cases) argumentsOf(c.tokens, into);
    }
  }
  return into;
}

function parsed(language: string, message: string): Token[] {
  const rules = (type: Intl.PluralRuleType) =>
    new Intl.PluralRules(language, { type }).resolvedOptions().pluralCategories;
  return parse(message, { cardinal: rules('cardinal'), ordinal: rules('ordinal') });
}

export function catalogProblems(catalogs: Catalogs, source = 'en'): string[] {
  const problems: string[] = [];
  const english = catalogs[source];
  if (!english) return [`there is no ${source} catalog`];
  const sourceArgs = new Map<string, Set<string>>();
  for (const [language, catalog] of Object.entries(catalogs)) {
    if (language !== source) {
      for (const id of Object.keys(english))
        if (!(id in catalog)) problems.push(`${language}: "${id}" is missing`);
      for (const id of Object.keys(catalog))
        if (!(id in english)) problems.push(`${language}: "${id}" is not in ${source}`);
    }
  }
  // English first, so that each translation is compared with its source's arguments.
  const order = [source, ...Object.keys(catalogs).filter((l) => l !== source)];
  for (const language of order) {
    for (const [id, message] of Object.entries(catalogs[language]!)) {
      if (typeof message !== 'string' || message.trim() === '') {
        problems.push(`${language}: "${id}" is empty or not text`);
        continue;
      }
      let args: Set<string>;
      try {
        args = argumentsOf(parsed(language, message));
      } catch (e) {
        problems.push(`${language}: "${id}" does not parse: ${(e as Error).message}`);
        continue;
      }
      if (language === source) {
        sourceArgs.set(id, args);
        continue;
      }
      const want = sourceArgs.get(id);
      if (!want) continue;
      const got = [...args].sort().join(', ');
      const expected = [...want].sort().join(', ');
      if (got !== expected)
        problems.push(`${language}: "${id}" takes {${got}}, ${source} takes {${expected}}`);
    }
  }
  return problems;
}
