// The probe page's run: reach the host (/time: round trip and clock offset), find the session
// by the join code in the link, try the hub, open a data channel with a peer of the mesh, then
// report to the console. Each step's outcome is shown on the phone as it lands. When the host is
// out of reach the rest cannot work: the run says so at once (the usual cause is a network that
// keeps devices apart) and still tries to tell the console. `again()` runs it once more. What went
// wrong is reported as codes (probeProblems.ts), worded by each side in its own language.
import { useCallback, useEffect, useState } from 'react';
import { platform } from '../../platform';
import { notSentWhy } from './probeRefused';
import { checkClock, checkHub, PING_TIMEOUT_MS } from '../../sync/roomProbe';
import { checkMesh } from '../../sync/meshProbe';
import type { ProbeReportArgs } from '../../../shared/protocol/venueApi';
import type { MessageId } from '../../i18n/language';
import { t } from '../../i18n/t';
import type { ProbeProblem } from './probeProblems';

export interface ProbeRun {
  /** What is being checked now (its message), or null when done. */
  step: MessageId | null;
  report: Omit<ProbeReportArgs, 'code'> | null;
  /** Whether the console got the report, or why not. */
  sent: 'yes' | 'pending' | string;
}

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
    step: 'probe.step.host',
    report: null,
    sent: 'pending',
  });
  useEffect(() => {
    let live = true;
    const origin = window.location.origin;
    const step = (s: MessageId) => live && setRun((r) => ({ ...r, step: s }));
    setRun({ step: 'probe.step.host', report: null, sent: 'pending' });
    const problem: (p: ProbeProblem) => ProbeProblem = (p) => p;
    void (async () => {
      // Codes (ProbeProblem), or a refusal's own words.
      const problems: string[] = [];
      const clock = await checkClock(origin);
      let hub = false;
      let mesh = { reached: false, peersSeen: 0, channel: false };
      if (!clock) problems.push(problem('unreachable'));
      else {
        try {
          step('probe.step.session');
          const { sessionId } = await within(
            PING_TIMEOUT_MS,
            platform().join(code),
            problem('hostSilent'),
          );
          step('probe.step.hub');
          hub = await checkHub(origin, sessionId, code);
          if (!hub) problems.push(problem('hubSilent'));
          step('probe.step.mesh');
          mesh = await checkMesh(origin, sessionId, code);
          if (!mesh.reached) problems.push(problem('signalingSilent'));
          else if (!mesh.channel)
            problems.push(problem(mesh.peersSeen === 0 ? 'noPeer' : 'noChannel'));
        } catch (e) {
          problems.push((e instanceof Error ? e.message : String(e)).slice(0, 120));
        }
      }
      if (typeof RTCPeerConnection !== 'function') problems.push(problem('noWebRTC'));
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
      setRun({ step: 'probe.step.console', report, sent: 'pending' });
      let sent = 'yes';
      try {
        await within(PING_TIMEOUT_MS, platform().probe({ code, ...report }), t('probe.noAnswer'));
      } catch (e) {
        sent = notSentWhy(e);
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
