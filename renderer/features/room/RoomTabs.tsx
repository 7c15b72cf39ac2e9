// The phone's tab bar at the bottom of the screen, in reach of a thumb: the room's parts, each
// with a count of what waits there. Hidden on wider screens, which show every part at once.
import { useRef } from 'react';
import type { RoomTab } from './roomTabs';
import { useStickyScrollPadding } from './useStickyScrollPadding';

export interface TabInfo {
  tab: RoomTab;
  label: string;
  /** How many things wait there (drawn as a badge), and what they are, for a screen reader. */
  count?: { n: number; what: string };
}

export function RoomTabs(props: { tabs: TabInfo[]; current: RoomTab; onPick(t: RoomTab): void }) {
  const ref = useRef<HTMLElement>(null);
  useStickyScrollPadding(ref, 'bottom');
  return (
    <nav className="room-tabs" aria-label="Room sections" ref={ref}>
      {props.tabs.map((t) => (
        <button
          key={t.tab}
          type="button"
          aria-current={t.tab === props.current ? 'true' : undefined}
          aria-controls={`room-panel-${t.tab}`}
          onClick={() => props.onPick(t.tab)}
        >
          <span className="room-tab-label">{t.label}</span>
          {t.count && t.count.n > 0 && (
            <span className="room-tab-badge">
              {' '}
              {t.count.n}
              <span className="visually-hidden"> {t.count.what}</span>
            </span>
          )}
        </button>
      ))}
    </nav>
  );
}
