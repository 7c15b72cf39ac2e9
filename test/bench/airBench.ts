// The air bench (issue 23, `npm run bench -- air`): N phones join one session over a shaped link,
// with the host serving the precompressed build and compressing the hub's big messages, beside
// the same run with compression off (the anchor), and the physical floor (the bytes that crossed
// the air divided by the link's rate). Each run is airRun.ts in a network namespace of its own
// (`unshare -n`), where the loopback link is shaped with tc's token bucket (tbf) at
// OFFSITE_AIR_MBIT: host and phones share that one link both ways, as a laptop's Wi-Fi card
// shares its air. No delay is added: netem is not available here, so the link has a rate but no
// latency beyond its queue. Without root or unshare the run is not shaped, and says so.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { envNumber, envNumbers, round } from './stats';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SIZES = envNumbers('OFFSITE_AIR_SIZES', [150, 500]);
const NOTES = envNumber('OFFSITE_AIR_NOTES', 2000);
/** The link's rate: a laptop's Wi-Fi card in a full room, shared by every phone. */
const MBIT = envNumber('OFFSITE_AIR_MBIT', 50);
const DEADLINE_S = envNumber('OFFSITE_AIR_DEADLINE_S', 900);

const canShape = () =>
  process.getuid?.() === 0 &&
  spawnSync('sh', ['-c', 'command -v unshare && command -v ip && command -v tc'], {
    stdio: 'ignore',
  }).status === 0;

interface RunFigures {
  mode: string;
  phones: number;
  notes: number;
  kbPerPhone: number;
  totalMb: number;
  lastBoardMs: number;
  [k: string]: unknown;
}

/** Runs airRun.ts (in its own shaped namespace when it can) and returns its figures. */
function runOnce(
  phones: number,
  mode: 'compressed' | 'plain',
  shaped: boolean,
): Promise<RunFigures> {
  const tsx = join(ROOT, 'node_modules/.bin/tsx');
  const script = 'test/bench/airRun.ts';
  const setup = [
    'ip link set lo up',
    // Frames the size of Wi-Fi's, so the bucket meters packets as the air would.
    'ip link set lo mtu 1500',
    `tc qdisc add dev lo root tbf rate ${MBIT}mbit burst 64kb latency 100ms`,
  ].join(' && ');
  const [cmd, args] = shaped
    ? ['unshare', ['-n', 'sh', '-c', `${setup} && exec "$0" "$@"`, tsx, script]]
    : [tsx, [script]];
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args as string[], {
      cwd: ROOT,
      env: {
        ...process.env,
        OFFSITE_AIR_PHONES: String(phones),
        OFFSITE_AIR_NOTES: String(NOTES),
        OFFSITE_AIR_MODE: mode,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), DEADLINE_S * 1000);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      const line = /^AIR (.*)$/m.exec(out)?.[1];
      if (code !== 0 || !line)
        reject(new Error(`air run (${phones} ${mode}) ended ${code}:\n${out}`));
      else resolve(JSON.parse(line) as RunFigures);
    });
  });
}

export async function benchAir(): Promise<Record<string, unknown>[]> {
  const shaped = canShape();
  const rows: Record<string, unknown>[] = [];
  for (const phones of SIZES) {
    for (const mode of ['compressed', 'plain'] as const) {
      const f = await runOnce(phones, mode, shaped);
      // What the link must carry at the very least: every byte the phones received, at its rate.
      const floorMs = shaped ? round(((f.totalMb * 2 ** 20 * 8) / (MBIT * 1e6)) * 1000) : null;
      rows.push({
        ...f,
        linkMbit: shaped ? MBIT : 'not shaped (no root or unshare)',
        floorMs,
        overFloor: floorMs ? round(f.lastBoardMs / floorMs, 2) : null,
      });
      console.log(`[air] ${JSON.stringify(rows[rows.length - 1])}`);
    }
  }
  return rows;
}
