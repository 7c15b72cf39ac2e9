// The room checks phones send from the probe page: the last few, in memory only, rate-limited
// per device and overall so a flood neither fills memory nor pushes real reports out at once.
import type { ProbeReportArgs, ProbeReportInfo } from '../../../shared/protocol/venueApi';

export const PROBE_LIMITS = {
  /** Reports kept (newest first). */
  keep: 8,
  /** One report per device this often. */
  perDeviceMs: 2000,
  /** At most this many reports a minute from everyone together. */
  perMinute: 30,
} as const;

export class ProbeBoard {
  private reports: ProbeReportInfo[] = [];
  private readonly lastFrom = new Map<string, number>();
  private recent: number[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  /** Adds a report, or says 'busy' when its device or the room sends too often. */
  add(from: string, userAgent: string, args: ProbeReportArgs): 'ok' | 'busy' {
    const t = this.now();
    const last = this.lastFrom.get(from);
    if (last !== undefined && t - last < PROBE_LIMITS.perDeviceMs) return 'busy';
    this.recent = this.recent.filter((at) => t - at < 60_000);
    if (this.recent.length >= PROBE_LIMITS.perMinute) return 'busy';
    this.recent.push(t);
    this.lastFrom.set(from, t);
    if (this.lastFrom.size > 1000) this.lastFrom.clear(); // bounded: a sweep of many addresses
    const { code: _code, ...facts } = args;
    this.reports = [
      { at: t, from, userAgent: userAgent.slice(0, 160), ...facts },
      ...this.reports,
    ].slice(0, PROBE_LIMITS.keep);
    return 'ok';
  }

  list(): ProbeReportInfo[] {
    return this.reports;
  }
}
