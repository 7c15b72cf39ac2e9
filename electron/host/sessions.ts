// The host's registry of sessions: the session library (a SessionIndex: the durable SessionStore,
// or the same store over an in-memory file system) plus the hub's replicas. Join codes and titles
// are cached here so the hub and signaling can authorize peers synchronously.
import { initSession, renameSession } from '../../shared/model/session/commands';
import { writeSeriesLink } from '../../shared/model/series/commands';
import { normalizeJoinCode } from '../../shared/model/ids';
import { importedTitle } from '../../shared/model/session/libraryNames';
import { agendaDrafts } from '../../shared/model/agenda/read';
import { replaceAgenda } from '../../shared/model/agenda/commands';
import { ValidationError } from '../../shared/model/limits';
import type * as Y from 'yjs';
import {
  applyAgendaTemplate,
  findTemplate,
  templateIn,
  type Template,
} from '../../shared/templates';
import type { Language } from '../../shared/i18n/languages';
import { exportFileName, isoDate } from '../../shared/export/fileName';
import {
  HostApiError,
  refusalOf,
  type RosterChange,
  type RosterDevices,
} from '../../shared/protocol/hostApi';
import {
  setAdmissionMode,
  setRosterState,
  takeBackVotes,
} from '../../shared/model/roster/commands';
import type { AdmissionMode } from '../../shared/model/roster/read';
import type { StoredSessionMeta } from './store/sessionMeta';
import { isSeriesFile } from './store/offsiteSeries';
import type { SessionSummary } from './store/sessionStore';
import { StoreError, type StoreWarning } from './store/storeErrors';
import type { StoreHealth } from './store/storeHealth';
import type { Hub } from './hub/hub';
import type { Replica } from './hub/replica';
import { HOST_ORIGIN } from '../../shared/model/origins';
import { SeriesLibrary } from './seriesLibrary';
import { noSuchParticipant, noSuchSession, noSuchTemplate } from './hostRefusals';
import { hostWords, type HostWords } from '../../shared/protocol/hostWords';

export type SessionRecord = StoredSessionMeta;

/** The one seam between the registry and the session library. SessionStore implements it. */
export interface SessionIndex {
  list(): Promise<SessionSummary[]>;
  create(input: { title: string; facilitatorName?: string }): Promise<SessionRecord>;
  rename(id: string, title: string): Promise<SessionRecord>;
  touch(id: string): Promise<SessionRecord>;
  setSchemaVersion(id: string, schemaVersion: number): Promise<SessionRecord>;
  newJoinCode(id: string): Promise<SessionRecord>;
  duplicate(id: string, title?: string): Promise<SessionRecord>;
  delete(id: string): Promise<void>;
  exportFile(id: string): Promise<Uint8Array>;
  importFile(file: Uint8Array): Promise<SessionRecord>;
  setSeries(id: string, series: NonNullable<SessionRecord['series']>): Promise<SessionRecord>;
  health(): StoreHealth;
  onWarning(listener: (w: StoreWarning) => void): () => void;
}

/** Where a new session's template comes from: the built-in ones, or the library's saved ones too. */
export interface TemplateSource {
  find(id: string): Pick<Template, 'id' | 'days'> | null;
}
const BUILT_IN_TEMPLATES: TemplateSource = { find: findTemplate };

export interface StorageReport extends StoreHealth {
  /** Recent notes on data that was skipped while reading (torn or damaged log records). */
  skipped: string[];
  /** Sessions that reached a host limit (the doc-size ceiling), and what that means. */
  limits: string[];
  /** The same as words, one per entry of `limits`. */
  limitWords: HostWords[];
}

const KEEP_SKIPPED = 20;

/** A library failure as the facilitator should read it, with a fitting HTTP status. */
export function toApiError(err: unknown): unknown {
  if (err instanceof StoreError) {
    const status =
      err.code === 'not-found'
        ? 404
        : err.code === 'storage-fault'
          ? 507
          : err.code === 'closed'
            ? 503
            : 400;
    return new HostApiError(err.message, status, err.words);
  }
  if (err instanceof ValidationError)
    return new HostApiError(err.message, 400, undefined, refusalOf(err));
  return err;
}

async function api<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw toApiError(err);
  }
}

export class SessionRegistry {
  private readonly records = new Map<string, SessionRecord>();
  private readonly skipped: string[] = [];
  private readonly limitNotices = new Map<string, HostWords>();
  private readonly codeListeners: ((sessionId: string, oldCode: string) => void)[] = [];

