// Which language a page shows, and that nothing about it breaks the room: a language the browser
// asks for that we do not have is English with no error; a catalog that fails to load, lacks a
// key or holds a message that cannot be formatted reads in English; lang and dir are set.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pickLanguage, textDirection } from '#shared/i18n/languages';
import {
  LANGUAGE_ITEM,
  addWords,
  chooseLanguage,
  followOtherWindows,
  i18n,
  initialLanguage,
  overEnglish,
  pinLanguage,
  showLanguage,
} from '#renderer/i18n/language';
import { translate } from '#renderer/i18n/useT';

describe('picking a language', () => {
  it('matches the first wish we have on its primary subtag', () => {
    expect(pickLanguage(['de-AT', 'en-GB'])).toBe('de');
    expect(pickLanguage(['ja-JP', 'fr-CA', 'de'])).toBe('fr');
    expect(pickLanguage(['EN_us'])).toBe('en');
  });

  it('is English for a language we do not have, or nonsense, without throwing', () => {
    expect(pickLanguage(['ja-JP', 'pt-BR'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
    expect(pickLanguage(undefined)).toBe('en');
    expect(pickLanguage(['', '---', 42, null])).toBe('en');
  });

  it('knows right-to-left languages and scripts', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('he-IL')).toBe('rtl');
    expect(textDirection('az-Arab')).toBe('rtl');
    expect(textDirection('en')).toBe('ltr');
    expect(textDirection('de-CH')).toBe('ltr');
    expect(textDirection('uz-Latn')).toBe('ltr');
  });
});

describe('the page language', () => {
  const g = globalThis as Record<string, unknown>;
  const saved = { navigator: g.navigator, localStorage: g.localStorage, document: g.document };
  let store: Map<string, string>;
  let html: { lang?: string; dir?: string };
  beforeEach(() => {
    store = new Map();
    html = {};
    Object.defineProperty(globalThis, 'navigator', {
      value: { languages: ['ja-JP', 'ko'] },
      configurable: true,
    });
    g.localStorage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    g.document = { documentElement: html };
  });
  afterEach(async () => {
    Object.defineProperty(globalThis, 'navigator', { value: saved.navigator, configurable: true });
    g.localStorage = saved.localStorage;
    g.document = saved.document;
    await showLanguage('en');
    vi.restoreAllMocks();
  });

  it('an unknown browser language shows English, with nothing in the console', async () => {
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    expect(initialLanguage()).toBe('en');
    expect(await showLanguage(initialLanguage())).toBe('en');
    expect(translate('join.join')).toBe('Join');
    expect(html).toEqual({ lang: 'en', dir: 'ltr' });
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });

  it('the browser’s wish decides until a person picks; the pick is remembered', async () => {
    Object.defineProperty(globalThis, 'navigator', {
      value: { languages: ['fr-BE', 'de'] },
      configurable: true,
    });
    expect(initialLanguage()).toBe('fr');
    await chooseLanguage('de');
    expect(store.get(LANGUAGE_ITEM)).toBe('de');
    expect(initialLanguage()).toBe('de');
    expect(translate('join.join')).toBe('Teilnehmen');
    expect(html).toEqual({ lang: 'de', dir: 'ltr' });
    // A remembered value we do not know (an older version's, a hand edit) is ignored.
    store.set(LANGUAGE_ITEM, 'xx');
    expect(initialLanguage()).toBe('fr');
  });

  it('formats numbers in ICU messages with the language’s conventions', async () => {
    await showLanguage('de');
    expect(translate('validation.tooLong', { field: 'Ihr Name', length: 2001, max: 2000 })).toBe(
      'Ihr Name hat 2.001 Zeichen; erlaubt sind höchstens 2.000.',
    );
    await showLanguage('fr');
    expect(translate('validation.tooLong', { field: 'Votre nom', length: 2001, max: 2000 })).toBe(
      'Votre nom compte 2\u202f001 caractères\u00a0; la limite est de 2\u202f000.',
    );
  });

  it('a catalog that fails to load leaves the page in English, without throwing', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const shown = await showLanguage('fr', () => Promise.reject(new Error('chunk 404')));
    expect(shown).toBe('en');
    expect(i18n.locale).toBe('en');
    expect(translate('join.join')).toBe('Join');
    expect(html.lang).toBe('en');
  });

  it('a broken catalog reads in English where it is broken, and in its language elsewhere', async () => {
    const broken = {
      'join.join': 'Teilnehmen',
      // A message the formatter cannot run (a plural with no cases), one of no message shape,
      // and a key English does not have. 'join.joinCode' is missing altogether.
      'join.yourName': [['n', 'plural', null]],
      'join.finding': 42,
      'no.such.key': 'Unsinn',
    };
    expect(overEnglish(broken)).not.toHaveProperty('no.such.key');
    await showLanguage('de', () => Promise.resolve({ default: broken as never }));
    expect(i18n.locale).toBe('de');
    expect(translate('join.join')).toBe('Teilnehmen');
    expect(translate('join.yourName')).toBe('Your name');
    expect(translate('join.finding')).toBe('Finding the session…');
    expect(translate('join.joinCode')).toBe('Join code');
  });
});

