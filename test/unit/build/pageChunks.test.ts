// The build's code splitting for a phone's pages (issue 23, build/pageChunks.mjs): what a page
// imports statically and the entry does not is that page's one chunk; what two pages share is
// their shared chunk; the entry's modules and the console's own stay where Rolldown puts them.
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { pageChunks } from '../../../build/pageChunks.mjs';

const url = (id: string) => pathToFileURL(id);
/** A module graph: each module and the modules it imports statically. */
const GRAPH: Record<string, string[]> = {
  '/app/main.tsx': ['/app/App.tsx'],
  '/app/App.tsx': ['/app/preact.js'],
  '/app/RoomPage.tsx': ['/app/board.ts', '/app/yjs.js', '/app/preact.js'],
  '/app/ProbePage.tsx': ['/app/yjs.js', '/app/meshProbe.ts'],
  '/app/board.ts': ['/app/yjs.js', '/app/refusals.ts'],
  '/app/ConsolePage.tsx': ['/app/board.ts', '/app/exports.ts'],
};
const ctx = {
  getModuleInfo: (id: string) => (id in GRAPH ? { importedIds: GRAPH[id]! } : null),
};

describe('pageChunks', () => {
  const [group] = pageChunks(url('/app/main.tsx'), [
    { name: 'probe', module: url('/app/ProbePage.tsx') },
    { name: 'room', module: url('/app/RoomPage.tsx') },
  ]);
  const chunkOf = (id: string) => group!.name(id, ctx);

  it("puts each page's own modules in its chunk, and what both import in their shared chunk", () => {
    expect(chunkOf('/app/RoomPage.tsx')).toBe('room');
    expect(chunkOf('/app/board.ts')).toBe('room');
    expect(chunkOf('/app/refusals.ts')).toBe('room');
    expect(chunkOf('/app/ProbePage.tsx')).toBe('probe');
    expect(chunkOf('/app/meshProbe.ts')).toBe('probe');
    expect(chunkOf('/app/yjs.js')).toBe('probe-room');
  });

  it("leaves the entry's modules and the console's own to Rolldown", () => {
    expect(chunkOf('/app/preact.js')).toBeNull();
    expect(chunkOf('/app/App.tsx')).toBeNull();
    expect(chunkOf('/app/ConsolePage.tsx')).toBeNull();
    expect(chunkOf('/app/exports.ts')).toBeNull();
  });

  it("keeps a captured module's dependencies where their own pages put them", () => {
    expect(group!.includeDependenciesRecursively).toBe(false);
  });
});
