// The host's registry of sessions: metadata and join codes, backed by a SessionIndex (in memory
// for now; the durable library plugs in behind the same interface) and by the hub's replicas.
import { initSession } from '../../shared/model/sessionCommands';
import { normalizeJoinCode, randomId, randomJoinCode } from '../../shared/model/ids';
import type { Hub, Replica } from './hub';

export interface SessionRecord {
  id: string;
  title: string;
  createdAt: number;
  lastOpenedAt: number;
  joinCode: string;
  template?: string;
}

/** Where session metadata lives; the durable library implements this too. */
export interface SessionIndex {
  list(): SessionRecord[];
  get(id: string): SessionRecord | undefined;
  put(record: SessionRecord): void;
}

export class MemorySessionIndex implements SessionIndex {
  private readonly records = new Map<string, SessionRecord>();
  list(): SessionRecord[] {
    return [...this.records.values()];
  }
  get(id: string): SessionRecord | undefined {
    return this.records.get(id);
  }
  put(record: SessionRecord): void {
    this.records.set(record.id, { ...record });
  }
}

export const HOST_ORIGIN = 'host';

export class SessionRegistry {
  constructor(
    private readonly hub: Hub,
    private readonly index: SessionIndex,
    private readonly now: () => number = Date.now,
  ) {}

  async create(args: { title: string; template?: string }): Promise<SessionRecord> {
    const record: SessionRecord = {
      id: randomId(),
      title: args.title.trim(),
      createdAt: this.now(),
      lastOpenedAt: this.now(),
      joinCode: randomJoinCode(),
      template: args.template,
    };
    const replica = await this.hub.open(record.id);
    initSession(replica.doc, { title: record.title, now: record.createdAt }, HOST_ORIGIN);
    this.index.put(record);
    return record;
  }

  list(): SessionRecord[] {
    return this.index.list().sort((a, b) => b.lastOpenedAt - a.lastOpenedAt);
  }

  get(id: string): SessionRecord | undefined {
    return this.index.get(id);
  }

  byJoinCode(code: string): SessionRecord | undefined {
    const normalized = normalizeJoinCode(code);
    if (!normalized) return undefined;
    return this.index.list().find((r) => r.joinCode === normalized);
  }

  async open(id: string): Promise<Replica | undefined> {
    const record = this.index.get(id);
    if (!record) return undefined;
    this.index.put({ ...record, lastOpenedAt: this.now() });
    return this.hub.open(id);
  }
}
