// Commands that turn what the room produced into register entries (issue 14, part 5; issue 21): a
// note, group or parking lot item opens a decision or action form with a draft (filed under the
// block the room is on), and saving it records the entry with its link in one transaction with its
// origin, so one undo takes it back whole (an attendee's suggestion accepted: acceptSuggestion.ts).
import type * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../origins';
import { addAction, addDecision, type AddActionArgs, type AddDecisionArgs } from './commands';
import { clipTitle, currentBlock, oneLine, type ActionDraft } from './actionDrafts';
import type { BoardSource, Decision } from './names';
import { TITLE_MAX_CHARS } from '../limits';
import { parkToAction, parkToDecision } from '../parkingLot/commands';
import type { ParkingItem } from '../parkingLot/read';
import { readSessionLanguage } from '../session/language';
import { sessionWords } from '../../i18n/sessionWords';

/** A decision's title when its source has no words, in the session's language (sessionWords). */
const untitled = (doc: Y.Doc) => sessionWords(readSessionLanguage(doc)).decision;

/** What the decision form opens with; the facilitator completes and saves it. */
export interface DecisionDraft {
  title: string;
  context: string;
  sourceBlockId: string | null;
  sourceNoteIds: string[];
  sourceGroupId: string | null;
  /** A parking lot item the decision settles once it is saved. */
  parkingItemId?: string | null;
}

/**
 * A note or group to decide on: its text as the title (the full text as context when long),
 * filed under the block the room is on (else the board's), linked to its notes and group.
 */
export function decisionDraftFromBoard(doc: Y.Doc, s: BoardSource): DecisionDraft {
  return {
    title: clipTitle(s.text) || untitled(doc),
    context: s.text.length > TITLE_MAX_CHARS ? s.text : '',
    sourceBlockId: currentBlock(doc) ?? s.blockId,
    sourceNoteIds: s.noteIds,
    sourceGroupId: s.groupId ?? null,
  };
}

/** A parking lot item to decide on, under the block the room is on; saving settles the item. */
export function decisionDraftFromParking(doc: Y.Doc, item: ParkingItem): DecisionDraft {
  const title = clipTitle(item.text) || untitled(doc);
  return {
    title,
    context: oneLine(item.text) === title ? '' : item.text,
    sourceBlockId: currentBlock(doc) ?? item.blockId,
    sourceNoteIds: [],
    sourceGroupId: null,
    parkingItemId: item.id,
  };
}

/** A form's fields with the notes or group its draft came from (none when typed from scratch). */
function withDraftLink<F extends object>(
  fields: F,
  draft: { sourceNoteIds?: string[]; sourceGroupId?: string | null } | null | undefined,
) {
  return {
    ...fields,
    sourceNoteIds: draft?.sourceNoteIds ?? [],
    sourceGroupId: draft?.sourceGroupId ?? null,
  };
}

/** Saves the decision form: the record with its draft's link, settling a parking item with it. */
export function recordDecision(
  doc: Y.Doc,
  fields: AddDecisionArgs,
  draft?: DecisionDraft | null,
  origin: unknown = LOCAL_ORIGIN,
): string {
  const linked = withDraftLink(fields, draft);
  return draft?.parkingItemId
    ? parkToDecision(doc, { itemId: draft.parkingItemId, fields: linked }, origin)
    : addDecision(doc, linked, origin).id;
}

/** Saves the action form: the record with its draft's link, settling a parking item with it. */
export function recordAction(
  doc: Y.Doc,
  fields: AddActionArgs,
  draft?: ActionDraft | null,
  origin: unknown = LOCAL_ORIGIN,
): string {
  const linked = withDraftLink(fields, draft);
  return draft?.parkingItemId
    ? parkToAction(doc, { itemId: draft.parkingItemId, fields: linked }, origin)
    : addAction(doc, linked, origin).id;
}

/** Records a decision from a note or group at once (scripts and tests; the console uses the form). */
export function decisionFromBoard(
  doc: Y.Doc,
  s: BoardSource,
  origin: unknown = LOCAL_ORIGIN,
): Decision {
  return addDecision(
    doc,
    {
      title: clipTitle(s.text) || untitled(doc),
      context: s.text.length > TITLE_MAX_CHARS ? s.text : '',
      sourceBlockId: s.blockId,
      sourceNoteIds: s.noteIds,
      sourceGroupId: s.groupId ?? null,
    },
    origin,
  );
}
