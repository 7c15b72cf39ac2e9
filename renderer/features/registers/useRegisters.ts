// The registers and suggestions of a session doc as plain objects, re-read when the doc changes
// (at most once per animation frame, like the doc store).
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { readRegisters, type Registers } from '../../../shared/model/registerSchema';
import { listSuggestions, type Suggestion } from '../../../shared/model/suggestionCommands';

export interface RegistersState extends Registers {
  suggestions: Suggestion[];
}

function read(doc: Y.Doc): RegistersState {
  return { ...readRegisters(doc), suggestions: listSuggestions(doc) };
}

export function useRegisters(doc: Y.Doc): RegistersState {
  const [state, setState] = useState(() => read(doc));
  useEffect(() => {
    const first = read(doc);
    let last = JSON.stringify(first);
    setState(first);
    let frame: number | null = null;
    const onUpdate = () => {
      if (frame !== null) return;
      const refresh = () => {
        frame = null;
        // Most updates are notes and votes: keep the same object when the registers did not change.
        const next = read(doc);
        const key = JSON.stringify(next);
        if (key === last) return;
        last = key;
        setState(next);
      };
      // Hidden tabs get no animation frames; keep them current anyway (as the doc store does).
      frame =
        document.visibilityState === 'visible'
          ? requestAnimationFrame(refresh)
          : (setTimeout(refresh, 0) as unknown as number);
    };
    doc.on('update', onUpdate);
    return () => {
      doc.off('update', onUpdate);
      if (frame !== null) {
        cancelAnimationFrame(frame);
        clearTimeout(frame);
      }
    };
  }, [doc]);
  return state;
}

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
