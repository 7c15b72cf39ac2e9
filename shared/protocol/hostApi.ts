// The HostApi contract (STYLE.md rule 5): one typed handler map shared by the preload, the IPC
// handlers, the host's HTTP API and the renderer's web transport. Each method has a runtime
// validator for its argument, so every boundary checks what crosses it the same way.
import { z } from 'zod';
import type { HostWords } from './hostWords';
import { argumentWords } from './argumentWords';
import { LANGUAGES } from '../i18n/languages';
import { NAME_MAX_CHARS, TITLE_MAX_CHARS } from '../model/limits';
import { TEMPLATE_FILE_MAX_BYTES } from '../templates/templateFile';
import type { HostApiMethodName } from './methods';
import { venueApiArgs, type VenueStatusInfo } from './venueApi';

const sessionId = z.string().regex(/^[0-9a-f]{32}$/, 'not a session id');
const participantId = z.string().regex(/^[0-9a-f]{32}$/, 'not a participant id');
/** A saved template's id; built-in templates have word ids ("retrospective") and cannot change. */
const userTemplateId = z
  .string()
  .regex(/^[0-9a-f]{32}$/, 'not a saved template (built-in templates cannot be changed)');

/** Largest `.offsite` file the host imports (a 5,000-note session is well under 2 MiB). */
export const OFFSITE_FILE_MAX_BYTES = 64 * 1024 * 1024;

export const hostApiArgs = {
  listSessions: z.object({}).strict(),
  createSession: z
    .object({
      title: z.string().trim().min(1, 'The session title is empty.').max(TITLE_MAX_CHARS),
      template: z.string().max(60).optional(),
      facilitatorName: z.string().max(NAME_MAX_CHARS).optional(),
      /** The language of a built-in template's words (issue 27); English when left out. */
      language: z.enum(LANGUAGES).optional(),
    })
    .strict(),
  getSession: z.object({ id: sessionId }).strict(),
  renameSession: z
    .object({
      id: sessionId,
      title: z.string().trim().min(1, 'The session title is empty.').max(TITLE_MAX_CHARS),
    })
    .strict(),
  /** "agenda" (the default) copies the agenda only; "everything" copies notes, votes and all. */
  duplicateSession: z
    .object({ id: sessionId, mode: z.enum(['agenda', 'everything']).optional() })
    .strict(),
  deleteSession: z.object({ id: sessionId }).strict(),
  /** `series`: the whole series the session belongs to, in one file (importSession reads both). */
  exportSession: z.object({ id: sessionId, series: z.boolean().optional() }).strict(),
  // Bytes cross IPC as a Uint8Array (structured clone) and HTTP as a raw request body; see
  // server.ts for the HTTP exception to the JSON transport.
  importSession: z
    .object({
      bytes: z
        .instanceof(Uint8Array)
        .refine((b) => b.byteLength <= OFFSITE_FILE_MAX_BYTES, 'The file is too large.'),
    })
    .strict(),
  storageHealth: z.object({}).strict(),
  rotateJoinCode: z.object({ id: sessionId }).strict(),
  listTemplates: z.object({}).strict(),
  /** Saves the session's agenda (no notes, votes, registers or timer) as a named template. */
  saveTemplate: z
    .object({
      sessionId,
      name: z.string().trim().min(1, "The template's name is empty.").max(TITLE_MAX_CHARS),
    })
    .strict(),
  deleteTemplate: z.object({ id: userTemplateId }).strict(),
  exportTemplate: z.object({ id: z.string().max(60) }).strict(),
  /** The file's text; the host checks it (parseTemplateFile) and names a repeat "(imported 2)". */
  importTemplate: z
    .object({
      text: z.string().max(TEMPLATE_FILE_MAX_BYTES, 'The file is too large for a template file.'),
    })
    .strict(),
  /** The facilitator admits a participant waiting in the lobby (or one removed earlier). */
  admitParticipant: z.object({ sessionId, participantId }).strict(),
  /** The facilitator removes a participant: their entries stay, marked; their votes and answers
   * are taken back and they write nothing more. */
  removeParticipant: z.object({ sessionId, participantId }).strict(),
  /** `device`: one participant per device address is admitted on arrival, later ones wait;
   * `hand`: everyone new waits for the facilitator. */
  setAdmissionMode: z.object({ sessionId, mode: z.enum(['device', 'hand']) }).strict(),
  /** Where each participant joined from: the host's alone, never in the session's doc. */
  rosterDevices: z.object({ sessionId }).strict(),
  ...venueApiArgs,
  /** The next session of the session's series (issue 25): the template's agenda, or the
   * session's own when none is named, carrying its open commitments. */
  followUpSession: z
    .object({
      id: sessionId,
      template: z.string().max(60).optional(),
      title: z
        .string()
        .trim()
        .min(1, 'The session title is empty.')
        .max(TITLE_MAX_CHARS)
        .optional(),
    })
    .strict(),
} as const satisfies Record<HostApiMethodName, z.ZodType>;

