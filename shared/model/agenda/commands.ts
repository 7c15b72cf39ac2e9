// Commands that write the agenda (days and blocks). Each is one transaction; indexes are
// positions in the visible (deduplicated) order that getAgenda returns.
import * as Y from 'yjs';
import { transact } from '../doc';
import { LOCAL_ORIGIN } from '../origins';
import { randomId } from '../ids';
import { TITLE_MAX_CHARS } from '../limits';
import { sessionWords } from '../../i18n/sessionWords';
import { readSessionLanguage } from '../session/language';

/** The words the agenda writes itself (a new day's label, a copy's title): the session's language. */
const wordsOf = (doc: Y.Doc) => sessionWords(readSessionLanguage(doc));
import {
  agendaTypes,
  WRAP_UP_FIELD,
  readBlock,
  readDay,
  readWrapUpMinutes,
  BOARD_KINDS,
  type AgendaTypes,
  type Block,
  type BlockDraft,
  type BlockFields,
  type Day,
  type DayDraft,
  type DayFields,
} from './names';
import { cleanBlockFields, cleanColumns, cleanDayFields, cleanWrapUpMinutes } from './cleanFields';
import { resolveAgenda, type ResolvedDay } from './read';
import { invalid } from '../refusals';

function setAll(m: Y.Map<unknown>, fields: object): void {
  for (const [k, v] of Object.entries(fields)) if (m.get(k) !== v) m.set(k, v);
}

function requireDay(t: AgendaTypes, dayId: string): ResolvedDay {
  const rd = resolveAgenda(t).find((d) => d.id === dayId);
  if (!rd) throw invalid('agenda.dayGone');
  return rd;
}

function requireBlockMap(t: AgendaTypes, blockId: string): Y.Map<unknown> {
  const m = t.blocks.get(blockId);
  if (!(m instanceof Y.Map)) throw invalid('agenda.blockGone');
  return m;
}

function clampIndex(index: number | undefined, length: number): number {
  if (index === undefined || !Number.isFinite(index)) return length;
  return Math.max(0, Math.min(length, Math.trunc(index)));
}

/** Inserts ids before the visible block at `index` (or at the end), in raw array terms. */
function insertAt(rd: ResolvedDay, index: number | undefined, ids: string[]): void {
  if (!rd.blockIds) {
    const fresh = new Y.Array<string>();
    rd.map.set('blockIds', fresh);
    rd.blockIds = fresh;
  }
  const i = clampIndex(index, rd.visible.length);
  const raw = i < rd.rawIndex.length ? rd.rawIndex[i]! : rd.blockIds.length;
  rd.blockIds.insert(raw, ids);
}

/** Removes every occurrence of `blockId` from every day (cleans up concurrent duplicates too). */
function unlinkBlock(t: AgendaTypes, blockId: string): void {
  t.days.forEach((m) => {
    if (!(m instanceof Y.Map)) return;
    const ids = m.get('blockIds');
    if (!(ids instanceof Y.Array)) return;
    const arr = ids.toArray();
    for (let i = arr.length - 1; i >= 0; i--) if (arr[i] === blockId) ids.delete(i, 1);
  });
}

function writeBlock(t: AgendaTypes, id: string, fields: BlockFields): void {
  const m = new Y.Map<unknown>();
  t.blocks.set(id, m);
  setAll(m, { id, ...fields });
}

function writeDay(t: AgendaTypes, id: string, fields: DayFields, index?: number): void {
  const m = new Y.Map<unknown>();
  t.days.set(id, m);
  setAll(m, { id, ...fields });
  m.set('blockIds', new Y.Array<string>());
  const order = resolveAgenda(t)
    .map((d) => d.id)
    .filter((d) => d !== id);
  const i = clampIndex(index, order.length);
  // Insert next to the visible day it should precede, in raw terms.
  const raw = t.dayOrder.toArray();
  const before = order[i];
  t.dayOrder.insert(before === undefined ? raw.length : raw.indexOf(before), [id]);
}

export interface AddDayArgs extends Partial<DayFields> {
  /** Position among the days; defaults to the end. */
  index?: number;
  id?: string;
}

export function addDay(doc: Y.Doc, args: AddDayArgs = {}, origin: unknown = LOCAL_ORIGIN): Day {
  const t = agendaTypes(doc);
  const id = args.id ?? randomId();
  return transact(doc, origin, () => {
    const fields = cleanDayFields(args, wordsOf(doc).day(resolveAgenda(t).length + 1));
    writeDay(t, id, fields, args.index);
    return { id, ...fields };
  });
}

