// The timer's top-level types and what each declares (gathered by the schema registry): the
// timer's facts and the ledger of what each block took.
import type { TypeSpec } from '../typeSpec';

export const TIMER = 'timer';
export const LEDGER = 'ledger';

export const TIMER_TYPES: readonly TypeSpec[] = [
  {
    name: TIMER,
    kind: 'map',
    writer: 'facilitator',
    maxFieldChars: 0,
    projections: ['doc', 'agenda'],
    description: 'the timer',
  },
  {
    name: LEDGER,
    kind: 'map',
    writer: 'facilitator',
    maxFieldChars: 0,
    projections: ['doc', 'agenda'],
    description: 'ledger',
  },
];
