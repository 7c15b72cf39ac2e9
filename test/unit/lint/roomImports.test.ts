// The room's chunk is a phone's (issue 23): every module the room imports statically goes into it
// whole, with whatever the console uses of it, so the facilitator's commands, the timer's state
// machine, the projector's paging and the registers' board controls stay in modules the room
// does not import (README, "On the air"). This walks the room's static imports as the build
// does (type-only imports and lazy import() calls excluded) and fails if one comes back.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** A relative specifier resolved as the bundler does: .ts, .tsx, or a folder's index.ts. */
function resolveSource(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const path of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')])
    if (/\.tsx?$/.test(path) && existsSync(path)) return path;
  return null;
}

/** The relative modules a file imports or re-exports as values (not `import type`). */
function valueImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const specs = [...code.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'/gm)];
  return specs.map(([, spec]) => resolveSource(file, spec!)).filter((p): p is string => !!p);
}

function staticClosure(start: string): Set<string> {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...valueImports(file));
  }
  return new Set([...seen].map((f) => relative(root, f)));
}

describe("the room's static imports", () => {
  const room = staticClosure(join(root, 'renderer/pages/RoomPage.tsx'));

  it("reach the attendee's writes and the countdown (the walk is real)", () => {
    for (const m of [
      'shared/model/breakouts/attendeeCommands.ts',
      'shared/model/parkingLot/attendeeCommands.ts',
      'shared/model/polls/attendeeCommands.ts',
      'shared/model/questions/attendeeCommands.ts',
      'shared/model/timer/countdown.ts',
      'shared/model/timer/timerFacts.ts',
      'renderer/features/board/boardActions.ts',
      'renderer/features/board/VoteResults.tsx',
    ])
      expect(room, m).toContain(m);
  });

  it("never reach a module of the facilitator's", () => {
    const facilitators = [
      'shared/model/breakouts/commands.ts',
      'shared/model/parkingLot/commands.ts',
      'shared/model/polls/commands.ts',
      'shared/model/questions/commands.ts',
      'shared/model/agenda/cleanFields.ts',
      'shared/model/board/index.ts',
      'shared/model/board/boardControlCommands.ts',
      'shared/model/board/columnCommands.ts',
      'shared/model/timer/timerState.ts',
      'shared/model/timer/timerMath.ts',
      'shared/model/session/details.ts',
      'shared/model/session/projectorView.ts',
      'renderer/features/projector/usePages.ts',
      'renderer/features/registers/PromoteFromBoard.tsx',
      'renderer/features/board/facilitatorBoardActions.ts',
    ];
    expect(facilitators.filter((m) => room.has(m))).toEqual([]);
  });
});
