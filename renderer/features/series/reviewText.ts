// How the review block words an action's state, on the console, the projector and the phone.
import type { ReviewItem } from '../../../shared/model/series/read';
import { REVIEW_STATUSES, type ReviewStatus } from '../../../shared/model/series/names';

export { REVIEW_STATUSES, type ReviewStatus };

export const STATUS_LABELS: Record<string, string> = {
  done: 'Done',
  'on track': 'On track',
  'at risk': 'At risk',
  slipped: 'Slipped',
  dropped: 'Dropped',
  open: 'Open',
  'in progress': 'In progress',
};

/** "Ann (R) · Bo (A) · due 2026-10-01". */
export function ownerLine(item: ReviewItem): string {
  const a = item.action;
  return [
    a.responsible ? `${a.responsible} (R)` : 'no owner yet',
    a.accountable && a.accountable !== a.responsible ? `${a.accountable} (A)` : '',
    a.due ? `due ${a.due}` : 'no due date',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The review recorded in this session, as one line, or "Not reviewed yet". */
export function reviewLine(item: ReviewItem): string {
  const r = item.review;
  if (!r) return 'Not reviewed yet';
  return `${STATUS_LABELS[r.status] ?? r.status}${r.note ? ` — ${r.note}` : ''} (${r.byName}, ${r.date})`;
}

export const notReviewed = (items: readonly ReviewItem[]) => items.filter((i) => !i.review);

export const reviewedCount = (items: readonly ReviewItem[]) =>
  `${items.length - notReviewed(items).length} of ${items.length} reviewed`;
