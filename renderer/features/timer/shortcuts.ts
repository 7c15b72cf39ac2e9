// Console keyboard shortcuts (the timer's, the board's and the cockpit's); the help overlay and the
// buttons' aria-keyshortcuts list the same table.
import { t } from '../../i18n/t';

/** Minutes of the timer presets, in order: Shift+1 … Shift+5 pick them. */
export const PRESET_MINUTES = [1, 3, 5, 10, 15] as const;
export type PresetCommand = `preset${(typeof PRESET_MINUTES)[number]}`;

/** What a console timer control or shortcut asks for (timerActions.ts carries them out). */
export type TimerCommand =
  | 'toggle'
  | 'start'
  | 'pause'
  | 'resume'
  | 'next'
  | 'previous'
  | 'add1'
  | 'add5'
  | 'remove1'
  | 'reset'
  | PresetCommand;

/** Shortcuts that move the focus to a field of the timer card rather than run a command. */
export type FocusCommand = 'focusSetTime' | 'focusWrapUp';

/** The board's commands (ConsoleBoard carries them out) and the cockpit's board view. */
export type BoardCommand =
  'boardView' | 'reveal' | 'voting' | 'results' | 'projectorNext' | 'projectorPrevious';

export type ShortcutCommand = TimerCommand | FocusCommand | BoardCommand | 'help';

export interface Shortcut {
  keys: string[];
  /** Physical keys (KeyboardEvent.code) with Shift, so Shift+1 works whatever Shift+1 types. */
  shiftCodes?: string[];
  /** What the help overlay shows. */
  label: string;
  /** aria-keyshortcuts syntax, for the button the shortcut presses. */
  aria: string;
  /** What it does, in the reader's language. */
  description: () => string;
  command: ShortcutCommand;
}

/* eslint-disable lingui/no-unlocalized-strings -- the table's keys, codes and aria-keyshortcuts
   values are not words (the help overlay says "Space" in the reader's language) */
const presets: Shortcut[] = PRESET_MINUTES.map((m, i) => ({
  keys: [],
  shiftCodes: [`Digit${i + 1}`, `Numpad${i + 1}`],
  label: `Shift+${i + 1}`,
  aria: `Shift+${i + 1}`,
  description: () => t('timer.shortcut.preset', { m }),
  command: `preset${m}`,
}));

export const SHORTCUTS: readonly Shortcut[] = [
  {
    keys: [' '],
    label: 'Space',
    aria: 'Space',
    description: () => t('timer.shortcut.toggle'),
    command: 'toggle',
  },
  {
    keys: ['ArrowRight'],
    label: '→',
    aria: 'ArrowRight',
    description: () => t('timer.shortcut.next'),
    command: 'next',
  },
  {
    keys: ['ArrowLeft'],
    label: '←',
    aria: 'ArrowLeft',
    description: () => t('timer.shortcut.previous'),
    command: 'previous',
  },
  {
    keys: ['+', '='],
    label: '+',
    aria: '+',
    description: () => t('timer.shortcut.add1'),
    command: 'add1',
  },
  {
    keys: ['-', '−', '_'],
    label: '−',
    aria: '-',
    description: () => t('timer.shortcut.remove1'),
    command: 'remove1',
  },
  {
    keys: ['5'],
    label: '5',
    aria: '5',
    description: () => t('timer.shortcut.add5'),
    command: 'add5',
  },
  ...presets,
  {
    keys: ['t', 'T'],
    label: 'T',
    aria: 'T',
    description: () => t('timer.shortcut.focusSetTime'),
    command: 'focusSetTime',
  },
  {
    keys: ['r', 'R'],
    label: 'R',
    aria: 'R',
    description: () => t('timer.shortcut.reset'),
    command: 'reset',
  },
  {
    keys: ['w', 'W'],
    label: 'W',
    aria: 'W',
    description: () => t('timer.shortcut.focusWrapUp'),
    command: 'focusWrapUp',
  },
  {
    keys: ['b', 'B'],
    label: 'B',
    aria: 'B',
    description: () => t('timer.shortcut.boardView'),
    command: 'boardView',
  },
  {
    keys: ['e', 'E'],
    label: 'E',
    aria: 'E',
    description: () => t('timer.shortcut.reveal'),
    command: 'reveal',
  },
  {
    keys: ['v', 'V'],
    label: 'V',
    aria: 'V',
    description: () => t('timer.shortcut.voting'),
    command: 'voting',
  },
  {
    keys: ['s', 'S'],
    label: 'S',
    aria: 'S',
    description: () => t('timer.shortcut.results'),
    command: 'results',
  },
  {
    keys: ['n', 'N'],
    label: 'N',
    aria: 'N',
    description: () => t('timer.shortcut.projectorNext'),
    command: 'projectorNext',
  },
  {
    keys: ['p', 'P'],
    label: 'P',
    aria: 'P',
    description: () => t('timer.shortcut.projectorPrevious'),
    command: 'projectorPrevious',
  },
  {
    keys: ['?'],
    label: '?',
    aria: '?',
    description: () => t('timer.shortcut.help'),
    command: 'help',
  },
];
/* eslint-enable lingui/no-unlocalized-strings */

export function shortcutFor(e: {
  key: string;
  code?: string;
  shiftKey?: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): Shortcut | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (e.shiftKey && e.code) {
    const byCode = SHORTCUTS.find((s) => s.shiftCodes?.includes(e.code!));
    if (byCode) return byCode;
  }
  return SHORTCUTS.find((s) => s.keys.includes(e.key)) ?? null;
}

const BOARD_COMMANDS: ReadonlySet<ShortcutCommand> = new Set<BoardCommand>([
  'boardView',
  'reveal',
  'voting',
  'results',
  'projectorNext',
  'projectorPrevious',
]);

/** Whether the command belongs to the board or the cockpit rather than to the timer card. */
export function isBoardCommand(command: ShortcutCommand): command is BoardCommand {
  return BOARD_COMMANDS.has(command);
}

/** The aria-keyshortcuts value of the shortcut that runs `command`. */
export function ariaKeys(command: Shortcut['command']): string | undefined {
  return SHORTCUTS.find((s) => s.command === command)?.aria;
}
