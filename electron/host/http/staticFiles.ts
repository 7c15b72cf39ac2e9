// Serves the built renderer: files only from the bundle folder, no listing, no traversal,
// and the single-page app's index.html for the app's own routes.
import { createReadStream, promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

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

export function createStaticHandler(root: string) {
  const rootWithSep = root.endsWith(sep) ? root : root + sep;

  async function sendFile(res: ServerResponse, file: string, cache: boolean): Promise<boolean> {
    try {
      const stat = await fs.stat(file);
      if (!stat.isFile()) return false;
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': stat.size,
        'Cache-Control': cache ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      createReadStream(file).pipe(res);
      return true;
    } catch {
      return false;
    }
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
    if (file.startsWith(rootWithSep) && pathname !== '/' && !pathname.endsWith('/')) {
      if (await sendFile(res, file, pathname.startsWith('/assets/'))) return;
    }
    if (APP_ROUTES.test(pathname)) {
      if (await sendFile(res, join(root, 'index.html'), false)) return;
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('The app is not built yet: run `npm run build`.');
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  };
}
