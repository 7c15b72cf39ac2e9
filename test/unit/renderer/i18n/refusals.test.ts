// The domain's refusals in the reader's language: every code has an English ICU message that
// parses and is the English catalog's entry, German and French word every code (and every field
// a refusal's select names), shared's small ICU reader formats the English as Lingui does, and
// real refusals (a vote with none left, on a real Y.Doc; a measure value that is not a number; a
// template file's block) read in German on a German page.
import { afterEach, describe, expect, it } from 'vitest';
import { parse, type Token } from '@messageformat/parser';
import { TEMPLATE_REFUSALS } from '#shared/templates/templateRefusals';
import {
  CONSOLE_REFUSALS as MODEL_CONSOLE_REFUSALS,
  ENGLISH as MODEL_ENGLISH,
  REFUSALS,
  REFUSAL_SELECTS,
  formatIcu,
  invalid,
} from '#shared/model/refusals';
import { addMeasure } from '#shared/model/registers/commands';
import { recordMeasureValue } from '#shared/model/registers/measureValues';
import { parseTemplateFile } from '#shared/templates/templateFile';
import type { RefusalCode } from '#renderer/i18n/refusalWords';
import { ValidationError } from '#shared/model/limits';
import { addBoardNote, castVote, openVoting, revealNotes } from '#shared/model/board/index';
import { denied } from '#shared/model/board/boardWrite';
import { BLOCK, room, sync } from '#kit/seeds/boardReplicas';
import { showLanguage, type MessageId } from '#renderer/i18n/language';
import { translate } from '#renderer/i18n/useT';
import { errorText, explain } from '#renderer/i18n/validation';
import { refusalWordsLoading } from '#renderer/i18n/refusalLoader';
import * as Y from 'yjs';
import { joinRoster, setRosterState } from '#shared/model/roster/commands';
import { rosterRecord } from '#shared/model/roster/read';
import { DeviceBook } from '#shared/model/roster/devices';
import { lobbyReasonSaid } from '#renderer/features/presence/lobbyReason';

/** Waits for the refusals' words the page's loader asked for (none on an English page). */
async function refusalWordsLoaded() {
  const loaded = await refusalWordsLoading();
  await loaded?.ready;
}

const files = import.meta.glob<Record<string, string>>(
  '../../../../renderer/i18n/catalogs/console/{refusals,errors}.*.json',
  { eager: true, import: 'default' },
);
const catalog = (area: string, language: string) => {
  const path = Object.keys(files).find((p) => p.endsWith(`/${area}.${language}.json`));
  if (!path) throw new Error(`no ${area}.${language}.json`);
  return files[path]!;
};
// The facilitator's: the model's and a template file's.
const CONSOLE_REFUSALS = { ...MODEL_CONSOLE_REFUSALS, ...TEMPLATE_REFUSALS };
const ENGLISH = { ...MODEL_ENGLISH, ...TEMPLATE_REFUSALS };
const idsOf = (codes: object) =>
  Object.keys(codes)
    .map((c) => `refusal.${c}`)
    .sort();

afterEach(() => showLanguage('en'));

/** The arguments a message takes, and which of them are counted (plural or number). */
function argumentsOf(message: string) {
  const all = new Set<string>();
  const counted = new Set<string>();
  const walk = (tokens: Token[]) => {
    for (const t of tokens) {
      if (t.type === 'argument') all.add(t.arg);
      if (t.type === 'function') {
        all.add(t.arg);
        counted.add(t.arg);
      }
      if (t.type === 'plural' || t.type === 'select') {
        all.add(t.arg);
        if (t.type === 'plural') counted.add(t.arg);
        for (const c of t.cases) walk(c.tokens);
      }
    }
  };
  walk(parse(message));
  return { all, counted };
}

