// The venue's Wi-Fi on the projector's join screen: the facilitator types it on the console's
// Network card, the projector (here in another browser) shows a WIFI: QR code beside the join
// code, live, and drops it when the facilitator removes it; the room check's code joins them in a
// corner when the facilitator asks. Bad input is refused with the reason.
import QRCode from 'qrcode';
import { test, expect, SCREENSHOTS } from './fixtures';
import { createSession } from './roomFixtures';
import { hostApi } from '#kit/hostApi';
import { wifiQrText } from '#renderer/features/venue/wifiQr';

const wifi = { ssid: 'Atrium Guest', password: 'p;a:s\\s,w"ord!' };

test("the venue's Wi-Fi: typed on the console, a second QR code on the join screen", async ({
  host,
  openPage,
  look,
}) => {
  const { page: console } = await openPage({ viewport: { width: 1280, height: 900 } });
  await createSession(console, host.consoleUrl, 'Wi-Fi check');
  const sessionId = new URL(console.url()).pathname.split('/')[3];
  const card = console.getByRole('region', { name: 'Network' });
  await card.getByText('Venue Wi-Fi on the projector').click();
  await card.getByRole('textbox', { name: 'Network name' }).fill(wifi.ssid);
  const password = card.getByRole('textbox', { name: /^Password/ });
  await password.fill('short');
  const show = card.getByRole('button', { name: 'Show on the projector' });
  await show.click();
  await expect(card.getByRole('alert')).toHaveText(
    'A Wi-Fi password has 8 to 63 characters (leave it empty for an open network).',
  );
  await password.fill(wifi.password);
  await show.click();
  await expect(card.getByText(`Venue Wi-Fi on the projector: ${wifi.ssid}`)).toBeVisible();
  await expect(card.getByRole('alert')).toHaveCount(0);
  for (const width of [1280, 1920]) {
    await console.setViewportSize({ width, height: width === 1280 ? 900 : 1080 });
    await console.screenshot({ path: `${SCREENSHOTS}/venue-wifi-console-${width}.png` });
  }

  const { page: projector } = await openPage({ viewport: { width: 1920, height: 1080 } });
  await projector.goto(`${host.localUrl}/projector/${sessionId}#key=${host.key}`);
  await console.getByRole('radio', { name: /Join screen/ }).check();
  const wifiCode = projector.getByRole('img', { name: `QR code to join the Wi-Fi ${wifi.ssid}` });
  await expect(wifiCode).toBeVisible();
  await expect(projector.getByRole('img', { name: /QR code for the join link/ })).toBeVisible();
  // The code holds the WIFI: text, its ; : , " and \ escaped: the same SVG the qrcode library
  // makes of it here.
  const svg = await QRCode.toString(wifiQrText(wifi), {
    type: 'svg',
    margin: 1,
    errorCorrectionLevel: 'M',
  });
  await expect(wifiCode).toHaveAttribute(
    'src',
    `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
  );
  const region = projector.getByRole('region', { name: "The venue's Wi-Fi" });
  await expect(region).toContainText(wifi.ssid);
  await expect(region).toContainText(`Password ${wifi.password}`);
  // Both codes whole on a 1080p projector, side by side.
  const [a, b] = [
    await wifiCode.boundingBox(),
    await projector.locator('img.qr').nth(1).boundingBox(),
  ];
  expect(a && b).toBeTruthy();
  expect(a!.x + a!.width).toBeLessThanOrEqual(b!.x);
  for (const box of [a!, b!]) {
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(1080);
    expect(box.x + box.width).toBeLessThanOrEqual(1920);
  }
  await look(projector, 'venue-join-wifi-1080', { fullPage: false });

  // The room check's code in a corner of the join screen, when the facilitator asks for it.
  await card.getByText('Check the room').click();
  const roomCheck = card.getByRole('checkbox', { name: /Show this code on the projector/ });
  // The box shows the host's state: it turns once the host has it.
  await roomCheck.click();
  await expect(roomCheck).toBeChecked();
  const details = await hostApi(host).getSession({ id: sessionId! });
  const probeCode = projector.getByRole('img', {
    name: `QR code for the room check ${new URL(details.joinUrl).origin}/probe#${details.joinCode}`,
  });
  await expect(probeCode).toBeVisible();
  const corner = await probeCode.boundingBox();
  expect(corner!.y + corner!.height).toBeLessThanOrEqual(1080);
  expect(corner!.x).toBeGreaterThan(b!.x + b!.width); // right of the join code, clear of it
  await look(projector, 'venue-join-wifi-room-check-1080', { fullPage: false });
  await roomCheck.click();
  await expect(roomCheck).not.toBeChecked();
  await expect(probeCode).toHaveCount(0);

  // Removed on the console: gone from the projector at its next read of the venue.
  await card.getByRole('button', { name: 'Remove' }).click();
  await expect(wifiCode).toHaveCount(0);
  await expect(projector.getByRole('img', { name: /QR code for the join link/ })).toBeVisible();
});
