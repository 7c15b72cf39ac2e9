// The folder layout of the library: <dataDir>/<32-hex session id>/{meta.json, snapshot.bin,
// updates.log}. New sessions are assembled in a hidden folder and renamed into place, so a
// failed create or import leaves nothing behind that list() would show.
import * as path from 'node:path';
import { randomId } from '../../../shared/model/ids';
import { encodeLogHeader } from './logFormat';
import { writeMetaFile, SESSION_ID_PATTERN } from './sessionMeta';
import type { StoredSessionMeta } from './sessionMeta';
import { writeSnapshot } from './snapshot';
import { StoreError } from './storeErrors';
import { exists, syncDir, writeFileAtomic } from './storeFs';
import type { StoreFs } from './storeFs';

export const META_FILE = 'meta.json';
export const SNAPSHOT_FILE = 'snapshot.bin';
export const LOG_FILE = 'updates.log';

/** Session ids found in the data folder (hidden work folders and stray files are ignored). */
export async function listSessionIds(fs: StoreFs, dataDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(dataDir);
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return [];
    throw err;
  }
  const ids: string[] = [];
  for (const name of names) {
    if (!SESSION_ID_PATTERN.test(name)) continue;
    if ((await fs.stat(path.join(dataDir, name)).catch(() => null))?.isDirectory()) ids.push(name);
  }
  return ids;
}

/** Bytes on disk of every file in a session folder. */
export async function folderSize(fs: StoreFs, dir: string): Promise<number> {
  let total = 0;
  for (const name of await fs.readdir(dir).catch(() => [] as string[]))
    total += (await fs.stat(path.join(dir, name)).catch(() => null))?.size ?? 0;
  return total;
}

/** Writes a complete session folder under a hidden name, then renames it into place. */
export async function createSessionFolder(
  fs: StoreFs,
  dataDir: string,
  meta: StoredSessionMeta,
  state?: Uint8Array,
): Promise<void> {
  const target = path.join(dataDir, meta.id);
  await fs.mkdir(dataDir);
  if (await exists(fs, target))
    throw new StoreError(`A session with id ${meta.id} already exists.`, 'invalid-id');
  const work = path.join(dataDir, `.new-${randomId(8)}`);
  try {
    await fs.mkdir(work);
    await writeMetaFile(fs, path.join(work, META_FILE), meta);
    if (state) await writeSnapshot(fs, path.join(work, SNAPSHOT_FILE), state);
    await writeFileAtomic(fs, path.join(work, LOG_FILE), encodeLogHeader());
    await fs.rename(work, target);
  } catch (err) {
    await fs.rm(work).catch(() => {});
    throw err;
  }
  await syncDir(fs, dataDir);
}

/** Removes a session folder: first renamed out of sight (atomic), then deleted. */
export async function removeSessionFolder(fs: StoreFs, dataDir: string, id: string): Promise<void> {
  const gone = path.join(dataDir, `.deleted-${id}-${randomId(4)}`);
  await fs.rename(path.join(dataDir, id), gone);
  await syncDir(fs, dataDir);
  await fs.rm(gone);
}

/** Clears work folders a crash may have left behind (they never hold the only copy of anything). */
export async function sweepWorkFolders(fs: StoreFs, dataDir: string): Promise<void> {
  const names = await fs.readdir(dataDir).catch(() => [] as string[]);
  for (const name of names)
    if (name.startsWith('.new-') || name.startsWith('.deleted-'))
      await fs.rm(path.join(dataDir, name)).catch(() => {});
}
