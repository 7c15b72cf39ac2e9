// The architecture's boundaries are lint rules (test/eslint.config.mjs); these prove each rule
// fires on the code it forbids and stays quiet where that code belongs.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

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
    for (const code of hostBound) {
      expect(await rulesFiredOn('renderer/platform/attack.ts', code)).toEqual([]);
      expect(await rulesFiredOn('renderer/sync/attack.ts', code)).toEqual([]);
    }
  });

  it('forbids electron/ importing the renderer', async () => {
    const code = "export { platform } from '../renderer/platform';";
    expect(await rulesFiredOn('electron/attack.ts', code)).toContain('no-restricted-imports');
    const host = "export { platform } from '../../renderer/platform';";
    expect(await rulesFiredOn('electron/host/attack.ts', host)).toContain('no-restricted-imports');
  });
});
