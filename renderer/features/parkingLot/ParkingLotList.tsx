// The parking lot's items, each an <article> with its text, author and status; the console adds
// the facilitator's actions to each open item. A long lot is virtual (lists/VirtualList.tsx).
import { memo, type ReactNode } from 'react';
import type { ParkingItem } from '../../../shared/model/parkingLot/read';
import { formatTime } from '../../app/format';
import { parkingStatus } from './parkingStatus';
import { VirtualList, type RowProps } from '../lists/VirtualList';
import { useT } from '../../i18n/useT';
import { t } from '../../i18n/t';

/** The grid's narrowest column (parkingLot.css) and a card's height before it is measured. */
const MIN_ITEM_PX = 200;
const ESTIMATE_PX = 130;

// Memoized by content (every read makes new objects), so a new item re-renders one item, not
// a 5,000-item list. The console's action buttons are new elements each render: it re-renders.
// A virtual row's props are new each render too: only the rendered window re-renders.
const Item = memo(
  function Item(props: { item: ParkingItem; status: string; actions?: ReactNode; row?: RowProps }) {
    const { item: n } = props;
    useT();
    return (
      <li {...props.row}>
        <article
          className={n.outcome ? 'note done' : 'note'}
          aria-label={t('parking.itemBy', { name: n.authorName || t('parking.someone') })}
        >
          {/* Open items say nothing: fewer nodes in a long list, and the outcome stands out. */}
          {n.outcome && <p className="parking-status">{props.status}</p>}
          <p className="note-text" dir="auto">
            {n.text}
          </p>
          <footer className="note-meta">
            <bdi>{n.authorName || t('note.anonymous')}</bdi> ·{' '}
            <time>{formatTime(n.createdAt)}</time>
          </footer>
          {props.actions}
        </article>
      </li>
    );
  },
  (a, b) =>
    a.item.text === b.item.text &&
    a.item.authorName === b.item.authorName &&
    a.item.createdAt === b.item.createdAt &&
    a.status === b.status &&
    a.actions === b.actions &&
    a.row === b.row,
);

export function ParkingLotList(props: {
  items: ParkingItem[];
  blockTitle(id: string): string;
  actions?(item: ParkingItem): ReactNode;
}) {
  useT();
  if (props.items.length === 0) return <p className="muted">{t('parking.none')}</p>;
  return (
    <VirtualList
      items={props.items}
      itemKey={(n) => n.id}
      className="notes"
      estimatePx={ESTIMATE_PX}
      minItemPx={MIN_ITEM_PX}
      renderItem={(n, row) => (
        <Item
          item={n}
          status={parkingStatus(n, props.blockTitle)}
          actions={props.actions?.(n)}
          row={row}
        />
      )}
    />
  );
}
