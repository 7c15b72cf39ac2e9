// Words from the host in the page's language: every code the host may send is worded in every
// language; a code the page does not know reads as the English the host sent; and the real
// host's answers (import refusals, a template name in use, the storage warning, the venue's
// address and its refusals, the console's and library's refusals: no such session, template or
// participant, a follow-up refused, a template the disk cannot take, a call's arguments refused)
// carry codes whose English wording is the host's sentence byte for byte.
import { afterEach, describe, expect, it } from 'vitest';
import { useHosts } from '#kit/useHost';
import { hostApi } from '#kit/hostApi';
import { HOST_WORD_CODES, type HostWords } from '#shared/protocol/hostWords';
import { LANGUAGES } from '#shared/i18n/languages';
import type { HostApiMethod } from '#shared/protocol/hostApi';
import { hostText } from '#renderer/i18n/hostWords';
import { ready as refusalWordsReady } from '#renderer/i18n/refusalWords';
import { showLanguage } from '#renderer/i18n/language';
import { HostError } from '#renderer/platform/hostHttp';
import { createWebHostApi } from '#renderer/platform/webHostApi';
import { SessionStore } from '#electron/host/store/sessionStore';
import { VenueAddress } from '#electron/host/venue/venueAddress';
import {
  decodeOffsiteFile,
  encodeOffsiteFile,
  OFFSITE_MAGIC,
} from '#electron/host/store/offsiteFile';
import { encodeSeriesFile, SERIES_MAGIC } from '#electron/host/store/offsiteSeries';
import { SCHEMA_VERSION } from '#shared/model/doc';
import { faultyFs } from '../../electron/host/store/storeTestUtils';
import { v4 } from '../../electron/host/venue/interfaceFixtures';

const catalogs = import.meta.glob<Record<string, string>>(
  '../../../../renderer/i18n/catalogs/console/host.*.json',
  { eager: true, import: 'default' },
);

const hosts = useHosts({ facilitatorKey: 'e'.repeat(32) }, 'offsite-hostwords-');
afterEach(() => showLanguage('en'));

/** The English sentence and the German and French wording of words the host sent. */
async function inEveryLanguage(sent: { code?: unknown; values?: unknown; message: string }) {
  await showLanguage('en');
  const en = hostText(sent);
  await showLanguage('de');
  const de = hostText(sent);
  await showLanguage('fr');
  const fr = hostText(sent);
  await showLanguage('en');
  return { en, de, fr };
}

