// A StoreFs that keeps every file in memory: the library of a host started without a data
// folder (`offsite-host` without --data, unit tests), so there is one library code path and
// "memory only" is just a file system that forgets everything when the process ends.
import * as path from 'node:path';
import type { StoreFileHandle, StoreFs } from './storeFs';

function fsError(code: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${file}`), { code });
}

export function memoryStoreFs(): StoreFs {
  const files = new Map<string, Uint8Array>();
  const dirs = new Set<string>(['/']);
  const norm = (p: string) => path.resolve(p);
  const parentExists = (p: string) => dirs.has(path.dirname(p));
  const children = (dir: string) =>
    [...files.keys(), ...dirs].filter((p) => p !== dir && path.dirname(p) === dir);

  const fs: StoreFs = {
    async open(file, flags) {
      const p = norm(file);
      if (dirs.has(p)) {
        if (flags !== 'r') throw fsError('EISDIR', p);
      } else if (flags === 'r') {
        if (!files.has(p)) throw fsError('ENOENT', p);
      } else {
        if (!parentExists(p)) throw fsError('ENOENT', p);
        if (flags === 'w' || !files.has(p)) files.set(p, new Uint8Array(0));
      }
      const handle: StoreFileHandle = {
        async write(buffer, offset, length, position) {
          const current = files.get(p);
          if (current === undefined) throw fsError('ENOENT', p);
          const chunk = buffer.subarray(offset, offset + length);
          const at = flags === 'a' || position == null ? current.length : position;
          const next = new Uint8Array(Math.max(current.length, at + chunk.length));
          next.set(current, 0);
          next.set(chunk, at);
          files.set(p, next);
          return { bytesWritten: chunk.length };
        },
        async sync() {},
        async truncate(length) {
          const current = files.get(p);
          if (current === undefined) throw fsError('ENOENT', p);
          const next = new Uint8Array(length);
          next.set(current.subarray(0, Math.min(length, current.length)), 0);
          files.set(p, next);
        },
        async close() {},
      };
      return handle;
    },
    async readFile(file) {
      const p = norm(file);
      if (dirs.has(p)) throw fsError('EISDIR', p);
      const data = files.get(p);
      if (data === undefined) throw fsError('ENOENT', p);
      return data.slice();
    },
    async readdir(dir) {
      const p = norm(dir);
      if (!dirs.has(p)) throw fsError('ENOENT', p);
      return children(p).map((c) => path.basename(c));
    },
    async stat(file) {
      const p = norm(file);
      if (dirs.has(p)) return { size: 0, isDirectory: () => true };
      const data = files.get(p);
      if (data === undefined) throw fsError('ENOENT', p);
      return { size: data.length, isDirectory: () => false };
    },
    async mkdir(dir) {
      let p = norm(dir);
      while (!dirs.has(p)) {
        if (files.has(p)) throw fsError('EEXIST', p);
        dirs.add(p);
        p = path.dirname(p);
      }
    },
    async rename(from, to) {
      const a = norm(from);
      const b = norm(to);
      if (!parentExists(b)) throw fsError('ENOENT', b);
      if (files.has(a)) {
        files.set(b, files.get(a)!);
        files.delete(a);
        return;
      }
      if (!dirs.has(a)) throw fsError('ENOENT', a);
      const move = (p: string) => b + p.slice(a.length);
      for (const f of [...files.keys()])
        if (f.startsWith(a + path.sep)) {
          files.set(move(f), files.get(f)!);
          files.delete(f);
        }
      for (const d of [...dirs])
        if (d === a || d.startsWith(a + path.sep)) {
          dirs.delete(d);
          dirs.add(move(d));
        }
    },
    async rm(target) {
      const p = norm(target);
      files.delete(p);
      for (const f of [...files.keys()]) if (f.startsWith(p + path.sep)) files.delete(f);
      for (const d of [...dirs]) if (d === p || d.startsWith(p + path.sep)) dirs.delete(d);
    },
  };
  return fs;
}
