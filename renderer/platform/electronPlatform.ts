// The platform in the desktop shell: the preload's window.offsite bridge (IPC to the main
// process, validated there), save dialogs for exports and files, a projector window.
import type { OffsiteBridge } from '../../shared/protocol/bridge';
import type { Platform } from './platform';
import { facilitatorKey } from './facilitatorKey';
import { joinOverHttp, postJson, probeOverHttp } from './hostHttp';
import { ENDPOINTS } from '../../shared/protocol/endpoints';
import { t } from '../i18n/t';

export function createElectronPlatform(bridge: OffsiteBridge): Platform {
  return {
    kind: 'electron',
    host: () => bridge.host,
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
