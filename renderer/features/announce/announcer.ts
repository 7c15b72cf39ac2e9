// One polite voice for the whole page: what the room announces to a screen reader goes through
// here, so announcements never flood. The same text twice within `repeatMs` is said once; two
// announcements are at least `gapMs` apart (later ones wait in a short queue); when more are
// waiting than `maxQueue`, the oldest waiting one is dropped (the newest news wins). Timers and
// the clock are injected, so the unit tests run it on fake time.

export interface AnnouncerOptions {
  /** Least time between two announcements. */
  gapMs?: number;
  /** The same text again within this time is not said again. */
  repeatMs?: number;
  /** Announcements waiting their turn, at most. */
  maxQueue?: number;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface Announcement {
  text: string;
  /** Counts up with each announcement: a new node for the live region, even for the same text. */
  seq: number;
}

export interface Announcer {
  say(text: string): void;
  /** What is being said now (null before the first). */
  current(): Announcement | null;
  subscribe(listener: (a: Announcement) => void): () => void;
  dispose(): void;
}

export function createAnnouncer(options: AnnouncerOptions = {}): Announcer {
  const gapMs = options.gapMs ?? 2000;
  const repeatMs = options.repeatMs ?? 15_000;
  const maxQueue = options.maxQueue ?? 3;
  const now = options.now ?? (() => Date.now());
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer =
    options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const listeners = new Set<(a: Announcement) => void>();
  const queue: string[] = [];
  /** When each text was last said. */
  const said = new Map<string, number>();
  let last: Announcement | null = null;
  let lastAt = -Infinity;
  let timer: unknown = null;

  const speak = (text: string) => {
    const at = now();
    last = { text, seq: (last?.seq ?? 0) + 1 };
    lastAt = at;
    said.set(text, at);
    for (const [t, when] of said) if (at - when >= repeatMs) said.delete(t);
    for (const l of listeners) l(last);
  };

  const drain = () => {
    timer = null;
    const next = queue.shift();
    if (next === undefined) return;
    speak(next);
    if (queue.length) timer = setTimer(drain, gapMs);
  };

  return {
    say(raw) {
      const text = raw.trim();
      if (!text || queue.includes(text)) return;
      const when = said.get(text);
      if (when !== undefined && now() - when < repeatMs) return;
      if (timer === null && now() - lastAt >= gapMs) {
        speak(text);
        return;
      }
      queue.push(text);
      if (queue.length > maxQueue) queue.shift();
      if (timer === null) timer = setTimer(drain, Math.max(0, lastAt + gapMs - now()));
    },
    current: () => last,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      if (timer !== null) clearTimer(timer);
      timer = null;
      queue.length = 0;
      listeners.clear();
    },
  };
}
