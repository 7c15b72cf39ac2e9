// The platform in a browser: the HostApi over HTTP with the facilitator key as bearer, exports
// as downloads (a PDF made by the host's export route), the projector as a link in a new tab.
import type { HostApi } from '../../shared/protocol/hostApi';
import type { ExportArgs } from '../../shared/protocol/exportApi';
import { EXPORT_FORMATS } from '../../shared/protocol/exportFormats';
import type { Platform } from './platform';
import { createWebHostApi } from './webHostApi';
import { facilitatorKey } from './facilitatorKey';
import { hostError, joinOverHttp, postJson, probeOverHttp } from './hostHttp';
import { ENDPOINTS } from '../../shared/protocol/endpoints';
import { download } from './download';
import { t } from '../i18n/t';

async function pdfFromHost(key: string, args: ExportArgs): Promise<Blob> {
  const res = await fetch(EXPORT_FORMATS.pdf.path, {
    method: 'POST',
    // eslint-disable-next-line lingui/no-unlocalized-strings -- an HTTP header or a path
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
    body: JSON.stringify(args),
  });
  if (!res.ok) throw await hostError(res, t('export.pdfFailed', { status: res.status }));
  return res.blob();
}

export function createWebPlatform(): Platform {
  let host: HostApi | null = null;
  const keyOrThrow = () => {
    const key = facilitatorKey();
    if (!key) throw new Error(t('export.needsKey'));
    return key;
  };
  return {
    kind: 'web',
    host() {
      if (host) return host;
      const key = facilitatorKey();
      return key ? (host = createWebHostApi(key)) : null;
    },
    facilitatorKey,
    join: (code) => joinOverHttp(code),
    probe: (report) => probeOverHttp(report),
    linkOffer: (args) => postJson(ENDPOINTS.linkOffer, args),
    linkTake: (args) => postJson(ENDPOINTS.linkTake, args),
    async saveExport(req) {
      if (req.kind === 'pdf') {
        const args = {
          id: req.sessionId,
          pageSize: req.pageSize,
          timeZone: req.timeZone,
          language: req.language,
        };
        download(req.fileName, await pdfFromHost(keyOrThrow(), args));
      } else {
        const type = EXPORT_FORMATS[req.kind].contentType;
        download(req.fileName, new Blob([req.content()], { type }));
      }
      return t('export.downloaded', { name: req.fileName });
    },
    async saveSessionFile(file) {
      // A session (.offsite) is bytes; a template file is JSON.
      const type = file.fileName.endsWith('.json')
        ? 'application/json'
        : 'application/octet-stream';
      const blob = new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type });
      download(file.fileName, blob);
      return true;
    },
    projectorLink(sessionId) {
      const key = facilitatorKey();
      // eslint-disable-next-line lingui/no-unlocalized-strings -- an HTTP header or a path
      return `/projector/${sessionId}${key ? `#key=${key}` : ''}`;
    },
    async openProjector(sessionId) {
      window.open(this.projectorLink(sessionId) ?? '', '_blank', 'noreferrer');
    },
    displays: null,
  };
}
