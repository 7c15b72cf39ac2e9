// The room check's words: a phone reports what went wrong as codes, and the console words them in
// its own language; anything else a phone sends is shown as sent. The console's table reads in
// English as it did before the catalogs (venue.spec finds it by that text), and in German.
import { afterEach, describe, expect, it } from 'vitest';
import { showLanguage } from '#renderer/i18n/language';
import { problemText } from '#renderer/features/venue/probeProblems';
import { ProbeTable } from '../../../../../renderer/features/venue/ProbeTable';
import type { ProbeReportInfo } from '#shared/protocol/venueApi';
import { renderHtml, textOf } from '../../renderHtml';
import { useHost } from '#kit/useHost';
import { probeOverHttp } from '#renderer/platform/hostHttp';
import { notSentWhy } from '#renderer/features/venue/probeRefused';

const hub = useHost();

const report = (over: Partial<ProbeReportInfo>): ProbeReportInfo => ({
  at: 1,
  from: '10.20.0.5',
  userAgent: 'Mozilla/5.0 (Linux; Android 14)',
  host: true,
  hub: true,
  signaling: true,
  peersSeen: 2,
  meshChannel: true,
  clockOffsetMs: 12,
  roundTripMs: 8,
  secureContext: false,
  problems: [],
  ...over,
});

const table = (probes: ProbeReportInfo[]) =>
  textOf(renderHtml(ProbeTable, { probeUrl: 'http://10.20.0.5:4000/probe#X', probes }));

afterEach(() => showLanguage('en'));

describe("the room check's words", () => {
  it('words a known problem in the reader’s language and shows anything else as sent', async () => {
    expect(problemText('hubSilent')).toBe('The hub did not answer in 5 s.');
    expect(problemText('The host says no.')).toBe('The host says no.');
    expect(problemText('toString')).toBe('toString');
    await showLanguage('de');
    expect(problemText('noPeer')).toBe('Im Mesh kam keine Antwort von einem anderen Gerät.');
  });

  it("reads the console's table in English as before, and in German", async () => {
    const english = table([
      report({}),
      report({ at: 2, meshChannel: false, peersSeen: 1, problems: ['noChannel'] }),
      report({ at: 3, signaling: false, meshChannel: false, roundTripMs: null }),
    ]);
    expect(english).toContain('host ✓ hub ✓ mesh ✓ (channel open, 2 peers heard)');
    expect(english).toContain('mesh ✗ no (1 peer heard)');
    expect(english).toContain('No data channel opened with another device: the hub carries');
    expect(english).toContain('mesh ✗ no (no rendezvous)');
    expect(english).toContain('8 ms round trip clock +12 ms plain http');
    expect(english).toContain('no round trip');
    expect(english).toContain("Scan with a phone on the venue's Wi-Fi");
    await showLanguage('de');
    const german = table([report({ problems: ['hubSilent'], clockOffsetMs: -1500 })]);
    expect(german).toContain('Mesh ✓ (Kanal offen, 2 Geräte gehört)');
    expect(german).toContain('Uhr -1.500\u00a0ms');
    expect(german).toContain('Der Hub hat nicht innerhalb von 5\u00a0s geantwortet.');
  });

  it('says why the console did not get a check in the reader’s language (a real host’s 404)', async () => {
    const s = await hub.session('Probed');
    const wrong = `${s.joinCode.slice(0, -1)}${s.joinCode.endsWith('9') ? '8' : '9'}`;
    const { at: _at, from: _from, userAgent: _ua, ...sent } = report({});
    const refused = await probeOverHttp({ ...sent, code: wrong }, hub.host.localUrl).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).not.toBeNull();
    expect(notSentWhy(refused)).toBe('No session has that join code. Scan the probe code again.');
    await showLanguage('de');
    expect(notSentWhy(refused)).toBe(
      'Keine Sitzung hat diesen Teilnahmecode. Scannen Sie den QR-Code für den Raumcheck noch einmal.',
    );
    expect(notSentWhy(new Error('keine Antwort.'))).toBe('keine Antwort.');
  });
});
