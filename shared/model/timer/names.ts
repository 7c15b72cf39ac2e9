// The timer's top-level types and what each declares (gathered by the schema registry): the
// timer's facts and the ledger of what each block took.
import { facilitatorType, type TypeSpec } from '../typeSpec';

export const TIMER = 'timer';
export const LEDGER = 'ledger';

export const TIMER_TYPES: readonly TypeSpec[] = [
  facilitatorType(TIMER, 'the timer', ['agenda']),
  facilitatorType(LEDGER, 'ledger', ['agenda']),
];
