// How much of a long note the board shows before "+N more lines" (NoteText).
export const CLAMP_LINES = 6;

/** Lines cut off by the clamp, from the box's measures (0 when the text fits). */
export function hiddenLines(
  scrollHeight: number,
  clientHeight: number,
  lineHeight: number,
): number {
  if (!(lineHeight > 0) || scrollHeight <= clientHeight + 1) return 0;
  return Math.max(1, Math.round((scrollHeight - clientHeight) / lineHeight));
}