  private constructor(
    private readonly hub: Hub,
    private readonly index: SessionIndex,
    private readonly templates: TemplateSource,
  ) {
    index.onWarning((w) => {
      if (w.kind !== 'skipped') return;
      this.skipped.push(w.message);
      if (this.skipped.length > KEEP_SKIPPED) this.skipped.shift();
    });
  }

  /** A registry holding every session the library has stored. */
  static async load(
    hub: Hub,
    index: SessionIndex,
    templates: TemplateSource = BUILT_IN_TEMPLATES,
  ): Promise<SessionRegistry> {
    const registry = new SessionRegistry(hub, index, templates);
    await registry.library();
    return registry;
  }

  async create(args: {
    title: string;
    template?: string;
    facilitatorName?: string;
    language?: Language;
  }): Promise<SessionRecord> {
    const found = args.template === undefined ? null : this.templates.find(args.template);
    const template = found && templateIn(found, args.language ?? 'en');
    if (args.template !== undefined && !template) throw noSuchTemplate();
    const record = await api(() =>
      this.index.create({
        title: args.title,
        ...(args.facilitatorName !== undefined && { facilitatorName: args.facilitatorName }),
      }),
    );
    this.records.set(record.id, record);
    const replica = await this.hub.open(record.id);
    initSession(
      replica.doc,
      {
        title: record.title,
        now: record.createdAt,
        ...(args.language && { language: args.language }),
      },
      HOST_ORIGIN,
    );
    if (template) applyAgendaTemplate(replica.doc, template, HOST_ORIGIN);
    return record;
  }

  /** Cached records, most recently opened first. */
  list(): SessionRecord[] {
    return [...this.records.values()].sort((a, b) => b.lastOpenedAt - a.lastOpenedAt);
  }

  /** The library as stored (with sizes on disk); refreshes the cache. */
  async library(): Promise<SessionSummary[]> {
    const all = await api(() => this.index.list());
    this.records.clear();
    for (const s of all) {
      const { sizeBytes: _size, ...record } = s;
      this.records.set(s.id, record);
    }
    return all;
  }

  get(id: string): SessionRecord | undefined {
    return this.records.get(id);
  }

  byJoinCode(code: string): SessionRecord | undefined {
    const normalized = normalizeJoinCode(code);
    if (!normalized) return undefined;
    for (const r of this.records.values()) if (r.joinCode === normalized) return r;
    return undefined;
  }

  /** Opens the session's replica (loading and migrating it) and records that it was opened. */
  async open(id: string): Promise<Replica | undefined> {
    if (!this.records.has(id)) return undefined;
    const replica = await this.hub.open(id).catch((err: unknown) => {
      throw new HostApiError(
        `This session could not be opened: ${err instanceof Error ? err.message : String(err)}`,
        409,
      );
    });
    // A failed touch (full disk) must not keep the facilitator out of the session.
    await this.index.touch(id).then(
      (r) => this.records.set(id, r),
      () => {},
    );
    return replica;
  }

  /** Called by the hub after it migrated a replica on open: keeps meta.json's version honest. */
  async migrated(id: string, schemaVersion: number): Promise<void> {
    const record = this.records.get(id);
    if (!record || record.schemaVersion === schemaVersion) return;
    this.records.set(id, { ...record, schemaVersion });
    await this.index.setSchemaVersion(id, schemaVersion).catch(() => {});
  }

  async rename(id: string, title: string): Promise<SessionRecord> {
    this.require(id);
    const record = await api(() => this.index.rename(id, title));
    this.records.set(id, record);
    // The title also lives in the document, where the room (and exports) read it.
    const replica = await this.hub.open(id).catch(() => null);
    if (replica) renameSession(replica.doc, record.title, HOST_ORIGIN);
    return record;
  }

  /**
   * "agenda": a fresh session with the same agenda (no notes, votes, registers, timer or ledger);
   * "everything": a copy of the whole stored document.
   */
  async duplicate(
    id: string,
    mode: 'agenda' | 'everything' = 'everything',
  ): Promise<SessionRecord> {
    const source = this.require(id);
    if (mode === 'agenda') {
      const drafts = agendaDrafts((await this.hub.open(id)).doc);
      const record = await this.create({ title: `${source.title} (copy)` });
      const replica = await this.hub.open(record.id);
      if (drafts.length > 0) replaceAgenda(replica.doc, drafts, HOST_ORIGIN);
      return record;
    }
    const record = await api(() => this.index.duplicate(id));
    this.records.set(record.id, record);
    // The copy's document still carries the original's title.
    const replica = await this.hub.open(record.id).catch(() => null);
    if (replica) {
      renameSession(replica.doc, record.title, HOST_ORIGIN);
      writeSeriesLink(replica.doc, null, HOST_ORIGIN); // a copy stands alone
    }
    return record;
  }

