// `npm start` without Electron's binary: a plain message that points to the headless host, never
// a stack trace. A stand-in electron package (its install.js is what fails or succeeds) keeps the
// test off the network.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const LAUNCHER = join(process.cwd(), 'build/start-electron.mjs');
const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

function fakeElectron(installJs: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'offsite-electron-'));
  made.push(dir);
  writeFileSync(join(dir, 'package.json'), '{"name":"electron","version":"0.0.0"}');
  writeFileSync(join(dir, 'install.js'), installJs);
  return dir;
}

function launch(dir: string, args: string[], env: Record<string, string> = {}) {
  const { ELECTRON_OVERRIDE_DIST_PATH: _, ...rest } = process.env;
  return spawnSync(process.execPath, [LAUNCHER, ...args], {
    encoding: 'utf8',
    env: { ...rest, OFFSITE_ELECTRON_PACKAGE_DIR: dir, ...env },
  });
}

describe('npm start without a binary', () => {
  it('a failed download ends in a plain message pointing to npm run host', () => {
    const dir = fakeElectron(
      "console.error(new Error('getaddrinfo ENOTFOUND github.com').stack); process.exit(1);",
    );
    const run = launch(dir, ['--dry-run']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('npm run host');
    expect(run.stderr).toContain('getaddrinfo ENOTFOUND github.com');
    // The download's stack trace is not passed on.
    expect(run.stderr + run.stdout).not.toMatch(/^\s+at /m);
  });

  it('a binary that cannot be started ends in the same message', () => {
    const dir = fakeElectron('process.exit(0);');
    const run = launch(dir, [], { ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'missing') });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('npm run host');
    expect(run.stderr).toContain('ENOENT');
  });

  it('a download that works is used', () => {
    const dir = fakeElectron(
      "const fs=require('fs'),p=require('path');" +
        "fs.mkdirSync(p.join(__dirname,'dist'));" +
        "fs.writeFileSync(p.join(__dirname,'dist','electron'),'');" +
        "fs.writeFileSync(p.join(__dirname,'path.txt'),'electron');",
    );
    const run = launch(dir, ['--dry-run']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n').at(-1)).toBe(join(dir, 'dist', 'electron'));
  });

  it('an installed binary is used without downloading again', () => {
    const dir = fakeElectron("console.error('should not run'); process.exit(1);");
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'electron'), '');
    chmodSync(join(dir, 'dist', 'electron'), 0o755);
    writeFileSync(join(dir, 'path.txt'), 'electron');
    const run = launch(dir, ['--dry-run']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(join(dir, 'dist', 'electron'));
  });
});
