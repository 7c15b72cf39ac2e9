// The one object Electron's preload exposes as window.offsite: the HostApi plus
// what only the desktop shell can do, each over its channel in channels.ts. The renderer's
// electron platform (renderer/platform/electronPlatform.ts) uses it; nothing else does.
import type { ExportedSessionFile, HostApi } from './hostApi';
import type { SaveExportArgs, SaveExportResult } from './exportBridge';

export interface OffsiteBridge {
  readonly platform: 'electron';
  /** One entry per HostApi method, each an IPC round trip validated in main. */
  readonly host: HostApi;
  /** Opens (or focuses) the session's projector window; fullscreen on an external display if any. */
  openProjector(sessionId: string): Promise<void>;
  /** Asks where to save an export and writes it; a PDF's print HTML is printed first (printToPDF). */
  saveExport(args: SaveExportArgs): Promise<SaveExportResult>;
  /** Asks where to save an exported `.offsite` session file and writes it; false if cancelled. */
  saveSessionFile(file: ExportedSessionFile): Promise<boolean>;
  /** The connected displays and the one the projector goes to. */
  projectorDisplays(): Promise<ProjectorDisplays>;
  /** Sends the projector to a display (null: automatic); open projector windows move at once. */
  chooseProjectorDisplay(displayId: number | null): Promise<ProjectorDisplays>;
}

export interface ProjectorDisplays {
  /** True while no display is chosen: the projector takes any display but the main one. */
  automatic: boolean;
  displays: { id: number; name: string; selected: boolean }[];
}
