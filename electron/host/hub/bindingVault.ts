// The hub's anonymous bindings (which participant each one-off client id and vote pseudonym
// belongs to), kept across host restarts so that after one, an anonymous author can still change
// their answer, upvote or note and nobody else can take it over. Sealed in the session's own
// folder (`anonymous.bin`, sealedFiles.ts), never in the doc.
import type { AnonymousBindings } from '../../../shared/model/authority/hubAuthority';
import type { StoreFs } from '../store/storeFs';
import {
  sealedFolder,
  sealJson,
  unsealJson,
  type SealedKind,
  type SealedStore,
} from './sealedFiles';

const INFO = 'offsite/anonymous-bindings';

export type BindingVault = SealedStore<AnonymousBindings>;

const pairs = (v: unknown, first: 'number' | 'string') =>
  Array.isArray(v) &&
  v.every((p) => Array.isArray(p) && typeof p[0] === first && typeof p[1] === 'string');

const ANONYMOUS: SealedKind<AnonymousBindings> = {
  file: 'anonymous.bin',
  info: INFO,
  valid: (v): v is AnonymousBindings =>
    typeof v === 'object' &&
    v !== null &&
    pairs((v as AnonymousBindings).clients, 'number') &&
    pairs((v as AnonymousBindings).pseudonyms, 'string'),
  unreadable:
    'anonymous bindings could not be read (another facilitator key?); ' +
    'anonymous entries written before stay as they are, changeable by nobody',
};

export const seal = (facilitatorKey: string, sessionId: string, b: AnonymousBindings) =>
  sealJson(facilitatorKey, sessionId, INFO, b);

/** The bindings sealed in `bytes`; null when they are not this key's or not well formed. */
export function unseal(
  facilitatorKey: string,
  sessionId: string,
  bytes: Uint8Array,
): AnonymousBindings | null {
  const v = unsealJson(facilitatorKey, sessionId, INFO, bytes);
  return ANONYMOUS.valid(v) ? v : null;
}

/** A vault in each session's folder of the data folder. */
export const folderVault = (
  fs: StoreFs,
  dataDir: string,
  facilitatorKey: string,
  log: (message: string) => void,
): BindingVault => sealedFolder(fs, dataDir, facilitatorKey, ANONYMOUS, log);