export type HostApiMethod = keyof typeof hostApiArgs;

/** The method names alone, for the preload (which must not bundle the validators). */
export { HOST_API_METHODS } from './methods';
export type HostApiArgs<K extends HostApiMethod> = z.infer<(typeof hostApiArgs)[K]>;

export interface SessionSummaryInfo {
  id: string;
  title: string;
  createdAt: number;
  lastOpenedAt: number;
}

export interface SessionDetails extends SessionSummaryInfo {
  joinCode: string;
  /** The attendee link on the host's LAN address, secret in the fragment. */
  joinUrl: string;
}

/** A session as the library lists it. */
export interface LibrarySessionInfo extends SessionSummaryInfo {
  /** Bytes on disk (snapshot, log and metadata). */
  sizeBytes: number;
  /** Its place in a series (issue 25); absent for a session that stands alone. */
  series?: SeriesPlace;
}

export interface SeriesPlace {
  id: string;
  /** 1 for the first session of the series. */
  number: number;
  /** Open and in-progress actions of the series' newest session (the same on every member);
   * null when it could not be read. */
  openCommitments: number | null;
}

/** What a follow-up carried from the session before it. */
export interface FollowUpInfo extends SessionDetails {
  carried: { actions: number; decisions: number; parkingItems: number };
}

export interface ExportedSessionFile {
  /** A suggested file name, e.g. `2026-11-26 Strategy offsite.offsite`. */
  fileName: string;
  bytes: Uint8Array;
}

export interface StorageHealthInfo {
  /** False while the data folder cannot be written (full, read-only): sessions run in memory. */
  ok: boolean;
  /** A sentence for the console's warning banner when `ok` is false. */
  message?: string;
  /** That sentence as a code and values, for the page's language (absent from an older host). */
  words?: HostWords;
  /** Recent notes on damaged stored data that was skipped while reading. */
  skipped: string[];
  /** Sessions opened around damaged data: "Title: damaged: N records skipped, recovered from …". */
  damaged: DamagedSessionInfo[];
  /** Sessions that reached a host limit (the size ceiling): what is refused and what to do. */
  limits: string[];
  /** The same as words, one per entry of `limits` (absent from an older host). */
  limitWords?: HostWords[];
}

export interface DamagedSessionInfo {
  sessionId: string;
  title: string;
  recordsSkipped: number;
  snapshotDamaged: boolean;
  recoveredFrom: string;
  message: string;
}

/** A template as the New session form and the library list it. */
export interface TemplateInfo {
  id: string;
  name: string;
  description: string;
  /** True for the templates that come with Offsite (they cannot be deleted). */
  builtIn: boolean;
  days: number;
  blocks: number;
  /** Planned minutes of all blocks together. */
  minutes: number;
  /** When a saved template was saved or imported; 0 for built-in ones. */
  savedAt: number;
}

export interface ExportedTemplateFile {
  /** A suggested file name, e.g. `Quarterly planning template.json`. */
  fileName: string;
  /** The file's JSON text. */
  text: string;
}

