// Formatting helpers for what people read on screen.

export function formatDate(ms: number): string {
  return new Date(ms).toLocaleDateString(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  });
}

// One formatter for every call: toLocaleTimeString builds a new one each time, which costs
// real time on a board of thousands of notes.
// 24-hour, as the agenda's "09:00–09:30" (never "08:11 AM" next to it).
const TIME = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export function formatTime(ms: number): string {
  return TIME.format(new Date(ms));
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
