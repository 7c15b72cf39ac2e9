// What the projector shows, chosen by the facilitator: the live room (the block, its countdown,
// board, results and registers; a break screen during breaks), a full-screen join screen, or a
// hold screen with nothing on it; which page of what does not fit one screen (pages turn by
// themselves every few seconds, or by hand); and a group or note in focus, large. One
// facilitator-only top-level map, PROJECTOR_VIEW_MAP, with plain values:
//   screen      'live' | 'join' | 'hold' | 'charts' (measures, health, planned vs actual)
//   page        a counter: each paged region shows page (counter mod its page count); the console
//               turns it without knowing how many pages the projector's screen makes
//   pageSetAt   host time the counter was set; automatic turns count from there
//   turnSeconds seconds between automatic turns; 0: only by hand
//   focusKind, focusId, focusBlock   the group or note in focus, and its block's board
//   theme       'dark' | 'light' | 'contrast': the projector's colours (dark when unset)
import type * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../origins';
import { transact } from '../doc';
import { PROJECTOR_VIEW_MAP } from './names';

export const PROJECTOR_SCREENS = ['live', 'join', 'hold', 'charts'] as const;
export type ProjectorScreen = (typeof PROJECTOR_SCREENS)[number];

/** The projector's colour themes: dark (the default), light for daylight, high contrast. */
export const PROJECTOR_THEMES = ['dark', 'light', 'contrast'] as const;
export type ProjectorTheme = (typeof PROJECTOR_THEMES)[number];

/** Seconds between automatic page turns the console offers; 0 turns by hand only. */
export const PAGE_TURN_CHOICES = [0, 10, 15, 30, 60] as const;
export const DEFAULT_TURN_SECONDS = 15;

export interface ProjectorFocus {
  kind: 'group' | 'note';
  id: string;
  /** The block whose board holds it. */
  blockId: string;
}

export interface ProjectorView {
  screen: ProjectorScreen;
  page: number;
  pageSetAt: number;
  turnSeconds: number;
  focus: ProjectorFocus | null;
  theme: ProjectorTheme;
}

const num = (v: unknown, fallback: number) =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback;

export function readProjectorView(doc: Y.Doc): ProjectorView {
  const map = doc.getMap<unknown>(PROJECTOR_VIEW_MAP);
  const screen = map.get('screen');
  const kind = map.get('focusKind');
  const id = map.get('focusId');
  const blockId = map.get('focusBlock');
  const turn = num(map.get('turnSeconds'), DEFAULT_TURN_SECONDS);
  const theme = map.get('theme');
  return {
    screen: PROJECTOR_SCREENS.find((s) => s === screen) ?? 'live',
    page: Math.trunc(num(map.get('page'), 0)),
    pageSetAt: num(map.get('pageSetAt'), 0),
    turnSeconds: turn >= 0 && turn <= 3600 ? turn : DEFAULT_TURN_SECONDS,
    focus:
      (kind === 'group' || kind === 'note') && typeof id === 'string' && typeof blockId === 'string'
        ? { kind, id, blockId }
        : null,
    theme: PROJECTOR_THEMES.find((t) => t === theme) ?? 'dark',
  };
}

export function readProjectorScreen(doc: Y.Doc): ProjectorScreen {
  return readProjectorView(doc).screen;
}

export function setProjectorScreen(
  doc: Y.Doc,
  screen: ProjectorScreen,
  origin: unknown = LOCAL_ORIGIN,
): void {
  if (!PROJECTOR_SCREENS.includes(screen)) throw new Error(`Unknown projector screen: ${screen}`);
  const map = doc.getMap<unknown>(PROJECTOR_VIEW_MAP);
  if (map.get('screen') === screen) return;
  transact(doc, origin, () => map.set('screen', screen));
}

/** The projector's colours, remembered in the session (an unknown theme is refused). */
export function setProjectorTheme(
  doc: Y.Doc,
  theme: ProjectorTheme,
  origin: unknown = LOCAL_ORIGIN,
): void {
  if (!PROJECTOR_THEMES.includes(theme)) throw new Error(`Unknown projector theme: ${theme}`);
  const map = doc.getMap<unknown>(PROJECTOR_VIEW_MAP);
  if (map.get('theme') === theme) return;
  transact(doc, origin, () => map.set('theme', theme));
}

/** The page counter at host time `now`: the one set, plus the automatic turns since. */
export function pageCounterAt(view: ProjectorView, now: number): number {
  if (view.turnSeconds <= 0) return view.page;
  return view.page + Math.floor(Math.max(0, now - view.pageSetAt) / (view.turnSeconds * 1000));
}

/** Which of `count` pages the counter shows (0-based): counters below zero wrap to the end. */
export function pageIndex(counter: number, count: number): number {
  if (count <= 1) return 0;
  return ((counter % count) + count) % count;
}

/** When (host time) the next automatic turn after `now` is due, or null when turns are by hand. */
export function nextTurnAt(view: ProjectorView, now: number): number | null {
  if (view.turnSeconds <= 0) return null;
  const step = view.turnSeconds * 1000;
  const since = Math.max(0, now - view.pageSetAt);
  return view.pageSetAt + (Math.floor(since / step) + 1) * step;
}

/** Turns the projector's pages by `delta` from where they are at `now` (host time); the next
 * automatic turn then waits a whole interval. */
export function turnProjectorPage(
  doc: Y.Doc,
  delta: number,
  now: number,
  origin: unknown = LOCAL_ORIGIN,
): void {
  if (!Number.isInteger(delta)) throw new Error(`A page turn is a whole number, not ${delta}`);
  const counter = pageCounterAt(readProjectorView(doc), now);
  const map = doc.getMap<unknown>(PROJECTOR_VIEW_MAP);
  transact(doc, origin, () => {
    map.set('page', counter + delta);
    map.set('pageSetAt', now);
  });
}

export const nextProjectorPage = (doc: Y.Doc, now: number, origin: unknown = LOCAL_ORIGIN) =>
  turnProjectorPage(doc, 1, now, origin);

export const previousProjectorPage = (doc: Y.Doc, now: number, origin: unknown = LOCAL_ORIGIN) =>
  turnProjectorPage(doc, -1, now, origin);

/** Pages turn by themselves every `seconds` (0: only by hand), from the page shown at `now`. */
export function setProjectorPageTurn(
  doc: Y.Doc,
  seconds: number,
  now: number,
  origin: unknown = LOCAL_ORIGIN,
): void {
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > 3600)
    throw new Error(`Pages turn every 0 to 3600 seconds, not ${seconds}`);
  const counter = pageCounterAt(readProjectorView(doc), now);
  const map = doc.getMap<unknown>(PROJECTOR_VIEW_MAP);
  transact(doc, origin, () => {
    map.set('turnSeconds', seconds);
    map.set('page', counter);
    map.set('pageSetAt', now);
  });
}

/** Puts one group or note in focus on the projector (null: the whole board again). */
export function focusProjector(
  doc: Y.Doc,
  focus: ProjectorFocus | null,
  origin: unknown = LOCAL_ORIGIN,
): void {
  if (focus && (!['group', 'note'].includes(focus.kind) || !focus.id || !focus.blockId))
    throw new Error('The projector focuses on a group or a note of a board');
  const map = doc.getMap<unknown>(PROJECTOR_VIEW_MAP);
  transact(doc, origin, () => {
    if (!focus) {
      for (const k of ['focusKind', 'focusId', 'focusBlock']) if (map.has(k)) map.delete(k);
      return;
    }
    map.set('focusKind', focus.kind);
    map.set('focusId', focus.id);
    map.set('focusBlock', focus.blockId);
  });
}
