// How the review block words an action's state, on the console, the projector and the phone.
import type { ReviewItem } from '../../../shared/model/series/read';
import { REVIEW_STATUSES, type ReviewStatus } from '../../../shared/model/series/names';
import { t } from '../../i18n/t';
import { formatDay } from '../../app/format';

export { REVIEW_STATUSES, type ReviewStatus };

/** A status in the reader's language: "Done", "On track", "At risk", … (the room's catalog). */
export const statusLabel = (status: string) =>
  t('commitments.status', { status: status.replace(/\s+/g, '_') });

/** "Ann (R) · Bo (A) · due 2026-10-01" (the console's and the projector's). */
export function ownerLine(item: ReviewItem): string {
  const a = item.action;
  return [
    a.responsible ? t('series.responsible', { name: a.responsible }) : t('series.noOwner'),
    a.accountable && a.accountable !== a.responsible
      ? t('series.accountable', { name: a.accountable })
      : '',
    a.due ? t('series.due', { date: formatDay(a.due) }) : t('series.noDue'),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The review recorded in this session, as one line, or "Not reviewed yet". */
export function reviewLine(item: ReviewItem): string {
  const r = item.review;
  if (!r) return t('commitments.notReviewed');
  return t('commitments.reviewLine', {
    status: statusLabel(r.status),
    note: r.note,
    hasNote: r.note ? 'yes' : 'no',
    by: r.byName,
    date: r.date,
  });
}

export const notReviewed = (items: readonly ReviewItem[]) => items.filter((i) => !i.review);

export const reviewedCount = (items: readonly ReviewItem[]) =>
  t('series.reviewedCount', {
    n: items.length - notReviewed(items).length,
    total: items.length,
  });
