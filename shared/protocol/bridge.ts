// The one object Electron's preload exposes as window.offsite: the HostApi plus
// what only the desktop shell can do, each over its channel in channels.ts. The renderer's
// electron platform (renderer/platform/electronPlatform.ts) uses it; nothing else does.
import type {
  ExportedSessionFile,
  HostApiArgs,
  HostApiMethod,
  HostApiResults,
  HostRefusal,
} from './hostApi';
import type { SaveExportArgs, SaveExportResult } from './exportBridge';

/**
 * A HostApi call's answer over IPC: its value, or the host's refusal as the HTTP error body
 * carries it (`error`, the English; `code`/`values`, host words; `refusal`, a domain refusal).
 * Returned, never thrown: ipcRenderer.invoke rejects with the message only ("Error invoking
 * remote method …"), and contextBridge drops an error's own properties, so a thrown refusal
 * would reach a German console in English. The electron platform unwraps it into the HostError
 * the HTTP path throws (renderer/platform/electronPlatform.ts).
 */
export type IpcAnswer<T> =
  | { ok: true; value: T }
  | { ok: false; error: string; code?: string; values?: unknown; refusal?: HostRefusal };

/** The HostApi as the preload exposes it: each call answers an IpcAnswer. */
export type IpcHostApi = {
  [K in HostApiMethod]: (args: HostApiArgs<K>) => Promise<IpcAnswer<HostApiResults[K]>>;
};

export interface OffsiteBridge {
  readonly platform: 'electron';
  /** One entry per HostApi method, each an IPC round trip validated in main; a refusal is
   * answered, not thrown (IpcAnswer). */
  readonly host: IpcHostApi;
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
