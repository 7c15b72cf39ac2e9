// SIGKILL right after flush() resolves: every flushed update must be on disk when the folder is
// opened again by another process.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SessionStore } from '#electron/host/store/sessionStore';
import { replayNotes, tempDir } from './storeTestUtils';

const CHILD = fileURLToPath(new URL('./appendChild.ts', import.meta.url));

function runUntilFlushed(dataDir: string, sessionId: string, atLeast: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, sessionId], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let flushed = 0;
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const lines = out.split('\n');
      out = lines.pop()!;
      for (const line of lines) {
        const m = /^flushed (\d+)$/.exec(line);
        if (m) flushed = Number(m[1]);
      }
      // Kill as soon as a flush past the mark resolved: the child is already appending more.
      if (flushed >= atLeast && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(flushed);
      else reject(new Error(`child exited with ${code}: ${err}`));
    });
  });
}

describe('a host killed with SIGKILL', () => {
  it('keeps every update whose flush resolved', async () => {
    const dataDir = tempDir();
    const setup = new SessionStore({ dataDir });
    const { id } = await setup.create({ title: 'Crash test' });

    const flushed = await runUntilFlushed(dataDir, id, 60);
    expect(flushed).toBeGreaterThanOrEqual(60);

    const stored = await new SessionStore({ dataDir }).load(id);
    const notes = replayNotes(stored!.updates);
    // Updates after the last reported flush may or may not have made it; none before it is lost
    // (a torn tail of unflushed bytes is allowed and reported).
    expect(notes.length).toBeGreaterThanOrEqual(flushed);
    const have = new Set(notes);
    for (let i = 0; i < flushed; i++) expect(have.has(`note ${i}`), `note ${i}`).toBe(true);
  });
});
