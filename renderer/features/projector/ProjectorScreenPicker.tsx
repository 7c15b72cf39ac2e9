// The console's choice of what the projector shows: the live room, the join screen, or hold.
import type * as Y from 'yjs';
import {
  setProjectorScreen,
  type ProjectorScreen,
} from '../../../shared/model/session/projectorView';
import { useProjectorScreen } from './useProjectorScreen';

const CHOICES: { screen: ProjectorScreen; label: string; hint: string }[] = [
  { screen: 'live', label: 'The room', hint: 'block, countdown, board and results' },
  { screen: 'join', label: 'Join screen', hint: 'the code, large, and the QR code' },
  { screen: 'hold', label: 'Hold', hint: 'a blank screen' },
];

export function ProjectorScreenPicker({ doc }: { doc: Y.Doc }) {
  const current = useProjectorScreen(doc);
  return (
    <fieldset className="projector-picker">
      <legend>The projector shows</legend>
      {CHOICES.map((c) => (
        <label key={c.screen} className="inline-check">
          <input
            type="radio"
            name="projector-screen"
            value={c.screen}
            checked={current === c.screen}
            onChange={() => setProjectorScreen(doc, c.screen)}
          />
          <span>
            {c.label} <span className="muted">— {c.hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
