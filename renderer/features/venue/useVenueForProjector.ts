// What the projector needs of the venue, re-read every few seconds from the host so that a
// projector open in another browser (no BroadcastChannel reaches it from the console) follows
// live: a new address re-reads the join link (onNewAddress), the venue's Wi-Fi for the join
// screen, and whether the join screen shows the room check's code too.
import { useEffect, useRef, useState } from 'react';
import { hostApi } from '../../platform';
import type { VenueWifiInfo } from '../../../shared/protocol/venueApi';
import { VENUE_POLL_MS } from './useVenueStatus';

const sameWifi = (a: VenueWifiInfo | null, b: VenueWifiInfo | null) =>
  a?.ssid === b?.ssid && a?.password === b?.password;

export interface ProjectorVenue {
  wifi: VenueWifiInfo | null;
  roomCheck: boolean;
}

export function useVenueForProjector(onNewAddress: () => void): ProjectorVenue {
  const [wifi, setWifi] = useState<VenueWifiInfo | null>(null);
  const [roomCheck, setRoomCheck] = useState(false);
  const lastUrl = useRef<string | null>(null);
  const onNew = useRef(onNewAddress);
  onNew.current = onNewAddress;
  useEffect(() => {
    let live = true;
    const read = () =>
      hostApi()
        ?.venueStatus({})
        .then(
          (s) => {
            if (!live) return;
            if (lastUrl.current !== null && lastUrl.current !== s.inUse.url) onNew.current();
            lastUrl.current = s.inUse.url;
            setWifi((w) => (sameWifi(w, s.wifi) ? w : s.wifi));
            setRoomCheck(s.roomCheckOnProjector);
          },
          () => {}, // the host is away: the next read tries again; the screen keeps what it shows
        );
    void read();
    const timer = setInterval(() => void read(), VENUE_POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);
  return { wifi, roomCheck };
}
