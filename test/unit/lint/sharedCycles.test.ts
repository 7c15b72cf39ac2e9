// shared/ is the domain every other layer builds on: a module there never imports one that
// imports it back, however long the way round (type-only imports count too). The renderer's
// folder cycles are checked in boundaries.test.ts.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { relativeImports, sourceFiles } from './sourceImports';
import { join, relative } from 'node:path';

const root = fileURLToPath(new URL('../../..', import.meta.url));

function moduleGraph(dir: string): Map<string, string[]> {
  const files = sourceFiles(dir);
  const known = new Set(files);
  const target = (base: string) =>
    [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((c) => known.has(c));
  return new Map(
    files.map((file) => [
      file,
      relativeImports(file)
        .map(target)
        .filter((t): t is string => t !== undefined),
    ]),
  );
}

/** Strongly connected groups of more than one module (Tarjan), each a cycle's members. */
export function cyclesOf(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(group);
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('shared/ has no import cycles', () => {
  it('finds a cycle where there is one', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cyclesOf(graph).map((c) => c.sort())).toEqual([['a', 'b', 'c']]);
  });

  it('no module of shared/ imports one that imports it back', () => {
    const graph = moduleGraph(join(root, 'shared'));
    expect(graph.size).toBeGreaterThan(80);
    const cycles = cyclesOf(graph).map((c) => c.map((f) => relative(root, f)).join(' -> '));
    expect(cycles).toEqual([]);
  });
});
