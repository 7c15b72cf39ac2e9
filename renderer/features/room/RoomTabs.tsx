// The phone's tab bar at the bottom of the screen, in reach of a thumb: the room's parts, each
// with a count of what waits there. Hidden on wider screens, which show every part at once.
import { useRef } from 'react';
import type { RoomTab } from './roomTabs';
import { useStickyScrollPadding } from './useStickyScrollPadding';
import { useT } from '../../i18n/useT';

export interface TabInfo {
  tab: RoomTab;
  label: string;
  /** How many things wait there (drawn as a badge), and what they are, for a screen reader. */
  count?: { n: number; what: 'open' | 'toAnswer' };
}

export function RoomTabs(props: { tabs: TabInfo[]; current: RoomTab; onPick(t: RoomTab): void }) {
  const t = useT();
  const ref = useRef<HTMLElement>(null);
  useStickyScrollPadding(ref, 'bottom');
  return (
    <nav className="room-tabs" aria-label={t('room.sections')} ref={ref}>
      {props.tabs.map((tab) => (
        <button
          key={tab.tab}
          type="button"
          aria-current={tab.tab === props.current ? 'true' : undefined}
          aria-controls={`room-panel-${tab.tab}`}
          onClick={() => props.onPick(tab.tab)}
        >
          <span className="room-tab-label">{tab.label}</span>
          {tab.count && tab.count.n > 0 && (
            <span className="room-tab-badge">
              {' '}
              {tab.count.n}
              <span className="visually-hidden">
                {' '}
                {tab.count.what === 'open' ? t('room.badge.open') : t('room.badge.toAnswer')}
              </span>
            </span>
          )}
        </button>
      ))}
    </nav>
  );
}
