// The HostApi contract (STYLE.md rule 5): one typed handler map shared by the preload, the IPC
// handlers, the host's HTTP API and the renderer's web transport. Each method has a runtime
// validator for its argument, so every boundary checks what crosses it the same way.
import { z } from 'zod';
import { NAME_MAX_CHARS, TITLE_MAX_CHARS } from '../model/limits';
import type { HostApiMethodName } from './methods';

const sessionId = z.string().regex(/^[0-9a-f]{32}$/, 'not a session id');

export const hostApiArgs = {
  listSessions: z.object({}).strict(),
  createSession: z
    .object({
      title: z.string().trim().min(1, 'The session title is empty.').max(TITLE_MAX_CHARS),
      template: z.string().max(60).optional(),
      facilitatorName: z.string().max(NAME_MAX_CHARS).optional(),
    })
    .strict(),
  getSession: z.object({ id: sessionId }).strict(),
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

export interface HostApiResults {
  listSessions: SessionSummaryInfo[];
  createSession: SessionDetails;
  getSession: SessionDetails;
}

/** What a transport (IPC, HTTP) offers the renderer: one async call per method. */
export type HostApi = {
  [K in HostApiMethod]: (args: HostApiArgs<K>) => Promise<HostApiResults[K]>;
};

export function isHostApiMethod(name: unknown): name is HostApiMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(hostApiArgs, name);
}

export class HostApiError extends Error {
  constructor(
    message: string,
    readonly status: number = 400,
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
    throw new HostApiError(
      `Invalid arguments for ${method}: ${first ? `${first.path.join('.') || 'argument'}: ${first.message}` : 'rejected'}`,
    );
  }
  return result.data as HostApiArgs<K>;
}

/** Paths and names shared by the host and its clients. */
export const ENDPOINTS = {
  api: '/api/',
  signal: '/signal',
  sync: '/sync',
  time: '/time',
  join: '/api/join',
} as const;
