// The shape of a session's Y.Doc: one top-level type per concern. Facilitator-only state
// (agenda order, timer, phases, reveal) lives in its own maps so it can be guarded.
import type * as Y from 'yjs';

export const SCHEMA_VERSION = 4;

export type Role = 'facilitator' | 'attendee' | 'projector';

export interface SessionDoc {
  doc: Y.Doc;
  /** title, createdAt, schemaVersion, template, facilitatorName */
  meta: Y.Map<unknown>;
  /** participantId -> Y.Map { id, name, joinedAt } */
  participants: Y.Map<Y.Map<unknown>>;
}

export function sessionDoc(doc: Y.Doc): SessionDoc {
  return {
    doc,
    meta: doc.getMap('meta'),
    participants: doc.getMap('participants'),
  };
}

/** Runs `fn` as one transaction with the given origin; every command goes through here. */
export function transact<T>(doc: Y.Doc, origin: unknown, fn: () => T): T {
  let result!: T;
  doc.transact(() => {
    result = fn();
  }, origin);
  return result;
}
