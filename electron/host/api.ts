// The host's implementation of the HostApi contract, shared by the HTTP API and Electron's IPC.
import {
  HostApiError,
  refusalOf,
  type HostApi,
  type SessionDetails,
  type SessionSummaryInfo,
} from '../../shared/protocol/hostApi';
import type { VenueStatusInfo, VenueWifiInfo } from '../../shared/protocol/venueApi';
import { templateFromSession } from '../../shared/templates/templateFile';
import { ValidationError } from '../../shared/model/limits';
import type { SessionRecord, SessionRegistry } from './sessions';
import type { TemplateLibrary } from './templateLibrary';
import { noSuchSession } from './hostRefusals';

export interface HostAddress {
  /** Base URL attendees use, on the LAN address, e.g. http://192.168.1.20:7480 */
  lanBaseUrl(): string;
  /** The venue panel's status: every address, the one in use, notices, probes. */
  venueStatus(): Promise<VenueStatusInfo>;
  /** Picks the address attendees use (null: the automatic choice). */
  chooseAddress(address: string | null): Promise<VenueStatusInfo>;
  /** Saves the venue's Wi-Fi for the projector's join screen (null: none). */
  setVenueWifi(wifi: VenueWifiInfo | null): Promise<VenueStatusInfo>;
  /** Shows (or hides) the room check's QR code on the projector's join screen. */
  setRoomCheckOnProjector(on: boolean): Promise<VenueStatusInfo>;
  /** Windows: opens the network settings on this computer. */
  openNetworkSettings(): Promise<{ opened: true }>;
}

function summary(r: SessionRecord): SessionSummaryInfo {
  return { id: r.id, title: r.title, createdAt: r.createdAt, lastOpenedAt: r.lastOpenedAt };
}

export function joinUrl(base: string, joinCode: string): string {
  return `${base}/join#${joinCode}`;
}

/** A template that breaks a rule is the facilitator's to fix: a 400 saying which rule. */
async function checked<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof ValidationError)
      throw new HostApiError(err.message, 400, undefined, refusalOf(err));
    throw err;
  }
}

export function createHostApi(
  registry: SessionRegistry,
  address: HostAddress,
  templates: TemplateLibrary,
  now: () => number = Date.now,
): HostApi {
  const details = (r: SessionRecord): SessionDetails => ({
    ...summary(r),
    joinCode: r.joinCode,
    joinUrl: joinUrl(address.lanBaseUrl(), r.joinCode),
  });
  return {
    async listSessions() {
      const sessions = await registry.library();
      const open = new Map(
        (await registry.series.list()).map((s) => [s.id, s.openCommitments] as const),
      );
      return sessions.map((s) => ({
        ...summary(s),
        sizeBytes: s.sizeBytes,
        ...(s.series && {
          series: { ...s.series, openCommitments: open.get(s.series.id) ?? null },
        }),
      }));
    },
    async followUpSession({ id, template, title }) {
      const made = await registry.series.followUp(id, {
        ...(template !== undefined && { template }),
        ...(title !== undefined && { title }),
      });
      const { actions, decisions, parkingItems } = made.carried;
      return { ...details(made.record), carried: { actions, decisions, parkingItems } };
    },
    async createSession(args) {
      return details(await registry.create(args));
    },
    async getSession({ id }) {
      const r = registry.get(id);
      if (!r) throw noSuchSession();
      await registry.open(id);
      return details(registry.get(id) ?? r);
    },
    async renameSession({ id, title }) {
      return summary(await registry.rename(id, title));
    },
    async duplicateSession({ id, mode }) {
      return summary(await registry.duplicate(id, mode ?? 'agenda'));
    },
    async deleteSession({ id }) {
      await registry.remove(id);
      return { deleted: true };
    },
    async exportSession({ id, series }) {
      return series ? registry.series.exportSeries(id) : registry.exportFile(id);
    },
    async importSession({ bytes }) {
      return details(await registry.importFile(bytes));
    },
    async storageHealth() {
      return registry.storage();
    },
    async rotateJoinCode({ id }) {
      return details(await registry.rotateJoinCode(id));
    },
    async listTemplates() {
      return templates.list();
    },
    async saveTemplate({ sessionId, name }) {
      const doc = await registry.doc(sessionId);
      return checked(() => templates.save(templateFromSession(doc, { name, now: now() })));
    },
    async deleteTemplate({ id }) {
      await templates.remove(id);
      return { deleted: true };
    },
    async exportTemplate({ id }) {
      return templates.exportFile(id);
    },
    async importTemplate({ text }) {
      return checked(() => templates.importText(text, now()));
    },
    async admitParticipant({ sessionId, participantId }) {
      return registry.setRosterState(sessionId, participantId, 'admitted');
    },
    async removeParticipant({ sessionId, participantId }) {
      return registry.setRosterState(sessionId, participantId, 'removed');
    },
    async setAdmissionMode({ sessionId, mode }) {
      await registry.setAdmissionMode(sessionId, mode);
      return { mode };
    },
    async rosterDevices({ sessionId }) {
      return registry.rosterDevices(sessionId);
    },
    async venueStatus() {
      return address.venueStatus();
    },
    async chooseAddress({ address: chosen }) {
      return address.chooseAddress(chosen);
    },
    async setVenueWifi({ wifi }) {
      return address.setVenueWifi(wifi);
    },
    async setRoomCheckOnProjector({ on }) {
      return address.setRoomCheckOnProjector(on);
    },
    async openNetworkSettings() {
      return address.openNetworkSettings();
    },
  };
}