export function updateDay(
  doc: Y.Doc,
  args: { dayId: string } & Partial<DayFields>,
  origin: unknown = LOCAL_ORIGIN,
): Day {
  const t = agendaTypes(doc);
  return transact(doc, origin, () => {
    const rd = requireDay(t, args.dayId);
    const current = readDay(rd.id, rd.map);
    const fields = cleanDayFields(
      {
        label: args.label ?? current.label,
        date: args.date === undefined ? current.date : args.date,
        startTime: args.startTime ?? current.startTime,
      },
      current.label,
    );
    setAll(rd.map, fields);
    return { id: rd.id, ...fields };
  });
}

/** Deletes a day and its blocks. A session keeps at least one day. */
export function deleteDay(
  doc: Y.Doc,
  args: { dayId: string },
  origin: unknown = LOCAL_ORIGIN,
): void {
  const t = agendaTypes(doc);
  transact(doc, origin, () => {
    const days = resolveAgenda(t);
    const rd = days.find((d) => d.id === args.dayId);
    if (!rd) throw invalid('agenda.dayGone');
    if (days.length <= 1) throw invalid('agenda.sessionOneDay');
    for (const blockId of rd.visible) t.blocks.delete(blockId);
    const order = t.dayOrder.toArray();
    for (let i = order.length - 1; i >= 0; i--)
      if (order[i] === args.dayId) t.dayOrder.delete(i, 1);
    t.days.delete(args.dayId);
  });
}

export interface AddBlockArgs extends BlockDraft {
  dayId: string;
  /** Position within the day; defaults to the end. */
  index?: number;
  id?: string;
}

export function addBlock(doc: Y.Doc, args: AddBlockArgs, origin: unknown = LOCAL_ORIGIN): Block {
  const t = agendaTypes(doc);
  const fields = cleanBlockFields(args);
  const id = args.id ?? randomId();
  return transact(doc, origin, () => {
    const rd = requireDay(t, args.dayId);
    writeBlock(t, id, fields);
    insertAt(rd, args.index, [id]);
    return { id, ...fields };
  });
}

export function updateBlock(
  doc: Y.Doc,
  args: { blockId: string } & Partial<BlockFields> & {
      /** The block's wrap-up cue: minutes left, null for the automatic one, absent: unchanged. */
      wrapUpMinutes?: number | null;
    },
  origin: unknown = LOCAL_ORIGIN,
): Block {
  const t = agendaTypes(doc);
  // Checked before anything is written, so a bad wrap-up time keeps the whole edit out.
  const wrapUp =
    args.wrapUpMinutes === undefined ? undefined : cleanWrapUpMinutes(args.wrapUpMinutes);
  return transact(doc, origin, () => {
    const m = requireBlockMap(t, args.blockId);
    const current = readBlock(args.blockId, m);
    const kind = args.kind ?? current.kind;
    // Changing to a kind without a board drops the columns instead of refusing the edit.
    const columns =
      args.columns !== undefined
        ? cleanColumns(args.columns, kind)
        : BOARD_KINDS.includes(kind)
          ? current.columns
          : [];
    const fields = cleanBlockFields({
      title: args.title ?? current.title,
      kind,
      plannedMinutes: args.plannedMinutes ?? current.plannedMinutes,
      prompt: args.prompt ?? current.prompt,
      facilitatorNotes: args.facilitatorNotes ?? current.facilitatorNotes,
      columns,
    });
    const { columns: cleanCols, ...scalars } = fields;
    setAll(m, scalars);
    const old = m.get('columns');
    if (!Array.isArray(old) || old.join('\u0000') !== cleanCols.join('\u0000'))
      m.set('columns', cleanCols);
    if (wrapUp === null && m.has(WRAP_UP_FIELD)) m.delete(WRAP_UP_FIELD);
    else if (wrapUp !== undefined && wrapUp !== null && m.get(WRAP_UP_FIELD) !== wrapUp)
      m.set(WRAP_UP_FIELD, wrapUp);
    return { id: args.blockId, ...fields };
  });
}

