// The console's view of the venue: the host's status re-read every few seconds (a change of
// network shows within that), the facilitator's pick, and a nudge to this session's other
// facilitator windows (the projector) to re-read the join link when the address changes.
import { useCallback, useEffect, useRef, useState } from 'react';
import { hostApi } from '../../platform';
import type { VenueStatusInfo, VenueWifiInfo } from '../../../shared/protocol/venueApi';
import { t } from '../../i18n/t';

export const VENUE_POLL_MS = 3000;

/** Tells every facilitator window of the session (useFacilitatorSession) to re-read its link. */
function announceNewLink(sessionId: string): void {
  // eslint-disable-next-line lingui/no-unlocalized-strings -- a channel's name
  const channel = new BroadcastChannel(`offsite:details:${sessionId}`);
  channel.postMessage('address-changed');
  channel.close();
}

export function useVenueStatus(sessionId: string): {
  status: VenueStatusInfo | null;
  error: string | null;
  choose(address: string | null): Promise<void>;
  /** Saves the venue's Wi-Fi (null: none); resolves with the host's refusal, if any. */
  setWifi(wifi: VenueWifiInfo | null): Promise<string | null>;
  /** Shows (or hides) the room check's QR code on the projector's join screen. */
  setRoomCheckOnProjector(on: boolean): Promise<void>;
} {
  const [status, setStatus] = useState<VenueStatusInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const lastUrl = useRef<string | null>(null);
  const take = useCallback(
    (s: VenueStatusInfo) => {
      if (lastUrl.current !== null && lastUrl.current !== s.inUse.url) announceNewLink(sessionId);
      lastUrl.current = s.inUse.url;
      setStatus(s);
    },
    [sessionId],
  );
  useEffect(() => {
    let live = true;
    const read = () =>
      hostApi()
        ?.venueStatus({})
        .then(
          (s) => live && (take(s), setError(null)),
          (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
        );
    void read();
    const timer = setInterval(() => void read(), VENUE_POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [take]);
  const choose = useCallback(
    async (address: string | null) => {
      const api = hostApi();
      if (!api) return;
      try {
        take(await api.chooseAddress({ address }));
        setError(null);
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      }
    },
    [take],
  );
  const setWifi = useCallback(
    async (wifi: VenueWifiInfo | null) => {
      const api = hostApi();
      if (!api) return t('venue.noHost');
      try {
        take(await api.setVenueWifi({ wifi }));
        return null;
      } catch (e) {
        return e instanceof Error ? e.message : String(e);
      }
    },
    [take],
  );
  const setRoomCheckOnProjector = useCallback(
    async (on: boolean) => {
      try {
        const s = await hostApi()?.setRoomCheckOnProjector({ on });
        if (s) take(s);
        setError(null);
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      }
    },
    [take],
  );
  return { status, error, choose, setWifi, setRoomCheckOnProjector };
}
