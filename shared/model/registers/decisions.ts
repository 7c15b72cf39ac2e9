// Commands for the decision log: the facilitator records, edits, commits and deletes decisions,
// also straight from a note or group on the board (the source link is kept).
import * as Y from 'yjs';
import { transact } from '../doc';
import { LOCAL_ORIGIN } from '../origins';
import { randomId } from '../ids';
import { ValidationError } from '../limits';
import {
  byTimeThenId,
  getRecord,
  readAll,
  readDecision,
  registerMaps,
  vBool,
  vDissent,
  vId,
  vIdOrNull,
  vIds,
  vLong,
  vOptions,
  vTime,
  vTitle,
  writeFields,
  type Decision,
  type Dissent,
} from './names';

export interface DecisionFields {
  title: string;
  context?: string;
  optionsConsidered?: string[];
  decision?: string;
  rationale?: string;
  dissent?: Dissent;
  sourceBlockId?: string | null;
  sourceNoteIds?: string[];
  sourceGroupId?: string | null;
  decidedAt?: number;
  committed?: boolean;
}

export interface AddDecisionArgs extends DecisionFields {
  /** Injected for deterministic tests; defaults to Date.now(). */
  now?: number;
  id?: string;
}

export type UpdateDecisionArgs = { id: string } & Partial<DecisionFields>;

/** Validates whichever fields are present; absent fields stay undefined. */
function validate(f: Partial<DecisionFields>): Partial<Omit<Decision, 'id'>> {
  return {
    title: f.title === undefined ? undefined : vTitle(f.title, 'The decision title'),
    context: f.context === undefined ? undefined : vLong(f.context, 'The context'),
    optionsConsidered:
      f.optionsConsidered === undefined ? undefined : vOptions(f.optionsConsidered),
    decision: f.decision === undefined ? undefined : vLong(f.decision, 'The decision'),
    rationale: f.rationale === undefined ? undefined : vLong(f.rationale, 'The rationale'),
    dissent: f.dissent === undefined ? undefined : vDissent(f.dissent),
    sourceBlockId:
      f.sourceBlockId === undefined ? undefined : vIdOrNull(f.sourceBlockId, 'The block'),
    sourceNoteIds:
      f.sourceNoteIds === undefined ? undefined : vIds(f.sourceNoteIds, 'A source note'),
    sourceGroupId:
      f.sourceGroupId === undefined ? undefined : vIdOrNull(f.sourceGroupId, 'The source group'),
    decidedAt: f.decidedAt === undefined ? undefined : vTime(f.decidedAt, 0),
    committed: f.committed === undefined ? undefined : vBool(f.committed, 'Committed'),
  };
}

export function addDecision(
  doc: Y.Doc,
  args: AddDecisionArgs,
  origin: unknown = LOCAL_ORIGIN,
): Decision {
  const id = args.id === undefined ? randomId() : vId(args.id, 'The decision id');
  const v = validate(args);
  const decision: Decision = {
    id,
    title: vTitle(args.title, 'The decision title'),
    context: v.context ?? '',
    optionsConsidered: v.optionsConsidered ?? [],
    decision: v.decision ?? '',
    rationale: v.rationale ?? '',
    dissent: v.dissent ?? { mode: 'count', count: 0 },
    sourceBlockId: v.sourceBlockId ?? null,
    sourceNoteIds: v.sourceNoteIds ?? [],
    sourceGroupId: v.sourceGroupId ?? null,
    decidedAt: v.decidedAt ?? args.now ?? Date.now(),
    committed: v.committed ?? false,
  };
  const { decisions } = registerMaps(doc);
  if (decisions.has(id)) throw new ValidationError('That decision already exists.');
  transact(doc, origin, () => {
    const m = new Y.Map<unknown>();
    for (const [k, val] of Object.entries(decision)) if (k !== 'id') m.set(k, val);
    decisions.set(id, m);
  });
  return decision;
}

export function updateDecision(
  doc: Y.Doc,
  args: UpdateDecisionArgs,
  origin: unknown = LOCAL_ORIGIN,
): Decision {
  const [id, m] = getRecord(registerMaps(doc).decisions, args.id, 'decision');
  const { id: _ignored, ...fields } = args;
  const v = validate(fields);
  transact(doc, origin, () => writeFields(m, v));
  return readDecision(id, m)!;
}

export function deleteDecision(
  doc: Y.Doc,
  args: { id: string },
  origin: unknown = LOCAL_ORIGIN,
): void {
  const [id] = getRecord(registerMaps(doc).decisions, args.id, 'decision');
  transact(doc, origin, () => registerMaps(doc).decisions.delete(id));
}

/** All decisions in the order they were decided (ties by id). */
export function listDecisions(doc: Y.Doc): Decision[] {
  return readAll(registerMaps(doc).decisions, readDecision).sort(byTimeThenId((d) => d.decidedAt));
}
