// `offsite-host`: the headless host (no Electron) for tests, CI and rooms without the desktop app.
//   npm run host -- --port 7480 --data ./offsite-data
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHost } from './server';
import { keepAwakeHint } from './venue/keepAwakeHint';
import { loadOrCreateFacilitatorKey } from './facilitatorKey';
import { SessionStore } from './store/sessionStore';
import { nodeStoreFs } from './store/storeFs';
import { faultCode, faultInjectingFs } from './store/faultFs';

interface CliArgs {
  port: number;
  data: string | null;
  bind: string;
  admitEveryone: boolean;
  address?: string;
  interfaceName?: string;
}

function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { port: 7480, data: null, bind: '0.0.0.0', admitEveryone: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--port' && value !== undefined) {
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new Error(`--port must be 0..65535, not ${value}`);
      args.port = port;
      i++;
    } else if (flag === '--data' && value !== undefined) {
      args.data = resolve(value);
      i++;
    } else if (flag === '--bind' && value !== undefined) {
      args.bind = value;
      i++;
    } else if (flag === '--admit-everyone') {
      // Every participant is admitted on arrival (unless a session admits by hand): for test
      // rigs whose pages share one address, or rooms whose devices share one.
      args.admitEveryone = true;
    } else if (flag === '--address' && value !== undefined) {
      args.address = value;
      i++;
    } else if (flag === '--interface' && value !== undefined) {
      args.interfaceName = value;
      i++;
    } else if (flag === '--help' || flag === '-h') {
      console.log(
        'usage: offsite-host [--port 7480] [--data DIR] [--bind 0.0.0.0] [--address IP | --interface NAME] [--admit-everyone]',
      );
      process.exit(0);
    } else {
      throw new Error(`unknown argument ${flag}`);
    }
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const here = dirname(fileURLToPath(import.meta.url));
  // Bundled: dist/electron/host/cli.mjs -> dist/renderer. From source (tsx): electron/host -> dist/renderer.
  const rendererDir = process.env.OFFSITE_RENDERER_DIR ?? join(here, '..', '..', 'renderer');
  const fallbackRenderer = join(here, '..', '..', 'dist', 'renderer');
  const { existsSync } = await import('node:fs');
  const dir = existsSync(join(rendererDir, 'index.html')) ? rendererDir : fallbackRenderer;
  if (args.data) {
    try {
      mkdirSync(args.data, { recursive: true, mode: 0o700 });
    } catch (err) {
      // An existing read-only folder is still readable: the library opens, saving warns.
      if (!existsSync(args.data)) throw err;
    }
  }
  // OFFSITE_FAULT=enospc|erofs is for tests only: every write to the data folder then fails.
  const fault = faultCode(process.env.OFFSITE_FAULT);
  if (fault) console.error(`[host] TEST FAULT: every write to the data folder fails (${fault})`);
  const store = args.data
    ? new SessionStore({
        dataDir: args.data,
        fs: fault ? faultInjectingFs(nodeStoreFs, fault) : nodeStoreFs,
      })
    : undefined;
  const host = await startHost({
    store,
    port: args.port,
    bind: args.bind,
    admitEveryone: args.admitEveryone,
    // OFFSITE_LAN_IP: a fixed address (the e2e namespace), never checked against the interfaces.
    lanIp: process.env.OFFSITE_LAN_IP || undefined,
    address: args.address,
    interfaceName: args.interfaceName,
    rendererDir: dir,
    facilitatorKey: args.data
      ? loadOrCreateFacilitatorKey(args.data, (m) => console.error(`[host] ${m}`))
      : undefined,
    log: (m) => console.error(`[host] ${m}`),
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`Stopping (${signal})…`);
    host.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  // Printed once Ctrl+C is handled: a script that reads the URL and stops us at once gets a
  // clean stop, not the default SIGINT death (a race seen on a loaded machine).
  console.log(`Offsite host listening on ${host.lanUrl} (and ${host.localUrl})`);
  console.log(`Data folder: ${args.data ?? '(none: sessions are kept in memory only)'}`);
  console.log(`Facilitator console: ${host.consoleUrl}`);
  const others = host.venue.address
    .addresses()
    .filter((a) => a.address !== host.venue.address.address())
    .map((a) => `${a.address} (${a.label})`);
  if (others.length)
    console.log(`Other addresses: ${others.join(', ')}; pick one with --address or --interface.`);
  console.log(keepAwakeHint(process.platform));
}

main().catch((err: unknown) => {
  console.error(`offsite-host: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
