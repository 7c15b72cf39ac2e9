// The library's counted words in each language: a template's size, a file's size, the follow-up
// line. English reads as it did before the catalogs (the e2e specs find it by its text).
import { afterEach, describe, expect, it } from 'vitest';
import { showLanguage } from '#renderer/i18n/language';
import { templateSize } from '../../../../../renderer/features/library/TemplateList';
import { formatBytes } from '#renderer/features/library/sessionFiles';
import type { TemplateInfo } from '#shared/protocol/hostApi';

const info = (days: number, blocks: number, minutes: number): TemplateInfo => ({
  id: 'x',
  name: 'x',
  description: '',
  builtIn: false,
  days,
  blocks,
  minutes,
  savedAt: 0,
});

afterEach(() => showLanguage('en'));

describe('the library in three languages', () => {
  it('words a template size as it did in English', async () => {
    await showLanguage('en');
    expect(templateSize(info(2, 31, 870))).toBe('2 days, 31 blocks, 14 h 30 min');
    expect(templateSize(info(1, 1, 45))).toBe('1 day, 1 block, 45 min');
    expect(formatBytes(900)).toBe('900 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(20 * 1024)).toBe('20 KB');
    expect(formatBytes(3.25 * 1024 * 1024)).toBe('3.3 MB');
    expect(formatBytes(30 * 1024 * 1024)).toBe('30.0 MB');
    expect(formatBytes(1000 * 1024)).toBe('1000 KB');
  });

  it('in German and French, with their plurals and decimal commas', async () => {
    await showLanguage('de');
    expect(templateSize(info(2, 31, 870))).toBe('2 Tage, 31 Programmpunkte, 14\u00a0h 30\u00a0min');
    expect(templateSize(info(1, 1, 45))).toBe('1 Tag, 1 Programmpunkt, 45\u00a0min');
    expect(formatBytes(1536)).toBe('1,5\u00a0KB');
    await showLanguage('fr');
    expect(templateSize(info(1, 2, 60))).toBe('1 jour, 2 séquences, 1\u00a0h 0\u00a0min');
    expect(formatBytes(1536)).toBe('1,5\u00a0Ko');
  });
});
