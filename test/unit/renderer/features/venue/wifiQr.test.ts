// The WIFI: QR text: special characters escaped so a reader splits fields where the format does.
import { describe, expect, it } from 'vitest';
import { escapeWifiField, wifiQrText } from '#renderer/features/venue/wifiQr';

/** A reader's split of the WIFI: text into fields, honouring backslash escapes (as ZXing does). */
function readWifi(text: string): Record<string, string> {
  expect(text.startsWith('WIFI:')).toBe(true);
  const fields: Record<string, string> = {};
  let key = '';
  let value = '';
  let inValue = false;
  const body = text.slice(5);
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\' && inValue) value += body[++i] ?? '';
    else if (c === ':' && !inValue) inValue = true;
    else if (c === ';') {
      if (key) fields[key] = value;
      key = '';
      value = '';
      inValue = false;
    } else if (inValue) value += c;
    else key += c;
  }
  return fields;
}

describe('the Wi-Fi QR text', () => {
  it('is the WPA form with the name and password', () => {
    expect(wifiQrText({ ssid: 'Venue Guest', password: 'welcome2026' })).toBe(
      'WIFI:T:WPA;S:Venue Guest;P:welcome2026;;',
    );
  });

  it('escapes ; : , " and \\ in the name and the password, and reads back whole', () => {
    expect(escapeWifiField('a;b:c,d"e\\f')).toBe('a\\;b\\:c\\,d\\"e\\\\f');
    const wifi = { ssid: 'Hotel; "Guest":5G', password: 'p;a:s\\s,w"ord!' };
    const text = wifiQrText(wifi);
    expect(text).toBe('WIFI:T:WPA;S:Hotel\\; \\"Guest\\"\\:5G;P:p\\;a\\:s\\\\s\\,w\\"ord!;;');
    expect(readWifi(text)).toEqual({ T: 'WPA', S: wifi.ssid, P: wifi.password });
  });

  it('says an open network has no password', () => {
    expect(wifiQrText({ ssid: 'Open', password: '' })).toBe('WIFI:T:nopass;S:Open;;');
    expect(readWifi(wifiQrText({ ssid: 'Open', password: '' }))).toEqual({
      T: 'nopass',
      S: 'Open',
    });
  });
});
