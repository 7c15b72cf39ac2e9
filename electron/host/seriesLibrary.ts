// The library's side of a series (issue 25): "Follow up" makes the next session of a session's
// series (from a template or the previous agenda, carrying its open commitments), the library
// groups a series with its count of open commitments, and a whole series goes to one file and
// comes back from it, each session intact. The registry (sessions.ts) holds one of these.
import * as Y from 'yjs';
import { renameSession } from '../../shared/model/session/commands';
import { agendaDrafts } from '../../shared/model/agenda/read';
import { replaceAgenda } from '../../shared/model/agenda/commands';
import { randomId } from '../../shared/model/ids';
import { HOST_ORIGIN } from '../../shared/model/origins';
import {
  carryForward,
  followUpAgenda,
  type CarrySummary,
} from '../../shared/model/series/followUp';
import { writeSeriesLink } from '../../shared/model/series/commands';
import { openCommitmentCount, readSeriesLink } from '../../shared/model/series/read';
import { exportFileName, isoDate } from '../../shared/export/fileName';
import { importedTitle } from '../../shared/model/session/libraryNames';
import { TITLE_MAX_CHARS } from '../../shared/model/limits';
import type { Language } from '../../shared/i18n/languages';
import { sessionWords, withoutFollowUp } from '../../shared/i18n/sessionWords';
import { readSessionLanguage, setSessionLanguage } from '../../shared/model/session/language';
import { templateIn } from '../../shared/templates/index';
import { encodeSeriesFile, readSeriesForImport } from './store/offsiteSeries';
import { encodeOffsiteFile } from './store/offsiteFile';
import type { Hub } from './hub/hub';
import type { SessionIndex, SessionRecord, TemplateSource } from './sessions';
import { hasFollowUp, noSuchTemplate, seriesGap, seriesOverlap } from './hostRefusals';

interface Deps {
  hub(): Hub;
  index(): SessionIndex;
  templates(): TemplateSource;
  records: Map<string, SessionRecord>;
  require(id: string): SessionRecord;
  others(): string[];
  create(args: { title: string }): Promise<SessionRecord>;
}

/** A series as the library shows it: its sessions newest first. */
export interface SeriesInfo {
  id: string;
  /** Session ids, newest (highest number) first. */
  sessionIds: string[];
  /** Open and in-progress actions of its newest session. */
  openCommitments: number | null;
}

export interface FollowUp {
  record: SessionRecord;
  carried: CarrySummary;
}

/** "Q3 offsite · follow-up 1", in the session's language; a follow-up of a follow-up counts on. */
const followUpTitle = (title: string, number: number, language: Language) => {
  const suffix = sessionWords(language).followUp('', number - 1);
  return `${withoutFollowUp(title).slice(0, TITLE_MAX_CHARS - suffix.length)}${suffix}`;
};

export class SeriesLibrary {
  constructor(private readonly deps: Deps) {}

  /** The sessions of a series, by number. */
  members(seriesId: string): SessionRecord[] {
    return [...this.deps.records.values()]
      .filter((r) => r.series?.id === seriesId)
      .sort((a, b) => a.series!.number - b.series!.number);
  }

  /**
   * Makes the next session of `id`'s series (making `id` the first of a new series when it was
   * alone): the template's agenda or `id`'s own, opening with "Review commitments", and what
   * carries (series/followUp.ts). Only the newest session of a series is followed up.
   */
  async followUp(id: string, args: { template?: string; title?: string } = {}): Promise<FollowUp> {
    const source = this.deps.require(id);
    const found = args.template === undefined ? null : this.deps.templates().find(args.template);
    if (args.template !== undefined && !found) throw noSuchTemplate();
    const prev = (await this.deps.hub().open(id)).doc;
    // The follow-up speaks the session's language: its own words, the template's, its exports.
    const language = readSessionLanguage(prev);
    const template = found && templateIn(found, language);
    let link = readSeriesLink(prev);
    if (!link) {
      link = { seriesId: randomId(), number: 1, previousTitle: null };
      writeSeriesLink(prev, link, HOST_ORIGIN);
    }
    const seriesId = link.seriesId;
    if (source.series?.id !== seriesId || source.series.number !== link.number)
      this.deps.records.set(
        id,
        await this.deps.index().setSeries(id, { id: seriesId, number: link.number }),
      );
    const newer = this.members(seriesId).find((r) => r.series!.number > link.number);
    if (newer) throw hasFollowUp(source.title, newer.title);
    const number = link.number + 1;
    const days = followUpAgenda(template ? template.days : agendaDrafts(prev), language);
    const title = args.title ?? followUpTitle(source.title, number, language);
    const record = await this.deps.create({ title });
    const replica = await this.deps.hub().open(record.id);
    const doc = replica.doc;
    let carried!: CarrySummary;
    doc.transact(() => {
      writeSeriesLink(doc, { seriesId, number, previousTitle: source.title }, HOST_ORIGIN);
      setSessionLanguage(doc, language, HOST_ORIGIN);
      replaceAgenda(doc, days, HOST_ORIGIN);
      if (template) doc.getMap('meta').set('template', template.id);
      carried = carryForward(prev, doc, { previousTitle: source.title }, HOST_ORIGIN);
    }, HOST_ORIGIN);
    const withSeries = await this.deps.index().setSeries(record.id, { id: seriesId, number });
    this.deps.records.set(record.id, withSeries);
    return { record: withSeries, carried };
  }

