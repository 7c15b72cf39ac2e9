// The console's timer shortcuts (renderer/features/timer/shortcuts.ts): which key press runs which
// command, Shift+digit by physical key whatever the layout types, modifiers left to the browser,
// and the aria-keyshortcuts of the buttons.
import { describe, expect, it } from 'vitest';
import {
  PRESET_MINUTES,
  SHORTCUTS,
  ariaKeys,
  isBoardCommand,
  shortcutFor,
} from '#renderer/features/timer/shortcuts';

const press = (key: string, more: { code?: string; shiftKey?: boolean } = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...more,
});

describe('shortcutFor', () => {
  it.each([
    [' ', 'toggle'],
    ['ArrowRight', 'next'],
    ['ArrowLeft', 'previous'],
    ['+', 'add1'],
    ['=', 'add1'],
    ['-', 'remove1'],
    ['−', 'remove1'],
    ['5', 'add5'],
    ['t', 'focusSetTime'],
    ['R', 'reset'],
    ['w', 'focusWrapUp'],
    ['?', 'help'],
    ['b', 'boardView'],
    ['E', 'reveal'],
    ['v', 'voting'],
    ['S', 'results'],
  ])('%j runs %s', (key, command) => {
    expect(shortcutFor(press(key))?.command).toBe(command);
  });

  it('Shift+1…5 pick the presets by physical key, whatever character they type', () => {
    PRESET_MINUTES.forEach((m, i) => {
      expect(shortcutFor(press('#', { code: `Digit${i + 1}`, shiftKey: true }))?.command).toBe(
        `preset${m}`,
      );
      expect(shortcutFor(press('x', { code: `Numpad${i + 1}`, shiftKey: true }))?.command).toBe(
        `preset${m}`,
      );
    });
  });

  it('an unshifted digit 5 adds five minutes rather than a preset', () => {
    expect(shortcutFor(press('5', { code: 'Digit5' }))?.command).toBe('add5');
  });

  it('leaves Ctrl, Cmd and Alt combinations and unknown keys alone', () => {
    expect(shortcutFor({ ...press(' '), ctrlKey: true })).toBeNull();
    expect(shortcutFor({ ...press('r'), metaKey: true })).toBeNull();
    expect(shortcutFor({ ...press('ArrowRight'), altKey: true })).toBeNull();
    expect(shortcutFor(press('q'))).toBeNull();
  });
});

describe('the board and cockpit keys', () => {
  it('are told apart from the timer card’s, which the timer card leaves to them', () => {
    const board = SHORTCUTS.filter((s) => isBoardCommand(s.command)).map((s) => s.command);
    expect(board).toEqual([
      'boardView',
      'reveal',
      'voting',
      'results',
      'projectorNext',
      'projectorPrevious',
    ]);
    expect(isBoardCommand('toggle')).toBe(false);
    expect(isBoardCommand('help')).toBe(false);
  });

  it('are listed with words in the overlay', () => {
    for (const s of SHORTCUTS.filter((x) => isBoardCommand(x.command)))
      expect(s.description().length).toBeGreaterThan(10);
    expect(ariaKeys('reveal')).toBe('E');
    expect(ariaKeys('voting')).toBe('V');
  });
});

describe('the table', () => {
  it('has one shortcut per command, and no key runs two', () => {
    const commands = SHORTCUTS.map((s) => s.command);
    expect(new Set(commands).size).toBe(commands.length);
    const keys = SHORTCUTS.flatMap((s) => s.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives each button its aria-keyshortcuts', () => {
    expect(ariaKeys('toggle')).toBe('Space');
    expect(ariaKeys('preset10')).toBe('Shift+4');
    expect(ariaKeys('remove1')).toBe('-');
  });
});
