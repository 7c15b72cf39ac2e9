// Commands for measures: what we will measure to know we are succeeding, linked to the decisions
// and actions they track.
import * as Y from 'yjs';
import { transact } from '../doc';
import { LOCAL_ORIGIN } from '../origins';
import { randomId } from '../ids';
import { ValidationError } from '../limits';
import {
  byTimeThenId,
  getRecord,
  readAll,
  readMeasure,
  registerMaps,
  vId,
  vIds,
  vName,
  vShort,
  vTitle,
  writeFields,
  type Measure,
} from './names';

export interface MeasureFields {
  name: string;
  baseline?: string;
  target?: string;
  byWhen?: string;
  owner?: string;
  decisionIds?: string[];
  actionIds?: string[];
}

export interface AddMeasureArgs extends MeasureFields {
  /** Injected for deterministic tests; defaults to Date.now(). */
  now?: number;
  id?: string;
}

export type UpdateMeasureArgs = { id: string } & Partial<MeasureFields>;

function validate(f: Partial<MeasureFields>): Partial<Omit<Measure, 'id' | 'createdAt'>> {
  const has = (k: keyof MeasureFields) => f[k] !== undefined;
  return {
    name: has('name') ? vTitle(f.name, 'The measure name') : undefined,
    baseline: has('baseline') ? vShort(f.baseline, 'The baseline') : undefined,
    target: has('target') ? vShort(f.target, 'The target') : undefined,
    byWhen: has('byWhen') ? vShort(f.byWhen, 'By when') : undefined,
    owner: has('owner') ? vName(f.owner, 'The owner') : undefined,
    decisionIds: has('decisionIds') ? vIds(f.decisionIds, 'A linked decision') : undefined,
    actionIds: has('actionIds') ? vIds(f.actionIds, 'A linked action') : undefined,
  };
}

export function addMeasure(
  doc: Y.Doc,
  args: AddMeasureArgs,
  origin: unknown = LOCAL_ORIGIN,
): Measure {
  const id = args.id === undefined ? randomId() : vId(args.id, 'The measure id');
  const v = validate(args);
  const measure: Measure = {
    id,
    name: vTitle(args.name, 'The measure name'),
    baseline: v.baseline ?? '',
    target: v.target ?? '',
    byWhen: v.byWhen ?? '',
    owner: v.owner ?? '',
    decisionIds: v.decisionIds ?? [],
    actionIds: v.actionIds ?? [],
    createdAt: args.now ?? Date.now(),
  };
  const { measures } = registerMaps(doc);
  if (measures.has(id)) throw new ValidationError('That measure already exists.');
  transact(doc, origin, () => {
    const m = new Y.Map<unknown>();
    for (const [k, val] of Object.entries(measure)) if (k !== 'id') m.set(k, val);
    measures.set(id, m);
  });
  return measure;
}

export function updateMeasure(
  doc: Y.Doc,
  args: UpdateMeasureArgs,
  origin: unknown = LOCAL_ORIGIN,
): Measure {
  const [id, m] = getRecord(registerMaps(doc).measures, args.id, 'measure');
  const { id: _ignored, ...fields } = args;
  const v = validate(fields);
  transact(doc, origin, () => writeFields(m, v));
  return readMeasure(id, m)!;
}

export function deleteMeasure(
  doc: Y.Doc,
  args: { id: string },
  origin: unknown = LOCAL_ORIGIN,
): void {
  const [id] = getRecord(registerMaps(doc).measures, args.id, 'measure');
  transact(doc, origin, () => registerMaps(doc).measures.delete(id));
}

/** All measures, oldest first (ties by id). */
export function listMeasures(doc: Y.Doc): Measure[] {
  return readAll(registerMaps(doc).measures, readMeasure).sort(byTimeThenId((m) => m.createdAt));
}
