// The host's laptop sleeps (its process stopped for 30 s): the attendees keep syncing among
// themselves over the bounded mesh, which relays while the hub is silent, and once the host
// wakes everyone, the host's replica included, has every note.
import { test, expect } from './fixtures';
import { addNote, createSession, joinAs, note } from './roomFixtures';

const STOP_MS = 30_000;

test('the host stopped for 30 s: the mesh carries the room, everyone catches up after', async ({
  browser,
  host,
  openPage,
}) => {
  test.setTimeout(180_000);
  const consoleCtx = await browser.newContext();
  const consolePage = await consoleCtx.newPage();
  const joinUrl = await createSession(consolePage, host.consoleUrl, 'Host asleep');
  const people = ['Ana', 'Ben', 'Cai'];
  const pages = await Promise.all(people.map(() => openPage()));
  await Promise.all(pages.map((p, i) => joinAs(p.page, joinUrl, people[i]!)));
  // With three attendees and the console, two links each keep the mesh in one piece.
  for (const { page } of pages)
    await expect(page.getByRole('status').filter({ hasText: /[2-9] direct peers/ })).toBeVisible({
      timeout: 30_000,
    });

  const child = host.current.process;
  child.kill('SIGSTOP');
  const stoppedAt = Date.now();
  try {
    await Promise.all(pages.map((p, i) => addNote(p.page, `${people[i]} while the host sleeps`)));
    for (const { page } of pages)
      for (const who of people)
        await expect(note(page, `${who} while the host sleeps`)).toBeVisible({ timeout: STOP_MS });
    // Everything above crossed while the host was still stopped.
    expect(Date.now() - stoppedAt).toBeLessThan(STOP_MS);
    // The scenario is a 30 s stop: wait out the rest of it.
    await consolePage.waitForTimeout(STOP_MS - (Date.now() - stoppedAt));
  } finally {
    child.kill('SIGCONT');
  }

  await addNote(pages[0]!.page, 'Ana after the host woke');
  for (const page of [...pages.map((p) => p.page), consolePage])
    for (const text of [
      ...people.map((w) => `${w} while the host sleeps`),
      'Ana after the host woke',
    ])
      await expect(note(page, text)).toBeVisible({ timeout: 30_000 });
  // A newcomer without WebRTC reads the host's replica only: the host caught up too.
  const late = await openPage({ noWebRTC: true });
  await joinAs(late.page, joinUrl, 'Dee');
  await expect(late.page.getByRole('article')).toHaveCount(4);
  await consoleCtx.close();
});
