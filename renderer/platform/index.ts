// Picks the platform once: the desktop shell's preload bridge when present, a browser otherwise.
// This folder (and renderer/sync for the sync sockets) is the only code that touches
// window.offsite, fetch or WebSocket; the lint config enforces it.
import type { HostApi } from '../../shared/protocol/hostApi';
import type { OffsiteBridge } from '../../shared/protocol/bridge';
import type { Platform } from './platform';
import { createElectronPlatform } from './electronPlatform';
import { createWebPlatform } from './webPlatform';
import { sayStatusWith } from './hostHttp';
import { t } from '../i18n/t';

declare global {
  interface Window {
    offsite?: OffsiteBridge;
  }
}

let chosen: Platform | null = null;

sayStatusWith(
  (status) => t('app.hostAnswered', { status }),
  (status, sent) =>
    status === 404 ? t('join.noSession') : status === 429 ? t('join.tooMany') : sent,
);

export function platform(): Platform {
  return (chosen ??= window.offsite ? createElectronPlatform(window.offsite) : createWebPlatform());
}

/** The facilitator's HostApi, or null when this page has no facilitator key. */
export const hostApi = (): HostApi | null => platform().host();

export const facilitatorKey = (): string | null => platform().facilitatorKey();

export type { Platform, ExportRequest } from './platform';