/** Sets (a number of minutes left) or clears (null: automatic) a block's wrap-up cue. */
export function setBlockWrapUp(
  doc: Y.Doc,
  args: { blockId: string; minutes: number | null },
  origin: unknown = LOCAL_ORIGIN,
): void {
  const t = agendaTypes(doc);
  const minutes = cleanWrapUpMinutes(args.minutes);
  transact(doc, origin, () => {
    const m = requireBlockMap(t, args.blockId);
    if (minutes === null) {
      if (m.has(WRAP_UP_FIELD)) m.delete(WRAP_UP_FIELD);
    } else if (m.get(WRAP_UP_FIELD) !== minutes) m.set(WRAP_UP_FIELD, minutes);
  });
}

/** Moves a block to `toIndex` of `toDayId` (the same day or another one). */
export function moveBlock(
  doc: Y.Doc,
  args: { blockId: string; toDayId: string; toIndex: number },
  origin: unknown = LOCAL_ORIGIN,
): void {
  const t = agendaTypes(doc);
  transact(doc, origin, () => {
    requireBlockMap(t, args.blockId);
    requireDay(t, args.toDayId);
    unlinkBlock(t, args.blockId);
    insertAt(requireDay(t, args.toDayId), args.toIndex, [args.blockId]);
  });
}

/** Copies a block (title suffixed " (copy)") right after the original. */
export function duplicateBlock(
  doc: Y.Doc,
  args: { blockId: string; id?: string },
  origin: unknown = LOCAL_ORIGIN,
): Block {
  const t = agendaTypes(doc);
  const id = args.id ?? randomId();
  return transact(doc, origin, () => {
    const source = readBlock(args.blockId, requireBlockMap(t, args.blockId));
    const rd = resolveAgenda(t).find((d) => d.visible.includes(args.blockId));
    if (!rd) throw invalid('agenda.blockNotOnAgenda');
    const { id: _sourceId, ...rest } = source;
    const fields = cleanBlockFields({
      ...rest,
      title: wordsOf(doc).copyOf(source.title).slice(0, TITLE_MAX_CHARS),
    });
    writeBlock(t, id, fields);
    const wrapUp = readWrapUpMinutes(requireBlockMap(t, args.blockId));
    if (wrapUp !== null) t.blocks.get(id)!.set(WRAP_UP_FIELD, wrapUp);
    insertAt(rd, rd.visible.indexOf(args.blockId) + 1, [id]);
    return { id, ...fields };
  });
}

export function deleteBlock(
  doc: Y.Doc,
  args: { blockId: string },
  origin: unknown = LOCAL_ORIGIN,
): void {
  const t = agendaTypes(doc);
  transact(doc, origin, () => {
    unlinkBlock(t, args.blockId);
    t.blocks.delete(args.blockId);
  });
}

/**
 * Replaces the whole agenda (used by templates) and clears the timer and ledger, which would
 * otherwise point at blocks that no longer exist. Returns the new day ids.
 */
export function replaceAgenda(
  doc: Y.Doc,
  days: DayDraft[],
  origin: unknown = LOCAL_ORIGIN,
): string[] {
  if (days.length === 0) throw invalid('agenda.agendaOneDay');
  const words = wordsOf(doc);
  const cleaned = days.map((d, i) => ({
    fields: cleanDayFields(d, words.day(i + 1)),
    blocks: d.blocks.map((b) => ({
      fields: cleanBlockFields(b),
      wrapUp: cleanWrapUpMinutes(b.wrapUpMinutes),
    })),
  }));
  const t = agendaTypes(doc);
  return transact(doc, origin, () => {
    for (const key of [...t.days.keys()]) t.days.delete(key);
    for (const key of [...t.blocks.keys()]) t.blocks.delete(key);
    for (const key of [...t.timer.keys()]) t.timer.delete(key);
    for (const key of [...t.ledger.keys()]) t.ledger.delete(key);
    t.dayOrder.delete(0, t.dayOrder.length);
    return cleaned.map((d) => {
      const dayId = randomId();
      writeDay(t, dayId, d.fields);
      const ids = d.blocks.map((b) => {
        const blockId = randomId();
        writeBlock(t, blockId, b.fields);
        if (b.wrapUp !== null) t.blocks.get(blockId)!.set(WRAP_UP_FIELD, b.wrapUp);
        return blockId;
      });
      (t.days.get(dayId)!.get('blockIds') as Y.Array<string>).push(ids);
      return dayId;
    });
  });
}
