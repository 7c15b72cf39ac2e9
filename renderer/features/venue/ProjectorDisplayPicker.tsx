// The desktop app's choice of the display the projector goes to (the menu offers the same);
// nothing in a browser, which cannot place windows. Re-read when the window regains focus, so a
// display plugged in meanwhile shows up.
import { useEffect, useId, useState } from 'react';
import { platform } from '../../platform';
import type { ProjectorDisplays } from '../../../shared/protocol/bridge';
import { useT } from '../../i18n/useT';

export function ProjectorDisplayPicker() {
  const control = platform().displays;
  const id = useId();
  const [state, setState] = useState<ProjectorDisplays | null>(null);
  const [error, setError] = useState<string | null>(null);
  const t = useT();
  useEffect(() => {
    if (!control) return;
    const read = () => void control.list().then(setState, () => setState(null));
    read();
    window.addEventListener('focus', read);
    return () => window.removeEventListener('focus', read);
  }, [control]);
  if (!control || !state) return null;
  const value = state.automatic ? '' : String(state.displays.find((d) => d.selected)?.id ?? '');
  return (
    <label htmlFor={id} className="address-select">
      {t('venue.display.label')}
      <select
        id={id}
        value={value}
        onChange={(e) => {
          const v = e.target.value;
          control.choose(v === '' ? null : Number(v)).then(
            (s) => (setState(s), setError(null)),
            (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
          );
        }}
      >
        <option value="">{t('venue.display.automatic')}</option>
        {state.displays.map((d) => (
          <option key={d.id} value={String(d.id)}>
            {d.name}
          </option>
        ))}
      </select>
      {error && (
        <span role="alert" className="error">
          {error}
        </span>
      )}
    </label>
  );
}
