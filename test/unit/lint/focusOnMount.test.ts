// Issue 23: the renderer's build runs on Preact, which writes `autoFocus` as the autofocus
// attribute (the browser honours the first in a document, once) where React focuses the element
// on mount. The lint rule keeps autoFocus out of the renderer; focusOnMount is React's behaviour.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: 'test/eslint.config.mjs' });

async function rulesFiredOn(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${path}` });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('autoFocus in the renderer (Preact in the build)', () => {
  it('is refused in a component', async () => {
    const code = 'export const A = () => <input type="text" autoFocus />;';
    expect(await rulesFiredOn('renderer/features/board/Attack.tsx', code)).toContain(
      'no-restricted-syntax',
    );
  });

  it('lets the ref that focuses on mount through', async () => {
    const code = [
      "import { focusOnMount } from '../../app/focusOnMount';",
      'export const A = () => <input type="text" ref={focusOnMount} />;',
    ].join('\n');
    expect(await rulesFiredOn('renderer/features/board/Attack.tsx', code)).not.toContain(
      'no-restricted-syntax',
    );
  });
});
