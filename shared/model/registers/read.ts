// The registers' readers: plain sorted objects from what any peer wrote, each record read through
// its kind's readers (records.ts), so a missing or mistyped field reads as a default and a
// record without its title (or name) is skipped.
import type * as Y from 'yjs';
import { actionKind, decisionKind, listRecords, measureKind, readRecord } from './records';
import type { ActionItem, Decision, Measure, Registers } from './names';

export const readDecision = (id: string, m: Y.Map<unknown>): Decision | null =>
  readRecord(decisionKind, id, m);
export const readAction = (id: string, m: Y.Map<unknown>): ActionItem | null =>
  readRecord(actionKind, id, m);
export const readMeasure = (id: string, m: Y.Map<unknown>): Measure | null =>
  readRecord(measureKind, id, m);

/** All decisions in the order they were decided (ties by id). */
export const listDecisions = (doc: Y.Doc): Decision[] => listRecords(decisionKind, doc);
/** All action items, oldest first (ties by id). */
export const listActions = (doc: Y.Doc): ActionItem[] => listRecords(actionKind, doc);
/** All measures, oldest first (ties by id). */
export const listMeasures = (doc: Y.Doc): Measure[] => listRecords(measureKind, doc);

export function readRegisters(doc: Y.Doc): Registers {
  return { decisions: listDecisions(doc), actions: listActions(doc), measures: listMeasures(doc) };
}
