// The console side's message ids, for t()'s type: one line per area's English catalog
// (catalogs/console/<area>.en.json). Types only: nothing here reaches a bundle.
import type console from './catalogs/console/console.en.json';
import type library from './catalogs/console/library.en.json';
import type venue from './catalogs/console/venue.en.json';
import type probe from './catalogs/console/probe.en.json';
import type projector from './catalogs/console/projector.en.json';
import type host from './catalogs/console/host.en.json';
import type refusals from './catalogs/console/refusals.en.json';
import type errors from './catalogs/console/errors.en.json';
import type registers from './catalogs/console/registers.en.json';
import type timer from './catalogs/console/timer.en.json';
import type session from './catalogs/console/session.en.json';
import type agenda from './catalogs/console/agenda.en.json';
import type undo from './catalogs/console/undo.en.json';
import type series from './catalogs/console/series.en.json';
import type commitments from './catalogs/console/commitments.en.json';
import type board from './catalogs/console/board.en.json';
import type polls from './catalogs/console/polls.en.json';
import type questions from './catalogs/console/questions.en.json';
import type parkingLot from './catalogs/console/parkingLot.en.json';
import type presence from './catalogs/console/presence.en.json';
import type qrCode from './catalogs/console/qrCode.en.json';
import type exportWords from './catalogs/console/export.en.json';
import type breakouts from './catalogs/console/breakouts.en.json';

export type ConsoleMessageId =
  | keyof typeof console
  | keyof typeof library
  | keyof typeof venue
  | keyof typeof probe
  | keyof typeof projector
  | keyof typeof registers
  | keyof typeof timer
  | keyof typeof session
  | keyof typeof agenda
  | keyof typeof undo
  | keyof typeof series
  | keyof typeof commitments
  | keyof typeof board
  | keyof typeof polls
  | keyof typeof questions
  | keyof typeof parkingLot
  | keyof typeof presence
  | keyof typeof qrCode
  | keyof typeof exportWords
  | keyof typeof breakouts
  | keyof typeof host
  | keyof typeof refusals
  | keyof typeof errors;
