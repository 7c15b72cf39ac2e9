// One HTTP server for everything the room needs: the renderer bundle, the
// signaling WebSocket, the hub WebSocket, /time for clock sync and the facilitator's API.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { timingSafeEqual, randomBytes } from 'node:crypto';
import { SignalingServer } from './signaling/signaling';
import { folderVault } from './hub/bindingVault';
import { deviceVault } from './hub/deviceVault';
import { DeviceLinks, handleLinkRoute } from './link/deviceLinks';
import { Hub } from './hub/hub';
import { SessionRegistry } from './sessions';
import { SessionStore } from './store/sessionStore';
import { memoryStoreFs } from './store/memoryStoreFs';
import { createHostApi } from './api';
import { TemplateLibrary } from './templateLibrary';
import { handleExport, type ExportDeps } from './http/exportRoutes';
import type { RenderPdf } from './http/pdfRenderer';
import { createStaticHandler } from './http/staticFiles';
import { createVenue, type Venue } from './venue/venue';
import { VenueWifi } from './venue/venueWifi';
import type { InterfaceMap } from './venue/interfaces';
import { AuthFailures } from './limits/authFailures';
import { createHostCheck } from './http/hostCheck';
import { guardSockets } from './limits/limiters';
import { raiseFdLimit, socketBudget, withLimits, type LimitOverrides } from './limits/limits';
import {
  HttpError,
  readBody,
  readJson,
  requestUrl,
  securityHeaders,
  sendJson,
} from './http/replies';
import {
  ENDPOINTS,
  HostApiError,
  OFFSITE_CONTENT_TYPE,
  OFFSITE_FILE_MAX_BYTES,
  isHostApiMethod,
  parseHostApiCall,
  type HostApi,
} from '../../shared/protocol/hostApi';
import type { Role } from '../../shared/model/doc';
import {
  JOIN_BODY_MAX_BYTES,
  JOIN_PATH,
  joinArgs,
  type JoinResult,
} from '../../shared/protocol/joinApi';
import { TEMPLATE_FILE_MAX_BYTES } from '../../shared/templates/templateFile';
import { PROBE_PATH } from '../../shared/protocol/venueApi';
import { hostWords, wordFields } from '../../shared/protocol/hostWords';

export interface HostOptions {
  port?: number;
  /** Interface to listen on; 0.0.0.0 so attendees on the LAN can reach us. */
  bind?: string;
  /** Folder of the built renderer (dist/renderer). */
  rendererDir: string;
  /** The session library and the hub's persistence (store/). Without one, the host
   * keeps its library in memory only (a SessionStore over an in-memory file system). */
  store?: SessionStore;
  /** Fixed facilitator key (e.g. kept in the data folder); random when absent. */
  facilitatorKey?: string;
  /** A fixed address for the links, never checked (OFFSITE_LAN_IP, tests). */
  lanIp?: string;
  /** The address attendees use (--address) or the interface whose address they use
   * (--interface); without either, the likeliest address, followed as the network changes. */
  address?: string;
  interfaceName?: string;
  /** The interfaces as os.networkInterfaces() lists them (tests inject their own). */
  readInterfaces?: () => InterfaceMap;
  /** How the export API prints PDFs; the headless host's default needs Chromium (pdfRenderer.ts). */
  renderPdf?: RenderPdf;
  /** Lowered in tests to reach them quickly, UNLIMITED in the bench's comparison (limits.ts). */
  limits?: LimitOverrides;
  /** Admit every participant on arrival, unless a session admits by hand: for a test rig whose
   * pages all share one address, or a room whose devices share one (hub.ts). By default the first
   * participant per device address is admitted and later ones wait for the facilitator. */
  admitEveryone?: boolean;
  /** False serves the bundle plain and the hub uncompressed (the air bench's anchor). */
  compression?: boolean;
  log?: (message: string) => void;
}

export interface RunningHost {
  port: number;
  /** http://127.0.0.1:<port> — for the facilitator's own machine. */
  localUrl: string;
  /** http://<lan-ip>:<port> — what attendees use (follows the venue's address). */
  readonly lanUrl: string;
  venue: Venue;
  consoleUrl: string;
  facilitatorKey: string;
  api: HostApi;
  registry: SessionRegistry;
  hub: Hub;
  store: SessionStore;
  signaling: SignalingServer;
  close(): Promise<void>;
}