  /** Every series in the library, its sessions newest first, with its count of open
   * commitments (read from its newest session; null when that cannot be opened). */
  async list(): Promise<SeriesInfo[]> {
    const ids = new Set<string>();
    for (const r of this.deps.records.values()) if (r.series) ids.add(r.series.id);
    const out: SeriesInfo[] = [];
    for (const id of ids) {
      const members = this.members(id).reverse();
      const head = members[0]!;
      const openCommitments = await this.deps
        .hub()
        .open(head.id)
        .then(
          (r) => openCommitmentCount(r.doc),
          () => null,
        );
      out.push({ id, sessionIds: members.map((m) => m.id), openCommitments });
    }
    return out;
  }

  /** The whole series of `id` as one file (a session alone is a series of one). */
  async exportSeries(id: string): Promise<{ fileName: string; bytes: Uint8Array }> {
    const record = this.deps.require(id);
    const members = record.series ? this.members(record.series.id) : [record];
    const files: Uint8Array[] = [];
    for (const m of members) {
      files.push(await this.deps.index().exportFile(m.id));
    }
    const first = members[0]!;
    const bytes = encodeSeriesFile(
      {
        seriesId: record.series?.id ?? record.id,
        title: first.title,
        exportedAt: Date.now(),
        sessions: members.map((m) => ({ number: m.series?.number ?? 1, title: m.title })),
      },
      files,
    );
    return {
      fileName: exportFileName({
        title: `${first.title} (series of ${members.length})`,
        date: isoDate(first.createdAt),
        extension: 'offsite',
      }),
      bytes,
    };
  }

  /**
   * Imports a whole-series file: every session checked first (series/offsiteSeries.ts), then
   * stored one by one; if one fails to store, those stored before it are removed again. The
   * sessions keep their numbers in a series of their own (a copy, when the library already holds
   * that series), or join it when the file holds only its later sessions and the library the
   * earlier ones. Returns the newest session.
   */
  async importSeries(file: Uint8Array): Promise<SessionRecord> {
    const { header, sessions } = readSeriesForImport(file);
    const present = this.members(header.seriesId);
    const firstInFile = sessions[0]!.number;
    const joins = firstInFile > 1;
    const have = new Set([
      ...(joins ? present.map((r) => r.series!.number) : []),
      ...sessions.map((s) => s.number),
    ]);
    for (let n = 1; n <= sessions[sessions.length - 1]!.number; n++)
      if (!have.has(n))
        throw seriesGap(
          header.title,
          sessions.map((s) => s.number),
          n,
        );
    if (joins && present.some((r) => sessions.some((s) => s.number === r.series!.number)))
      throw seriesOverlap(header.title);
    const seriesId = joins || present.length === 0 ? header.seriesId : randomId();
    const made: SessionRecord[] = [];
    const titles = this.deps.others();
    try {
      for (const s of sessions) {
        const doc = new Y.Doc();
        Y.applyUpdate(doc, s.state);
        const link = readSeriesLink(doc);
        writeSeriesLink(
          doc,
          { seriesId, number: s.number, previousTitle: link?.previousTitle ?? null },
          HOST_ORIGIN,
        );
        // The same series imported again gets "(imported 2)" titles, never identical rows.
        const title = importedTitle(s.header.title, titles);
        titles.push(title);
        if (title !== s.header.title) renameSession(doc, title, HOST_ORIGIN);
        const record = await this.deps.index().importFile(
          encodeOffsiteFile({
            header: { ...s.header, title },
            state: Y.encodeStateAsUpdate(doc),
          }),
        );
        made.push(record);
        const stored = await this.deps
          .index()
          .setSeries(record.id, { id: seriesId, number: s.number });
        this.deps.records.set(record.id, stored);
      }
    } catch (err) {
      for (const r of made) {
        this.deps.records.delete(r.id);
        await this.deps
          .index()
          .delete(r.id)
          .catch(() => {});
      }
      throw err;
    }
    return this.deps.records.get(made[made.length - 1]!.id)!;
  }
}
