// Sorted lists kept in board order (oldest first, ties by id: shared byAge) by binary search, so
// one incoming note costs a search and a splice instead of a sort of the whole board.
import { byAge } from './groupCommands';

export interface Aged {
  id: string;
  createdAt: number;
}

/** The first index whose element is not older than `key` (where `key` is or would go). */
export function ageIndex<T>(list: readonly T[], key: Aged, keyOf: (t: T) => Aged): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byAge(keyOf(list[mid]!), key) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Removes `item` (found by its key); false when it is not there. */
export function removeAged<T>(list: T[], item: T, keyOf: (t: T) => Aged): boolean {
  const i = ageIndex(list, keyOf(item), keyOf);
  if (list[i] !== item) return false;
  list.splice(i, 1);
  return true;
}

export function insertAged<T>(list: T[], item: T, keyOf: (t: T) => Aged): void {
  list.splice(ageIndex(list, keyOf(item), keyOf), 0, item);
}
