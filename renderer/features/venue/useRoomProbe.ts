// The probe page's run: reach the host (/time: round trip and clock offset), find the session
// by the join code in the link, try the hub, open a data channel with a peer of the mesh, then
// report to the console. Each step's outcome is shown on the phone as it lands. When the host is
// out of reach the rest cannot work: the run says so at once (the usual cause is a network that
// keeps devices apart) and still tries to tell the console. `again()` runs it once more.
import { useCallback, useEffect, useState } from 'react';
import { platform } from '../../platform';
import { checkClock, checkHub, PING_TIMEOUT_MS } from '../../sync/roomProbe';
import { checkMesh } from '../../sync/meshProbe';
import type { ProbeReportArgs } from '../../../shared/protocol/venueApi';

export interface ProbeRun {
  /** What is being checked now, or null when done. */
  step: string | null;
  report: Omit<ProbeReportArgs, 'code'> | null;
  /** Whether the console got the report, or why not. */
  sent: 'yes' | 'pending' | string;
}

export const UNREACHABLE =
  'This device cannot reach the facilitator’s computer. The Wi-Fi may keep devices apart (client isolation), hold them at a sign-in page, or this is another network.';

/** Gives up on a step that hangs (a network that drops packets answers nothing). */
function within<T>(ms: number, work: Promise<T>, message: string): Promise<T> {
  return Promise.race([
    work,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(message)), ms)),
  ]);
}

export function useRoomProbe(code: string): ProbeRun & { again(): void } {
  const [round, setRound] = useState(0);
  const [run, setRun] = useState<ProbeRun>({
    step: 'Reaching the host…',
    report: null,
    sent: 'pending',
  });
  useEffect(() => {
    let live = true;
    const origin = window.location.origin;
    const step = (s: string) => live && setRun((r) => ({ ...r, step: s }));
    setRun({ step: 'Reaching the host…', report: null, sent: 'pending' });
    void (async () => {
      const problems: string[] = [];
      const clock = await checkClock(origin);
      let hub = false;
      let mesh = { reached: false, peersSeen: 0, channel: false };
      if (!clock) problems.push(UNREACHABLE);
      else {
        try {
          step('Finding the session…');
          const { sessionId } = await within(
            PING_TIMEOUT_MS,
            platform().join(code),
            'The host did not answer.',
          );
          step('Trying the hub…');
          hub = await checkHub(origin, sessionId, code);
          if (!hub) problems.push('The hub did not answer in 5 s.');
          step('Opening a channel to another device…');
          mesh = await checkMesh(origin, sessionId, code);
          if (!mesh.reached) problems.push('The signaling server did not answer.');
          else if (!mesh.channel)
            problems.push(
              mesh.peersSeen === 0
                ? 'No other device answered on the mesh.'
                : 'No data channel opened with another device: the hub carries everything.',
            );
        } catch (e) {
          problems.push((e instanceof Error ? e.message : String(e)).slice(0, 120));
        }
      }
      if (typeof RTCPeerConnection !== 'function')
        problems.push('This browser has no WebRTC: the hub carries everything.');
      const report = {
        host: clock !== null,
        hub,
        signaling: mesh.reached,
        peersSeen: mesh.peersSeen,
        meshChannel: mesh.channel,
        clockOffsetMs: clock?.offsetMs ?? null,
        roundTripMs: clock?.roundTripMs ?? null,
        secureContext: window.isSecureContext,
        problems: problems.slice(0, 6),
      };
      if (!live) return;
      setRun({ step: 'Telling the console…', report, sent: 'pending' });
      let sent = 'yes';
      try {
        await within(PING_TIMEOUT_MS, platform().probe({ code, ...report }), 'no answer.');
      } catch (e) {
        sent = e instanceof Error ? e.message : String(e);
      }
      if (live) setRun({ step: null, report, sent });
    })();
    return () => {
      live = false;
    };
  }, [code, round]);
  const again = useCallback(() => setRound((n) => n + 1), []);
  return { ...run, again };
}
