// meta.json: what the library knows about a session without opening its document.
import { z } from 'zod';
import { StoreError } from './storeErrors';
import { writeFileAtomic } from './storeFs';
import type { StoreFs } from './storeFs';

export const SESSION_ID_PATTERN = /^[0-9a-f]{32}$/;

export const storedSessionMetaSchema = z.object({
  id: z.string().regex(SESSION_ID_PATTERN),
  title: z.string(),
  createdAt: z.number(),
  lastOpenedAt: z.number(),
  joinCode: z.string(),
  facilitatorName: z.string().optional(),
  schemaVersion: z.number().int().nonnegative(),
  /** The session's place in its series (issue 25), as the host wrote it into the document's
   * meta.series: kept here so the library groups a series without opening its documents. */
  series: z
    .object({ id: z.string().min(1).max(64), number: z.number().int().positive() })
    .optional(),
});

export type StoredSessionMeta = z.infer<typeof storedSessionMetaSchema>;

export function assertSessionId(id: string): void {
  if (!SESSION_ID_PATTERN.test(id))
    throw new StoreError(`"${id.slice(0, 40)}" is not a session id.`, 'invalid-id');
}

export async function readMetaFile(fs: StoreFs, file: string): Promise<StoredSessionMeta> {
  const bytes = await fs.readFile(file);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new StoreError(`${file} is not valid JSON.`, 'damaged-file');
  }
  const parsed = storedSessionMetaSchema.safeParse(json);
  if (!parsed.success) throw new StoreError(`${file} is incomplete or damaged.`, 'damaged-file');
  return parsed.data;
}

export function writeMetaFile(fs: StoreFs, file: string, meta: StoredSessionMeta): Promise<void> {
  const clean = storedSessionMetaSchema.parse(meta);
  return writeFileAtomic(fs, file, new TextEncoder().encode(JSON.stringify(clean, null, 2) + '\n'));
}
