// Undo and redo of the facilitator's board and register actions (merge, delete, move, group,
// ungroup, edits): a Y.UndoManager over those types that tracks only LOCAL_ORIGIN, so remote
// edits are never undone and attendees' anonymous writes (ANONYMOUS_ORIGIN) are not either.
import * as Y from 'yjs';
import { LOCAL_ORIGIN } from './origins';
import { PARTLY_UNDONE_TYPES, UNDO_TYPES } from './schema';
import { BOARD_MAPS } from './board/names';
import { COLUMNS_EDIT } from './board/columnCommands';

/** What a stack item did, for the button's name ("Undo merge"). */
export type UndoLabel =
  | 'merge'
  | 'delete'
  | 'move'
  | 'group'
  | 'edit'
  | 'add'
  | 'decision'
  | 'action'
  | 'measure'
  | 'columns'
  | 'change';

/** Yjs types Y.Map's event handler too narrowly to look one up in `tr.changed`; identity is what counts. */
const changedHas = (tr: Y.Transaction, type: Y.Map<unknown>): boolean =>
  [...tr.changed.keys()].some((t) => (t as unknown) === type);

/**
 * A reveal writes the opened texts into the notes, and a board's setup its keys: undoing either
 * would re-seal notes whose key is already public, so transactions that touch the board's control
 * map are never captured — except a column edit (`setBoardColumns` marks it), which changes only
 * the settings' column list (the keys in it stay the block's own) and moves notes to Unsorted.
 */
function capturable(doc: Y.Doc) {
  const control = doc.getMap(BOARD_MAPS.control);
  // An undo or redo only touches what a captured step touched, so it is always captured.
  return (tr: Y.Transaction) =>
    !changedHas(tr, control) ||
    tr.meta.get(COLUMNS_EDIT) === true ||
    tr.origin instanceof Y.UndoManager;
}

/** Names what a transaction did to the board and registers. */
export function describeTransaction(doc: Y.Doc, tr: Y.Transaction): UndoLabel {
  if (tr.meta.get(COLUMNS_EDIT) === true) return 'columns';
  const notes = doc.getMap(BOARD_MAPS.notes);
  const groups = doc.getMap(BOARD_MAPS.groups);
  let added = 0;
  let deleted = 0;
  const fields = new Set<string>();
  for (const [type, keys] of tr.changed) {
    const t: unknown = type;
    if (t === notes) {
      for (const k of keys) {
        if (k === null) continue;
        if (notes.has(k)) added++;
        else deleted++;
      }
    } else if (type instanceof Y.Map && (type.parent as unknown) === notes) {
      for (const k of keys) if (k !== null) fields.add(k);
    }
  }
  if (deleted > 0 && fields.has('text')) return 'merge';
  if (deleted > 0) return 'delete';
  if (added > 0) return 'add';
  if (fields.has('groupId') || changedHas(tr, groups)) return 'group';
  if (fields.has('column')) return 'move';
  if (fields.size > 0) return 'edit';
  for (const name of ['decisions', 'actions', 'measures'] as const) {
    const register = doc.getMap(name);
    // A new or deleted record changes the register; an edit changes the record's own map.
    for (const type of tr.changed.keys())
      if ((type as unknown) === register || (type.parent as unknown) === register)
        return name.slice(0, -1) as UndoLabel;
  }
  return 'change';
}

export function createUndoManager(doc: Y.Doc): Y.UndoManager {
  // Registered before the manager's own listener, so it has run when a step is added.
  let lastLabel: UndoLabel = 'change';
  let popped: unknown = null;
  // The types each area declares undoable (schema.ts); agenda and timer are not among them, and
  // of the board's control map only column edits are (see `capturable`).
  const types = [...UNDO_TYPES, ...PARTLY_UNDONE_TYPES].map((name) => doc.getMap(name));
  const scope = new Set<unknown>(types);
  const onTransaction = (tr: Y.Transaction) => {
    // Only writes the manager captures (changedParentTypes holds the top-level types touched).
    const inScope = [...tr.changedParentTypes.keys()].some((t) => scope.has(t));
    if (tr.origin === LOCAL_ORIGIN && inScope) lastLabel = describeTransaction(doc, tr);
  };
  doc.on('afterTransaction', onTransaction);
  const um = new Y.UndoManager(types, {
    trackedOrigins: new Set([LOCAL_ORIGIN]),
    captureTransaction: capturable(doc),
    // One command is one transaction is one step: never fold two clicks into one undo.
    captureTimeout: 0,
  });
  um.on('stack-item-popped', (e) => {
    popped = e.stackItem.meta.get('label') ?? null;
  });
  um.on('stack-item-added', (e) => {
    // An undo or redo moves its step to the other stack: the label goes with it.
    const fromStack = e.origin === um && popped !== null;
    e.stackItem.meta.set('label', fromStack ? popped : lastLabel);
    popped = null;
  });
  const destroy = um.destroy.bind(um);
  um.destroy = () => {
    doc.off('afterTransaction', onTransaction);
    destroy();
  };
  return um;
}

/** The label of the step that undo (or redo) would take back next, or null. */
export function nextLabel(um: Y.UndoManager, which: 'undo' | 'redo'): UndoLabel | null {
  const stack = which === 'undo' ? um.undoStack : um.redoStack;
  const label = stack[stack.length - 1]?.meta.get('label');
  return typeof label === 'string' ? (label as UndoLabel) : null;
}
