// Keeps the display (and so the machine and its hub) awake while the room runs: while a console
// window shows a session or a projector window is up. One Electron blocker for all reasons,
// released when the last reason ends.
import { powerSaveBlocker } from 'electron';

export class KeepAwake {
  private readonly reasons = new Set<string>();
  private blocker: number | null = null;

  /** Adds a reason to stay awake (idempotent per reason). */
  hold(reason: string): void {
    this.reasons.add(reason);
    if (this.blocker === null || !powerSaveBlocker.isStarted(this.blocker))
      this.blocker = powerSaveBlocker.start('prevent-display-sleep');
  }

  /** Drops a reason; the blocker stops with the last one. */
  release(reason: string): void {
    this.reasons.delete(reason);
    if (this.reasons.size > 0 || this.blocker === null) return;
    powerSaveBlocker.stop(this.blocker);
    this.blocker = null;
  }

  holding(): string[] {
    return [...this.reasons];
  }
}

export const keepAwake = new KeepAwake();
