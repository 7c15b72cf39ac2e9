// Which display the projector window goes to, as pure choices over Electron's display list: the
// facilitator's pick while it is connected, else any display other than the primary one, else
// none (a normal window beside the console). Names for the menu and the console's picker.
import type { Display } from 'electron';

/** The display to project on: the chosen one if still connected, else a non-primary one. */
export function pickProjectorDisplay(
  displays: Display[],
  primary: Display,
  chosenId: number | null = null,
): Display | null {
  const chosen = chosenId === null ? undefined : displays.find((d) => d.id === chosenId);
  return chosen ?? displays.find((d) => d.id !== primary.id) ?? null;
}

/** "Display 2 (1920×1080)", "Built-in display (primary)". */
export function displayName(display: Display, index: number, primary: Display): string {
  const label = display.label || (display.internal ? 'Built-in display' : `Display ${index + 1}`);
  const size = `${display.size.width}×${display.size.height}`;
  return `${label} (${size}${display.id === primary.id ? ', main screen' : ''})`;
}

/** True when the window's centre lies on the display. */
export function isOn(bounds: Electron.Rectangle, display: Display): boolean {
  const cx = bounds.x + bounds.width / 2;
  const cy = bounds.y + bounds.height / 2;
  const b = display.bounds;
  return cx >= b.x && cx < b.x + b.width && cy >= b.y && cy < b.y + b.height;
}
