// Where each participant joined from: the device addresses the roster's "one admitted participant
// per device address" rule reads. Host-only state, never in the session's doc (every attendee
// holds a full replica of it, so an address there is readable by anyone with devtools): the host
// keeps a DeviceBook in memory beside its replica and seals it in the session's folder
// (electron/host/hub/deviceVault.ts), and the console reads it through the HostApi.
/** A participant keeps the addresses of their last few devices (a phone and a laptop, a
 * reconnect from another network); older ones are forgotten. */
export const ADDRESSES_PER_PARTICIPANT = 4;

export type DeviceEntries = [participantId: string, addresses: string[]][];

export class DeviceBook {
  private readonly byParticipant = new Map<string, string[]>();
  /** Called after an address was added (the host saves the book). */
  onChange: (() => void) | null = null;

  /** The participant's addresses, most recent last. */
  addressesOf(participantId: string): readonly string[] {
    return this.byParticipant.get(participantId) ?? [];
  }

  has(participantId: string, address: string): boolean {
    return this.byParticipant.get(participantId)?.includes(address) ?? false;
  }

  /** Records that the participant connected from `address` (an empty address says nothing). */
  note(participantId: string, address: string): void {
    if (!address) return;
    const known = this.byParticipant.get(participantId);
    if (known?.[known.length - 1] === address) return;
    const next = [...(known ?? []).filter((a) => a !== address), address];
    this.byParticipant.set(participantId, next.slice(-ADDRESSES_PER_PARTICIPANT));
    this.onChange?.();
  }

  entries(): DeviceEntries {
    return [...this.byParticipant].map(([id, a]) => [id, [...a]]);
  }

  /** Takes back what the host kept (before any peer is bound); malformed entries are skipped. */
  restore(entries: unknown): void {
    if (!Array.isArray(entries)) return;
    for (const e of entries) {
      if (!Array.isArray(e) || typeof e[0] !== 'string' || !Array.isArray(e[1])) continue;
      const addresses = (e[1] as unknown[]).filter((a): a is string => typeof a === 'string');
      if (addresses.length > 0)
        this.byParticipant.set(e[0], addresses.slice(-ADDRESSES_PER_PARTICIPANT));
    }
  }
}

/** Is this a device book as the host seals it? */
export function isDeviceEntries(v: unknown): v is DeviceEntries {
  return (
    Array.isArray(v) &&
    v.every(
      (e) =>
        Array.isArray(e) &&
        typeof e[0] === 'string' &&
        Array.isArray(e[1]) &&
        (e[1] as unknown[]).every((a) => typeof a === 'string'),
    )
  );
}
