/**
 * `npm run bench:corpus -- <folder> [--jobs N] [--limit N]`: extracts every report under a folder
 * (the 2,970 reports of govreports) on the worker pool, as `govkg extract` does, and reports total
 * time, documents/s, chars/s, peak RSS of the whole process (all worker threads included), and
 * the failures with their reasons. Writes bench/out/corpus-extract.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { listReportFiles, type ReportInput } from '../src/ingest/index.js';
import { extractFiles, jobsFor } from '../src/pipeline/index.js';

const ROOT = join(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { jobs: { type: 'string' }, limit: { type: 'string' } },
});
const folder = positionals[0];
if (!folder) {
  console.error('usage: npm run bench:corpus -- <folder> [--jobs N] [--limit N]');
  process.exit(2);
}

const all: ReportInput[] = [];
for await (const i of listReportFiles([folder])) all.push(i);
// --limit N takes every k-th file, so a sample spans the whole folder rather than its first cities.
const limit = values.limit ? Number(values.limit) : all.length;
const step = Math.max(1, all.length / limit);
const inputs = all.filter((_, i) => Math.floor(i % step) === 0).slice(0, limit);
const jobs = jobsFor(inputs.length, values.jobs ? Number(values.jobs) : undefined);

const started = performance.now();
const cpuStart = process.cpuUsage();
let chars = 0;
let docs = 0;
let entities = 0;
let relations = 0;
let slowest = { path: '', ms: 0 };
let last = started;
const failures: { path: string; error: string }[] = [];
for await (const r of extractFiles(inputs, { jobs })) {
  const now = performance.now();
  if (now - last > slowest.ms) slowest = { path: r.path, ms: now - last }; // time between ordered results: a rough per-file upper bound
  last = now;
  if (r.error !== undefined) {
    failures.push({ path: r.path, error: r.error });
    continue;
  }
  docs++;
  chars += r.extraction.document.chars;
  entities += r.extraction.entities.length;
  relations += r.extraction.relations.length;
  if (docs % 250 === 0)
    console.error(
      `… ${docs + failures.length}/${inputs.length} files, ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
}
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStart);
const usage = process.resourceUsage();

const result = {
  when: new Date().toISOString(),
  folder,
  node: process.version,
  cpu: `${cpus()[0]?.model ?? 'unknown'} × ${availableParallelism()}`,
  jobs,
  files: inputs.length,
  documents: docs,
  failed: failures.length,
  chars,
  entities,
  relations,
  seconds: Number(seconds.toFixed(1)),
  docsPerSec: Number((docs / seconds).toFixed(2)),
  charsPerSec: Math.round(chars / seconds),
  cpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(1)),
  peakRssMB: Math.round(usage.maxRSS / 1024),
  failures,
};
mkdirSync(join(ROOT, 'bench/out'), { recursive: true });
writeFileSync(join(ROOT, 'bench/out/corpus-extract.json'), JSON.stringify(result, null, 2) + '\n');
console.log(
  `${docs} of ${inputs.length} files extracted on ${jobs} worker(s) in ${result.seconds} s: ${result.docsPerSec} docs/s, ${result.charsPerSec.toLocaleString('en')} chars/s`,
);
console.log(
  `${entities.toLocaleString('en')} entities, ${relations.toLocaleString('en')} relations; CPU ${result.cpuSeconds} s; peak RSS ${result.peakRssMB} MB`,
);
console.log(`failures: ${failures.length}`);
for (const f of failures) console.log(`  ${f.error}`);
console.log('wrote bench/out/corpus-extract.json');
