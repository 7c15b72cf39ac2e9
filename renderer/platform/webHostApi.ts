// The HostApi over HTTP, for browsers: POST /api/<method> with the facilitator key as bearer.
// `.offsite` files travel as raw bytes, not JSON (see server.ts).
import type { ExportedSessionFile, HostApi, HostApiMethod } from '../../shared/protocol/hostApi';
import { ENDPOINTS, OFFSITE_CONTENT_TYPE } from '../../shared/protocol/endpoints';
import { HOST_API_METHODS } from '../../shared/protocol/methods';
import { hostError } from './hostHttp';

export function createWebHostApi(key: string, base = ''): HostApi {
  const call = async (method: HostApiMethod, args: unknown): Promise<unknown> => {
    const res = await fetch(`${base}${ENDPOINTS.api}${method}`, {
      method: 'POST',
      // eslint-disable-next-line lingui/no-unlocalized-strings -- an HTTP header
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
      body: JSON.stringify(args ?? {}),
    });
    if (!res.ok) throw await hostError(res);
    return res.json();
  };
  const api = {} as Record<HostApiMethod, (args: unknown) => Promise<unknown>>;
  for (const method of HOST_API_METHODS as readonly HostApiMethod[]) {
    api[method] = (args) => call(method, args);
  }
  api.importSession = async (args) => {
    const { bytes } = args as { bytes: Uint8Array };
    const res = await fetch(`${base}${ENDPOINTS.api}importSession`, {
      method: 'POST',
      // eslint-disable-next-line lingui/no-unlocalized-strings -- an HTTP header
      headers: { 'Content-Type': OFFSITE_CONTENT_TYPE, Authorization: `Bearer ${key}` },
      body: bytes as Uint8Array<ArrayBuffer>,
    });
    if (!res.ok) throw await hostError(res);
    return res.json();
  };
  api.exportSession = async (args): Promise<ExportedSessionFile> => {
    const res = await fetch(`${base}${ENDPOINTS.api}exportSession`, {
      method: 'POST',
      // eslint-disable-next-line lingui/no-unlocalized-strings -- an HTTP header
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
      body: JSON.stringify(args ?? {}),
    });
    if (!res.ok) throw await hostError(res);
    // eslint-disable-next-line lingui/no-unlocalized-strings -- an HTTP header
    const disposition = res.headers.get('Content-Disposition') ?? '';
    const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
    return {
      fileName: encoded ? decodeURIComponent(encoded) : 'session.offsite',
      bytes: new Uint8Array(await res.arrayBuffer()),
    };
  };
  return api as HostApi;
}
