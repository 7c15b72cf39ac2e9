// The platform in the desktop shell: the preload's window.offsite bridge (IPC to the main
// process, validated there), save dialogs for exports and files, a projector window.
import type { IpcHostApi, OffsiteBridge } from '../../shared/protocol/bridge';
import type { HostApi, HostApiMethod } from '../../shared/protocol/hostApi';
import { HOST_API_METHODS } from '../../shared/protocol/methods';
import type { Platform } from './platform';
import { facilitatorKey } from './facilitatorKey';
import { HostError, joinOverHttp, postJson, probeOverHttp } from './hostHttp';
import { ENDPOINTS } from '../../shared/protocol/endpoints';
import { t } from '../i18n/t';

/** The bridge's HostApi with each answer unwrapped: a refusal throws the HostError the HTTP path
 * throws (hostHttp.ts), worded in the page's language from its code. */
function unwrapped(host: IpcHostApi): HostApi {
  const api = {} as Record<HostApiMethod, (args: never) => Promise<unknown>>;
  for (const method of HOST_API_METHODS as readonly HostApiMethod[]) {
    const call = host[method] as (args: unknown) => ReturnType<IpcHostApi[HostApiMethod]>;
    api[method] = async (args: unknown) => {
      const answer = await call(args);
      if (answer.ok) return answer.value;
      const { error, code, values, refusal } = answer;
      throw new HostError({ code, values, refusal, message: error });
    };
  }
  return api as HostApi;
}

export function createElectronPlatform(bridge: OffsiteBridge): Platform {
  const host = unwrapped(bridge.host);
  return {
    kind: 'electron',
    host: () => host,
    facilitatorKey,
    // The shell's pages are served by the host, so an attendee page in it joins over HTTP too.
    join: (code) => joinOverHttp(code),
    probe: (report) => probeOverHttp(report),
    linkOffer: (args) => postJson(ENDPOINTS.linkOffer, args),
    linkTake: (args) => postJson(ENDPOINTS.linkTake, args),
    async saveExport(req) {
      const result = await bridge.saveExport({
        kind: req.kind,
        defaultName: req.fileName,
        content: req.content(),
        pageSize: req.pageSize,
      });
      return result.saved ? t('export.saved', { path: result.path ?? req.fileName }) : null;
    },
    saveSessionFile: (file) => bridge.saveSessionFile(file),
    projectorLink: () => null,
    openProjector: (sessionId) => bridge.openProjector(sessionId),
    displays: {
      list: () => bridge.projectorDisplays(),
      choose: (displayId) => bridge.chooseProjectorDisplay(displayId),
    },
  };
}
