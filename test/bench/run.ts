// `npm run bench`: runs every benchmark and writes test/bench/results/latest.json and latest.md
// (OFFSITE_BENCH_RESULTS=DIR writes them there instead). Figures are measurements on this machine,
// not pass/fail tests; but a bench that throws is reported and makes the run exit non-zero, and an
// unknown bench name is refused. test/bench/smoke.spec.ts runs every bench at its smallest size.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from '../e2e/browser';
import { benchNoteLatency } from './noteLatency';

type Figures = Record<string, unknown>;

/** Names of the benches that threw; the run exits non-zero when there is any. */
const failed: string[] = [];

async function runOne(name: string, path: string, fn: string, results: Record<string, unknown>) {
  try {
    // A module or export that is missing is a failure too (it used to be skipped in silence).
    const mod = (await import(path)) as Record<string, () => Promise<Figures>>;
    const run = mod[fn];
    if (!run) throw new Error(`${path} exports no ${fn}`);
    console.log(`[bench] ${name}…`);
    results[name] = await run();
  } catch (err) {
    results[name] = { error: String(err) };
    failed.push(name);
    console.error(`[bench] ${name} failed:`, err);
  }
}

async function main() {
  const only = process.argv[2];
  const results: Record<string, unknown> = {
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memGiB: Math.round(totalmem() / 2 ** 30),
    },
    startedAt: new Date().toISOString(),
  };
  const extra: [string, string, string][] = [
    ['clockSkew', './clockSkewBench', 'benchClockSkew'],
    ['board', './boardBench', 'benchBoard'],
    ['store', './storeBench', 'benchStore'],
    ['join', './joinBench', 'benchJoin'],
    ['export', './exportBench', 'benchExport'],
    ['limits', './limitsBench', 'benchLimits'],
    ['authority', './authorityBench', 'benchAuthority'],
    ['meshTopology', './meshTopology', 'benchMeshTopology'],
    ['compaction', './compactionBench', 'benchCompaction'],
    ['hubMemory', './hubMemoryBench', 'benchHubMemory'],
    ['room', './roomBench', 'benchRoom'],
    ['roomGroups', './roomBench', 'benchRoomGroups'],
    ['boardDom', './boardDomBench', 'benchBoardDom'],
    ['air', './airBench', 'benchAir'],
  ];
  if (only && only !== 'latency' && !extra.some(([name]) => name === only))
    throw new Error(`no bench named ${only} (latency, ${extra.map(([name]) => name).join(', ')})`);
  if (!only || only === 'latency') {
    try {
      const browser = await launchBrowser();
      try {
        results.noteLatency = await benchNoteLatency(browser);
      } finally {
        await browser.close();
      }
    } catch (err) {
      results.noteLatency = { error: String(err) };
      failed.push('latency');
      console.error('[bench] latency failed:', err);
    }
  }
  for (const [name, path, fn] of extra)
    if (!only || only === name) await runOne(name, path, fn, results);
  results.finishedAt = new Date().toISOString();

  const dir = process.env.OFFSITE_BENCH_RESULTS
    ? pathToFileURL(`${resolve(process.env.OFFSITE_BENCH_RESULTS)}/`)
    : new URL('./results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  writeFileSync(new URL('latest.json', dir), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(new URL('latest.md', dir), toMarkdown(results));
  console.log(toMarkdown(results));
  if (failed.length > 0) throw new Error(`bench failed: ${failed.join(', ')}`);
}

function cell(v: unknown): string {
  if (typeof v === 'number' && !Number.isInteger(v)) return String(Math.round(v * 10) / 10);
  return String(v ?? '');
}

function toMarkdown(results: Record<string, unknown>): string {
  const lines = [
    `# Offsite benchmarks`,
    '',
    `Run ${String(results.startedAt)} on ${JSON.stringify(results.machine)}`,
    '',
  ];
  for (const [name, value] of Object.entries(results)) {
    if (['machine', 'startedAt', 'finishedAt'].includes(name)) continue;
    lines.push(`## ${name}`, '');
    const rows = Array.isArray(value) ? (value as Figures[]) : [value as Figures];
    const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    lines.push(`| ${cols.join(' | ')} |`, `| ${cols.map(() => '---').join(' | ')} |`);
    for (const r of rows) lines.push(`| ${cols.map((c) => cell(r[c])).join(' | ')} |`);
    lines.push('');
  }
  return lines.join('\n');
}

// Some benchmark leaves a handle open (a socket or timer of a library); the figures are written,
// so end the process rather than hang.
main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
