// Console keyboard shortcuts for the timer; the help overlay lists the same table.
/** What a console timer control or shortcut asks for (timerActions.ts carries them out). */
export type TimerCommand =
  'toggle' | 'start' | 'pause' | 'resume' | 'next' | 'previous' | 'add1' | 'add5' | 'remove1';

export interface Shortcut {
  keys: string[];
  /** What the help overlay shows. */
  label: string;
  description: string;
  command: TimerCommand | 'help';
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: [' '], label: 'Space', description: 'Start, pause or resume', command: 'toggle' },
  { keys: ['ArrowRight'], label: '→', description: 'Next block', command: 'next' },
  { keys: ['ArrowLeft'], label: '←', description: 'Previous block', command: 'previous' },
  { keys: ['+', '='], label: '+', description: 'Add 1 minute', command: 'add1' },
  { keys: ['-', '−', '_'], label: '−', description: 'Remove 1 minute', command: 'remove1' },
  { keys: ['5'], label: '5', description: 'Add 5 minutes', command: 'add5' },
  { keys: ['?'], label: '?', description: 'Show these shortcuts', command: 'help' },
];

export function shortcutFor(e: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): Shortcut | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  return SHORTCUTS.find((s) => s.keys.includes(e.key)) ?? null;
}