export interface HostApiResults {
  listSessions: LibrarySessionInfo[];
  createSession: SessionDetails;
  getSession: SessionDetails;
  renameSession: SessionSummaryInfo;
  duplicateSession: SessionSummaryInfo;
  deleteSession: { deleted: true };
  exportSession: ExportedSessionFile;
  importSession: SessionDetails;
  storageHealth: StorageHealthInfo;
  /** The session with its new join code and link (for the new QR code). */
  rotateJoinCode: SessionDetails;
  /** Built-in templates first, then the saved ones by name. */
  listTemplates: TemplateInfo[];
  saveTemplate: TemplateInfo;
  deleteTemplate: { deleted: true };
  exportTemplate: ExportedTemplateFile;
  importTemplate: TemplateInfo;
  admitParticipant: RosterChange;
  removeParticipant: RosterChange;
  setAdmissionMode: { mode: 'device' | 'hand' };
  rosterDevices: RosterDevices;
  venueStatus: VenueStatusInfo;
  /** The status with the chosen address in use (the QR codes follow). */
  chooseAddress: VenueStatusInfo;
  /** The status with the venue's Wi-Fi as saved (the projector's join screen follows). */
  setVenueWifi: VenueStatusInfo;
  setRoomCheckOnProjector: VenueStatusInfo;
  /** Windows only; elsewhere a 409 saying there is no such setting to open. */
  openNetworkSettings: { opened: true };
  followUpSession: FollowUpInfo;
}

/** A roster change as the host made it: the participant's new state and how many of their votes
 * and answers were taken back (removal). */
export interface RosterChange {
  participantId: string;
  state: 'admitted' | 'removed';
  votesTakenBack: number;
}

/** participantId -> the device addresses they joined from, most recent last. */
export type RosterDevices = Record<string, string[]>;

/** What a transport (IPC, HTTP) offers the renderer: one async call per method. */
export type HostApi = {
  [K in HostApiMethod]: (args: HostApiArgs<K>) => Promise<HostApiResults[K]>;
};

export function isHostApiMethod(name: unknown): name is HostApiMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(hostApiArgs, name);
}

/** A refusal the host passes on from the domain: the code and values a ValidationError carries. */
export type HostRefusal = { code: string; values: Record<string, string | number> };

/** The refusal a caught ValidationError carries, if it has a code. */
export const refusalOf = (err: {
  code?: string;
  values?: Record<string, string | number>;
}): HostRefusal | undefined =>
  err.code ? { code: err.code, values: err.values ?? {} } : undefined;

export class HostApiError extends Error {
  constructor(
    message: string,
    readonly status: number = 400,
    /** The message as a code and values: the error body carries them beside its English. */
    readonly words?: HostWords,
    /** A domain refusal's code and values (shared/model/refusals.ts), sent as `refusal`, so a
     * page says it in its language. */
    readonly refusal?: HostRefusal,
  ) {
    super(message);
    this.name = 'HostApiError';
  }
}

/** Validates a call from outside; throws HostApiError with a readable message. */
export function parseHostApiCall<K extends HostApiMethod>(
  method: K,
  args: unknown,
): HostApiArgs<K> {
  const result = hostApiArgs[method].safeParse(args ?? {});
  if (!result.success) {
    const first = result.error.issues[0];
    const message = `Invalid arguments for ${method}: ${first ? `${first.path.join('.') || 'argument'}: ${first.message}` : 'rejected'}`;
    throw new HostApiError(message, 400, argumentWords(method, first, message));
  }
  return result.data as HostApiArgs<K>;
}

// Paths, subprotocols and content types live in endpoints.ts (no zod: the attendee's page
// imports them without the validators).
export {
  ENDPOINTS,
  HUB_PROTOCOL,
  KEY_PROTOCOL_PREFIX,
  hubProtocols,
  OFFSITE_CONTENT_TYPE,
} from './endpoints';
