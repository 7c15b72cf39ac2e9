// The host's implementation of the HostApi contract, shared by the HTTP API and Electron's IPC.
import {
  HostApiError,
  type HostApi,
  type SessionDetails,
  type SessionSummaryInfo,
} from '../../shared/protocol/hostApi';
import type { SessionRecord, SessionRegistry } from './sessions';

export interface HostAddress {
  /** Base URL attendees use, on the LAN address, e.g. http://192.168.1.20:7480 */
  lanBaseUrl(): string;
}

function summary(r: SessionRecord): SessionSummaryInfo {
  return { id: r.id, title: r.title, createdAt: r.createdAt, lastOpenedAt: r.lastOpenedAt };
}

export function joinUrl(base: string, joinCode: string): string {
  return `${base}/join#${joinCode}`;
}

export function createHostApi(registry: SessionRegistry, address: HostAddress): HostApi {
  const details = (r: SessionRecord): SessionDetails => ({
    ...summary(r),
    joinCode: r.joinCode,
    joinUrl: joinUrl(address.lanBaseUrl(), r.joinCode),
  });
  return {
    async listSessions() {
      return (await registry.library()).map((s) => ({ ...summary(s), sizeBytes: s.sizeBytes }));
    },
    async createSession(args) {
      return details(await registry.create(args));
    },
    async getSession({ id }) {
      const r = registry.get(id);
      if (!r) throw new HostApiError('No session with that id.', 404);
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
    async exportSession({ id }) {
      return registry.exportFile(id);
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
  };
}
