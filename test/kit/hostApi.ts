// The host's HTTP API for tests, benches and e2e seeds: `hostApi(host)` is the typed HostApi
// (shared/protocol: method names, argument and result types) over the renderer's own web
// transport, so tests call the host the way the console does; `post` and `exportFile` give the
// raw Response for tests about status codes, headers and malformed requests.
import { ENDPOINTS, type HostApi, type HostApiMethod } from '../../shared/protocol/hostApi';
import {
  EXPORT_FORMATS,
  type ExportArgs,
  type ExportFormat,
} from '../../shared/protocol/exportApi';
import { JOIN_PATH } from '../../shared/protocol/joinApi';
import { createWebHostApi } from '../../renderer/platform/webHostApi';

/** A running host as the kit's in-process host, the e2e's headless host or its holder show it. */
export interface HostAddress {
  localUrl: string;
  key: string;
}

export interface PostOptions {
  /** The bearer key; the host's facilitator key by default, null for none. */
  key?: string | null;
  /** Content-Type; JSON by default, null for none. */
  type?: string | null;
  headers?: Record<string, string>;
}

export interface HostHttp extends HostApi {
  /**
   * POST to a host path (`/api/<method>` when given a method name) and return the Response as
   * it is. A body that is a string or bytes is sent as it is, anything else as JSON.
   */
  post(
    pathOrMethod: HostApiMethod | `/${string}`,
    body?: unknown,
    opts?: PostOptions,
  ): Promise<Response>;
  /** POST an export (Markdown, PDF, CSV, calendar) and return the Response. */
  exportFile(format: ExportFormat, args: ExportArgs, opts?: PostOptions): Promise<Response>;
  /** The attendee's join (no key): POST /api/join with a code. */
  join(code: string, opts?: Omit<PostOptions, 'key'>): Promise<Response>;
}

export function hostApi(host: HostAddress): HostHttp {
  const post: HostHttp['post'] = (pathOrMethod, body = {}, opts = {}) => {
    const path = pathOrMethod.startsWith('/') ? pathOrMethod : `${ENDPOINTS.api}${pathOrMethod}`;
    const key = opts.key === undefined ? host.key : opts.key;
    const type = opts.type === undefined ? 'application/json' : opts.type;
    const raw = typeof body === 'string' || body instanceof Uint8Array;
    return fetch(`${host.localUrl}${path}`, {
      method: 'POST',
      headers: {
        ...(type !== null && { 'Content-Type': type }),
        ...(key !== null && { Authorization: `Bearer ${key}` }),
        ...opts.headers,
      },
      body: raw ? (body as string | Uint8Array<ArrayBuffer>) : JSON.stringify(body),
    });
  };
  return {
    ...createWebHostApi(host.key, host.localUrl),
    post,
    exportFile: (format, args, opts) => post(EXPORT_FORMATS[format].path, args, opts),
    join: (code, opts) => post(JOIN_PATH, { code }, { type: null, ...opts, key: null }),
  };
}
