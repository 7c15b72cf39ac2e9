// The address in the join link and QR codes, and how it follows the network: the likeliest
// address by default (interfaces.ts), or the one the facilitator or the command line chose. The
// interfaces are re-read every few seconds; when the address in use disappears the host moves to
// the best one left and says so, and when a likelier network appears it offers it.
import { networkInterfaces } from 'node:os';
import type {
  AddressChoice,
  VenueAddressInfo,
  VenueNotice,
  VenueStatusInfo,
} from '../../../shared/protocol/venueApi';
import { rankAddresses, type InterfaceMap } from './interfaces';
import { hostWords, type HostWords } from '../../../shared/protocol/hostWords';

type Ranked = Omit<VenueAddressInfo, 'url'>;

export interface VenueAddressOptions {
  read?: () => InterfaceMap;
  platform?: NodeJS.Platform;
  /** --address: this address, which must be one of this machine's. */
  address?: string;
  /** --interface: this interface's IPv4 address, followed when it changes. */
  interfaceName?: string;
  /** A fixed address, never checked against the interfaces (OFFSITE_LAN_IP, tests). */
  fixed?: string;
  now?: () => number;
  log?: (message: string) => void;
}

/** An address the host cannot use; `words` when a person reads it (the console's venue card). */
export class AddressError extends Error {
  constructor(
    message: string,
    readonly words?: HostWords,
  ) {
    super(message);
  }
}

const LOOPBACK_LABEL = hostWords('label.loopback', {}, 'this computer only (no network)');
const LOOPBACK_CAUTION = hostWords(
  'caution.loopback',
  {},
  'This computer has no network: only its own windows can join.',
);
const LOOPBACK: Ranked = {
  address: '127.0.0.1',
  interface: 'lo',
  kind: 'other',
  label: LOOPBACK_LABEL.message,
  caution: LOOPBACK_CAUTION.message,
  labelWords: LOOPBACK_LABEL,
  cautionWords: LOOPBACK_CAUTION,
};
const FIXED_LABEL = hostWords('label.fixed', {}, 'fixed address');

/** An address's label as words (a Ranked made before labelWords existed has only English). */
function labelOf(a: Ranked): HostWords {
  return a.labelWords ?? hostWords('label.other', { name: a.interface }, a.label);
}

export class VenueAddress {
  private readonly read: () => InterfaceMap;
  private readonly platform: NodeJS.Platform;
  private readonly now: () => number;
  private readonly log: (message: string) => void;
  private readonly fixed: string | undefined;
  private listed: Ranked[] = [];
  private inUse: Ranked = LOOPBACK;
  private choice: AddressChoice = 'automatic';
  /** The facilitator's or the command line's pick: an address, or an interface to follow. */
  private pick: { address: string } | { interfaceName: string } | null = null;
  private lastNotice: (Omit<VenueNotice, 'offer'> & { offer: Ranked | null }) | null = null;
  private noticeId = 0;
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly listeners = new Set<(inUse: string) => void>();

  constructor(opts: VenueAddressOptions = {}) {
    this.read = opts.read ?? networkInterfaces;
    this.platform = opts.platform ?? process.platform;
    this.now = opts.now ?? Date.now;
    this.log = opts.log ?? (() => {});
    this.fixed = opts.fixed;
    this.listed = this.readRanked();
    if (opts.address !== undefined) {
      if (!this.listed.some((a) => a.address === opts.address))
        throw new AddressError(
          `No interface of this computer has the address ${opts.address}. ${this.offerText()}`,
        );
      this.pick = { address: opts.address };
      this.choice = 'command line';
    } else if (opts.interfaceName !== undefined) {
      if (!this.listed.some((a) => a.interface === opts.interfaceName))
        throw new AddressError(
          `No interface named ${opts.interfaceName} has an IPv4 address. ${this.offerText()}`,
        );
      this.pick = { interfaceName: opts.interfaceName };
      this.choice = 'command line';
    }
    this.inUse = this.resolve() ?? LOOPBACK;
  }

  /** The address in the links now. */
  address(): string {
    return this.fixed ?? this.inUse.address;
  }

  current(): Ranked {
    return this.fixed
      ? {
          ...LOOPBACK,
          address: this.fixed,
          label: FIXED_LABEL.message,
          labelWords: FIXED_LABEL,
          caution: null,
          cautionWords: null,
        }
      : this.inUse;
  }

  how(): AddressChoice {
    return this.fixed ? 'command line' : this.choice;
  }

