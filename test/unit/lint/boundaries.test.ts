// The architecture's boundaries are lint rules (test/eslint.config.mjs); these prove each rule
// fires on the code it forbids and stays quiet where that code belongs.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { relativeImports, sourceFiles } from './sourceImports';
import { join, relative } from 'node:path';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: 'test/eslint.config.mjs' });

async function rulesFiredOn(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${path}` });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('the platform door (issue 14)', () => {
  const hostBound = [
    "export const a = () => fetch('/api/join');",
    "export const b = () => new WebSocket('ws://127.0.0.1/sync');",
    'export const c = () => window.offsite?.host;',
    "export const d = () => window.fetch('/api/exportPdf');",
  ];

  it('forbids fetch, WebSocket and window.offsite in features and pages', async () => {
    for (const code of hostBound) {
      expect(await rulesFiredOn('renderer/features/export/attack.ts', code)).not.toEqual([]);
      expect(await rulesFiredOn('renderer/pages/Attack.tsx', code)).not.toEqual([]);
    }
  });

  it('allows them in renderer/platform and renderer/sync', async () => {
    // (A path in a string is not a word for the translation rule either way; only the door counts.)
    const door = (rules: string[]) => rules.filter((r) => r !== 'lingui/no-unlocalized-strings');
    for (const code of hostBound) {
      expect(door(await rulesFiredOn('renderer/platform/attack.ts', code))).toEqual([]);
      expect(door(await rulesFiredOn('renderer/sync/attack.ts', code))).toEqual([]);
    }
  });

  it('forbids electron/ importing the renderer', async () => {
    const code = "export { platform } from '../renderer/platform';";
    expect(await rulesFiredOn('electron/attack.ts', code)).toContain('no-restricted-imports');
    const host = "export { platform } from '../../renderer/platform';";
    expect(await rulesFiredOn('electron/host/attack.ts', host)).toContain('no-restricted-imports');
  });
});

describe('the import aliases keep the boundaries (package.json "imports")', () => {
  const cases: [string, string][] = [
    ['shared/model/attack.ts', '#electron/host/server'],
    ['shared/model/attack.ts', '#renderer/platform/index'],
    ['renderer/features/board/attack.ts', '#electron/host/server'],
    ['electron/attack.ts', '#renderer/platform/index'],
    ['electron/host/attack.ts', '#renderer/platform/index'],
    ['shared/model/attack.ts', '#kit/host'],
    ['renderer/features/board/attack.ts', '#fixtures/heavySession'],
  ];
  it('forbids through an alias what they forbid through a path', async () => {
    for (const [path, spec] of cases)
      expect(await rulesFiredOn(path, `export * from '${spec}';`), `${path} → ${spec}`).toContain(
        'no-restricted-imports',
      );
  });
  it('allows the aliases where the layers allow the folders', async () => {
    expect(
      await rulesFiredOn('renderer/features/board/ok.ts', "export * from '#shared/model/doc';"),
    ).toEqual([]);
    expect(await rulesFiredOn('electron/host/ok.ts', "export * from '#shared/model/doc';")).toEqual(
      [],
    );
  });
});

/** The renderer's folders as its layout names them: each feature on its own, else the top folder. */
function folderOf(path: string): string {
  const parts = relative(join(root, 'renderer'), path).split('/');
  // A file at the top (App.tsx, main.tsx) is a node of its own; `../../platform` is the folder.
  return parts[0] === 'features' ? `features/${parts[1]}` : parts[0]!.replace(/\.tsx?$/, '');
}

function importGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const path of sourceFiles(join(root, 'renderer'))) {
    const from = folderOf(path);
    for (const target of relativeImports(path)) {
      if (!target.startsWith(join(root, 'renderer') + '/')) continue;
      const to = folderOf(target);
      if (to !== from) graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
  }
  return graph;
}

describe('the renderer has no folder cycles (issue 14.1)', () => {
  it('no feature, page or store folder imports one that imports it back', () => {
    const graph = importGraph();
    expect(graph.get('pages')?.size).toBeGreaterThan(3);
    const cycles: string[] = [];
    const visit = (node: string, path: string[]) => {
      for (const next of graph.get(node) ?? []) {
        if (next === path[0]) cycles.push([...path, next].join(' → '));
        else if (!path.includes(next)) visit(next, [...path, next]);
      }
    };
    for (const start of graph.keys()) visit(start, [start]);
    expect(cycles).toEqual([]);
  });
});
