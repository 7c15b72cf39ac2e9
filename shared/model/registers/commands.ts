// Commands for the registers: the facilitator records, edits and deletes decisions (also straight
// from a note or group on the board, keeping the link), action items with RACI and measures. Each
// is the generic record command (records.ts) bound to its kind.
import type * as Y from 'yjs';
import {
  actionKind,
  addRecord,
  decisionKind,
  deleteRecord,
  measureKind,
  updateRecord,
  type AddArgs,
  type UpdateArgs,
} from './records';
import type { ActionItem, Decision, Measure } from './names';
import { registerMaps } from './names';
import { readAction } from './read';
import { transact } from '../doc';
import { LOCAL_ORIGIN } from '../origins';
import { recordActionUpdate } from '../series/commands';

function readActionStatus(doc: Y.Doc, id: string) {
  const m = registerMaps(doc).actions.get(id);
  return m ? (readAction(id, m)?.status ?? null) : null;
}

/** A new record needs its title (or name); `now` and `id` are injectable for tests. */
export type AddDecisionArgs = AddArgs<Decision> & Pick<Decision, 'title'>;
export type AddActionArgs = Omit<AddArgs<ActionItem>, 'createdAt' | 'carriedFrom'> &
  Pick<ActionItem, 'title'>;
export type AddMeasureArgs = Omit<AddArgs<Measure>, 'createdAt'> & Pick<Measure, 'name'>;
export type UpdateDecisionArgs = UpdateArgs<Decision>;
export type UpdateActionArgs = Omit<UpdateArgs<ActionItem>, 'createdAt' | 'carriedFrom'>;
export type UpdateMeasureArgs = Omit<UpdateArgs<Measure>, 'createdAt'>;
type Id = { id: string };

export const addDecision = (doc: Y.Doc, args: AddDecisionArgs, origin?: unknown) =>
  addRecord(decisionKind, doc, args, origin);
export const updateDecision = (doc: Y.Doc, args: UpdateDecisionArgs, origin?: unknown) =>
  updateRecord(decisionKind, doc, args, origin);
export const deleteDecision = (doc: Y.Doc, args: Id, origin?: unknown) =>
  deleteRecord(decisionKind, doc, args, origin);

export const addAction = (doc: Y.Doc, args: AddActionArgs, origin?: unknown) =>
  addRecord(actionKind, doc, args, origin);
/** A changed status also enters the action's history (series/commands.ts), in the same
 * transaction, so one undo takes both back. */
export const updateAction = (doc: Y.Doc, args: UpdateActionArgs, origin?: unknown) => {
  const before = args.status === undefined ? null : readActionStatus(doc, args.id);
  return transact(doc, origin ?? LOCAL_ORIGIN, () => {
    const after = updateRecord(actionKind, doc, args, origin);
    if (before !== null && after.status !== before)
      recordActionUpdate(doc, 'facilitator', { actionId: after.id, status: after.status }, origin);
    return after;
  });
};
export const deleteAction = (doc: Y.Doc, args: Id, origin?: unknown) =>
  deleteRecord(actionKind, doc, args, origin);

export const addMeasure = (doc: Y.Doc, args: AddMeasureArgs, origin?: unknown) =>
  addRecord(measureKind, doc, args, origin);
export const updateMeasure = (doc: Y.Doc, args: UpdateMeasureArgs, origin?: unknown) =>
  updateRecord(measureKind, doc, args, origin);
export const deleteMeasure = (doc: Y.Doc, args: Id, origin?: unknown) =>
  deleteRecord(measureKind, doc, args, origin);
