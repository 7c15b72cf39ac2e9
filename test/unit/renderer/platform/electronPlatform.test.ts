// The desktop shell's HostApi, end to end but for Electron's binary: a real host's refusal goes
// through main's IPC handler, the preload and the one electron mock (whose invoke rejects with the
// message only, as Electron does) to the electron platform's caller, with its code, and reads in
// German on a German console as it does over HTTP in a browser (hostWords.test.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { exposed, handlers } from '../../electron/mocks/electron';
import type { OffsiteBridge } from '#shared/protocol/bridge';
import { useHosts } from '#kit/useHost';
import { createElectronPlatform } from '#renderer/platform/electronPlatform';
import { HostError } from '#renderer/platform/hostHttp';
import { showLanguage } from '#renderer/i18n/language';
import '#renderer/i18n/hostWords';
import { ready as refusalWordsReady } from '#renderer/i18n/refusalWords';

const { registerIpc } = await import('#electron/ipc');

const ORIGIN = 'http://127.0.0.1:7480';
const hosts = useHosts({}, 'offsite-electron-platform-');

afterEach(async () => {
  await showLanguage('en');
  handlers.clear();
});

describe('the electron platform over IPC', () => {
  it("a real host's refusal reaches the electron platform's caller with its code, in German", async () => {
    const host = await hosts.start();
    const dispose = registerIpc(host.api, ORIGIN);
    await import('#electron/preload');
    const api = createElectronPlatform(exposed.get('offsite') as OffsiteBridge).host()!;
    const { id: sessionId } = await api.createSession({
      title: 'Retro',
      template: 'retrospective',
    });
    await api.saveTemplate({ sessionId, name: 'Our retro' });
    const refused = <T>(call: Promise<T>) =>
      call.then(
        () => null,
        (e: unknown) => e as HostError,
      );

    // Host words: the name in use (409), its code and values as the HTTP body carries them.
    const inEnglish = await refused(api.saveTemplate({ sessionId, name: 'Our retro' }));
    expect(inEnglish).toBeInstanceOf(HostError);
    expect(inEnglish!.sent).toMatchObject({
      code: 'template.nameInUse',
      values: { name: 'Our retro' },
      message: 'There is already a template named “Our retro”. Choose another name.',
    });
    expect(inEnglish!.message).toBe(inEnglish!.sent.message);
    await showLanguage('de');
    const inGerman = await refused(api.saveTemplate({ sessionId, name: 'Our retro' }));
    expect(inGerman!.message).toBe(
      'Es gibt bereits eine Vorlage namens „Our retro“. Wählen Sie einen anderen Namen.',
    );

    // A domain refusal the host passed on (a template file that is not JSON): its refusal code.
    await refusalWordsReady;
    const notJson = await refused(api.importTemplate({ text: '{"format":' }));
    expect(notJson).toBeInstanceOf(HostError);
    expect(notJson!.sent.refusal).toEqual({ code: 'template.notJson', values: {} });
    expect(notJson!.message).toBe('Das ist keine Vorlagendatei: Sie enthält kein gültiges JSON.');

    // Arguments main's validators refuse: a refusal too, in German (a Wi-Fi password too short).
    const short = await refused(api.setVenueWifi({ wifi: { ssid: 'Gäste', password: 'short' } }));
    expect(short).toBeInstanceOf(HostError);
    expect([short!.sent.code, short!.message]).toEqual([
      'wifi.passwordLength',
      'Ein WLAN-Passwort hat 8 bis 63 Zeichen (leer lassen für ein offenes Netz).',
    ]);
    expect(short!.sent.message).toBe(
      'Invalid arguments for setVenueWifi: wifi.password: A Wi-Fi password has 8 to 63 characters (leave it empty for an open network).',
    );
    dispose();
  });
});
