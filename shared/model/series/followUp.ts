// What a follow-up session starts with (issue 25): the earlier session's open and in-progress
// actions (every field, RACI and due date included, with their whole status history), its
// decisions for reference (read-only, in carriedDecisions), every entry of the types declared
// `carry: 'all'` (the measures, and whatever records their values), and its open parking-lot
// items. Pure: the host runs it on the new session's replica right after creating it.
import * as Y from 'yjs';
import type { Language } from '../../i18n/languages';
import { sessionWords } from '../../i18n/sessionWords';
import { transact } from '../doc';
import { SCHEMA } from '../schema';
import type { BlockDraft, DayDraft } from '../agenda/names';
import { DECISIONS, registerMaps } from '../registers/names';
import { readAction } from '../registers/read';
import { listParkingItems } from '../parkingLot/read';
import { parkingLotMap } from '../parkingLot/names';
import { writeItem } from '../parkingLot/commands';
import { seriesMaps } from './names';
import { HEALTH_HISTORY } from '../polls/names';
import { carryHealthChecks } from '../polls/healthCarry';
import { actionHistories, effectiveStatus, isOpenCommitment } from './read';

export interface CarrySummary {
  actions: number;
  /** Actions the new session already held (carried before): kept once. */
  alreadyThere: number;
  decisions: number;
  parkingItems: number;
  /** Entries of `carry: 'all'` types, per type. */
  whole: Record<string, number>;
}

/** A deep copy of a stored value (a Y type becomes a new one of the same kind). */
function copyValue(v: unknown): unknown {
  if (v instanceof Y.Map) {
    const m = new Y.Map<unknown>();
    v.forEach((x, k) => m.set(k, copyValue(x)));
    return m;
  }
  if (v instanceof Y.Array) {
    const a = new Y.Array<unknown>();
    a.push(v.toArray().map(copyValue));
    return a;
  }
  if (v instanceof Y.Text) return new Y.Text(v.toString());
  if (v instanceof Y.AbstractType) return null; // no other Y types in a session
  return v === undefined ? null : structuredClone(v);
}

const copyMap = (m: Y.Map<unknown>): Y.Map<unknown> => copyValue(m) as Y.Map<unknown>;

/** The block a follow-up opens with, in the session's language. */
export function reviewBlock(language: Language = 'en'): BlockDraft {
  return { ...sessionWords(language).review, kind: 'review', plannedMinutes: 30 };
}

/** The follow-up's agenda: the template's days (or the earlier session's), opening with a
 * "Review commitments" block unless one is already on it. */
export function followUpAgenda(days: readonly DayDraft[], language: Language = 'en'): DayDraft[] {
  const copy = days.map((d) => ({ ...d, blocks: [...d.blocks] }));
  if (copy.some((d) => d.blocks.some((b) => b.kind === 'review'))) return copy;
  const review = reviewBlock(language);
  if (copy.length === 0) return [{ label: sessionWords(language).day(1), blocks: [review] }];
  copy[0]!.blocks.unshift(review);
  return copy;
}

/**
 * Copies what carries from `prev` into `next` in one transaction. An action already in `next`
 * (the same id: carried twice) is kept once, as it is there.
 */
export function carryForward(
  prev: Y.Doc,
  next: Y.Doc,
  args: { previousTitle: string },
  origin: unknown,
): CarrySummary {
  const summary: CarrySummary = {
    actions: 0,
    alreadyThere: 0,
    decisions: 0,
    parkingItems: 0,
    whole: {},
  };
  const from = { actions: registerMaps(prev).actions, ...seriesMaps(prev) };
  const to = { actions: registerMaps(next).actions, ...seriesMaps(next) };
  const histories = actionHistories(prev);
  transact(next, origin, () => {
    from.actions.forEach((m, id) => {
      if (!(m instanceof Y.Map)) return;
      const action = readAction(id, m);
      if (!action || !isOpenCommitment(effectiveStatus(action, histories.get(id) ?? []))) return;
      if (to.actions.has(id)) {
        summary.alreadyThere++;
        return;
      }
      const copy = copyMap(m);
      if (action.carriedFrom === null) copy.set('carriedFrom', args.previousTitle);
      to.actions.set(id, copy);
      for (const u of histories.get(id) ?? [])
        if (!to.updates.has(u.key)) to.updates.set(u.key, copyMap(from.updates.get(u.key)!));
      summary.actions++;
    });
    // Decisions: those the earlier session had carried itself (`decisions` here is the series'
    // carriedDecisions), then its own; all read-only from now on.
    const carryDecision = (m: Y.Map<unknown>, id: string, session: string) => {
      if (!(m instanceof Y.Map) || to.decisions.has(id)) return;
      const copy = copyMap(m);
      // (A map not yet in a doc reads nothing back: ask the source.)
      if (typeof m.get('session') !== 'string') copy.set('session', session);
      to.decisions.set(id, copy);
      summary.decisions++;
    };
    from.decisions.forEach((m, id) => carryDecision(m, id, ''));
    prev
      .getMap<Y.Map<unknown>>(DECISIONS)
      .forEach((m, id) => carryDecision(m, id, args.previousTitle));
    for (const spec of SCHEMA.values()) {
      if (spec.carry !== 'all' || spec.kind !== 'map') continue;
      const src = prev.getMap<unknown>(spec.name);
      const dst = next.getMap<unknown>(spec.name);
      let n = 0;
      src.forEach((v, k) => {
        if (dst.has(k)) return;
        dst.set(k, copyValue(v));
        n++;
      });
      summary.whole[spec.name] = n;
    }
    // The earlier session's own team health checks join the carried history (issue 25, charts).
    summary.whole[HEALTH_HISTORY] =
      (summary.whole[HEALTH_HISTORY] ?? 0) + carryHealthChecks(prev, next, args.previousTitle);
    const lot = parkingLotMap(next);
    for (const item of listParkingItems(prev)) {
      if (item.outcome !== null || lot.has(item.id)) continue;
      const { outcome: _open, ...rest } = item;
      writeItem(next, { ...rest, blockId: null });
      summary.parkingItems++;
    }
  });
  return summary;
}
