// Prefilled action forms (issue 13, part 7): who can be picked as an owner, the draft a promoted
// note or an accepted suggestion opens with, and the "No owner, no action" check. Pure reads.
import type * as Y from 'yjs';
import { listParticipants } from '../session/read';
import { readSessionDetails } from '../session/details';
import { readTimer } from '../timer/read';
import { getBlockOrder } from '../agenda/read';
import { currentBlockId } from '../timer/timerFacts';
import { TITLE_MAX_CHARS } from '../limits';
import type { Suggestion } from './suggestions';
import type { BoardSource } from './names';
import type { ParkingItem } from '../parkingLot/read';

/** What the action form opens with; the facilitator completes and saves it. */
export interface ActionDraft {
  title: string;
  responsible: string;
  successMeasure: string;
  sourceBlockId: string | null;
  sourceNoteIds: string[];
  sourceGroupId: string | null;
  /** A parking lot item the action settles once it is saved (its outcome names the action). */
  parkingItemId?: string | null;
}

/** The text on one line, runs of whitespace as one space. */
export const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
/** A title from any text: one line, clipped to TITLE_MAX_CHARS with an ellipsis. */
export const clipTitle = (s: string) => {
  const one = oneLine(s);
  return one.length > TITLE_MAX_CHARS ? `${one.slice(0, TITLE_MAX_CHARS - 1)}…` : one;
};

/** Names to pick an owner from: everyone who joined (latest names) and the facilitator. */
export function ownerChoices(doc: Y.Doc): string[] {
  const names = listParticipants(doc).map((p) => p.name.trim());
  const facilitator = readSessionDetails(doc).facilitatorName.trim();
  if (facilitator) names.push(facilitator);
  return [...new Set(names.filter(Boolean))].sort((a, b) => a.localeCompare(b));
}

/** The block the room is on now (the timer's), or null when the agenda is empty or done. */
export function currentBlock(doc: Y.Doc): string | null {
  return currentBlockId(readTimer(doc), getBlockOrder(doc));
}

/** A suggestion accepted as an action: the suggester owns it, from their block or the current one. */
export function draftFromSuggestion(doc: Y.Doc, s: Suggestion): ActionDraft {
  const title = clipTitle(s.text);
  return {
    title,
    responsible: s.authorName.trim(),
    // A long suggestion keeps its full text; the title is clipped.
    successMeasure: oneLine(s.text) === title ? '' : s.text,
    sourceBlockId: s.sourceBlockId ?? currentBlock(doc),
    sourceNoteIds: [],
    sourceGroupId: null,
  };
}

/**
 * A note or group promoted to an action: its author (when named) as owner. It is filed under the
 * block the room is on (when a doc is given and the agenda has one), else the board's block; the
 * link to the notes and group is kept either way.
 */
export function draftFromBoard(source: BoardSource, doc?: Y.Doc): ActionDraft {
  return {
    title: clipTitle(source.text) || 'Action',
    responsible: source.authorName?.trim() ?? '',
    successMeasure: '',
    sourceBlockId: (doc ? currentBlock(doc) : null) ?? source.blockId,
    sourceNoteIds: source.noteIds,
    sourceGroupId: source.groupId ?? null,
  };
}

/** A parking lot item made an action: its author as owner, under the block the room is on. */
export function draftFromParking(doc: Y.Doc, item: ParkingItem): ActionDraft {
  const title = clipTitle(item.text) || 'Action';
  return {
    title,
    responsible: item.authorName.trim(),
    // A long item keeps its full text; the title is clipped.
    successMeasure: oneLine(item.text) === title ? '' : item.text,
    sourceBlockId: currentBlock(doc) ?? item.blockId,
    sourceNoteIds: [],
    sourceGroupId: null,
    parkingItemId: item.id,
  };
}

/** A new action written from scratch: only the current block as its source. */
export function emptyDraft(doc: Y.Doc): ActionDraft {
  return {
    title: '',
    responsible: '',
    successMeasure: '',
    sourceBlockId: currentBlock(doc),
    sourceNoteIds: [],
    sourceGroupId: null,
  };
}

export const NO_OWNER_WARNING =
  'No owner, no action: pick a Responsible, or press Save again to keep it without one.';

/** The warning to show before saving an action whose Responsible is empty; null when it has one. */
export function ownerWarning(responsible: string): string | null {
  return responsible.trim() === '' ? NO_OWNER_WARNING : null;
}
