// `npm run bench`: runs every benchmark and writes test/bench/results/latest.json and latest.md.
// Figures are measurements on this machine, not pass/fail tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { launchBrowser } from '../e2e/browser';
import { benchNoteLatency } from './noteLatency';

type Figures = Record<string, unknown>;

async function optional(name: string, path: string, fn: string, results: Record<string, unknown>) {
  try {
    const mod = (await import(path)) as Record<string, () => Promise<Figures>>;
    const run = mod[fn];
    if (!run) return;
    console.log(`[bench] ${name}…`);
    results[name] = await run();
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') return;
    results[name] = { error: String(err) };
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
  if (!only || only === 'latency') {
    const browser = await launchBrowser();
    try {
      results.noteLatency = await benchNoteLatency(browser);
    } finally {
      await browser.close();
    }
  }
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
    ['boardDom', './boardDomBench', 'benchBoardDom'],
  ];
  for (const [name, path, fn] of extra)
    if (!only || only === name) await optional(name, path, fn, results);
  results.finishedAt = new Date().toISOString();

  const dir = new URL('./results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  writeFileSync(new URL('latest.json', dir), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(new URL('latest.md', dir), toMarkdown(results));
  console.log(toMarkdown(results));
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
