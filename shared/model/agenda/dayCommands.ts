// Day-level agenda commands beyond add/update/delete: reordering and duplicating whole days.
import { sessionWords } from '../../i18n/sessionWords';
import { readSessionLanguage } from '../session/language';
import type * as Y from 'yjs';
import { transact } from '../doc';
import { LOCAL_ORIGIN } from '../origins';
import { TITLE_MAX_CHARS } from '../limits';
import { agendaTypes, DAY_LABEL_MAX_CHARS, readBlock, readDay, type Day } from './names';
import { resolveAgenda } from './read';
import { addBlock, addDay } from './commands';
import { invalid } from '../refusals';

/** Moves a day to position `toIndex` among the visible days. */
export function moveDay(
  doc: Y.Doc,
  args: { dayId: string; toIndex: number },
  origin: unknown = LOCAL_ORIGIN,
): void {
  const t = agendaTypes(doc);
  transact(doc, origin, () => {
    const visible = resolveAgenda(t).map((d) => d.id);
    if (!visible.includes(args.dayId)) throw invalid('agenda.dayGone');
    const raw = t.dayOrder.toArray();
    for (let i = raw.length - 1; i >= 0; i--) if (raw[i] === args.dayId) t.dayOrder.delete(i, 1);
    const others = visible.filter((d) => d !== args.dayId);
    const i = Math.max(0, Math.min(others.length, Math.trunc(args.toIndex)));
    const before = others[i];
    const now = t.dayOrder.toArray();
    t.dayOrder.insert(before === undefined ? now.length : now.indexOf(before), [args.dayId]);
  });
}

/** Copies a day with all its blocks (label suffixed " (copy)") right after the original. */
export function duplicateDay(
  doc: Y.Doc,
  args: { dayId: string },
  origin: unknown = LOCAL_ORIGIN,
): Day {
  const t = agendaTypes(doc);
  return transact(doc, origin, () => {
    const days = resolveAgenda(t);
    const index = days.findIndex((d) => d.id === args.dayId);
    const rd = days[index];
    if (!rd) throw invalid('agenda.dayGone');
    const source = readDay(rd.id, rd.map);
    const copy = addDay(
      doc,
      {
        label: sessionWords(readSessionLanguage(doc))
          .copyOf(source.label)
          .slice(0, DAY_LABEL_MAX_CHARS),
        date: null,
        startTime: source.startTime,
        index: index + 1,
      },
      origin,
    );
    for (const blockId of rd.visible) {
      const { id: _id, ...fields } = readBlock(blockId, t.blocks.get(blockId)!);
      addBlock(
        doc,
        { ...fields, title: fields.title.slice(0, TITLE_MAX_CHARS), dayId: copy.id },
        origin,
      );
    }
    return copy;
  });
}
