// The bundle over the air (issue 23): the real host serves the build's brotli and gzip copies by
// Accept-Encoding with Vary, plain for anything else; hashed assets are immutable, the rest is
// revalidated by ETag (304). The copies are made by the build's own step (precompress()).
import { beforeEach, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { readdirSync, readFileSync, readlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { useHost } from '#kit/useHost';
import { startTestHost } from '#kit/host';
import { precompress } from '../../../../../build/precompress-renderer.mjs';

const SCRIPT = 'export const offsite = "a sticky note on a wall";\n'.repeat(400);
const INDEX = `<!doctype html><title>Offsite</title>${'<!-- the join page -->'.repeat(40)}`;
const used = useHost({ files: { 'assets/app-Abc123.js': SCRIPT, 'index.html': INDEX } });

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One GET (or HEAD) with exactly these headers: fetch would add its own Accept-Encoding. */
function get(
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
  base = used.host.localUrl,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

const asset = '/assets/app-Abc123.js';

beforeEach(async () => {
  await precompress(used.host.rendererDir);
});

describe('encoding by Accept-Encoding', () => {
  it('gives a browser over plain http (gzip, deflate) the gzip copy', async () => {
    const r = await get(asset, { 'Accept-Encoding': 'gzip, deflate' });
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(r.headers.vary).toBe('Accept-Encoding');
    expect(Number(r.headers['content-length'])).toBe(r.body.length);
    expect(r.body.length).toBeLessThan(SCRIPT.length / 10);
    expect(gunzipSync(r.body).toString()).toBe(SCRIPT);
    expect(r.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('prefers brotli when it is offered, and honours q-values and *', async () => {
    const br = await get(asset, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT);
    const cases: [string, string | undefined][] = [
      ['br;q=0, gzip', 'gzip'],
      ['gzip;q=0.5, br;q=0.1', 'br'],
      ['*', 'br'],
      ['br;q=0, *', 'gzip'],
      ['*;q=0, gzip;q=1', 'gzip'],
      ['x-gzip', 'gzip'],
      ['GZIP', 'gzip'],
    ];
    for (const [header, expected] of cases)
      expect(
        (await get(asset, { 'Accept-Encoding': header })).headers['content-encoding'],
        header,
      ).toBe(expected);
  });

  it('gives the plain file to an unknown coding, identity, q=0 or no header at all', async () => {
    const headers: Record<string, string>[] = [
      {},
      { 'Accept-Encoding': '' },
      { 'Accept-Encoding': 'identity' },
      { 'Accept-Encoding': 'compress, zstd, snappy' },
      { 'Accept-Encoding': 'gzip;q=0' },
      { 'Accept-Encoding': 'gzip;q=0, br;q=0.000' },
      { 'Accept-Encoding': '*;q=0' },
      { 'Accept-Encoding': 'gzip;q=banana' },
      { 'Accept-Encoding': ';;,,;q=1' },
    ];
    for (const h of headers) {
      const r = await get(asset, h);
      const label = JSON.stringify(h);
      expect(r.status, label).toBe(200);
      expect(r.headers['content-encoding'], label).toBeUndefined();
      expect(r.headers.vary, label).toBe('Accept-Encoding');
      expect(r.body.toString(), label).toBe(SCRIPT);
    }
  });

  it('serves the app routes index.html compressed too, and never a copy by its own name', async () => {
    const r = await get('/join', { 'Accept-Encoding': 'gzip' });
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(r.body).toString()).toBe(INDEX);
    expect((await get(`${asset}.gz`)).status).toBe(404);
    expect((await get(`${asset}.br`)).status).toBe(404);
    expect((await get('/index.html.gz')).status).toBe(404);
  });

  it('never sends a copy older than its file (a rebuild without the compress step)', async () => {
    const file = join(used.host.rendererDir, 'assets/app-Abc123.js');
    const changed = SCRIPT.replace('sticky', 'STICKY');
    writeFileSync(file, changed);
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
    const r = await get(asset, { 'Accept-Encoding': 'gzip, br' });
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.body.toString()).toBe(changed);
  });

  it('answers HEAD with the headers of the copy and no body', async () => {
    const r = await get(asset, { 'Accept-Encoding': 'gzip' }, 'HEAD');
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('gzip');
    const gz = readFileSync(join(used.host.rendererDir, 'assets/app-Abc123.js.gz'));
    expect(Number(r.headers['content-length'])).toBe(gz.length);
    expect(r.body.length).toBe(0);
  });

  it('serves everything plain when the host runs with compression off', async () => {
    const plain = await startTestHost({ rendererDir: used.host.rendererDir, compression: false });
    try {
      const r = await get(asset, { 'Accept-Encoding': 'gzip, br' }, 'GET', plain.localUrl);
      expect(r.headers['content-encoding']).toBeUndefined();
      expect(r.body.toString()).toBe(SCRIPT);
    } finally {
      await plain.close();
    }
  });
});

describe('caching', () => {
  it('caches hashed assets for a year as immutable', async () => {
    const r = await get(asset, { 'Accept-Encoding': 'gzip' });
    expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('revalidates index.html by ETag: 304 without a body while it is unchanged', async () => {
    const first = await get('/join', { 'Accept-Encoding': 'gzip, deflate' });
    expect(first.headers['cache-control']).toBe('no-cache');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^".+"$/);
    const again = await get('/join', { 'Accept-Encoding': 'gzip, deflate', 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    expect(again.headers.vary).toBe('Accept-Encoding');
    expect(again.headers['content-encoding']).toBe('gzip');
    // Weak form and lists match; another copy's tag does not (the plain file's tag differs).
    expect(
      (await get('/', { 'Accept-Encoding': 'gzip', 'If-None-Match': `"x", W/${etag}` })).status,
    ).toBe(304);
    const plain = await get('/', { 'If-None-Match': etag });
    expect(plain.status).toBe(200);
    expect(plain.body.toString()).toBe(INDEX);
    expect(plain.headers.etag).not.toBe(etag);
  });

  it('sends the new index.html after a rebuild (a new ETag)', async () => {
    const first = await get('/', { 'Accept-Encoding': 'gzip' });
    const etag = first.headers.etag as string;
    const file = join(used.host.rendererDir, 'index.html');
    writeFileSync(file, `${INDEX}<!-- rebuilt, one byte more -->`);
    await precompress(used.host.rendererDir);
    const r = await get('/', { 'Accept-Encoding': 'gzip', 'If-None-Match': etag });
    expect(r.status).toBe(200);
    expect(r.headers.etag).not.toBe(etag);
    expect(gunzipSync(r.body).toString()).toContain('rebuilt');
  });
});

describe('downloads cut short', () => {
  it('closes the file when a phone drops off mid-download (no descriptor left open)', async () => {
    // A big file that no compression shrinks, far past what the sockets' buffers take at once.
    const big = join(used.host.rendererDir, 'assets/big-Def456.bin');
    writeFileSync(big, randomBytes(16 * 2 ** 20));
    const openOnBig = () =>
      readdirSync('/proc/self/fd').filter((fd) => {
        try {
          return readlinkSync(`/proc/self/fd/${fd}`) === big;
        } catch {
          return false; // closed while listed
        }
      }).length;
    expect(openOnBig()).toBe(0);
    // Ten phones start the download, read the headers, and drop off.
    await Promise.all(
      Array.from(
        { length: 10 },
        () =>
          new Promise<void>((resolve, reject) => {
            const req = request(`${used.host.localUrl}/assets/big-Def456.bin`, (res) => {
              expect(res.statusCode).toBe(200);
              res.once('data', () => {
                req.destroy();
                resolve();
              });
            });
            req.on('error', (err) => (req.destroyed ? undefined : reject(err)));
            req.end();
          }),
      ),
    );
    await expect.poll(openOnBig, { timeout: 5000 }).toBe(0);
  });
});
