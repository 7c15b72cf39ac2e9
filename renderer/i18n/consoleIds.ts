// The console side's message ids, for t()'s type: one line per area's English catalog
// (catalogs/console/<area>.en.json). Types only: nothing here reaches a bundle.
import type console from './catalogs/console/console.en.json';
import type library from './catalogs/console/library.en.json';
import type venue from './catalogs/console/venue.en.json';
import type probe from './catalogs/console/probe.en.json';
import type projector from './catalogs/console/projector.en.json';
import type host from './catalogs/console/host.en.json';
import type platform from './catalogs/console/platform.en.json';

export type ConsoleMessageId =
  | keyof typeof console
  | keyof typeof library
  | keyof typeof venue
  | keyof typeof probe
  | keyof typeof projector
  | keyof typeof host
  | keyof typeof platform;
