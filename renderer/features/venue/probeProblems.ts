// What went wrong in a room check travels from the phone to the console as a code, and each side
// words it in its own language (the phone's person and the facilitator may read different ones).
// Anything else in the list (a host's refusal, an error's message) is shown as it was sent.
import type { MessageId } from '../../i18n/language';
import { t } from '../../i18n/t';

export const PROBE_PROBLEMS = {
  unreachable: 'probe.problem.unreachable',
  hostSilent: 'probe.problem.hostSilent',
  hubSilent: 'probe.problem.hubSilent',
  signalingSilent: 'probe.problem.signalingSilent',
  noPeer: 'probe.problem.noPeer',
  noChannel: 'probe.problem.noChannel',
  noWebRTC: 'probe.problem.noWebRTC',
} as const satisfies Record<string, MessageId>;

export type ProbeProblem = keyof typeof PROBE_PROBLEMS;

/** A reported problem in the page's language: a known code's words, anything else as sent. */
export function problemText(problem: string): string {
  return Object.hasOwn(PROBE_PROBLEMS, problem)
    ? t(PROBE_PROBLEMS[problem as ProbeProblem])
    : problem;
}
