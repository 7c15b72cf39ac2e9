// Serves the built renderer: files only from the bundle folder, no listing, no traversal,
// and the single-page app's index.html for the app's own routes.
//
// On the air: the build writes a brotli and a gzip copy beside every text file
// (build/precompress-renderer.mjs); a request gets the smallest copy its Accept-Encoding allows
// (browsers offer br only over https, so a phone on the LAN gets gzip), with
// `Vary: Accept-Encoding`. Nothing is compressed while serving. Hashed assets (/assets/) are
// cached for a year as immutable; everything else (index.html, the favicon) is revalidated with
// its ETag and answered 304 when unchanged.
import { createReadStream, promises as fs, type Stats } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { pipeline } from 'node:stream';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
};

/** Paths the SPA routes itself; anything else that is not a file is a 404. */
const APP_ROUTES = /^\/(|console(\/.*)?|join(\/.*)?|probe|projector(\/.*)?|print(\/.*)?)$/;

/** The copies the build writes, best first, with the file suffix of each. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;
export type ContentEncoding = (typeof ENCODINGS)[number]['name'];

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/**
 * The encodings an Accept-Encoding header allows, best first (RFC 9110 §12.5.3): a coding is
 * acceptable when it is listed with q > 0, or when `*` is (q > 0) and it is not listed. An absent
 * or empty header, and codings we do not know, allow only the plain file.
 */
export function acceptedEncodings(header: string | string[] | undefined): ContentEncoding[] {
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  const q = new Map<string, number>();
  for (const part of text.split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    if (!token) continue;
    let weight = 1;
    for (const p of params) {
      const [key, value] = p.split('=').map((s) => s.trim());
      // A q that is not a qvalue (0 to 1, three decimals at most) makes the coding unacceptable.
      if (key === 'q')
        weight = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(value ?? '') ? Number(value) : 0;
    }
    // x-gzip is gzip (RFC 9110 §8.4.1.3); the first mention of a coding counts.
    const name = token === 'x-gzip' ? 'gzip' : token;
    if (!q.has(name)) q.set(name, weight);
  }
  const star = q.get('*');
  return ENCODINGS.map((e) => e.name).filter((name) => {
    const weight = q.get(name) ?? (q.has(name) ? 0 : star);
    return weight !== undefined && weight > 0;
  });
}

/** `"<size>-<mtime>[-<coding>]"`: changes whenever the file is rebuilt, and differs per coding. */
function etagOf(stat: Stats, encoding: ContentEncoding | null): string {
  const base = `${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}`;
  return `"${encoding ? `${base}-${encoding}` : base}"`;
}

/** Whether an If-None-Match header matches `etag` (weak comparison, as RFC 9110 §13.1.2 asks). */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}

async function fileStat(file: string): Promise<Stats | null> {
  try {
    const stat = await fs.stat(file);
    return stat.isFile() ? stat : null;
  } catch {
    return null;
  }
}

export interface StaticOptions {
  /** False serves every file plain, ignoring the compressed copies (the bench's anchor). */
  compressed?: boolean;
}

export function createStaticHandler(root: string, options: StaticOptions = {}) {
  const rootWithSep = root.endsWith(sep) ? root : root + sep;
  const compressed = options.compressed ?? true;

  /** The copy to send: the best accepted encoding whose copy exists and is not older than the
   * file (a stale copy from an earlier build is never sent). */
  async function pick(req: IncomingMessage, file: string, stat: Stats) {
    if (compressed)
      for (const name of acceptedEncodings(req.headers['accept-encoding'])) {
        const suffix = ENCODINGS.find((e) => e.name === name)!.suffix;
        const copy = await fileStat(file + suffix);
        if (copy && copy.mtimeMs >= stat.mtimeMs)
          return { path: file + suffix, stat: copy, encoding: name as ContentEncoding | null };
      }
    return { path: file, stat, encoding: null };
  }

  async function sendFile(
    req: IncomingMessage,
    res: ServerResponse,
    file: string,
    immutable: boolean,
  ): Promise<boolean> {
    const stat = await fileStat(file);
    if (!stat) return false;
    const chosen = await pick(req, file, stat);
    const etag = etagOf(stat, chosen.encoding);
    const headers: Record<string, string | number> = {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': immutable ? IMMUTABLE : REVALIDATE,
      ETag: etag,
      // Caches must keep the copies apart even where this request got the plain file.
      Vary: 'Accept-Encoding',
    };
    if (chosen.encoding) headers['Content-Encoding'] = chosen.encoding;
    if (matches(req.headers['if-none-match'], etag)) {
      res.writeHead(304, headers).end();
      return true;
    }
    headers['Content-Length'] = chosen.stat.size;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    // pipeline, not pipe: a phone that drops off mid-download closes the file too (pipe left it
    // open, paused, for good: a descriptor per cut download).
    else pipeline(createReadStream(chosen.path), res, () => {});
    return true;
  }

  return async function serveStatic(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://host.invalid').pathname);
    } catch {
      res.writeHead(400).end('Bad path');
      return;
    }
    if (pathname.includes('\0')) {
      res.writeHead(400).end('Bad path');
      return;
    }
    const file = normalize(join(root, pathname));
    // The compressed copies are not files of the site: /x.js.gz is a 404, like any other miss.
    const isCopy = ENCODINGS.some((e) => pathname.endsWith(e.suffix));
    if (file.startsWith(rootWithSep) && pathname !== '/' && !pathname.endsWith('/') && !isCopy) {
      if (await sendFile(req, res, file, pathname.startsWith('/assets/'))) return;
    }
    if (APP_ROUTES.test(pathname)) {
      if (await sendFile(req, res, join(root, 'index.html'), false)) return;
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('The app is not built yet: run `npm run build`.');
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  };
}
