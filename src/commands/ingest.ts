import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import type { Config } from '../config.js';
import { extract } from '../extract/index.js';
import {
  addCounts,
  applySchema,
  GraphStore,
  planWrite,
  writeExtraction,
  zeroCounts,
  type Counts,
} from '../graph/index.js';
import { readDocument } from '../ingest/index.js';
import { log } from '../log.js';
import type { Extraction } from '../model/index.js';
import { action } from './run.js';

const REPORT_FILE = /\.(txt|html?|md)$/i;

/** Files named on the command line, folders walked for report files; sorted, so runs are repeatable. */
export async function expandPaths(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (p: string): Promise<void> => {
    if (!(await stat(p)).isDirectory()) return void out.push(p);
    for (const e of (await readdir(p, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1)))
      if (e.isDirectory()) await walk(join(p, e.name));
      else if (REPORT_FILE.test(e.name)) out.push(join(p, e.name));
  };
  for (const p of paths) await walk(p);
  return out;
}

/** One file's extraction, or why it has none. */
type Extracted = { path: string; extraction: Extraction; error?: undefined } | { path: string; error: string };

/** Reads and extracts each file in turn; a file that fails becomes an error result, never a stop. */
async function* extractEach(files: string[]): AsyncGenerator<Extracted> {
  for (const path of files) {
    try {
      yield { path, extraction: extract(await readDocument(path)) };
    } catch (e) {
      yield { path, error: e instanceof Error ? e.message : String(e) };
    }
  }
}

interface Tally {
  written: number;
  replaced: number;
  unchanged: number;
  failed: { file: string; message: string }[];
  facts: number;
  counts: Counts;
}

/** Progress on a terminal: one bar advancing per file; elsewhere one plain line per file. */
function progress(total: number) {
  if (!process.stderr.isTTY || log.level === 'silent')
    return { tick: (line: string) => log.info(line), stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { format: 'ingest [{bar}] {value}/{total} {file}', stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { file: '' });
  return { tick: (_line: string, file?: string) => bar.increment({ file: file ?? '' }), stop: () => bar.stop() };
}

const fmtCounts = (c: Counts) =>
  `nodes +${c.nodesCreated} −${c.nodesDeleted}, relationships +${c.relationshipsCreated} −${c.relationshipsDeleted}, properties set ${c.propertiesSet}`;

const sum = <T>(xs: T[], f: (x: T) => number) => xs.reduce((n, x) => n + f(x), 0);

/** Writes each extraction as it comes (or only plans it, dry), tallying what happened. */
async function writeAll(
  results: AsyncIterable<Extracted>,
  total: number,
  store: GraphStore | undefined,
): Promise<Tally> {
  const tally: Tally = { written: 0, replaced: 0, unchanged: 0, failed: [], facts: 0, counts: zeroCounts() };
  const bar = progress(total);
  const fail = (file: string, message: string) => {
    tally.failed.push({ file, message });
    bar.tick(`failed     ${file}: ${message}`, file);
  };
  const write = async (file: string, x: Extraction) => {
    try {
      if (!store) {
        const plan = planWrite(x);
        const facts = sum(plan.facts, (g) => sum(g.rows, (r) => r.sentences.length));
        tally.written++;
        tally.facts += facts;
        const entities = sum(plan.entities, (g) => g.rows.length);
        return bar.tick(
          `would write ${file}: ${entities} entities, ${facts} evidence entries, ${plan.mentions.length} mentions`,
          file,
        );
      }
      const out = await writeExtraction(store, x);
      tally[out.status]++;
      if (out.status !== 'unchanged') tally.facts += out.facts;
      addCounts(tally.counts, out.counts);
      bar.tick(`${out.status.padEnd(10)} ${file}: ${out.facts} evidence entries, ${fmtCounts(out.counts)}`, file);
    } catch (e) {
      fail(file, e instanceof Error ? e.message : String(e));
    }
  };
  // Extracting the next file (here, or in workers) overlaps with writing the last one (in Neo4j).
  let pending: Promise<void> = Promise.resolve();
  for await (const r of results) {
    await pending;
    if (r.error !== undefined) {
      fail(r.path, r.error);
      pending = Promise.resolve();
    } else pending = write(r.path, r.extraction);
  }
  await pending;
  bar.stop();
  return tally;
}

/**
 * The whole of `govkg ingest`, callable from other commands (`govkg start` ingests seeds/ with
 * it): connects (failing before any work when Neo4j is unreachable), applies the schema, writes
 * every file, prints the summary. Returns the exit code: 1 when some file failed.
 */
export async function ingest(config: Config, paths: string[], opts: { dryRun?: boolean } = {}): Promise<number> {
  const t0 = performance.now();
  const store = opts.dryRun ? undefined : await GraphStore.connect(config);
  try {
    if (store) await applySchema(store);
    const files = await expandPaths(paths);
    const tally = await writeAll(extractEach(files), files.length, store);
    const secs = (performance.now() - t0) / 1000;
    process.stdout.write(
      `${opts.dryRun ? 'planned' : 'ingested'} ${files.length} documents in ${secs.toFixed(1)} s: ` +
        `${tally.written} written, ${tally.replaced} replaced, ${tally.unchanged} unchanged, ${tally.failed.length} failed\n` +
        (opts.dryRun ? '' : `${fmtCounts(tally.counts)}\n`) +
        `${tally.facts} evidence entries (${Math.round(tally.facts / secs)}/s)\n`,
    );
    for (const f of tally.failed) process.stdout.write(`failed: ${f.file}: ${f.message}\n`);
    return tally.failed.length ? 1 : 0;
  } finally {
    await store?.close();
  }
}

/** `govkg ingest PATH... [--dry-run]`: extracts each report and writes it into Neo4j, one transaction per document. */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('extract reports and write them into Neo4j (unchanged documents are skipped)')
    .argument('<paths...>', 'report files or folders')
    .option('--dry-run', 'extract and plan the writes, but do not touch Neo4j')
    .action(action((config, paths: string[], opts: { dryRun?: boolean }) => ingest(config, paths, opts)));
}