describe('a window follows another window’s pick', () => {
  it('a pick made in another window of this browser is shown here too', async () => {
    const g = globalThis as Record<string, unknown>;
    const saved = { window: g.window, document: g.document };
    const listeners = new Map<string, (e: unknown) => void>();
    g.window = {
      addEventListener: (type: string, fn: (e: unknown) => void) => listeners.set(type, fn),
      removeEventListener: (type: string) => listeners.delete(type),
    };
    const html: { lang?: string } = {};
    g.document = { documentElement: html };
    try {
      await showLanguage('en');
      const stop = followOtherWindows();
      const changed = new Promise<void>((resolve) => {
        const off = i18n.on('change', () => {
          off();
          resolve();
        });
      });
      // The console's window stores its pick; this window hears of it as a storage event.
      listeners.get('storage')?.({ key: LANGUAGE_ITEM, newValue: 'fr' });
      await changed;
      expect(i18n.locale).toBe('fr');
      expect(html.lang).toBe('fr');
      // Anything else in storage, or a value we do not know, changes nothing.
      listeners.get('storage')?.({ key: 'offsite.name.x', newValue: 'de' });
      listeners.get('storage')?.({ key: LANGUAGE_ITEM, newValue: 'xx' });
      expect(i18n.locale).toBe('fr');
      stop();
      expect(listeners.has('storage')).toBe(false);
    } finally {
      await showLanguage('en');
      g.window = saved.window;
      g.document = saved.document;
    }
  });
});

describe('the projector speaks the session’s language', () => {
  it('keeps the pinned language when the console’s window picks another, and follows once unpinned', async () => {
    const g = globalThis as Record<string, unknown>;
    const saved = { window: g.window, document: g.document };
    const listeners = new Map<string, (e: unknown) => void>();
    g.window = {
      addEventListener: (type: string, fn: (e: unknown) => void) => listeners.set(type, fn),
      removeEventListener: (type: string) => listeners.delete(type),
    };
    const html: { lang?: string } = {};
    g.document = { documentElement: html };
    const stop = followOtherWindows();
    try {
      await pinLanguage('de');
      expect(i18n.locale).toBe('de');
      expect(html.lang).toBe('de');
      // The facilitator picks French for the console: the projector stays German.
      let changes = 0;
      const off = i18n.on('change', () => changes++);
      listeners.get('storage')?.({ key: LANGUAGE_ITEM, newValue: 'fr' });
      // Past every pending promise (the French catalog is already loaded: a follow would have
      // activated it within this turn).
      await new Promise((resolve) => setImmediate(resolve));
      off();
      expect(changes).toBe(0);
      expect(i18n.locale).toBe('de');
      // The session's language changes: the projector follows it.
      await pinLanguage('fr');
      expect(html.lang).toBe('fr');
      // Unpinned (the projector page left), the window follows picks again.
      await pinLanguage(null);
      const changed = new Promise<void>((resolve) => {
        const off = i18n.on('change', () => {
          off();
          resolve();
        });
      });
      listeners.get('storage')?.({ key: LANGUAGE_ITEM, newValue: 'de' });
      await changed;
      expect(i18n.locale).toBe('de');
    } finally {
      stop();
      await pinLanguage(null);
      await showLanguage('en');
      g.window = saved.window;
      g.document = saved.document;
    }
  });
});

describe('words only some pages load (the console side)', () => {
  afterEach(async () => {
    await showLanguage('en');
  });

  it('read in the shown language once added, English where a language lacks one, and follow a change', async () => {
    await showLanguage('de');
    await addWords({
      english: { 'test.words.a': 'Agenda', 'test.words.b': 'Board view' },
      load: async (language): Promise<Record<string, string>> =>
        language === 'de' ? { 'test.words.a': 'Programm' } : {},
    });
    expect(translate('test.words.a' as never)).toBe('Programm');
    expect(translate('test.words.b' as never)).toBe('Board view');
    await showLanguage('fr');
    expect(translate('test.words.a' as never)).toBe('Agenda');
    await showLanguage('de');
    expect(translate('test.words.a' as never)).toBe('Programm');
  });

  it('a set that fails to load reads in English and leaves the rest of the language shown', async () => {
    await addWords({
      english: { 'test.words.c': 'Reveal' },
      load: () => Promise.reject(new Error('offline')),
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await showLanguage('de')).toBe('de');
    expect(translate('test.words.c' as never)).toBe('Reveal');
    expect(translate('common.cancel')).toBe('Abbrechen');
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('the console words are there in English for the views under test', () => {
    expect(translate('console.boardView')).toBe('Board view');
  });
});
