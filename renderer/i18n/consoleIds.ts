// The console side's message ids, for t()'s type: one line per area's English catalog
// (catalogs/console/<area>.en.json). Types only: nothing here reaches a bundle.
import type console from './catalogs/console/console.en.json';
import type board from './catalogs/console/board.en.json';
import type polls from './catalogs/console/polls.en.json';
import type questions from './catalogs/console/questions.en.json';
import type parkingLot from './catalogs/console/parkingLot.en.json';
import type presence from './catalogs/console/presence.en.json';
import type qrCode from './catalogs/console/qrCode.en.json';
import type exportWords from './catalogs/console/export.en.json';

export type ConsoleMessageId =
  | keyof typeof console
  | keyof typeof board
  | keyof typeof polls
  | keyof typeof questions
  | keyof typeof parkingLot
  | keyof typeof presence
  | keyof typeof qrCode
  | keyof typeof exportWords;
