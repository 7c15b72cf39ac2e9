// What the room says aloud between two moments: only changes, each in words.
import { afterEach, describe, expect, it } from 'vitest';
import { showLanguage } from '#renderer/i18n/language';
import { announcementsBetween, type RoomSnapshot } from '#renderer/features/announce/roomEvents';

const base: RoomSnapshot = {
  blockId: 'b1',
  blockTitle: 'Vision',
  running: true,
  cue: 'normal',
  remainingText: '12:00',
  overtimeMinutes: 0,
  board: { phase: 'writing', voting: 'idle' },
  answered: new Set(),
  questionText: new Map(),
  resultsShown: new Set(),
  pollQuestion: new Map(),
};
const at = (patch: Partial<RoomSnapshot>): RoomSnapshot => ({ ...base, ...patch });

describe('room announcements', () => {
  it('says nothing when nothing changed', () => {
    expect(announcementsBetween(base, at({ remainingText: '11:59' }))).toEqual([]);
  });

  it('says each timer cue as it comes: wrap-up, last minute, zero, every five minutes over', () => {
    const wrap = at({ cue: 'wrapup', remainingText: '2:00' });
    expect(announcementsBetween(base, wrap)).toEqual(['Wrap up: 2:00 left for Vision.']);
    const last = at({ cue: 'danger', remainingText: '1:00' });
    expect(announcementsBetween(wrap, last)).toEqual(['Last minute of Vision.']);
    const zero = at({ cue: 'overtime', remainingText: '-0:00' });
    expect(announcementsBetween(last, zero)).toEqual(['Time is up for Vision.']);
    const four = at({ cue: 'overtime', overtimeMinutes: 4 });
    const five = at({ cue: 'overtime', overtimeMinutes: 5 });
    expect(announcementsBetween(zero, four)).toEqual([]);
    expect(announcementsBetween(four, five)).toEqual(['Vision: 5 minutes over time.']);
    expect(announcementsBetween(five, five)).toEqual([]);
  });

  it('keeps quiet when the timer is paused or moves to another block', () => {
    expect(announcementsBetween(base, at({ cue: 'wrapup', running: false }))).toEqual([]);
    expect(
      announcementsBetween(at({ cue: 'overtime' }), at({ blockId: 'b2', cue: 'normal' })),
    ).toEqual([]);
    expect(
      announcementsBetween(base, at({ blockId: 'b2', blockTitle: 'Break', cue: 'wrapup' })),
    ).toEqual([]);
  });

  it('says the reveal, and voting opening and closing', () => {
    const revealed = at({ board: { phase: 'revealed', voting: 'idle' } });
    expect(announcementsBetween(base, revealed)).toEqual(['The notes are revealed.']);
    const open = at({ board: { phase: 'revealed', voting: 'open' } });
    expect(announcementsBetween(revealed, open)).toEqual(['Voting is open.']);
    const closed = at({ board: { phase: 'revealed', voting: 'closed' } });
    expect(announcementsBetween(open, closed)).toEqual(['Voting is closed: the results are in.']);
    // A board set up after the page opened announces nothing by itself.
    expect(announcementsBetween(at({ board: null }), revealed)).toEqual([]);
  });

  it('says a question answered and a poll’s results shown, once, quoting them (long ones cut)', () => {
    const long = `Who owns ${'the platform budget and '.repeat(6)}everything else?`;
    const next = at({
      answered: new Set(['q1', 'q2']),
      questionText: new Map([
        ['q1', 'Who owns the budget?'],
        ['q2', long],
      ]),
      resultsShown: new Set(['p1']),
      pollQuestion: new Map([['p1', 'Which market first?']]),
    });
    const said = announcementsBetween(base, next);
    expect(said[0]).toBe('Question answered: “Who owns the budget?”.');
    expect(said[1]).toMatch(/^Question answered: “Who owns the platform budget.{40,}…”\.$/);
    expect(said[1]!.length).toBeLessThan(110);
    expect(said[2]).toBe('Poll results shown: “Which market first?”.');
    expect(announcementsBetween(next, next)).toEqual([]);
  });

  describe('in the page’s language', () => {
    afterEach(async () => {
      await showLanguage('en');
    });

    it('a German page hears German', async () => {
      await showLanguage('de');
      const wrap = at({ cue: 'wrapup', remainingText: '2:00' });
      expect(announcementsBetween(base, wrap)).toEqual([
        'Zum Schluss kommen: noch 2:00 für Vision.',
      ]);
      const closed = at({ board: { phase: 'revealed', voting: 'closed' } });
      const open = at({ board: { phase: 'revealed', voting: 'open' } });
      expect(announcementsBetween(base, open)).toEqual([
        'Die Notizen sind aufgedeckt.',
        'Die Abstimmung ist geöffnet.',
      ]);
      expect(announcementsBetween(open, closed)).toEqual([
        'Die Abstimmung ist beendet: Das Ergebnis liegt vor.',
      ]);
    });

    it('a French page hears French, with its quotes and no-break spaces', async () => {
      await showLanguage('fr');
      const next = at({
        answered: new Set(['q1']),
        questionText: new Map([['q1', 'Who owns the budget?']]),
      });
      expect(announcementsBetween(base, next)).toEqual([
        'Question répondue\u00a0: «\u00a0Who owns the budget?\u00a0».',
      ]);
    });
  });
});
