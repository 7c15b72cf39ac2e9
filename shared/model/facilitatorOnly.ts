// Every top-level type only the facilitator writes (DESIGN.md §2): the agenda, timer and ledger,
// the board's control state (phase, voting, published keys), the registers and the session's meta
// (title, details) and what the projector shows. Attendees write notes, votes, readiness, participants and suggestions; the
// hub refuses the rest from them.
import { FACILITATOR_ONLY_TYPES as AGENDA_TYPES } from './agendaSchema';
import { BOARD_MAPS } from './board/boardDoc';
import { PROJECTOR_VIEW_MAP } from './projectorView';

export const FACILITATOR_ONLY_TYPES: readonly string[] = [
  ...AGENDA_TYPES,
  BOARD_MAPS.control,
  'decisions',
  'actions',
  'measures',
  'meta',
  PROJECTOR_VIEW_MAP,
];
