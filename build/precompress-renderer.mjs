// After `vite build`: writes a brotli (.br) and a gzip (.gz) copy beside every text file of the
// built renderer, so the host sends them as they are (electron/host/http/staticFiles.ts picks one
// by the request's Accept-Encoding) and never compresses a static file while serving it. A copy
// that would not be smaller is not written. Source maps are left alone (no phone fetches them).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, extname } from 'node:path';
import { brotliCompress, gzip, constants } from 'node:zlib';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.css',
  '.svg',
  '.json',
  '.ico',
  '.txt',
  '.webmanifest',
]);
const br = promisify(brotliCompress);
const gz = promisify(gzip);

/** Compresses every compressible file under `dir`; returns one row per file (bytes of each). */
export async function precompress(dir) {
  const rows = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !COMPRESSIBLE.has(extname(entry.name))) continue;
    const file = join(entry.parentPath, entry.name);
    const raw = await readFile(file);
    const [brotli, gzipped] = await Promise.all([
      br(raw, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        },
      }),
      gz(raw, { level: constants.Z_BEST_COMPRESSION }),
    ]);
    if (brotli.length < raw.length) await writeFile(`${file}.br`, brotli);
    if (gzipped.length < raw.length) await writeFile(`${file}.gz`, gzipped);
    rows.push({
      file: file.slice(dir.length + 1),
      raw: raw.length,
      gzip: gzipped.length,
      br: brotli.length,
    });
  }
  return rows.sort((a, b) => b.raw - a.raw);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist/renderer';
  const rows = await precompress(dir);
  if (process.argv.includes('--report'))
    for (const r of rows) console.log(`${r.file}\traw ${r.raw}\tgzip ${r.gzip}\tbr ${r.br}`);
}
