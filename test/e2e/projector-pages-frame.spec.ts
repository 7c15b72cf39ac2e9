// The projector's pages are re-measured in the frame in which their box changes size: a poll
// opening above the registers shrinks the registers' box, and the first frame drawn after it shows
// only rows that fit (measuring a frame later drew the old page's rows spilling out, cut off).
import { test, expect } from './fixtures';
import { heavyRoom } from './heavyRoom';
import { createPoll, updatePoll } from '../../shared/model/polls/commands';

test('a poll opening above the registers: the first frame drawn after it has no row cut off', async ({
  host,
  openPage,
}) => {
  const room = await heavyRoom(host);
  await room.goTo('Product strategy and target customers');
  room.show('live');
  const { page } = await openPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(room.projectorUrl);
  const registers = page.getByRole('region', { name: 'Decisions, actions and measures' });
  await expect(registers.getByRole('listitem').first()).toBeVisible();

  // In the page: as soon as the poll's card is in the DOM, wait for the next frame to be drawn
  // (a task queued from its animation-frame callback runs after that frame's layout, resize
  // observers and paint), then count the shown rows that end below the list's box.
  type Seen = { spilled: string[]; shown: number };
  await page.evaluate(() => {
    const w = window as unknown as { seen: Promise<Seen> };
    w.seen = new Promise<Seen>((done) => {
      const check = () => {
        const list = document.querySelector('.projector-registers-fit')!;
        const box = list.getBoundingClientRect();
        const rows = [...list.children].filter((li) => getComputedStyle(li).display !== 'none');
        done({
          shown: rows.length,
          spilled: rows
            .filter((li) => li.getBoundingClientRect().bottom > box.bottom + 1)
            .map((li) => (li.textContent ?? '').slice(0, 40)),
        });
      };
      new MutationObserver((_, mo) => {
        if (!document.body.textContent?.includes('Which market do we open first?')) return;
        mo.disconnect();
        requestAnimationFrame(() => setTimeout(check));
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
  });
  createPoll(room.doc, {
    id: 'frame-poll',
    question: 'Which market do we open first?',
    kind: 'choice',
    options: ['Nordics', 'Iberia', 'Benelux'],
    now: Date.now(),
  });
  updatePoll(room.doc, { pollId: 'frame-poll', state: 'open' });
  const seen = await page.evaluate(() => (window as unknown as { seen: Promise<Seen> }).seen);
  expect(seen.shown).toBeGreaterThan(0);
  expect(seen.spilled).toEqual([]);
  room.close();
});
