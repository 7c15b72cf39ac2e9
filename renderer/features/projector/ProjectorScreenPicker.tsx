// The console's choice of what the projector shows: the live room, the join screen, or hold; and
// its pages: turned by hand (previous, next) or by themselves every few seconds.
import type * as Y from 'yjs';
import {
  PAGE_TURN_CHOICES,
  setProjectorScreen,
  setProjectorTheme,
  type ProjectorScreen,
  type ProjectorTheme,
} from '../../../shared/model/session/projectorView';
import { useProjectorView } from './useProjectorScreen';
import { ariaKeys } from '../timer/shortcuts';
import { useBoardShortcuts } from '../timer/useBoardShortcuts';
import { projectorNextPage, projectorPageTurn, projectorPreviousPage } from './projectorCommands';

const CHOICES: { screen: ProjectorScreen; label: string; hint: string }[] = [
  { screen: 'live', label: 'The room', hint: 'block, countdown, board and results' },
  { screen: 'join', label: 'Join screen', hint: 'the code, large, and the QR code' },
  { screen: 'hold', label: 'Hold', hint: 'a blank screen' },
  {
    screen: 'charts',
    label: 'Charts',
    hint: 'measures, team health, planned vs actual; one a page',
  },
];

const THEMES: { theme: ProjectorTheme; label: string }[] = [
  { theme: 'dark', label: 'Dark' },
  { theme: 'light', label: 'Light (daylight)' },
  { theme: 'contrast', label: 'High contrast' },
];

export function ProjectorScreenPicker({ doc }: { doc: Y.Doc }) {
  const view = useProjectorView(doc);
  return (
    <>
      <fieldset className="projector-picker">
        <legend>The projector shows</legend>
        {CHOICES.map((c) => (
          <label key={c.screen} className="inline-check">
            <input
              type="radio"
              name="projector-screen"
              value={c.screen}
              checked={view.screen === c.screen}
              onChange={() => setProjectorScreen(doc, c.screen)}
            />
            <span>
              {c.label} <span className="muted">— {c.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="projector-picker projector-theme-picker">
        <legend>Projector colours</legend>
        {THEMES.map((t) => (
          <label key={t.theme} className="inline-check">
            <input
              type="radio"
              name="projector-theme"
              value={t.theme}
              checked={view.theme === t.theme}
              onChange={() => setProjectorTheme(doc, t.theme)}
            />
            <span>{t.label}</span>
          </label>
        ))}
      </fieldset>
      <div className="projector-pages" role="group" aria-label="Projector pages">
        <button
          type="button"
          aria-keyshortcuts={ariaKeys('projectorPrevious')}
          onClick={() => projectorPreviousPage(doc)}
        >
          ‹ Previous page
        </button>
        <button
          type="button"
          aria-keyshortcuts={ariaKeys('projectorNext')}
          onClick={() => projectorNextPage(doc)}
        >
          Next page ›
        </button>
        <label>
          Turn pages{' '}
          <select
            value={view.turnSeconds}
            onChange={(e) => projectorPageTurn(doc, Number(e.target.value))}
          >
            {PAGE_TURN_CHOICES.map((s) => (
              <option key={s} value={s}>
                {s === 0 ? 'by hand' : `every ${s} s`}
              </option>
            ))}
            {!(PAGE_TURN_CHOICES as readonly number[]).includes(view.turnSeconds) && (
              <option value={view.turnSeconds}>every {view.turnSeconds} s</option>
            )}
          </select>
        </label>
      </div>
    </>
  );
}

/** N and P turn the projector's pages from anywhere on the console (the board view included). */
export function useProjectorPageKeys(doc: Y.Doc | null): void {
  useBoardShortcuts({
    projectorNext: () => doc && projectorNextPage(doc),
    projectorPrevious: () => doc && projectorPreviousPage(doc),
  });
}
