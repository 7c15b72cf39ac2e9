// The check every doc projection of the renderer passes: across a room written through the
// commands (storeTestKit.ts), it re-reads exactly when a type the schema registry says it watches
// changed, keeps its object otherwise, and is never stale (equals a fresh page's read).
import { expect } from 'vitest';
import type * as Y from 'yjs';
import { namesWatchedBy } from '#shared/model/schema';
import type { Projection as Watcher } from '#shared/model/typeSpec';
import type { StoreApi } from 'zustand';
import { STEPS, replicaOf, sessionDoc, settle, touchedBy } from './storeTestKit';

export async function checkProjection<T>(
  projection: Watcher,
  storeOf: (doc: Y.Doc) => StoreApi<T>,
  /** Whether the projection may keep its object on a re-read that finds nothing new. */
  keepsEqual = false,
): Promise<{ reread: string[]; skipped: string[] }> {
  const watched = new Set(namesWatchedBy(projection));
  const doc = sessionDoc();
  const p = storeOf(doc);
  const reread: string[] = [];
  const skipped: string[] = [];
  for (const step of STEPS) {
    const before = p.getState();
    const touched = touchedBy(doc, () => step.run(doc));
    await settle();
    const after = p.getState();
    if ([...touched].some((n) => watched.has(n))) {
      reread.push(step.what);
      if (!keepsEqual) expect(after, `${step.what} re-reads`).not.toBe(before);
    } else {
      skipped.push(step.what);
      expect(after, `${step.what} touches only ${[...touched]}: no re-read`).toBe(before);
    }
    expect(after, `after "${step.what}" the projection is up to date`).toEqual(
      storeOf(replicaOf(doc)).getState(),
    );
  }
  return { reread, skipped };
}
