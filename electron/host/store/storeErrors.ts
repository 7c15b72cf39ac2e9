// Errors and warnings of the session library, worded for the facilitator who will read them.
import { hostWords, type HostWords } from '../../../shared/protocol/hostWords';

/** A refusal or failure the UI can show as is: `message` is written for people. */
export class StoreError extends Error {
  constructor(
    message: string,
    /** A stable machine-readable reason, for tests and for choosing an icon. */
    readonly code:
      | 'empty-file'
      | 'truncated-file'
      | 'foreign-file'
      | 'future-version'
      | 'damaged-file'
      | 'not-found'
      | 'invalid-id'
      | 'storage-fault'
      | 'closed',
    /** The message as a code and values, for the page's language (shown as `message` if absent). */
    readonly words?: HostWords,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

export interface StoreWarning {
  /** The session concerned, when there is one. */
  sessionId?: string;
  /** `fault`: a write failed (kept in memory, retried); `recovered`: writes work again;
   * `skipped`: damaged data was left out while reading; `damaged`: a session was rebuilt around
   * damage (one summary per session). */
  kind: 'fault' | 'recovered' | 'skipped' | 'damaged';
  message: string;
}

const FAULT_WORDS: Record<string, [HostWords['code'] & `fault.${string}`, string]> = {
  ENOSPC: ['fault.full', 'the data folder is full: the disk is full'],
  EDQUOT: ['fault.quota', 'the data folder is full: the disk quota is used up'],
  EROFS: ['fault.readOnly', 'the data folder is read-only: it is on a read-only disk'],
  EACCES: ['fault.notAllowed', 'Offsite is not allowed to write to the data folder'],
  EPERM: ['fault.notAllowed', 'Offsite is not allowed to write to the data folder'],
  EIO: ['fault.io', 'the disk reported an input/output error'],
};

export function errorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A sentence describing why a write failed, e.g. "the disk is full (ENOSPC)". */
export function describeFault(err: unknown): string {
  const words = faultWords(err);
  return typeof words === 'string' ? words : words.message;
}

/** The same, as words when the system's code is one we know; else the system's own message. */
export function faultWords(err: unknown): HostWords | string {
  const code = errorCode(err);
  const known = code ? FAULT_WORDS[code] : undefined;
  if (code && known) return hostWords(known[0], { code }, `${known[1]} (${code})`);
  return err instanceof Error ? err.message : String(err);
}
