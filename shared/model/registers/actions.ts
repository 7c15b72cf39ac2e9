// Commands for action items with RACI: created from scratch or promoted from a note or group on the
// board (keeping the link), edited, moved through their status, deleted.
import * as Y from 'yjs';
import { transact } from '../doc';
import { LOCAL_ORIGIN } from '../origins';
import { randomId } from '../ids';
import { ValidationError } from '../limits';
import {
  byTimeThenId,
  getRecord,
  readAction,
  readAll,
  registerMaps,
  vDate,
  vId,
  vIdOrNull,
  vIds,
  vName,
  vPeople,
  vShort,
  vStatus,
  vTitle,
  writeFields,
  type ActionItem,
  type ActionStatus,
} from './names';

export interface ActionFields {
  title: string;
  responsible?: string;
  accountable?: string;
  consulted?: string[];
  informed?: string[];
  due?: string | null;
  successMeasure?: string;
  status?: ActionStatus;
  sourceBlockId?: string | null;
  sourceNoteIds?: string[];
  sourceGroupId?: string | null;
}

export interface AddActionArgs extends ActionFields {
  /** Injected for deterministic tests; defaults to Date.now(). */
  now?: number;
  id?: string;
}

export type UpdateActionArgs = { id: string } & Partial<ActionFields>;

function validate(f: Partial<ActionFields>): Partial<Omit<ActionItem, 'id' | 'createdAt'>> {
  const has = (k: keyof ActionFields) => f[k] !== undefined;
  return {
    title: has('title') ? vTitle(f.title, 'The action title') : undefined,
    responsible: has('responsible') ? vName(f.responsible, 'Responsible') : undefined,
    accountable: has('accountable') ? vName(f.accountable, 'Accountable') : undefined,
    consulted: has('consulted') ? vPeople(f.consulted, 'Consulted') : undefined,
    informed: has('informed') ? vPeople(f.informed, 'Informed') : undefined,
    due: has('due') ? vDate(f.due, 'The due date') : undefined,
    successMeasure: has('successMeasure')
      ? vShort(f.successMeasure, 'The success measure')
      : undefined,
    status: has('status') ? vStatus(f.status) : undefined,
    sourceBlockId: has('sourceBlockId') ? vIdOrNull(f.sourceBlockId, 'The block') : undefined,
    sourceNoteIds: has('sourceNoteIds') ? vIds(f.sourceNoteIds, 'A source note') : undefined,
    sourceGroupId: has('sourceGroupId')
      ? vIdOrNull(f.sourceGroupId, 'The source group')
      : undefined,
  };
}

export function addAction(
  doc: Y.Doc,
  args: AddActionArgs,
  origin: unknown = LOCAL_ORIGIN,
): ActionItem {
  const id = args.id === undefined ? randomId() : vId(args.id, 'The action id');
  const v = validate(args);
  const action: ActionItem = {
    id,
    title: vTitle(args.title, 'The action title'),
    responsible: v.responsible ?? '',
    accountable: v.accountable ?? '',
    consulted: v.consulted ?? [],
    informed: v.informed ?? [],
    due: v.due ?? null,
    successMeasure: v.successMeasure ?? '',
    status: v.status ?? 'open',
    sourceBlockId: v.sourceBlockId ?? null,
    sourceNoteIds: v.sourceNoteIds ?? [],
    sourceGroupId: v.sourceGroupId ?? null,
    createdAt: args.now ?? Date.now(),
  };
  const { actions } = registerMaps(doc);
  if (actions.has(id)) throw new ValidationError('That action already exists.');
  transact(doc, origin, () => {
    const m = new Y.Map<unknown>();
    for (const [k, val] of Object.entries(action)) if (k !== 'id') m.set(k, val);
    actions.set(id, m);
  });
  return action;
}

export function updateAction(
  doc: Y.Doc,
  args: UpdateActionArgs,
  origin: unknown = LOCAL_ORIGIN,
): ActionItem {
  const [id, m] = getRecord(registerMaps(doc).actions, args.id, 'action');
  const { id: _ignored, ...fields } = args;
  // `due: null` clears the date; writeFields skips only undefined.
  const v = validate(fields);
  transact(doc, origin, () => writeFields(m, v));
  return readAction(id, m)!;
}

export function deleteAction(
  doc: Y.Doc,
  args: { id: string },
  origin: unknown = LOCAL_ORIGIN,
): void {
  const [id] = getRecord(registerMaps(doc).actions, args.id, 'action');
  transact(doc, origin, () => registerMaps(doc).actions.delete(id));
}

/** All action items, oldest first (ties by id). */
export function listActions(doc: Y.Doc): ActionItem[] {
  return readAll(registerMaps(doc).actions, readAction).sort(byTimeThenId((a) => a.createdAt));
}