const API_BODY_LIMIT = 256 * 1024;
const WRONG_KEY = hostWords('request.wrongKey', {}, 'The facilitator key is missing or wrong.');

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const log = options.log ?? (() => {});
  const facilitatorKey = options.facilitatorKey ?? randomBytes(16).toString('hex');
  const store =
    options.store ?? new SessionStore({ dataDir: '/offsite-memory', fs: memoryStoreFs() });
  await store.sweep();
  let port = options.port ?? 0;
  const venue = createVenue({
    wifi: await VenueWifi.load(store.dataDir, store.files, log),
    port: () => port,
    fixed: options.lanIp,
    address: options.address,
    interfaceName: options.interfaceName,
    read: options.readInterfaces,
    log,
  });

  const isFacilitator = (token: string) => token.length > 0 && sameSecret(token, facilitatorKey);
  const softFds = raiseFdLimit(log);
  const limits = withLimits({
    sockets: { budget: socketBudget(softFds) },
    ...options.limits,
  });
  // A fresh copy: the defaults are shared by every host in this process.
  if (options.compression === false) limits.hub = { ...limits.hub, deflateAboveBytes: null };
  // One count of wrong tokens per address for /signal, /sync and /api/join together.
  const failures = new AuthFailures(limits.authFailures);

  const hub = new Hub({
    persistence: store,
    vault: folderVault(store.files, store.dataDir, facilitatorKey, log),
    devices: deviceVault(store.files, store.dataDir, facilitatorKey, log),
    facilitatorKey,
    log,
    limits,
    failures,
    admitEveryone: options.admitEveryone,
    onLimit: (sessionId, message, mib) => registry.noteLimit(sessionId, message, mib),
    onOpened(sessionId, migration) {
      if (migration) void registry.migrated(sessionId, migration.to);
    },
    // The key only as a subprotocol, join codes only in the URL: the key never in a URL.
    authorize(sessionId: string, token: string, via): Role | null {
      if (!registry.get(sessionId)) return null;
      if (via === 'protocol') return isFacilitator(token) ? 'facilitator' : null;
      return registry.byJoinCode(token)?.id === sessionId ? 'attendee' : null;
    },
  });
  store.onWarning((w) =>
    log(`storage${w.sessionId ? ` (session ${w.sessionId})` : ''}: ${w.message}`),
  );
  const templates = await TemplateLibrary.load(store.dataDir, store.files, log);
  const registry = await SessionRegistry.load(hub, store, templates);
  const signaling = new SignalingServer({
    log,
    failures,
    limits: {
      maxFrameBytes: limits.signaling.maxFrameBytes,
      rate: limits.signaling.rate,
      connections: limits.connections,
    },
    // Attendees present the join code in the URL; the facilitator's windows "<sessionId>.<key>"
    // in their first frame, never in the URL.
    authorize(token, via) {
      const dot = token.indexOf('.');
      if (via === 'frame') {
        if (dot <= 0) return null;
        const sessionId = token.slice(0, dot);
        return isFacilitator(token.slice(dot + 1)) && registry.get(sessionId)
          ? { topic: sessionId, role: 'facilitator' }
          : null;
      }
      return dot > 0 ? null : (registry.byJoinCode(token)?.id ?? null);
    },
  });
  registry.onJoinCodeChanged((sessionId, oldCode) => {
    signaling.disconnectToken(oldCode);
    hub.disconnectJoinCode(sessionId, oldCode);
  });
  const api = createHostApi(registry, venue, templates);
  const serveStatic = createStaticHandler(options.rendererDir, {
    compressed: options.compression !== false,
  });
  const hostCheck = createHostCheck(() => port, venue.address.address());
  const exportDeps: ExportDeps = {
    openDoc: async (id) => (registry.get(id) ? (await registry.open(id))?.doc : undefined),
    facilitatorKey,
    renderPdf: options.renderPdf,
  };

  // Second devices linking to a participant: sealed identities waiting a few minutes, memory only.
  const links = new DeviceLinks();

  async function handleApi(req: IncomingMessage, res: ServerResponse, path: string) {
    if (req.method !== 'POST') throw new HttpError(405, 'Use POST.');
    if (path === JOIN_PATH) {
      const ip = req.socket.remoteAddress ?? '?';
      const body = joinArgs.safeParse(await readJson(req, JOIN_BODY_MAX_BYTES));
      const result = await failures.attempt(ip, () => {
        const record = body.success ? registry.byJoinCode(body.data.code) : undefined;
        return { ok: record !== undefined, record };
      });
      if (result === 'busy')
        throw new HttpError(429, 'Too many wrong join codes from this device; wait a little.');
      const record = result.record;
      if (!record)
        throw new HttpError(404, 'No session has that join code. Check the link on the projector.');
      const joined: JoinResult = {
        sessionId: record.id,
        title: record.title,
        joinCode: record.joinCode,
      };
      sendJson(res, 200, joined);
      return;
    }
    if (path === PROBE_PATH) {
      const ip = req.socket.remoteAddress ?? '?';
      await venue.handleProbe(req, res, async (code) => {
        const r = await failures.attempt(ip, () => ({
          ok: registry.byJoinCode(code) !== undefined,
        }));
        return r !== 'busy' && r.ok;
      });
      return;
    }
    if (await handleLinkRoute(req, res, path, { links, registry, failures })) return;
    const auth = req.headers.authorization ?? '';
    const token = auth.startsWith('Bearer ') ? auth.slice(7) : '';
    if (!isFacilitator(token)) throw new HttpError(401, WRONG_KEY.message, WRONG_KEY);
    if (await handleExport(req, res, path, exportDeps)) return;
    const method = path.slice(ENDPOINTS.api.length);
    if (!isHostApiMethod(method)) throw new HttpError(404, `Unknown API method ${method}.`);
    // The two binary methods are the exception to JSON over HTTP: an `.offsite` file travels as
    // the raw body (import) or the raw reply (export), not base64 in JSON, which would add a
    // third to a large session and parse slowly. Same methods, same validators as over IPC.
    if (method === 'importSession') {
      const bytes = await readBody(req, OFFSITE_FILE_MAX_BYTES);
      const args = parseHostApiCall(method, { bytes: new Uint8Array(bytes) });
      sendJson(res, 200, await api.importSession(args));
      return;
    }
    if (method === 'exportSession') {
      const args = parseHostApiCall(method, await readJson(req, API_BODY_LIMIT));
      const file = await api.exportSession(args);
      res.writeHead(200, {
        'Content-Type': OFFSITE_CONTENT_TYPE,
        'Content-Length': file.bytes.byteLength,
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        'Cache-Control': 'no-store',
      });
      res.end(file.bytes);
      return;
    }
    // A template file travels as JSON text, escaped: its body may be up to twice the file.
    const limit = method === 'importTemplate' ? 2 * TEMPLATE_FILE_MAX_BYTES + 4096 : API_BODY_LIMIT;
    const args = parseHostApiCall(method, await readJson(req, limit));
    const call = api[method] as (a: typeof args) => Promise<unknown>;
    sendJson(res, 200, await call(args));
  }

  // Node checks headersTimeout and requestTimeout this often (default 30 s, too coarse for 10 s).
  const server = createServer({ connectionsCheckingInterval: 1000 }, (req, res) => {
    securityHeaders(res, req);
    const path = requestUrl(req)?.pathname ?? '';
    const done = (err: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const status = err instanceof HttpError || err instanceof HostApiError ? err.status : 500;
      // Our own errors are written for people (507: "the data folder … is full"); anything
      // else may carry internals.
      const ours = err instanceof HttpError || err instanceof HostApiError;
      const message =
        err instanceof Error && (status < 500 || ours) ? err.message : 'Internal error.';
      if (status >= 500) log(`error on ${req.method} ${path}: ${String(err)}`);
      const words = ours && message !== 'Internal error.' ? err.words : undefined;
      const refusal = err instanceof HostApiError && status < 500 ? err.refusal : undefined;
      sendJson(res, status, { error: message, ...wordFields(words), ...(refusal && { refusal }) });
    };
    try {
      if (!hostCheck.hostOk(req)) {
        throw new HttpError(421, 'This host answers only to its own addresses.');
      } else if (!path) {
        throw new HttpError(400, 'Bad request path.');
      } else if (req.method !== 'GET' && req.method !== 'HEAD' && !hostCheck.originOk(req)) {
        throw new HttpError(403, 'Requests from other sites are refused.');
      } else if (path === ENDPOINTS.time) {
        sendJson(res, 200, { now: Date.now() });
      } else if (path.startsWith(ENDPOINTS.api)) {
        handleApi(req, res, path).catch(done);
      } else if (req.method === 'GET' || req.method === 'HEAD') {
        serveStatic(req, res).catch(done);
      } else {
        throw new HttpError(405, 'Method not allowed.');
      }
    } catch (err) {
      done(err);
    }
  });
  server.headersTimeout = limits.http.headersTimeoutMs;
  server.requestTimeout = limits.http.requestTimeoutMs;
  server.keepAliveTimeout = limits.http.keepAliveTimeoutMs;
  guardSockets(server, limits, log);
  server.on('upgrade', (req, socket, head) => {
    socket.on('error', () => socket.destroy());
    if (!hostCheck.hostOk(req) || !hostCheck.originOk(req)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const path = requestUrl(req)?.pathname ?? '';
    if (path === ENDPOINTS.signal) signaling.handleUpgrade(req, socket, head);
    else if (path.startsWith(ENDPOINTS.sync + '/')) hub.handleUpgrade(req, socket, head);
    else socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });
  server.on('clientError', (_err, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, options.bind ?? '0.0.0.0', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const localUrl = `http://127.0.0.1:${port}`;

  return {
    port,
    localUrl,
    get lanUrl() {
      return venue.lanBaseUrl();
    },
    venue,
    consoleUrl: `${localUrl}/console#key=${facilitatorKey}`,
    facilitatorKey,
    api,
    registry,
    hub,
    store,
    signaling,
    async close() {
      venue.close();
      await signaling.close();
      await hub.close();
      await store.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
