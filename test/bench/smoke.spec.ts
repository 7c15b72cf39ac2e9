// Every bench at its smallest size, as part of `npm test` (the `bench-smoke` project of
// test/e2e/playwright.config.ts, inside the same network namespace as the e2e specs). Each runs as
// `npm run bench -- <name>` would, in its own process (`tsx test/bench/run.ts <name>`), with its
// figures written to test-results/bench-smoke/<name>/. The test fails when the bench throws, does
// not end within its bound (the process group is killed), or leaves no figures: a result with no
// finite number, an error, or a figure that says it failed or did not finish. The figures
// themselves are not judged: at these sizes they mean nothing.
import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Per bench (run.ts's name): the key of its figures in latest.json and its smallest sizes. */
const BENCHES: { name: string; key: string; env: Record<string, string> }[] = [
  {
    name: 'latency',
    key: 'noteLatency',
    env: { OFFSITE_LATENCY_PAGES: '2', OFFSITE_LATENCY_NOTES: '2' },
  },
  { name: 'clockSkew', key: 'clockSkew', env: { OFFSITE_CLOCK_SKEW_READINGS: '2' } },
  { name: 'board', key: 'board', env: { OFFSITE_BOARD_NOTES: '20', OFFSITE_BOARD_INCOMING: '2' } },
  { name: 'store', key: 'store', env: { OFFSITE_STORE_NOTES: '50', OFFSITE_STORE_SAMPLES: '3' } },
  {
    name: 'join',
    key: 'join',
    env: {
      OFFSITE_JOIN_SIZES: '10',
      OFFSITE_JOIN_RUNS: '1',
      OFFSITE_JOIN_OPEN_NOTES: '10',
      OFFSITE_JOIN_DURABLE_SAMPLES: '2',
    },
  },
  { name: 'export', key: 'export', env: { OFFSITE_EXPORT_NOTES: '20' } },
  {
    name: 'limits',
    key: 'limits',
    env: {
      OFFSITE_LIMITS_HOSTILE_ITEMS: '400',
      OFFSITE_LIMITS_ROUNDS: '1',
      OFFSITE_LIMITS_COMPACT_NOTES: '50',
      OFFSITE_LIMITS_LATENCY_NOTES: '5',
    },
  },
  {
    name: 'authority',
    key: 'authority',
    env: { OFFSITE_AUTHORITY_NOTES: '50', OFFSITE_AUTHORITY_SAMPLES: '5' },
  },
  { name: 'meshTopology', key: 'meshTopology', env: { OFFSITE_MESH_SIZES: '40' } },
  {
    name: 'compaction',
    key: 'compaction',
    env: { OFFSITE_COMPACTION_NOTES: '100', OFFSITE_COMPACTION_ROUNDS: '1' },
  },
  {
    name: 'hubMemory',
    key: 'hubMemory',
    env: { OFFSITE_HUB_MEMORY_SIZES: '6', OFFSITE_HUB_MEMORY_SETTLE_MS: '200' },
  },
  {
    name: 'room',
    key: 'room',
    env: {
      OFFSITE_ROOM_SIZES: '4',
      OFFSITE_ROOM_NOTES: '2',
      OFFSITE_ROOM_PAGE_NOTES: '2',
      OFFSITE_ROOM_WORKERS: '1',
      OFFSITE_ROOM_SPREAD_MS: '500',
      OFFSITE_ROOM_DEADLINE_MIN: '1',
    },
  },
  {
    name: 'roomGroups',
    key: 'roomGroups',
    env: {
      OFFSITE_ROOM_SIZES: '6',
      OFFSITE_ROOM_GROUPS: '3',
      OFFSITE_ROOM_NOTES: '2',
      OFFSITE_ROOM_PAGE_NOTES: '2',
      OFFSITE_ROOM_WORKERS: '1',
      OFFSITE_ROOM_SPREAD_MS: '500',
      OFFSITE_ROOM_DEADLINE_MIN: '1',
    },
  },
  {
    name: 'boardDom',
    key: 'boardDom',
    env: { OFFSITE_BOARD_DOM_SIZES: '20', OFFSITE_BOARD_DOM_INCOMING: '2' },
  },
  {
    name: 'air',
    key: 'air',
    env: { OFFSITE_AIR_SIZES: '4', OFFSITE_AIR_NOTES: '50', OFFSITE_AIR_DEADLINE_S: '60' },
  },
];

/** A bench that has not ended by then is killed (with everything it started) and fails. */
const BOUND_MS = 90_000;

/** Runs `tsx test/bench/run.ts <name>` in its own process group; its output and exit code. */
function runBench(
  name: string,
  env: Record<string, string>,
  outDir: string,
): Promise<{ code: number | null; signal: string | null; out: string; timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['test/bench/run.ts', name], {
      cwd: ROOT,
      env: { ...process.env, ...env, OFFSITE_BENCH_RESULTS: outDir },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, BOUND_MS);
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, out, timedOut });
    });
  });
}

/** What is wrong with a bench's figures (an empty list when there are some and none failed). */
export function problemsIn(value: unknown): string[] {
  if (value === undefined || value === null) return ['no figures'];
  const rows = Array.isArray(value) ? value : [value];
  if (rows.length === 0) return ['no figures (an empty list)'];
  const problems: string[] = [];
  rows.forEach((row, i) => {
    if (typeof row !== 'object' || row === null) {
      problems.push(`row ${i}: not an object`);
      return;
    }
    const entries = Object.entries(row as Record<string, unknown>);
    if (!entries.some(([, v]) => typeof v === 'number' && Number.isFinite(v)))
      problems.push(`row ${i}: no number`);
    for (const [k, v] of entries) {
      if (/error/i.test(k)) problems.push(`row ${i}: ${k}: ${String(v)}`);
      else if (typeof v === 'string' && /\b(error|fail(ed|s)?|did not finish)\b/i.test(v))
        problems.push(`row ${i}: ${k}: ${v}`);
    }
  });
  return problems;
}

test.describe.configure({ mode: 'parallel' });

test('the smoke run covers every bench that run.ts runs', () => {
  const source = readFileSync(join(ROOT, 'test/bench/run.ts'), 'utf8');
  const names = [
    'latency',
    ...[...source.matchAll(/\['(\w+)', '\.\/\w+', '\w+'\]/g)].map((m) => m[1]),
  ];
  expect(names.length).toBeGreaterThan(1);
  expect(BENCHES.map((b) => b.name).sort()).toEqual(names.sort());
});

for (const bench of BENCHES) {
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their deps by destructuring
  test(`bench ${bench.name} at its smallest size`, async ({}, testInfo) => {
    test.setTimeout(BOUND_MS + 15_000);
    const outDir = testInfo.outputPath('results');
    const started = Date.now();
    const run = await runBench(bench.name, bench.env, outDir);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    await testInfo.attach('output', { body: run.out, contentType: 'text/plain' });
    const tail = run.out.split('\n').slice(-40).join('\n');
    expect(run.timedOut, `did not end within ${BOUND_MS / 1000} s:\n${tail}`).toBe(false);
    expect(run.code, `exited with ${run.code ?? run.signal} after ${seconds} s:\n${tail}`).toBe(0);
    const results = JSON.parse(readFileSync(join(outDir, 'latest.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(problemsIn(results[bench.key]), `figures of ${bench.name}:\n${tail}`).toEqual([]);
    console.log(`[bench-smoke] ${bench.name}: figures in ${seconds} s`);
  });
}
