// Where each participant joined from, as the host tells the facilitator (HostApi rosterDevices):
// the addresses are the host's alone, never in the session's doc that every attendee holds. Asked
// again whenever `version` changes (someone joined, came online, left or was admitted).
import { useEffect, useState } from 'react';
import { hostApi } from '../../platform';
import type { RosterDevices } from '../../../shared/protocol/hostApi';

export function useRosterDevices(sessionId: string, version: string): RosterDevices {
  const [devices, setDevices] = useState<RosterDevices>({});
  useEffect(() => {
    const api = hostApi();
    if (!api) return;
    let current = true;
    api.rosterDevices({ sessionId }).then(
      (d) => current && setDevices(d),
      // The addresses are a detail of the roster: without them it still works.
      () => {},
    );
    return () => {
      current = false;
    };
  }, [sessionId, version]);
  return devices;
}
