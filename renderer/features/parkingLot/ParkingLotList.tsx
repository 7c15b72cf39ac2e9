// The parking lot's items, each an <article> with its text, author and status; the console adds
// the facilitator's actions to each open item.
import { memo, type ReactNode } from 'react';
import type { ParkingItem } from '../../../shared/model/parkingLot/read';
import { formatTime } from '../../app/format';
import { parkingStatus } from './parkingStatus';

// Memoized by content (every read makes new objects), so a new item re-renders one item, not
// a 5,000-item list. The console's action buttons are new elements each render: it re-renders.
const Item = memo(
  function Item(props: { item: ParkingItem; status: string; actions?: ReactNode }) {
    const { item: n } = props;
    return (
      <li>
        <article
          className={n.outcome ? 'note done' : 'note'}
          aria-label={`Parking lot item by ${n.authorName || 'someone'}`}
        >
          {/* Open items say nothing: fewer nodes in a long list, and the outcome stands out. */}
          {n.outcome && <p className="parking-status">{props.status}</p>}
          <p className="note-text" dir="auto">
            {n.text}
          </p>
          <footer className="note-meta">
            {n.authorName || 'Anonymous'} · <time>{formatTime(n.createdAt)}</time>
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
    a.actions === b.actions,
);

export function ParkingLotList(props: {
  items: ParkingItem[];
  blockTitle(id: string): string;
  actions?(item: ParkingItem): ReactNode;
}) {
  if (props.items.length === 0) return <p className="muted">Nothing parked yet.</p>;
  return (
    <ul className="notes">
      {props.items.map((n) => (
        <Item
          key={n.id}
          item={n}
          status={parkingStatus(n, props.blockTitle)}
          actions={props.actions?.(n)}
        />
      ))}
    </ul>
  );
}
