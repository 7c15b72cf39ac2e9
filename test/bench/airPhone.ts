// A phone's first visit to the join link as a Node HTTP client (the air bench, issue 23): what a
// browser fetches for /join, found the way the browser finds it. index.html's module script,
// modulepreload links, stylesheets and icon; each module's static imports; then the room's chunk
// (the join page imports it lazily, through Vite's preload helper) with the files its
// __vite__mapDeps list names. Bytes are counted as they crossed the wire (bodies as sent, with
// their Content-Encoding, plus the response headers). test/e2e/phone-bytes.spec.ts checks that
// these scripts and styles are the ones Chromium fetched. The page's own small calls (POST
// /api/join, the clock's /time: about 1 KB) are left out; the hub's bytes are counted apart.
import { Agent, request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

export interface FetchedFile {
  path: string;
  /** Body bytes as sent (compressed when Content-Encoding says so). */
  bodyBytes: number;
  /** The response's header block, roughly as on the wire. */
  headerBytes: number;
  encoding: string | null;
  status: number;
}

export interface PhoneVisit {
  files: FetchedFile[];
  /** Everything received: bodies and headers. */
  bytes: number;
}

/** What Chromium sends over plain http (it offers br only over https). */
export const BROWSER_ACCEPT_ENCODING = 'gzip, deflate';

/** One GET; resolves with the decoded body and what crossed the wire. */
function get(
  base: string,
  path: string,
  acceptEncoding: string,
  agent: Agent,
  localAddress?: string,
  retry = true,
): Promise<FetchedFile & { text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}${path}`,
      {
        agent,
        headers: { 'Accept-Encoding': acceptEncoding },
        ...(localAddress && { localAddress }),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', (err) => reject(new Error(`GET ${path}: ${err.message}`)));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          const encoding = res.headers['content-encoding'] ?? null;
          const text = (
            encoding === 'gzip'
              ? gunzipSync(body)
              : encoding === 'br'
                ? brotliDecompressSync(body)
                : body
          ).toString('utf8');
          let headerBytes = `HTTP/1.1 ${res.statusCode} ${res.statusMessage}\r\n`.length + 2;
          for (let i = 0; i < res.rawHeaders.length; i += 2)
            headerBytes += `${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}\r\n`.length;
          resolve({
            path,
            bodyBytes: body.length,
            headerBytes,
            encoding,
            status: res.statusCode ?? 0,
            text,
          });
        });
      },
    );
    req.on('error', (err: NodeJS.ErrnoException) => {
      // A kept-alive socket the host closed as this request went out (its keepAliveTimeout
      // while the phone waited on a saturated link): browsers send such a request again on a
      // new connection, and so does the phone here, once.
      if (req.reusedSocket && err.code === 'ECONNRESET' && retry)
        get(base, path, acceptEncoding, agent, localAddress, false).then(resolve, reject);
      else reject(err);
    });
    req.end();
  });
}

/** What index.html asks for at once: the module entry, modulepreloads, stylesheets, the icon. */
export function htmlAssets(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g))
    out.push(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = /\brel="([^"]+)"/.exec(m[0])?.[1];
    const href = /\bhref="([^"]+)"/.exec(m[0])?.[1];
    if (href && rel && ['modulepreload', 'stylesheet', 'icon'].includes(rel)) out.push(href);
  }
  return out;
}

/** A built module's static imports (`import…from"./x.js"`, `import"./x.js"`), as site paths. */
export function staticImports(code: string, path: string): string[] {
  const dir = path.slice(0, path.lastIndexOf('/') + 1);
  const out: string[] = [];
  for (const m of code.matchAll(
    /(?:^|[;\n])\s*import\s*(?:[{][^}]*[}]\s*from\s*|[\w$*\s,]+from\s*)?"(\.\/[^"]+)"/g,
  ))
    out.push(dir + m[1]!.slice(2));
  return out;
}

/** The files Vite's preload helper loads with the lazy chunk whose file name starts `chunk-`:
 * the chunk and its __vite__mapDeps entries. Empty when no module imports such a chunk. */
export function lazyChunkFiles(code: string, chunk: string): string[] {
  const list = /m\.f=\[([^\]]*)\]/.exec(code)?.[1];
  const call = new RegExp(
    `import\\([\`'"]\\./(${chunk}-[\\w-]+\\.js)[\`'"]\\)[^;]*?__vite__mapDeps\\(\\[([\\d,]*)\\]\\)`,
  ).exec(code);
  if (!list || !call) return [];
  const deps = [...list.matchAll(/"([^"]+)"/g)].map((m) => `/${m[1]!}`);
  return call[2]!
    .split(',')
    .filter(Boolean)
    .map((i) => deps[Number(i)]!)
    .filter(Boolean);
}

/**
 * Fetches what a phone's browser fetches for the join link and, with `room`, the room's chunk it
 * loads once the attendee has a name. Six connections at a time, as a browser keeps per host.
 */
export async function visitJoinPage(
  base: string,
  opts: { acceptEncoding?: string; room?: boolean; localAddress?: string } = {},
): Promise<PhoneVisit> {
  const acceptEncoding = opts.acceptEncoding ?? BROWSER_ACCEPT_ENCODING;
  const agent = new Agent({ keepAlive: true, maxSockets: 6 });
  const files: FetchedFile[] = [];
  const seen = new Set<string>();
  try {
    const page = await get(base, '/join', acceptEncoding, agent, opts.localAddress);
    files.push(strip(page));
    const fetchAll = async (paths: string[]): Promise<void> => {
      const fresh = paths.filter((p) => !seen.has(p));
      for (const p of fresh) seen.add(p);
      const got = await Promise.all(
        fresh.map((p) => get(base, p, acceptEncoding, agent, opts.localAddress)),
      );
      const next: string[] = [];
      for (const f of got) {
        files.push(strip(f));
        if (f.status !== 200) throw new Error(`${f.path}: HTTP ${f.status}`);
        if (f.path.endsWith('.js')) {
          next.push(...staticImports(f.text, f.path));
          if (opts.room) next.push(...lazyChunkFiles(f.text, 'room'));
        }
      }
      if (next.length) await fetchAll(next);
    };
    await fetchAll(htmlAssets(page.text));
  } finally {
    agent.destroy();
  }
  return { files, bytes: files.reduce((n, f) => n + f.bodyBytes + f.headerBytes, 0) };
}

function strip(f: FetchedFile & { text: string }): FetchedFile {
  const { text: _text, ...rest } = f;
  return rest;
}