/** Denies a second vote to someone with one dot, on a real replica; returns the refusal. */
function noVotesLeft(): ValidationError {
  const r = room({ dotsPerPerson: 1 }, ['Alice Wonder']);
  addBoardNote(r.facDoc, { blockId: BLOCK, text: 'idea', author: r.fac, id: 'n1', now: 1 });
  addBoardNote(r.facDoc, { blockId: BLOCK, text: 'other', author: r.fac, id: 'n2', now: 2 });
  revealNotes(r.facDoc, { blockId: BLOCK, facilitator: r.fac });
  openVoting(r.facDoc, { blockId: BLOCK, facilitator: r.fac });
  sync(...r.all);
  const [doc] = r.docs;
  const [alice] = r.people;
  castVote(doc!, { blockId: BLOCK, targetId: 'n1', voter: alice! });
  try {
    castVote(doc!, { blockId: BLOCK, targetId: 'n2', voter: alice! });
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error('the second vote was accepted');
}

describe('refusals', () => {
  it('every code has an English message that parses and is the English catalog’s entry', () => {
    expect(Object.keys(ENGLISH).length).toBeGreaterThan(30);
    for (const [code, message] of Object.entries(ENGLISH))
      expect(() => parse(message), code).not.toThrow();
    // The room's in the area `refusals`, the facilitator's in `errors`; nothing more in either.
    expect(Object.keys(catalog('refusals', 'en')).sort()).toEqual(idsOf(REFUSALS));
    expect(Object.keys(catalog('errors', 'en')).sort()).toEqual(idsOf(CONSOLE_REFUSALS));
    for (const [code, message] of Object.entries(REFUSALS))
      expect(catalog('refusals', 'en')[`refusal.${code}`], code).toBe(message);
    for (const [code, message] of Object.entries(CONSOLE_REFUSALS))
      expect(catalog('errors', 'en')[`refusal.${code}`], code).toBe(message);
  });

  it('German and French word every code, with its arguments', () => {
    for (const [area, codes] of [
      ['refusals', REFUSALS],
      ['errors', CONSOLE_REFUSALS],
    ] as const)
      for (const language of ['de', 'fr'])
        for (const [code, message] of Object.entries(codes)) {
          const worded = catalog(area, language)[`refusal.${code}`];
          expect(worded, `${language}: ${code}`).toMatch(/\S/);
          expect([...argumentsOf(worded!).all].sort(), `${language}: ${code}`).toEqual(
            [...argumentsOf(message).all].sort(),
          );
        }
  });

  it('formats the English as Lingui does, for every code (so the message is the catalog’s)', async () => {
    await showLanguage('en');
    for (const [code, message] of Object.entries(ENGLISH)) {
      const { all, counted } = argumentsOf(message);
      for (const sample of [1, 3, 1234, 'Ada Lovelace']) {
        if (typeof sample === 'string' && counted.size > 0) continue;
        const values = Object.fromEntries([...all].map((a) => [a, sample]));
        expect(formatIcu(message, values), `${code} ${sample}`).toBe(
          translate(`refusal.${code}` as MessageId, values),
        );
      }
    }
  });

  it('English messages take plain and counted arguments and selects of plain text only (shared formats no plurals)', () => {
    for (const [code, message] of Object.entries(ENGLISH))
      for (const token of parse(message)) {
        expect(['content', 'argument', 'function', 'select'], code).toContain(token.type);
        if (token.type === 'select')
          for (const c of token.cases)
            expect(
              c.tokens.map((t) => t.type),
              `${code} ${c.key}`,
            ).toEqual(['content']);
      }
    expect(formatIcu('{n, number} of {who} left', { n: 12345, who: 'Ada' })).toBe(
      '12,345 of Ada left',
    );
    expect(
      formatIcu('{f, select, a {An A} other {Some}} is {n, number}.', { f: 'a', n: 1e4 }),
    ).toBe('An A is 10,000.');
    expect(formatIcu('{f, select, a {An A} other {Some}} here', { f: 'zz' })).toBe('Some here');
  });

  it('every language names each field a refusal selects on, and English formats each as Lingui', async () => {
    for (const [code, args] of Object.entries(REFUSAL_SELECTS))
      for (const [arg, keys] of Object.entries(args as Record<string, readonly string[]>)) {
        for (const language of ['en', 'de', 'fr']) {
          const message = catalog('errors', language)[`refusal.${code}`]!;
          const select = parse(message).find((t) => t.type === 'select' && t.arg === arg);
          expect(select, `${language}: ${code} selects on ${arg}`).toBeDefined();
          const cases = select?.type === 'select' ? select.cases.map((c) => c.key) : [];
          expect([...cases].sort(), `${language}: ${code}`).toEqual([...keys, 'other'].sort());
        }
        await showLanguage('en');
        const { all } = argumentsOf(ENGLISH[code as keyof typeof ENGLISH]);
        for (const key of keys) {
          const values = { ...Object.fromEntries([...all].map((a) => [a, 7])), [arg]: key };
          const english = formatIcu(ENGLISH[code as keyof typeof ENGLISH], values);
          expect(english, `${code} ${key}`).toBe(translate(`refusal.${code}` as MessageId, values));
          expect(english, `${code} ${key}`).not.toMatch(/[{}]/);
        }
      }
  });

  it('a real refusal reads in the page’s language: a vote with none left, in German', async () => {
    const err = noVotesLeft();
    expect(err.message).toBe('You have no votes left.');
    expect(err.code).toBe('vote.noneLeft');
    expect(explain(err)).toBe('You have no votes left.');
    await showLanguage('de');
    await refusalWordsLoaded();
    expect(explain(err)).toBe('Sie haben keine Stimmen mehr.');
    expect(errorText(err)).toBe('Sie haben keine Stimmen mehr.');
    await showLanguage('fr');
    expect(explain(err)).toBe('Il ne vous reste plus de votes.');
  });

  it('the lobby’s reasons, kept in English in the roster, read in the page’s language', async () => {
    const doc = new Y.Doc();
    const devices = new DeviceBook();
    const lobby = { perAddress: 4, total: 10 };
    const join = (participantId: string) =>
      doc.transact(() =>
        joinRoster(doc, { participantId, address: '10.0.0.7', devices, now: 1, lobby }),
      );
    join('ann');
    const second = join('ann-again');
    expect(second).toMatchObject({ state: 'waiting' });
    const waiting = (second as { reason: string }).reason;
    setRosterState(doc, 'ann', 'removed');
    const removed = rosterRecord(doc, 'ann')!.reason;
    expect(lobbyReasonSaid(waiting)).toMatch(/^Someone has already joined from this device\./);
    await showLanguage('de');
    await refusalWordsLoaded();
    expect(lobbyReasonSaid(waiting)).toBe(
      'Von diesem Gerät ist schon jemand beigetreten. Die Moderation entscheidet, ob Sie getrennt zählen.',
    );
    expect(lobbyReasonSaid(removed)).toBe('Die Moderation hat Sie aus dieser Sitzung entfernt.');
    await showLanguage('fr');
    expect(lobbyReasonSaid(removed)).toBe('L’animateur vous a retiré de cette session.');
    // A reason this page does not know (a newer host's) is shown as it was kept.
    expect(lobbyReasonSaid('Wait for the break.')).toBe('Wait for the break.');
  });

  it('a refusal with values reads them in the page’s plural; unknown codes and errors read as sent', async () => {
    await showLanguage('de');
    await refusalWordsLoaded();
    expect(explain(invalid('vote.maxPerNote', { max: 1 }))).toBe(
      'Eine Notiz erhält höchstens 1 Stimme.',
    );
    expect(explain(invalid('vote.maxPerNote', { max: 2 }))).toBe(
      'Eine Notiz erhält höchstens 2 Stimmen.',
    );
    // A board's permission refusal carries a code as well.
    expect(errorText(denied('note.deleteOwn'))).toBe(
      'Sie können nur Ihre eigenen Notizen löschen.',
    );
    // A facilitator's refusal, from the console area `errors`.
    expect(explain(invalid('breakout.maxGroups', { max: 12 }))).toBe('Höchstens 12 Gruppen.');
    const newer = new ValidationError('From a newer model.', undefined, {
      code: 'vote.somethingNew' as RefusalCode,
      values: {},
    });
    expect(explain(newer)).toBe('From a newer model.');
    expect(errorText(new ValidationError('Without a code.'))).toBe('Without a code.');
    expect(errorText(new Error('Not ours.'))).toBe('Not ours.');
    expect(errorText('a string')).toBe('a string');
  });

  it('a register refusal names its field in the page’s language: a measure value that is not a number', async () => {
    const doc = new Y.Doc();
    const measure = addMeasure(doc, { name: 'NPS' });
    const refuse = (args: Partial<Parameters<typeof recordMeasureValue>[1]>) => {
      try {
        recordMeasureValue(doc, { measureId: measure.id, value: 42, date: '2026-12-01', ...args });
      } catch (e) {
        if (e instanceof ValidationError) return e;
        throw e;
      }
      throw new Error('the value was accepted');
    };
    const notANumber = refuse({ value: 'about fifty' as never });
    expect(notANumber.message).toBe(
      'The value must be a number such as 42 or 42.5; “about fifty” is not one.',
    );
    expect([notANumber.code, notANumber.values]).toEqual([
      'records.number',
      { field: 'value', typed: 'about fifty' },
    ]);
    const gone = refuse({ measureId: 'nope' });
    expect(gone.message).toBe('There is no such measure.');
    await showLanguage('de');
    expect(errorText(notANumber)).toBe(
      'Der Wert muss eine Zahl sein, etwa 42 oder 42.5; „about fifty“ ist keine.',
    );
    expect(errorText(refuse({ date: '2026-02-30' }))).toBe(
      'Das Datum muss ein Datum wie 2026-12-31 sein.',
    );
    expect(errorText(gone)).toBe('Diese Kennzahl gibt es nicht.');
    await showLanguage('fr');
    expect(errorText(notANumber)).toBe(
      'La valeur doit être un nombre, par exemple 42 ou 42.5\u00a0; «\u00a0about fifty\u00a0» n’en est pas un.',
    );
  });

  it('a template file’s refusal keeps its code and says where it happened, in German', async () => {
    const file = {
      format: 'offsite-template',
      version: 1,
      name: 'Ours',
      days: [
        {
          label: 'One',
          startTime: '09:00',
          blocks: [
            { title: 'Talk', kind: 'talk', plannedMinutes: 10 },
            { title: 'Party', kind: 'party', plannedMinutes: 10 },
          ],
        },
      ],
    };
    let err: ValidationError | null = null;
    try {
      parseTemplateFile(JSON.stringify(file));
    } catch (e) {
      if (e instanceof ValidationError) err = e;
    }
    expect(err?.message).toMatch(/^Day 1, block 2: A block's kind must be one of /);
    expect(err?.code).toBe('agenda.blockKind');
    expect(err?.values).toMatchObject({ atDay: 1, atBlock: 2 });
    await showLanguage('de');
    expect(errorText(err)).toMatch(
      /^Tag 1, Programmpunkt 2: Die Art eines Programmpunkts muss eine dieser sein: /,
    );
  });
});
