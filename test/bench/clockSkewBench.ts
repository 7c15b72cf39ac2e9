// How far a console and an attendee display disagree when the attendee's computer clock is 10
// minutes fast: both derive the countdown from host time estimated over /time.
// Returns the median and max absolute disagreement in ms over `readings` readings.
import { launchBrowser } from '../e2e/browser';
import { startHeadlessHost, removeDir } from '#kit/headlessHost';
import { disagreementMs, median } from '../e2e/timerProbe';
import { envNumber } from './stats';

const SKEW_MS = 10 * 60_000;

export async function benchClockSkew(
  readings = envNumber('OFFSITE_CLOCK_SKEW_READINGS', 25),
): Promise<Record<string, number>> {
  const host = await startHeadlessHost();
  const browser = await launchBrowser();
  try {
    const consolePage = await (await browser.newContext()).newPage();
    await consolePage.goto(host.consoleUrl);
    await consolePage.getByRole('button', { name: 'New session' }).click();
    await consolePage.getByRole('textbox', { name: 'Session title' }).fill('Clock skew bench');
    await consolePage.getByRole('radio', { name: 'Retrospective', exact: true }).check();
    await consolePage.getByRole('button', { name: 'Create session' }).click();
    await consolePage.getByRole('button', { name: 'Start' }).click();
    await consolePage.getByRole('button', { name: 'Pause' }).waitFor();
    const joinUrl = await consolePage.getByRole('link', { name: 'Join link' }).getAttribute('href');

    const attendee = await (await browser.newContext()).newPage();
    await attendee.clock.install({ time: Date.now() + SKEW_MS });
    await attendee.goto(joinUrl!);
    await attendee.getByRole('textbox', { name: 'Your name' }).fill('Skewed');
    await attendee.getByRole('button', { name: 'Join' }).click();
    await attendee.getByRole('timer', { name: 'Time remaining' }).waitFor();
    const wallSkew = await attendee.evaluate(() => Date.now());

    // Let the attendee's first clock sync land (its display starts on the skewed wall clock).
    const deadline = Date.now() + 15_000;
    while (Math.abs(await disagreementMs(consolePage, attendee)) > 1000) {
      if (Date.now() > deadline) throw new Error('the attendee display never synced');
      await new Promise((r) => setTimeout(r, 100));
    }
    const abs: number[] = [];
    for (let i = 0; i < readings; i++)
      abs.push(Math.abs(await disagreementMs(consolePage, attendee)));
    return {
      attendeeWallClockSkewMs: Math.round(wallSkew - Date.now()),
      readings: abs.length,
      disagreementMedianMs: Math.round(median(abs) * 10) / 10,
      disagreementMaxMs: Math.round(Math.max(...abs) * 10) / 10,
    };
  } finally {
    await browser.close();
    await host.stop();
    removeDir(host.dataDir);
  }
}
