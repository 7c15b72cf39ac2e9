// TEST-ONLY fault injection for the headless host: `OFFSITE_FAULT=enospc` (or `erofs`) makes every
// write of the data folder fail as on a full (or read-only) disk, so e2e tests can check the
// console's storage warning. Reads still work, so the library and its sessions open as usual.
import type { StoreFs } from './storeFs';

const FAULTS: Record<string, string> = { enospc: 'ENOSPC', erofs: 'EROFS' };

/** The errno code for an OFFSITE_FAULT value, or null when it names no fault. */
export function faultCode(value: string | undefined): string | null {
  return value ? (FAULTS[value.toLowerCase()] ?? null) : null;
}

export function faultInjectingFs(base: StoreFs, code: string): StoreFs {
  const fail = (what: string): never => {
    throw Object.assign(new Error(`${code}: injected fault (${what})`), { code });
  };
  return {
    ...base,
    open: async (file, flags) => {
      if (flags !== 'r') fail(file);
      return base.open(file, flags);
    },
    mkdir: async (dir) => fail(dir),
    rename: async (from) => fail(from),
    rm: async (target) => fail(target),
  };
}