  /** Follow-ups and whole-series files (seriesLibrary.ts). */
  readonly series: SeriesLibrary = new SeriesLibrary({
    hub: () => this.hub,
    index: () => this.index,
    templates: () => this.templates,
    records: this.records,
    require: (id) => this.require(id),
    create: (args) => this.create(args),
    others: () => [...this.records.values()].map((r) => r.title),
  });

  /**
   * The facilitator admits or removes a participant (the roster is the host's to write). Removal
   * also takes back their votes and answers, anonymous ones too where the host knows them.
   */
  async setRosterState(
    id: string,
    participantId: string,
    state: 'admitted' | 'removed',
  ): Promise<RosterChange> {
    this.require(id);
    const replica = await this.hub.open(id);
    let votesTakenBack = 0;
    let known = false;
    replica.doc.transact(() => {
      known = setRosterState(replica.doc, participantId, state);
      if (known && state === 'removed')
        votesTakenBack = takeBackVotes(
          replica.doc,
          participantId,
          replica.authority.pseudonymsOf(participantId),
        );
    }, HOST_ORIGIN);
    if (!known) throw noSuchParticipant();
    return { participantId, state, votesTakenBack };
  }

  /** Where each participant joined from (the host's device book; never in the doc). */
  async rosterDevices(id: string): Promise<RosterDevices> {
    this.require(id);
    const replica = await this.hub.open(id);
    return Object.fromEntries(replica.authority.devices.entries());
  }

  async setAdmissionMode(id: string, mode: AdmissionMode): Promise<void> {
    this.require(id);
    const replica = await this.hub.open(id);
    replica.doc.transact(() => setAdmissionMode(replica.doc, mode), HOST_ORIGIN);
  }

  /** The session's document as the host holds it (for saving its agenda as a template). */
  async doc(id: string): Promise<Y.Doc> {
    this.require(id);
    return (await this.hub.open(id)).doc;
  }

  async remove(id: string): Promise<void> {
    this.require(id);
    await this.hub.drop(id);
    await api(() => this.index.delete(id));
    this.records.delete(id);
    this.limitNotices.delete(id);
  }

  async exportFile(id: string): Promise<{ fileName: string; bytes: Uint8Array }> {
    const record = this.require(id);
    const bytes = await api(() => this.index.exportFile(id));
    return {
      fileName: exportFileName({
        title: record.title,
        date: isoDate(record.createdAt),
        extension: 'offsite',
      }),
      bytes,
    };
  }

  async importFile(file: Uint8Array): Promise<SessionRecord> {
    // A whole-series file holds several sessions: they go in together or not at all.
    if (isSeriesFile(file)) return api(() => this.series.importSeries(file));
    const others = [...this.records.values()].map((r) => r.title);
    let record = await api(() => this.index.importFile(file));
    // The same file imported again gets "(imported 2)", never a second identical row.
    const title = importedTitle(record.title, others);
    if (title !== record.title) {
      record = await api(() => this.index.rename(record.id, title));
      const replica = await this.hub.open(record.id).catch(() => null);
      if (replica) renameSession(replica.doc, title, HOST_ORIGIN);
    }
    this.records.set(record.id, record);
    return record;
  }

  storage(): StorageReport {
    return {
      ...this.index.health(),
      skipped: [...this.skipped],
      limits: [...this.limitNotices.values()].map((w) => w.message),
      limitWords: [...this.limitNotices.values()],
    };
  }

  /** The hub refused updates to a session at a limit: the console's banner says why. */
  noteLimit(sessionId: string, message: string, mib: number): void {
    const title = this.records.get(sessionId)?.title ?? sessionId;
    this.limitNotices.set(
      sessionId,
      hostWords('limit.docSize', { title, mib }, `${title}: ${message}`),
    );
  }

  /** Calls `listener` after a join code was replaced, with the old one. */
  onJoinCodeChanged(listener: (sessionId: string, oldCode: string) => void): void {
    this.codeListeners.push(listener);
  }

  /** Replaces the session's join code; whoever holds only the old one is disconnected. */
  async rotateJoinCode(id: string): Promise<SessionRecord> {
    const before = this.require(id);
    const record = await api(() => this.index.newJoinCode(id));
    this.records.set(id, record);
    for (const l of this.codeListeners) l(id, before.joinCode);
    return record;
  }

  private require(id: string): SessionRecord {
    const record = this.records.get(id);
    if (!record) throw noSuchSession();
    return record;
  }
}
