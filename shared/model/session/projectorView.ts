// What the projector shows, chosen by the facilitator: the live room (the block, its countdown,
// board, results and registers; a break screen during breaks), a full-screen join screen, or a
// hold screen with nothing on it. One facilitator-only top-level map, PROJECTOR_VIEW_MAP.
import type * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../origins';
import { transact } from '../doc';
import { PROJECTOR_VIEW_MAP } from './names';

export const PROJECTOR_SCREENS = ['live', 'join', 'hold'] as const;
export type ProjectorScreen = (typeof PROJECTOR_SCREENS)[number];

export function readProjectorScreen(doc: Y.Doc): ProjectorScreen {
  const v = doc.getMap<unknown>(PROJECTOR_VIEW_MAP).get('screen');
  return PROJECTOR_SCREENS.find((s) => s === v) ?? 'live';
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
