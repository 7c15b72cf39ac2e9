// The HostApi over HTTP, for browsers: POST /api/<method> with the facilitator key as bearer.
import {
  ENDPOINTS,
  hostApiArgs,
  type HostApi,
  type HostApiMethod,
} from '../../shared/protocol/hostApi';

export function createWebHostApi(key: string, base = ''): HostApi {
  const call = async (method: HostApiMethod, args: unknown): Promise<unknown> => {
    const res = await fetch(`${base}${ENDPOINTS.api}${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
      body: JSON.stringify(args ?? {}),
    });
    const body = (await res.json().catch(() => ({}))) as { error?: string };
    if (!res.ok) throw new Error(body.error ?? `The host answered ${res.status}.`);
    return body;
  };
  const api = {} as Record<HostApiMethod, (args: unknown) => Promise<unknown>>;
  for (const method of Object.keys(hostApiArgs) as HostApiMethod[]) {
    api[method] = (args) => call(method, args);
  }
  return api as HostApi;
}
