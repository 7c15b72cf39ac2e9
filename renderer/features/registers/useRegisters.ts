// The registers hook (one projection per doc, stores/registersStore.ts) and the small text
// helpers the register forms share.
export { useRegisters, type RegistersState } from '../../stores/registersStore';

/** Splits "Ann, Bo; Cy" into names. */
export const splitNames = (s: string) =>
  s
    .split(/[,;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** One option per line. */
export const splitLines = (s: string) =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

export const clip = (s: string, n: number) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};
