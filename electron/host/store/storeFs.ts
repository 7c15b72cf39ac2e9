// The few file-system operations the store uses, behind an interface so tests can inject faults
// (a full or read-only disk) that running as root would otherwise make impossible to provoke.
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';

export interface StoreFileHandle {
  write(
    buffer: Uint8Array,
    offset: number,
    length: number,
    position?: number | null,
  ): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  truncate(length: number): Promise<void>;
  close(): Promise<void>;
}

export interface StoreFs {
  /** `flags` as for fs.open: 'a' appends, 'w' creates or truncates, 'r' reads. */
  open(file: string, flags: 'a' | 'w' | 'r'): Promise<StoreFileHandle>;
  readFile(file: string): Promise<Uint8Array>;
  readdir(dir: string): Promise<string[]>;
  stat(file: string): Promise<{ size: number; isDirectory(): boolean }>;
  mkdir(dir: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Removes a file or a whole folder; no error when it is already gone. */
  rm(target: string): Promise<void>;
}

/** Sessions are private to the user who runs the host: folders 0700, files 0600 (issue 22). */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

export const nodeStoreFs: StoreFs = {
  // The mode applies only when the file is created; reading ignores it.
  open: (file, flags) => fsp.open(file, flags, PRIVATE_FILE_MODE),
  readFile: (file) => fsp.readFile(file),
  readdir: (dir) => fsp.readdir(dir),
  stat: (file) => fsp.stat(file),
  mkdir: async (dir) => {
    await fsp.mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  },
  rename: (from, to) => fsp.rename(from, to),
  rm: (target) => fsp.rm(target, { recursive: true, force: true }),
};

/** Writes all of `data` (a short write is continued, not silently accepted). */
export async function writeAll(fh: StoreFileHandle, data: Uint8Array): Promise<void> {
  let done = 0;
  while (done < data.length) {
    const { bytesWritten } = await fh.write(data, done, data.length - done, null);
    if (bytesWritten <= 0) throw Object.assign(new Error('No bytes written'), { code: 'EIO' });
    done += bytesWritten;
  }
}

/** Makes a rename or a new file in `dir` durable. Windows cannot open a folder, so there
 * (and on file systems that refuse it) this is best effort: the rename itself is still atomic. */
export async function syncDir(fs: StoreFs, dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  let fh: StoreFileHandle | undefined;
  try {
    fh = await fs.open(dir, 'r');
    await fh.sync();
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM') throw err;
  } finally {
    await fh?.close().catch(() => {});
  }
}

let tmpCounter = 0;

/** Replaces `file` with `data` so that a crash leaves either the old or the new content:
 * write a temp file, fsync it, rename it over, fsync the folder. */
export async function writeFileAtomic(fs: StoreFs, file: string, data: Uint8Array): Promise<void> {
  const tmp = `${file}.${process.pid}-${++tmpCounter}.tmp`;
  try {
    const fh = await fs.open(tmp, 'w');
    try {
      await writeAll(fh, data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp).catch(() => {});
    throw err;
  }
  await syncDir(fs, path.dirname(file));
}

export async function exists(fs: StoreFs, file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return false;
    throw err;
  }
}
