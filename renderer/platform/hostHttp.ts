// HTTP calls to the host that both platforms make (the desktop shell's pages are served by the
// host too): the attendee's join, the probe page's report and the error shape every host route
// answers with.
import type { JoinArgs, JoinResult } from '../../shared/protocol/joinApi';
import { ENDPOINTS } from '../../shared/protocol/endpoints';
import type { ProbeReportArgs } from '../../shared/protocol/venueApi';
import { hostSentence, type SentWords } from '../i18n/hostWording';

/** How a status the host sent no sentence with is said: English here (the test kit runs this in
 * Node), the page's language once the platform is chosen (sayStatusWith, platform/index.ts). */
// eslint-disable-next-line lingui/no-unlocalized-strings -- English for Node callers; see above
let statusLine = (status: number): string => `The host answered ${status}.`;

/** How a refused join is said: the host's English sentence here (Node), the page's words for a
 * code nobody has (404) and for too many wrong codes (429) once the platform is chosen. */
let joinRefusal = (_status: number, sent: string | undefined): string | undefined => sent;

export function sayStatusWith(
  say: (status: number) => string,
  sayJoin?: (status: number, sent: string | undefined) => string | undefined,
): void {
  statusLine = say;
  if (sayJoin) joinRefusal = sayJoin;
}

/** An error the host sent: its message in the page's language, `sent` as the host said it. */
export class HostError extends Error {
  constructor(
    readonly sent: SentWords,
    /** The HTTP status it came with (0 over the desktop shell's IPC). */
    readonly status = 0,
  ) {
    super(hostSentence(sent));
  }
}

/** The host's `{error}` sentence (in the page's language when it sent a code the page words), or
 * a status line when it sent none. */
export async function hostError(res: Response, fallback?: string): Promise<Error> {
  const body = (await res.json().catch(() => ({}))) as {
    error?: string;
    code?: unknown;
    values?: unknown;
    refusal?: unknown;
  };
  if (typeof body.error !== 'string') return new Error(fallback ?? statusLine(res.status));
  return new HostError(
    { code: body.code, values: body.values, refusal: body.refusal, message: body.error },
    res.status,
  );
}

export async function joinOverHttp(code: string, base = ''): Promise<JoinResult> {
  const args: JoinArgs = { code };
  const res = await fetch(`${base}${ENDPOINTS.join}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(args),
  });
  const body = (await res.json().catch(() => ({}))) as Partial<JoinResult> & { error?: string };
  if (!res.ok || !body.sessionId)
    throw new Error(joinRefusal(res.status, body.error) ?? statusLine(res.status));
  return { sessionId: body.sessionId, title: body.title ?? '', joinCode: body.joinCode ?? code };
}

/** An attendee call with a JSON body and a JSON answer; throws the host's sentence. */
export async function postJson<T>(path: string, args: unknown, base = ''): Promise<T> {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(args),
  });
  if (!res.ok) throw await hostError(res);
  return (await res.json()) as T;
}

/** A phone's room check (the probe page), sent to the console; no key, the join code only. */
export async function probeOverHttp(report: ProbeReportArgs, base = ''): Promise<void> {
  const res = await fetch(`${base}${ENDPOINTS.probe}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(report),
  });
  if (!res.ok) throw await hostError(res);
}