describe('host words', () => {
  it('words every code in every language', () => {
    for (const language of LANGUAGES) {
      const path = Object.keys(catalogs).find((p) => p.endsWith(`host.${language}.json`));
      const catalog = path ? catalogs[path] : undefined;
      expect(catalog, language).toBeDefined();
      for (const code of HOST_WORD_CODES)
        expect(catalog?.[`host.${code}`], `${language}: host.${code}`).toMatch(/\S/);
    }
  });

  it('shows a code it does not know (or no code) as the English sent, in any language', async () => {
    const newer = { code: 'venue.somethingNew', values: { n: 1 }, message: 'As the host said it.' };
    expect(await inEveryLanguage(newer)).toEqual({
      en: 'As the host said it.',
      de: 'As the host said it.',
      fr: 'As the host said it.',
    });
    expect(hostText({ message: 'An older host.' })).toBe('An older host.');
    expect(hostText({ code: 42, message: 'Not a code.' })).toBe('Not a code.');
  });

  it('words nested words (a label inside a notice) in the same language', async () => {
    const label: HostWords = {
      code: 'label.wifi',
      values: { name: 'wlan0' },
      message: 'Wi-Fi (wlan0)',
    };
    const notice: HostWords = {
      code: 'notice.newNetwork',
      values: { address: '10.0.0.5', label, inUse: '192.168.1.4' },
      message: 'A new network: 10.0.0.5, Wi-Fi (wlan0). Attendees on it cannot reach 192.168.1.4.',
    };
    const words = await inEveryLanguage(notice);
    expect(words.en).toBe(notice.message);
    expect(words.de).toBe(
      'Ein neues Netz: 10.0.0.5, WLAN (wlan0). Teilnehmende darin erreichen 192.168.1.4 nicht.',
    );
    expect(words.fr).toContain('Wi-Fi (wlan0)');
    expect(words.fr).not.toBe(notice.message);
  });

  describe("the real host's answers carry codes", () => {
    const refusals: [string, Uint8Array, string][] = [
      ['an empty file', new Uint8Array(0), 'import.empty'],
      ['a file that is not ours', new TextEncoder().encode('{"not":"offsite"}'), 'import.foreign'],
    ];

    it('import refusals: a code, values, and English the catalogs word byte for byte', async () => {
      const host = await hosts.start();
      const { id } = await host.api.createSession({ title: 'Refusals' });
      const good = (await host.api.exportSession({ id })).bytes;
      const cut = good.slice(0, good.length - 10);
      const newer = new Uint8Array(good);
      newer[OFFSITE_MAGIC.length] = 9; // the file format's version, after the magic
      const flipped = new Uint8Array(good);
      flipped[flipped.length - 1] = flipped.at(-1)! ^ 0xff; // the checksum
      const cases: [string, Uint8Array, string][] = [
        ...refusals,
        ['a truncated file', cut, 'import.truncated'],
        ['a newer format', newer, 'import.newerFormat'],
        ['a damaged file', flipped, 'import.damaged'],
      ];
      for (const [what, bytes, code] of cases) {
        const res = await hostApi(host).post('importSession', bytes, {
          type: 'application/octet-stream',
        });
        expect(res.status, what).toBe(400);
        const body = (await res.json()) as { error: string; code: string; values: unknown };
        expect(body.code, what).toBe(code);
        const words = await inEveryLanguage({ ...body, message: body.error });
        expect(words.en, what).toBe(body.error);
        expect(words.de, what).not.toBe(body.error);
        expect(words.fr, what).not.toBe(body.error);
      }
    });

    it("a template name in use, worded by the renderer's own transport in German", async () => {
      const host = await hosts.start();
      const { id: sessionId } = await host.api.createSession({
        title: 'Retro',
        template: 'retrospective',
      });
      await host.api.saveTemplate({ sessionId, name: 'Our retro' });
      const res = await hostApi(host).post('saveTemplate', { sessionId, name: 'Our retro' });
      const body = (await res.json()) as { error: string; code: string; values: unknown };
      expect([res.status, body.code, body.values]).toEqual([
        409,
        'template.nameInUse',
        { name: 'Our retro' },
      ]);
      expect(hostText({ ...body, message: body.error })).toBe(body.error);

      // The page's transport, worded once the console's words (hostWords.ts) are loaded.
      await showLanguage('de');
      const api = createWebHostApi(host.key, host.localUrl);
      const err = await api.saveTemplate({ sessionId, name: 'Our retro' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(HostError);
      expect((err as HostError).message).toBe(
        'Es gibt bereits eine Vorlage namens „Our retro“. Wählen Sie einen anderen Namen.',
      );
      expect((err as HostError).sent.message).toBe(body.error);
    });

    it('a template file the host refuses: its refusal code travels, and the page words it', async () => {
      const host = await hosts.start();
      const res = await hostApi(host).post('importTemplate', { text: '{"format":' });
      const body = (await res.json()) as { error: string; refusal: unknown };
      expect([res.status, body.error, body.refusal]).toEqual([
        400,
        'This is not a template file: it is not valid JSON.',
        { code: 'template.notJson', values: {} },
      ]);
      // The page's transport, in German and French once the console's words (hostWords.ts and
      // refusalWords.ts, which consoleWords.ts loads together) are there.
      await refusalWordsReady;
      const api = createWebHostApi(host.key, host.localUrl);
      const refused = async () =>
        (await api.importTemplate({ text: '{"format":' }).catch((e: unknown) => e)) as HostError;
      await showLanguage('de');
      expect((await refused()).message).toBe(
        'Das ist keine Vorlagendatei: Sie enthält kein gültiges JSON.',
      );
      await showLanguage('fr');
      expect((await refused()).message).toBe(
        'Ce n’est pas un fichier de modèle\u00a0: ce n’est pas du JSON valide.',
      );
      await showLanguage('en');
      expect((await refused()).message).toBe(body.error);
    });

    it('the storage warning: a code with the fault as words', async () => {
      const { fs, fault } = faultyFs();
      const host = await hosts.start({
        store: new SessionStore({ dataDir: hosts.dataDir, fs, retryMs: 50 }),
      });
      const { id } = await host.api.createSession({ title: 'Disk fills up' });
      fault.code = 'ENOSPC';
      await host.api.renameSession({ id, title: 'Disk is full' }).catch(() => {});
      (await host.hub.open(id)).doc.getMap('x').set('y', 1);
      await expect.poll(async () => (await host.api.storageHealth({})).ok).toBe(false);
      const health = await host.api.storageHealth({});
      expect(health.words?.code).toBe('storage.fault');
      expect(health.words?.values).toMatchObject({
        fault: { code: 'fault.full', values: { code: 'ENOSPC' } },
      });
      const words = await inEveryLanguage(health.words!);
      expect(words.en).toBe(health.message);
      expect(words.de).toContain('die Festplatte ist voll (ENOSPC)');
      expect(words.fr).toContain('le disque est plein (ENOSPC)');
      fault.code = null;
    });

    it("the venue's address refusals: codes, worded by the page's transport in German", async () => {
      const fixed = await hosts.start();
      const follows = await hosts.start({
        lanIp: undefined,
        readInterfaces: () => ({ wlan0: [v4('192.168.1.20')] }),
      });
      const cases = [
        [fixed, null, 'address.fixed', {}, 'Dieser Host wurde mit einer festen Adresse gestartet.'],
        [
          follows,
          '10.1.1.1',
          'address.gone',
          { address: '10.1.1.1' },
          'Dieser Computer hat die Adresse 10.1.1.1 nicht mehr.',
        ],
      ] as const;
      for (const [host, address, code, values, german] of cases) {
        const res = await hostApi(host).post('chooseAddress', { address });
        const body = (await res.json()) as { error: string; code: string; values: unknown };
        expect([res.status, body.code, body.values], code).toEqual([409, code, values]);
        const words = await inEveryLanguage({ ...body, message: body.error });
        expect(words.en, code).toBe(body.error);
        expect(words.fr, code).not.toBe(body.error);

        await showLanguage('de');
        const api = createWebHostApi(host.key, host.localUrl);
        const err = await api.chooseAddress({ address }).catch((e: unknown) => e);
        expect(err, code).toBeInstanceOf(HostError);
        expect((err as HostError).message, code).toBe(german);
        await showLanguage('en');
      }
    });

    it("the console's and library's refusals, made for real, read in German; English unchanged", async () => {
      const { fs, fault } = faultyFs();
      const host = await hosts.start({
        store: new SessionStore({ dataDir: hosts.dataDir, fs, retryMs: 50 }),
      });
      const { id } = await host.api.createSession({ title: 'Retro' });
      const next = await host.api.followUpSession({ id });
      const nobody = 'a'.repeat(32);
      const api = createWebHostApi(host.key, host.localUrl);
      // [what, method, args, status, code, German, [the host's English, the page's] when they differ]
      const cases: [string, HostApiMethod, unknown, number, string, string, [string, string]?][] = [
        [
          'a template that is not there',
          'createSession',
          { title: 'New', template: 'no-such-template' },
          400,
          'template.unknown',
          'Diese Vorlage gibt es nicht.',
        ],
        [
          'a template to export that is not there',
          'exportTemplate',
          { id: 'no-such-template' },
          404,
          'template.unknown',
          'Diese Vorlage gibt es nicht.',
        ],
        [
          'a session that is not there',
          'getSession',
          { id: 'f'.repeat(32) },
          404,
          'session.unknown',
          'Diese Sitzung gibt es nicht.',
        ],
        [
          'a participant who never joined',
          'admitParticipant',
          { sessionId: id, participantId: nobody },
          404,
          'participant.unknown',
          'Niemand mit dieser Kennung ist dieser Sitzung beigetreten.',
        ],
        [
          'a built-in template to delete',
          'deleteTemplate',
          { id: 'retrospective' },
          400,
          'template.builtIn',
          'Mitgelieferte Vorlagen können nicht gelöscht werden.',
          [
            'Invalid arguments for deleteTemplate: id: not a saved template (built-in templates cannot be changed)',
            'Built-in templates cannot be deleted.',
          ],
        ],
        [
          'a saved template to delete that is not there',
          'deleteTemplate',
          { id: nobody },
          404,
          'template.unknownSaved',
          'Diese gespeicherte Vorlage gibt es nicht.',
        ],
        [
          'a follow-up of a session that has one',
          'followUpSession',
          { id },
          409,
          'series.hasFollowUp',
          `„Retro“ hat bereits eine Folgesitzung, „${next.title}“. Legen Sie die Folgesitzung zur neuesten Sitzung der Reihe an.`,
        ],
        [
          "Windows' network profile, on Linux",
          'openNetworkSettings',
          {},
          409,
          'venue.noNetworkProfile',
          'Nur Windows hat ein Netzwerkprofil, das sich ändern lässt.',
        ],
        [
          'an empty title, refused by the validator',
          'renameSession',
          { id, title: '   ' },
          400,
          'request.titleEmpty',
          'Der Titel der Sitzung ist leer.',
          [
            'Invalid arguments for renameSession: title: The session title is empty.',
            'The session title is empty.',
          ],
        ],
        [
          'a Wi-Fi password too short, refused by the validator',
          'setVenueWifi',
          { wifi: { ssid: 'Gäste', password: 'short' } },
          400,
          'wifi.passwordLength',
          'Ein WLAN-Passwort hat 8 bis 63 Zeichen (leer lassen für ein offenes Netz).',
          [
            'Invalid arguments for setVenueWifi: wifi.password: A Wi-Fi password has 8 to 63 characters (leave it empty for an open network).',
            'A Wi-Fi password has 8 to 63 characters (leave it empty for an open network).',
          ],
        ],
        [
          'an id that is not one, refused by the validator',
          'getSession',
          { id: '../x' },
          400,
          'request.invalid',
          'Die Anfrage getSession wurde abgelehnt: Das Feld „id“ ist ungültig (not a session id).',
        ],
      ];
      for (const [what, method, args, status, code, german, sentEnglish] of cases) {
        // Over HTTP: the status, the code, and the English the host has always sent.
        const res = await hostApi(host).post(method, args);
        const body = (await res.json()) as { error: string; code: string; values: unknown };
        expect([res.status, body.code], what).toEqual([status, code]);
        // The page's transport, in German once the console's words are loaded.
        await showLanguage('de');
        const call = api[method] as (a: unknown) => Promise<unknown>;
        const err = (await call(args).catch((e: unknown) => e)) as HostError;
        expect(err, what).toBeInstanceOf(HostError);
        expect([err.sent.code, err.message], what).toEqual([code, german]);
        expect(err.sent.message, what).toBe(body.error);
        // In English the catalog says the host's sentence byte for byte; a validator's refusal
        // with a code of its own says its reason alone (as the Wi-Fi form showed it).
        const words = await inEveryLanguage(err.sent);
        if (sentEnglish === undefined) expect(words.en, what).toBe(body.error);
        else expect([body.error, words.en], what).toEqual(sentEnglish);
        expect(words.fr, what).not.toBe(words.en);
      }

      // A console whose key is not this host's.
      await showLanguage('de');
      const stranger = createWebHostApi('0'.repeat(32), host.localUrl);
      const wrongKey = (await stranger.listSessions({}).catch((e: unknown) => e)) as HostError;
      expect([wrongKey.sent.code, wrongKey.sent.message, wrongKey.message]).toEqual([
        'request.wrongKey',
        'The facilitator key is missing or wrong.',
        'Der Schlüssel der Moderation fehlt oder ist falsch.',
      ]);

      // A template the disk cannot take: the fault worded inside the refusal.
      const agenda = await host.api.createSession({ title: 'Agenda', template: 'retrospective' });
      fault.code = 'ENOSPC';
      await showLanguage('de');
      const full = (await api
        .saveTemplate({ sessionId: agenda.id, name: 'Ours' })
        .catch((e: unknown) => e)) as HostError;
      expect(full.sent.code).toBe('template.saveFailed');
      expect(full.message).toBe(
        'Die Vorlage konnte nicht gespeichert werden: der Datenordner ist voll: die Festplatte ist voll (ENOSPC).',
      );
      expect((await inEveryLanguage(full.sent)).en).toBe(full.sent.message);
      fault.code = null;

      // And one in French: the follow-up refused, with its no-break spaces.
      await showLanguage('fr');
      const again = (await api.followUpSession({ id }).catch((e: unknown) => e)) as HostError;
      expect(again.message).toBe(
        `«\u00a0Retro\u00a0» a déjà une session suivante, «\u00a0${next.title}\u00a0». Créez la session suivante à partir de la plus récente de la série.`,
      );
    });

    it('a series file refused on import, and a library action the full disk refused, in German', async () => {
      const { fs, fault } = faultyFs();
      const host = await hosts.start({
        store: new SessionStore({ dataDir: hosts.dataDir, fs, retryMs: 50 }),
      });
      const first = await host.api.createSession({ title: 'Q3' });
      const second = await host.api.followUpSession({ id: first.id });
      const whole = (await host.api.exportSession({ id: second.id, series: true })).bytes;
      const one = async (id: string) =>
        decodeOffsiteFile((await host.api.exportSession({ id })).bytes);
      const newer = await one(second.id);
      const fromTheFuture = encodeOffsiteFile({
        ...newer,
        header: { ...newer.header, schemaVersion: SCHEMA_VERSION + 1 },
      });
      const series = (
        sessions: { number: number; title: string }[],
        files: Uint8Array[],
        seriesId = 'elsewhere',
      ) => encodeSeriesFile({ seriesId, title: 'Q3', exportedAt: 1, sessions }, files);
      const ours = (await host.api.listSessions({})).find((s) => s.id === first.id)!.series!.id;
      const flipped = whole.slice();
      flipped[40] = flipped[40]! ^ 0xff;
      const cases: [string, Uint8Array, string, string][] = [
        [
          'a session in it saved by a newer version',
          series(
            [
              { number: 1, title: 'Q3' },
              { number: 2, title: 'F' },
            ],
            [encodeOffsiteFile(await one(first.id)), fromTheFuture],
          ),
          'seriesFile.session',
          `Sitzung 2 („F“) dieser Reihe: Diese Sitzung wurde mit einer neueren Offsite-Version gespeichert (Schema ${SCHEMA_VERSION + 1}; diese Version liest bis ${SCHEMA_VERSION}). Aktualisieren Sie Offsite, um sie zu importieren.`,
        ],
        [
          'a later session without the one before it',
          series([{ number: 2, title: 'F' }], [encodeOffsiteFile(newer)]),
          'series.gap',
          'Diese Reihendatei enthält die Sitzungen 2 von „Q3“, aber Sitzung 1 ist weder in der Datei noch in der Bibliothek. Exportieren Sie die ganze Reihe erneut und importieren Sie diese Datei. Es wurde nichts importiert.',
        ],
        [
          'sessions 2 and 3 of a series whose session 2 the library holds',
          series(
            [
              { number: 2, title: 'F' },
              { number: 3, title: 'G' },
            ],
            [encodeOffsiteFile(newer), encodeOffsiteFile(newer)],
            ours,
          ),
          'series.overlap',
          'Die Bibliothek enthält bereits einige dieser Sitzungen von „Q3“. Es wurde nichts importiert.',
        ],
        [
          'a byte changed',
          flipped,
          'seriesFile.damaged',
          'Diese Reihendatei ist beschädigt (Prüfsumme stimmt nicht; sie ist vielleicht abgeschnitten). Exportieren Sie die Reihe erneut aus dem Original.',
        ],
        [
          'only its first bytes',
          new Uint8Array(SERIES_MAGIC),
          'seriesFile.truncated',
          'Diese Reihendatei ist unvollständig, vermutlich beim Kopieren abgeschnitten. Exportieren Sie sie erneut.',
        ],
      ];
      const api = createWebHostApi(host.key, host.localUrl);
      const before = (await host.api.listSessions({})).length;
      for (const [what, bytes, code, german] of cases) {
        await showLanguage('de');
        const err = (await api
          .importSession({ bytes: new Uint8Array(bytes) })
          .catch((e: unknown) => e)) as HostError;
        expect(err, what).toBeInstanceOf(HostError);
        expect([err.sent.code, err.message], what).toEqual([code, german]);
        const words = await inEveryLanguage(err.sent);
        expect(words.en, what).toBe(err.sent.message);
        expect(words.fr, what).not.toBe(words.en);
      }
      expect((await host.api.listSessions({})).length).toBe(before);

      // Renaming a session on a full disk.
      fault.code = 'ENOSPC';
      await showLanguage('de');
      const full = (await api
        .renameSession({ id: first.id, title: 'Q3 (neu)' })
        .catch((e: unknown) => e)) as HostError;
      expect([full.sent.code, full.message]).toEqual([
        'storage.actionFailed',
        'Die Sitzung konnte nicht umbenannt werden: der Datenordner ist voll: die Festplatte ist voll (ENOSPC).',
      ]);
      const words = await inEveryLanguage(full.sent);
      expect(words.en).toBe(full.sent.message);
      expect(words.fr).toBe(
        'Impossible de renommer la session\u00a0: le dossier de données est plein\u00a0: le disque est plein (ENOSPC).',
      );
      fault.code = null;
    });

    it("the venue's address in use: its label as words", async () => {
      const host = await hosts.start();
      const status = await host.api.venueStatus({});
      expect(status.inUse.labelWords?.code).toBe('label.fixed');
      expect(hostText(status.inUse.labelWords!)).toBe(status.inUse.label);
    });
  });

  it("the venue's labels, cautions and a network change, each worded from its code", async () => {
    let nets: Record<string, { address: string }[]> = {
      wlan0: [{ address: '192.168.1.4' }],
      docker0: [{ address: '172.17.0.1' }],
    };
    const read = () =>
      Object.fromEntries(
        Object.entries(nets).map(([name, list]) => [
          name,
          list.map((a) => ({
            ...a,
            family: 'IPv4',
            internal: false,
            netmask: '',
            mac: '',
            cidr: null,
          })),
        ]),
      ) as never;
    const venue = new VenueAddress({ read, platform: 'linux', now: () => 0 });
    const status = venue.status(8080);
    for (const a of status.addresses) {
      expect(hostText(a.labelWords!)).toBe(a.label);
      if (a.caution) expect(hostText(a.cautionWords!)).toBe(a.caution);
    }
    nets = { eth0: [{ address: '10.0.0.7' }] };
    venue.poll();
    const notice = venue.status(8080).notice!;
    expect(notice.words?.code).toBe('notice.gone');
    const words = await inEveryLanguage(notice.words!);
    expect(words.en).toBe(notice.message);
    expect(words.de).toBe(
      'Das Netz hat sich geändert: 192.168.1.4 (wlan0) ist weg. QR-Code und Link verwenden jetzt 10.0.0.7, Ethernet (eth0).',
    );
    await showLanguage('de');
    expect(hostText(status.addresses[1]!.cautionWords!)).toBe(
      'Ein virtuelles Netz in diesem Computer (Docker, eine VM): Telefone erreichen es nicht.',
    );
  });
});
