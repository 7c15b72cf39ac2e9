// The one door to everything host-bound: the facilitator's HostApi, the attendee's
// join, exports, saving files and the projector. Features call platform(); only this folder knows
// whether it runs in the desktop shell (window.offsite) or a browser (HTTP to the host).
import type { HostApi, ExportedSessionFile } from '../../shared/protocol/hostApi';
import type { JoinResult } from '../../shared/protocol/joinApi';
import type { ExportFormat } from '../../shared/protocol/exportApi';
import type { ProbeReportArgs } from '../../shared/protocol/venueApi';
import type {
  LinkOfferArgs,
  LinkOfferResult,
  LinkTakeArgs,
  LinkTakeResult,
} from '../../shared/protocol/linkApi';
import type { ProjectorDisplays } from '../../shared/protocol/bridge';
import type { Language } from '../../shared/i18n/languages';

export interface ExportRequest {
  kind: ExportFormat;
  sessionId: string;
  /** Suggested file name (exportName). */
  fileName: string;
  pageSize: 'A4' | 'Letter';
  /** IANA zone for the export's times (a browser's PDF is made by the host). */
  timeZone: string;
  /** What the export is written in, the session's language when left out (a browser's PDF is
   * made by the host). */
  language?: Language;
  /** The file's text, or for a PDF its print HTML; called only when this platform needs it. */
  content: () => string;
}

export interface Platform {
  readonly kind: 'electron' | 'web';
  /** The facilitator's HostApi, or null when this page has no facilitator key. */
  host(): HostApi | null;
  /** The facilitator key this page carries (console and projector), or null. */
  facilitatorKey(): string | null;
  /** An attendee's join code buys the session's id and title; throws the host's reason. */
  join(code: string): Promise<JoinResult>;
  /** The probe page's room check, reported to the console; throws the host's reason. */
  probe(report: ProbeReportArgs): Promise<void>;
  /** An attendee leaves their sealed identity for their other device; throws the host's reason. */
  linkOffer(args: LinkOfferArgs): Promise<LinkOfferResult>;
  /** An attendee's second device takes it; throws the host's reason. */
  linkTake(args: LinkTakeArgs): Promise<LinkTakeResult>;
  /** Saves or downloads an export; resolves what to tell the facilitator, null if cancelled. */
  saveExport(request: ExportRequest): Promise<string | null>;
  /** Saves an exported `.offsite` file; false when the person cancelled the save dialog. */
  saveSessionFile(file: ExportedSessionFile): Promise<boolean>;
  /** A link that opens the projector (browsers), or null where openProjector opens a window. */
  projectorLink(sessionId: string): string | null;
  /** Opens (or focuses) the projector. */
  openProjector(sessionId: string): Promise<void>;
  /** The desktop shell's choice of projector display; null in a browser (it cannot place windows). */
  readonly displays: {
    list(): Promise<ProjectorDisplays>;
    choose(displayId: number | null): Promise<ProjectorDisplays>;
  } | null;
}
