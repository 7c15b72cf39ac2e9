// ipc.ts against a hand-written mock of the electron module (STYLE.md, after electron/fiddle):
// handlers check the sender's origin and the arguments before calling the host.
import { beforeEach, describe, expect, it } from 'vitest';
import { handlers } from './mocks/electron';
import { HostApiError, type HostApi } from '#shared/protocol/hostApi';
import { hostWords } from '#shared/protocol/hostWords';
import { HOST_API_METHODS } from '#shared/protocol/methods';

const { registerIpc } = await import('#electron/ipc');

const ORIGIN = 'http://127.0.0.1:7480';
const event = (url: string | undefined) => ({ senderFrame: url === undefined ? null : { url } });

const summary = { id: 'x'.repeat(32), title: 't', createdAt: 1, lastOpenedAt: 1 };

const template = {
  id: 'y'.repeat(32),
  name: 't',
  description: '',
  builtIn: false,
  days: 1,
  blocks: 0,
  minutes: 0,
  savedAt: 1,
};

const lan = {
  address: '192.168.1.20',
  interface: 'wlan0',
  kind: 'wifi' as const,
  label: 'Wi-Fi (wlan0)',
  caution: null,
  url: 'http://192.168.1.20:7480',
};
const venue = {
  inUse: lan,
  choice: 'automatic' as const,
  addresses: [lan],
  notice: null,
  probes: [],
  networkProfileWarning: null,
  wifi: null,
  roomCheckOnProjector: false,
};

function fakeApi() {
  const calls: [string, unknown][] = [];
  const api: HostApi = {
    listSessions: async (a) => (calls.push(['listSessions', a]), []),
    createSession: async (a) => {
      calls.push(['createSession', a]);
      return {
        id: 'x'.repeat(32),
        title: a.title,
        createdAt: 1,
        lastOpenedAt: 1,
        joinCode: 'AAAAA-AAAAA',
        joinUrl: 'u',
      };
    },
    getSession: async (a) => {
      calls.push(['getSession', a]);
      throw new Error('not found');
    },
    renameSession: async (a) => (calls.push(['renameSession', a]), summary),
    duplicateSession: async (a) => (calls.push(['duplicateSession', a]), summary),
    deleteSession: async (a) => (calls.push(['deleteSession', a]), { deleted: true }),
    exportSession: async (a) => (
      calls.push(['exportSession', a]),
      { fileName: 'f.offsite', bytes: new Uint8Array(1) }
    ),
    importSession: async (a) => {
      calls.push(['importSession', a]);
      throw new Error('not an Offsite file');
    },
    storageHealth: async (a) => (
      calls.push(['storageHealth', a]),
      { ok: true, skipped: [], damaged: [], limits: [] }
    ),
    rotateJoinCode: async (a) => {
      calls.push(['rotateJoinCode', a]);
      throw new Error('No session with that id.');
    },
    listTemplates: async (a) => (calls.push(['listTemplates', a]), []),
    saveTemplate: async (a) => (calls.push(['saveTemplate', a]), template),
    deleteTemplate: async (a) => (calls.push(['deleteTemplate', a]), { deleted: true }),
    exportTemplate: async (a) => (
      calls.push(['exportTemplate', a]),
      { fileName: 't template.json', text: '{}' }
    ),
    importTemplate: async (a) => (calls.push(['importTemplate', a]), template),
    admitParticipant: async (a) => (
      calls.push(['admitParticipant', a]),
      { participantId: a.participantId, state: 'admitted', votesTakenBack: 0 }
    ),
    removeParticipant: async (a) => (
      calls.push(['removeParticipant', a]),
      { participantId: a.participantId, state: 'removed', votesTakenBack: 0 }
    ),
    setAdmissionMode: async (a) => (calls.push(['setAdmissionMode', a]), { mode: a.mode }),
    rosterDevices: async (a) => (calls.push(['rosterDevices', a]), {}),
    venueStatus: async (a) => (calls.push(['venueStatus', a]), venue),
    chooseAddress: async (a) => (calls.push(['chooseAddress', a]), venue),
    setVenueWifi: async (a) => (calls.push(['setVenueWifi', a]), venue),
    setRoomCheckOnProjector: async (a) => (calls.push(['setRoomCheckOnProjector', a]), venue),
    openNetworkSettings: async (a) => (calls.push(['openNetworkSettings', a]), { opened: true }),
    followUpSession: async (a) => (
      calls.push(['followUpSession', a]),
      {
        ...summary,
        joinCode: 'AAAAA-AAAAA',
        joinUrl: 'u',
        carried: { actions: 0, decisions: 0, parkingItems: 0 },
      }
    ),
  };
  return { api, calls };
}

