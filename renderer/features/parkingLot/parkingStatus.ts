// What a parking lot item's outcome says, in words, on every page.
import type { ParkingItem } from '../../../shared/model/parkingLot/read';
import { t } from '../../i18n/t';

export function parkingStatus(item: ParkingItem, blockTitle: (id: string) => string): string {
  const o = item.outcome;
  if (!o) return t('parking.status.open');
  if (o.kind === 'moved') return t('parking.status.moved', { block: blockTitle(o.blockId) });
  if (o.kind === 'decision') return t('parking.status.decision');
  if (o.kind === 'action') return t('parking.status.action');
  return t('parking.status.closed');
}