  /** Every address, the likeliest first. */
  addresses(): Ranked[] {
    return this.listed;
  }

  /** What the console shows: the address in use, every address, the latest notice. */
  status(port: number): Pick<VenueStatusInfo, 'inUse' | 'choice' | 'addresses' | 'notice'> {
    const withUrl = (a: Ranked): VenueAddressInfo => ({ ...a, url: `http://${a.address}:${port}` });
    const n = this.lastNotice;
    return {
      inUse: withUrl(this.current()),
      choice: this.how(),
      addresses: this.listed.map(withUrl),
      notice: n && { ...n, offer: n.offer && withUrl(n.offer) },
    };
  }

  /** The facilitator picks an address (null: back to the automatic choice). */
  choose(address: string | null): void {
    if (this.fixed) {
      const english = 'This host was started with a fixed address.';
      throw new AddressError(english, hostWords('address.fixed', {}, english));
    }
    this.listed = this.readRanked();
    if (address === null) {
      this.pick = null;
      this.choice = 'automatic';
    } else {
      if (!this.listed.some((a) => a.address === address))
        throw new AddressError(
          `This computer no longer has the address ${address}.`,
          hostWords(
            'address.gone',
            { address },
            `This computer no longer has the address ${address}.`,
          ),
        );
      this.pick = { address };
      this.choice = 'facilitator';
    }
    this.lastNotice = null;
    this.set(this.resolve() ?? LOOPBACK);
  }

  /** Called when the address in use changes (the host's log, tests). */
  onChange(listener: (inUse: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Re-reads the interfaces: follows a vanished address, offers a new better one. */
  poll(): void {
    if (this.fixed) return;
    const before = this.listed;
    this.listed = this.readRanked();
    const stillThere = this.listed.some(
      (a) => a.address === this.inUse.address && a.interface === this.inUse.interface,
    );
    // Automatic stays on its address while it exists (attendees already hold the link); a pick
    // follows its interface.
    const followed = this.pick ? this.resolve() : stillThere ? this.inUse : this.resolve();
    if (!stillThere || (followed && followed.address !== this.inUse.address)) {
      const old = this.inUse;
      const next = followed ?? this.listed[0] ?? LOOPBACK;
      if (!followed && this.pick) {
        this.pick = null;
        this.choice = 'automatic';
      }
      this.set(next);
      this.say(
        hostWords(
          'notice.gone',
          {
            old: old.address,
            oldInterface: old.interface,
            address: next.address,
            label: labelOf(next),
          },
          `The network changed: ${old.address} (${old.interface}) is gone. The QR code and the link now use ${next.address}, ${next.label}.`,
        ),
        null,
      );
      return;
    }
    const best = this.listed[0];
    const isNew = best && !before.some((a) => a.address === best.address);
    if (best && isNew && best.address !== this.inUse.address) {
      this.say(
        hostWords(
          'notice.newNetwork',
          { address: best.address, label: labelOf(best), inUse: this.inUse.address },
          `A new network: ${best.address}, ${best.label}. Attendees on it cannot reach ${this.inUse.address}.`,
        ),
        best,
      );
    }
  }

  /** Polls every `ms` until stop(); the timer does not keep the process alive. */
  start(ms = 3000): void {
    if (this.timer || this.fixed) return;
    this.timer = setInterval(() => this.poll(), ms);
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private resolve(): Ranked | null {
    const pick = this.pick;
    if (pick && 'address' in pick)
      return this.listed.find((a) => a.address === pick.address) ?? null;
    if (pick) return this.listed.find((a) => a.interface === pick.interfaceName) ?? null;
    return this.listed[0] ?? null;
  }

  private set(next: Ranked): void {
    const changed = next.address !== this.inUse.address;
    this.inUse = next;
    if (!changed) return;
    this.log(`attendees' address is now ${next.address} (${next.label})`);
    for (const l of this.listeners) l(next.address);
  }

  private say(words: HostWords, offer: Ranked | null): void {
    const message = words.message;
    this.lastNotice = { id: ++this.noticeId, at: this.now(), message, words, offer };
    this.log(message);
  }

  private readRanked(): Ranked[] {
    try {
      return rankAddresses(this.read(), this.platform);
    } catch {
      return []; // os.networkInterfaces() can throw on some systems mid-change
    }
  }

  private offerText(): string {
    const list = this.listed.map((a) => `${a.address} (${a.label})`).join(', ');
    return list ? `This computer has: ${list}.` : 'This computer has no network address.';
  }
}
