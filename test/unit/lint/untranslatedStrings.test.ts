// Issue 27's lint rule (test/eslint.config.mjs, eslint-plugin-lingui's no-unlocalized-strings):
// in a converted folder a string people read (JSX text, a literal in JSX, an aria-label, a label
// built in a helper) fails lint; identifiers, class names and the like pass; folders not yet
// converted are not held to it.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: 'test/eslint.config.mjs' });
const RULE = 'lingui/no-unlocalized-strings';

async function flagged(path: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${path}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === RULE).length;
}

const readable = [
  'export const A = () => <p>Hello world</p>;',
  "export const B = () => <p>{'Also read'}</p>;",
  'export const C = () => <button aria-label="Close the menu" />;',
  "export const d = (x: boolean) => (x ? 'Shown to people' : null);",
  'export const e = (n: number) => `${n} votes left`;',
];
const notRead = [
  'export const A = () => <p className="board-head muted" id="x-1" role="status" />;',
  "export const b = (x: string) => (x === 'open' ? 'writing' : 'room-panel-now');",
  'export const C = () => <path d="M2 2h12v12H2Z" />;',
  "export const KEY = 'offsite.language';",
];

describe('no string escapes the catalogs in converted folders', () => {
  it('flags what people read', async () => {
    for (const code of readable)
      expect(await flagged('renderer/features/room/Probe.tsx', code), code).toBe(1);
  });

  it('lets identifiers, class names and path data through', async () => {
    for (const code of notRead)
      expect(await flagged('renderer/features/room/Probe.tsx', code), code).toBe(0);
  });

  it('holds the renderer’s converted files, not the host’s words (electron/)', async () => {
    expect(await flagged('renderer/features/board/AttendeeBoard.tsx', readable[0]!)).toBe(1);
    expect(await flagged('renderer/pages/RoomPage.tsx', readable[0]!)).toBe(1);
    expect(await flagged('renderer/pages/ConsolePage.tsx', readable[0]!)).toBe(1);
    expect(await flagged('renderer/platform/webPlatform.ts', readable[3]!)).toBe(1);
    expect(await flagged('electron/host/hostApi.ts', readable[0]!)).toBe(0);
  });
});
