// electron/sessionFiles.ts against a mocked electron: which argv entry is a session file, and
// the save handler's checks of sender and arguments before any dialog opens.
import { beforeEach, describe, expect, it } from 'vitest';
import { dialogs, handlers } from './mocks/electron';

const { offsiteFileArg, parseSaveArgs, registerSessionFileIpc, SAVE_SESSION_FILE_CHANNEL } =
  await import('#electron/sessionFiles');

const ORIGIN = 'http://127.0.0.1:7480';
const from = (url: string) => ({ senderFrame: { url }, sender: {} });

describe('session files in the desktop app', () => {
  beforeEach(() => {
    handlers.clear();
    dialogs.length = 0;
  });

  it('finds the .offsite file among argv entries', () => {
    expect(offsiteFileArg(['--inspect', '/home/a/Retro.OFFSITE'])).toBe('/home/a/Retro.OFFSITE');
    expect(offsiteFileArg(['.', '--flag=x.offsite'])).toBeNull();
    expect(offsiteFileArg([])).toBeNull();
  });

  it('accepts a file name and bytes, nothing else', () => {
    const bytes = new Uint8Array([1, 2]);
    expect(parseSaveArgs({ fileName: 'a.offsite', bytes })).toEqual({
      fileName: 'a.offsite',
      bytes,
    });
    for (const bad of [
      null,
      { fileName: '../../etc/passwd', bytes },
      { fileName: 'a.offsite', bytes: 'AAAA' },
      { fileName: '', bytes },
    ])
      expect(() => parseSaveArgs(bad)).toThrow(/Invalid arguments/);
  });

  it('saves only for our own pages, through a save dialog', async () => {
    registerSessionFileIpc(ORIGIN);
    const save = handlers.get(SAVE_SESSION_FILE_CHANNEL)!;
    const file = { fileName: '2026-11-26 Retro.offsite', bytes: new Uint8Array([1]) };
    await expect(save(from('http://evil.example/'), file)).rejects.toThrow(/untrusted sender/);
    expect(dialogs).toHaveLength(0);
    expect(await save(from(`${ORIGIN}/console`), file)).toBe(false); // cancelled
    expect(dialogs).toEqual([
      {
        defaultPath: file.fileName,
        filters: [{ name: 'Offsite session', extensions: ['offsite'] }],
      },
    ]);
  });
});
