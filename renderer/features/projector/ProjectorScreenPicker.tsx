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
import type { MessageId } from '../../i18n/language';
import { useT } from '../../i18n/useT';

const CHOICES: { screen: ProjectorScreen; label: MessageId; hint: MessageId }[] = [
  { screen: 'live', label: 'projector.picker.live', hint: 'projector.picker.liveHint' },
  { screen: 'join', label: 'projector.picker.join', hint: 'projector.picker.joinHint' },
  { screen: 'hold', label: 'projector.picker.hold', hint: 'projector.picker.holdHint' },
  { screen: 'charts', label: 'projector.picker.charts', hint: 'projector.picker.chartsHint' },
];

const THEMES: { theme: ProjectorTheme; label: MessageId }[] = [
  { theme: 'dark', label: 'projector.picker.dark' },
  { theme: 'light', label: 'projector.picker.light' },
  { theme: 'contrast', label: 'projector.picker.contrast' },
];

export function ProjectorScreenPicker({ doc }: { doc: Y.Doc }) {
  const view = useProjectorView(doc);
  const t = useT();
  return (
    <>
      <fieldset className="projector-picker">
        <legend>{t('projector.picker.shows')}</legend>
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
              {t(c.label)} <span className="muted">— {t(c.hint)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="projector-picker projector-theme-picker">
        <legend>{t('projector.picker.colours')}</legend>
        {THEMES.map((th) => (
          <label key={th.theme} className="inline-check">
            <input
              type="radio"
              name="projector-theme"
              value={th.theme}
              checked={view.theme === th.theme}
              onChange={() => setProjectorTheme(doc, th.theme)}
            />
            <span>{t(th.label)}</span>
          </label>
        ))}
      </fieldset>
      <div className="projector-pages" role="group" aria-label={t('projector.picker.pages')}>
        <button
          type="button"
          aria-keyshortcuts={ariaKeys('projectorPrevious')}
          onClick={() => projectorPreviousPage(doc)}
        >
          {t('projector.picker.previous')}
        </button>
        <button
          type="button"
          aria-keyshortcuts={ariaKeys('projectorNext')}
          onClick={() => projectorNextPage(doc)}
        >
          {t('projector.picker.next')}
        </button>
        <label>
          {t('projector.picker.turn')}{' '}
          <select
            value={view.turnSeconds}
            onChange={(e) => projectorPageTurn(doc, Number(e.target.value))}
          >
            {PAGE_TURN_CHOICES.map((s) => (
              <option key={s} value={s}>
                {s === 0 ? t('projector.picker.byHand') : t('projector.picker.every', { s })}
              </option>
            ))}
            {!(PAGE_TURN_CHOICES as readonly number[]).includes(view.turnSeconds) && (
              <option value={view.turnSeconds}>
                {t('projector.picker.every', { s: view.turnSeconds })}
              </option>
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
