// Rolldown's code splitting, told which chunks a phone fetches (issue 23). By default a module
// the room shares with the console lands in a common chunk of its own, so the room came as a
// dozen chunks (yjs, lib0's encoders, tweetnacl, the board's keys, the refusals …): each request
// costs a phone its headers (about 600 B) and each chunk is compressed on its own. Here what a
// phone's page imports statically, beyond what the entry chunk holds, is that page's one chunk,
// and what two such pages share (the probe and the room: sync, signing) is one chunk both load.
// The console and the projector import from these chunks too; they never make a phone fetch
// their own code.
import { fileURLToPath } from 'node:url';

/** Every module `start` imports statically, itself included. */
function staticClosure(start, getModuleInfo) {
  const seen = new Set();
  const stack = [start];
  while (stack.length > 0) {
    const id = stack.pop();
    if (seen.has(id)) continue;
    seen.add(id);
    const info = getModuleInfo(id);
    if (info) stack.push(...info.importedIds);
  }
  return seen;
}

/**
 * Code-splitting groups for the phone's lazy pages (`pages`: a name and the page's module, a
 * URL): a module one page imports statically, beyond the entry's (`entry`, a URL), goes to that
 * page's chunk; one several pages import, to their shared chunk (their names joined by '-').
 */
export function pageChunks(entry, pages) {
  // Worked out once per chunking pass (Rolldown hands every call of a pass the same context).
  const passes = new WeakMap();
  const chunksOf = (ctx) => {
    const get = (m) => ctx.getModuleInfo(m);
    const loaded = staticClosure(fileURLToPath(entry), get);
    const users = new Map();
    for (const page of pages)
      for (const m of staticClosure(fileURLToPath(page.module), get))
        if (!loaded.has(m)) users.set(m, [...(users.get(m) ?? []), page.name]);
    return new Map([...users].map(([m, names]) => [m, names.join('-')]));
  };
  const name = (id, ctx) => {
    if (!passes.has(ctx)) passes.set(ctx, chunksOf(ctx));
    return passes.get(ctx).get(id) ?? null;
  };
  // A module's dependencies stay where their own pages (or the entry) put them.
  return [{ name, debugName: 'pageChunks', includeDependenciesRecursively: false }];
}
