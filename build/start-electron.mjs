// `npm start`'s last step: opens the desktop app with Electron's binary. The electron package
// downloads its binary on first use; without internet that ends in a stack trace and a fix that
// needs the network. Here the download runs with its output captured, and a failure ends in a
// plain message that points to the headless host, which needs no Electron at all.
//   node build/start-electron.mjs [--dry-run] [electron args…]
// --dry-run resolves (and downloads) the binary and prints its path without starting it.
// OFFSITE_ELECTRON_PACKAGE_DIR points at another electron package folder (the tests use it).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const HEADLESS_HINT = [
  "Offsite: Electron's binary is not installed and could not be downloaded (no internet?).",
  'The facilitator console also runs in a browser, with no Electron at all:',
  '',
  '    npm run host',
  '',
  'then open the "Facilitator console" address it prints. To get the desktop app later, run',
  '`npm start` again on a machine with internet access (the binary is downloaded once).',
].join('\n');

function electronPackageDir() {
  if (process.env.OFFSITE_ELECTRON_PACKAGE_DIR) return process.env.OFFSITE_ELECTRON_PACKAGE_DIR;
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('electron/package.json'));
}

/** The binary's path, as electron's index.js finds it; null when it is not there. */
function installedBinary(dir) {
  const pathFile = join(dir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH)
    return join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
  if (!relative) return null;
  const full = join(dir, 'dist', relative);
  return existsSync(full) ? full : null;
}

function fail(detail) {
  console.error(HEADLESS_HINT);
  if (detail) console.error(`\n(What the download said, last line: ${detail})`);
  process.exit(1);
}

const args = process.argv.slice(2);
const dryRun = args[0] === '--dry-run';
const dir = electronPackageDir();
let binary = installedBinary(dir);
if (!binary) {
  console.log("Downloading Electron's binary (once)…");
  const install = spawnSync(process.execPath, [join(dir, 'install.js')], { encoding: 'utf8' });
  const said = `${install.stdout ?? ''}\n${install.stderr ?? ''}`
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('at '));
  binary = install.status === 0 ? installedBinary(dir) : null;
  if (!binary) fail(said.at(-1) ?? install.error?.message);
}
if (dryRun) {
  console.log(binary);
  process.exit(0);
}
const child = spawn(binary, args.length ? args : ['.'], { stdio: 'inherit' });
child.on('error', (err) => fail(err.message));
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