describe('registerIpc', () => {
  beforeEach(() => handlers.clear());

  it('registers one channel per HostApi method and removes them again', () => {
    const dispose = registerIpc(fakeApi().api, ORIGIN);
    expect([...handlers.keys()].sort()).toEqual(
      [...HOST_API_METHODS].map((m) => `offsite:${m}`).sort(),
    );
    dispose();
    expect(handlers.size).toBe(0);
  });

  it('passes validated arguments from our own pages to the host', async () => {
    const { api, calls } = fakeApi();
    registerIpc(api, ORIGIN);
    const result = (await handlers.get('offsite:createSession')!(event(`${ORIGIN}/console`), {
      title: '  Retro  ',
    })) as { ok: true; value: { title: string } };
    expect(result.ok).toBe(true);
    expect(result.value.title).toBe('Retro');
    expect(calls).toEqual([['createSession', { title: 'Retro' }]]);
  });

  it('refuses senders from any other origin, or none', async () => {
    const { api, calls } = fakeApi();
    registerIpc(api, ORIGIN);
    const h = handlers.get('offsite:listSessions')!;
    for (const url of [
      'http://evil.example',
      'http://127.0.0.1:7481/console',
      'file:///etc/passwd',
      'not a url',
      undefined,
    ]) {
      await expect(h(event(url), {})).rejects.toThrow(/untrusted sender/);
    }
    expect(calls).toEqual([]);
  });

  it('refuses malformed arguments before they reach the host, answered with their words', async () => {
    const { api, calls } = fakeApi();
    registerIpc(api, ORIGIN);
    const create = handlers.get('offsite:createSession')!;
    for (const [bad, code] of [
      [{ title: '' }, 'request.titleEmpty'],
      [{ title: 42 }, 'request.invalid'],
      [{ title: 'ok', admin: true }, 'request.invalid'],
      ['title', 'request.invalid'],
      [['x'], 'request.invalid'],
    ] as const) {
      await expect(create(event(`${ORIGIN}/`), bad)).resolves.toMatchObject({
        ok: false,
        error: expect.stringMatching(/^Invalid arguments for createSession: /),
        code,
      });
    }
    await expect(
      handlers.get('offsite:getSession')!(event(`${ORIGIN}/`), { id: '../../etc' }),
    ).resolves.toEqual({
      ok: false,
      error: 'Invalid arguments for getSession: id: not a session id',
      code: 'request.invalid',
      values: { method: 'getSession', path: 'id', reason: 'not a session id' },
    });
    expect(calls).toEqual([]);
  });

  it("answers the host's refusals with their words, as the HTTP error body does; faults reject", async () => {
    const { api } = fakeApi();
    const words = hostWords('template.nameInUse', { name: 'R' }, 'In use.');
    api.saveTemplate = async () => {
      throw new HostApiError('In use.', 409, words);
    };
    api.importTemplate = async () => {
      throw new HostApiError('Not JSON.', 400, undefined, { code: 'template.notJson', values: {} });
    };
    api.deleteTemplate = async () => {
      throw new HostApiError('Disk full.', 507, words, { code: 'x', values: {} });
    };
    registerIpc(api, ORIGIN);
    const call = (method: string, args: unknown) =>
      handlers.get(`offsite:${method}`)!(event(`${ORIGIN}/console`), args);
    await expect(call('saveTemplate', { sessionId: 'a'.repeat(32), name: 'R' })).resolves.toEqual({
      ok: false,
      error: 'In use.',
      code: 'template.nameInUse',
      values: { name: 'R' },
    });
    await expect(call('importTemplate', { text: '{' })).resolves.toEqual({
      ok: false,
      error: 'Not JSON.',
      refusal: { code: 'template.notJson', values: {} },
    });
    // A 5xx carries its words but no domain refusal, as server.ts's body.
    await expect(call('deleteTemplate', { id: 'b'.repeat(32) })).resolves.toEqual({
      ok: false,
      error: 'Disk full.',
      code: 'template.nameInUse',
      values: { name: 'R' },
    });
    // Not the host's refusal: rejects as before.
    await expect(call('getSession', { id: 'a'.repeat(32) })).rejects.toThrow('not found');
  });
});
