// What a parking lot item's outcome says, in words, on every page.
import type { ParkingItem } from '../../../shared/model/parkingLot/read';

export function parkingStatus(item: ParkingItem, blockTitle: (id: string) => string): string {
  const o = item.outcome;
  if (!o) return 'Open';
  if (o.kind === 'moved') return `Moved to ${blockTitle(o.blockId)}`;
  if (o.kind === 'decision') return 'Now a decision';
  if (o.kind === 'action') return 'Now an action';
  return 'Closed';
}
