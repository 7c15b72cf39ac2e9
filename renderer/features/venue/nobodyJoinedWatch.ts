// When to offer the troubleshooting card unasked: once the projector's join screen has been up for
// two minutes (counted from when this console first saw it up) and no attendee has connected
// since it went up. Taking the join screen down stops the count; putting it up again restarts it.
// Pure, on an injected clock, so its two minutes are tested without waiting.
export const NOBODY_JOINED_MS = 2 * 60_000;

export class NobodyJoinedWatch {
  private since: number | null = null;
  private someoneCame = false;

  constructor(
    private readonly now: () => number,
    private readonly waitMs = NOBODY_JOINED_MS,
  ) {}

  /** What the console sees now: whether the join screen is up, how many attendees are online. */
  update(joinScreenUp: boolean, attendees: number): void {
    if (!joinScreenUp) {
      this.since = null;
      this.someoneCame = false;
      return;
    }
    if (this.since === null) this.since = this.now();
    if (attendees > 0) this.someoneCame = true;
  }

  /** True when the card is due. */
  stuck(): boolean {
    return this.since !== null && !this.someoneCame && this.now() - this.since >= this.waitMs;
  }

  /** When the card is due (on the injected clock), or null when it is not coming (no join
   * screen, or someone came). */
  dueAt(): number | null {
    return this.since === null || this.someoneCame ? null : this.since + this.waitMs;
  }
}
