// The layout invariants' countdown check on a page of its own: text scrolled under the opaque
// sticky bar that holds the countdown is hidden, not overlapped; text drawn over the countdown
// (a note above the bar) is reported.
import { test, expect } from '@playwright/test';
import { layoutProblems } from './layoutInvariants';

const page = (noteZ: string) => `
  <style>
    body { margin: 0; font: 16px sans-serif; }
    .bar { position: sticky; top: 0; z-index: 6; background: #fff; height: 80px; }
    .countdown { position: absolute; right: 0; top: 0; width: 200px; height: 60px; }
    .note { position: relative; z-index: ${noteZ}; height: 40px; margin: 0; }
  </style>
  <div class="bar"><div class="countdown"><span role="timer">59:59</span></div></div>
  ${Array.from({ length: 60 }, (_, i) => `<p class="note">Net revenue retention ${i}</p>`).join('')}
`;

test('a countdown on a sticky bar: text under the bar is hidden, text over it overlaps', async ({
  page: p,
}) => {
  await p.setViewportSize({ width: 390, height: 844 });
  await p.setContent(page('auto'));
  await p.evaluate(() => window.scrollTo(0, 1000));
  expect(await layoutProblems(p)).toEqual([]);

  await p.setContent(page('7'));
  await p.evaluate(() => window.scrollTo(0, 1000));
  const problems = await layoutProblems(p);
  expect(problems.length).toBeGreaterThan(0);
  for (const problem of problems) expect(problem).toMatch(/^the countdown overlaps “Net revenue/);
});
