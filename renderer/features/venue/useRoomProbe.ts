// The probe page's run: reach the host (/time: round trip and clock offset), find the session
// by the join code in the link, try the hub and the mesh's rendezvous, then report to the
// console. Each step's outcome is shown on the phone as it lands.
import { useEffect, useState } from 'react';
import { platform } from '../../platform';
import { checkClock, checkHub, checkSignaling } from '../../sync/roomProbe';
import type { ProbeReportArgs } from '../../../shared/protocol/venueApi';

export interface ProbeRun {
  /** What is being checked now, or null when done. */
  step: string | null;
  report: Omit<ProbeReportArgs, 'code'> | null;
  /** Whether the console got the report, or why not. */
  sent: 'yes' | 'pending' | string;
}

export function useRoomProbe(code: string): ProbeRun {
  const [run, setRun] = useState<ProbeRun>({
    step: 'Reaching the host…',
    report: null,
    sent: 'pending',
  });
  useEffect(() => {
    let live = true;
    const origin = window.location.origin;
    const step = (s: string) => live && setRun((r) => ({ ...r, step: s }));
    void (async () => {
      const problems: string[] = [];
      const clock = await checkClock(origin);
      if (!clock) problems.push('The host did not answer /time.');
      let hub = false;
      let signaling = { reached: false, peersSeen: 0 };
      try {
        step('Finding the session…');
        const { sessionId } = await platform().join(code);
        step('Trying the hub…');
        hub = await checkHub(origin, sessionId, code);
        if (!hub) problems.push('The hub did not answer in 5 s.');
        step('Listening for the mesh…');
        signaling = await checkSignaling(origin, sessionId, code);
        if (!signaling.reached) problems.push('The signaling server did not answer.');
      } catch (e) {
        problems.push((e instanceof Error ? e.message : String(e)).slice(0, 120));
      }
      if (typeof RTCPeerConnection !== 'function')
        problems.push('This browser has no WebRTC: the hub carries everything.');
      const report = {
        host: clock !== null,
        hub,
        signaling: signaling.reached,
        peersSeen: signaling.peersSeen,
        clockOffsetMs: clock?.offsetMs ?? null,
        roundTripMs: clock?.roundTripMs ?? null,
        secureContext: window.isSecureContext,
        problems: problems.slice(0, 6),
      };
      if (!live) return;
      setRun({ step: 'Telling the console…', report, sent: 'pending' });
      let sent = 'yes';
      try {
        await platform().probe({ code, ...report });
      } catch (e) {
        sent = e instanceof Error ? e.message : String(e);
      }
      if (live) setRun({ step: null, report, sent });
    })();
    return () => {
      live = false;
    };
  }, [code]);
  return run;
}
