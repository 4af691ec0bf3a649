import { availableParallelism } from 'node:os';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import type { Config } from '../config.js';
import {
  addCounts,
  applySchema,
  awaitSearchIndex,
  GraphStore,
  planWrite,
  storedDocumentIds,
  documentCount,
  writeExtraction,
  zeroCounts,
  type Counts,
} from '../graph/index.js';
import { listReportFiles, readDocument, type ReportInput } from '../ingest/index.js';
import { log } from '../log.js';
import type { Extraction } from '../model/index.js';
import { extractFiles, jobsFor, MIN_FILES_FOR_WORKERS, type FileResult } from '../pipeline/index.js';
import { action } from './run.js';

/**
 * Extraction workers for a run: the pipeline's choice, but leaving one core to a Neo4j that runs
 * on this machine (on 2 cores, 1 worker ingested a 51-report sample in 42 s, 2 workers in 53 s).
 */
function jobsForIngest(config: Config, files: number, requested?: number): number {
  if (requested !== undefined || !config.localNeo4j) return jobsFor(files, requested);
  return files >= MIN_FILES_FOR_WORKERS ? Math.max(1, Math.min(availableParallelism() - 1, files)) : 1;
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
  results: AsyncIterable<FileResult>,
  total: number,
  store: GraphStore | undefined,
  unchanged: string[],
): Promise<Tally> {
  const tally: Tally = { written: 0, replaced: 0, unchanged: 0, failed: [], facts: 0, counts: zeroCounts() };
  const bar = progress(total);
  for (const file of unchanged) {
    tally.unchanged++;
    bar.tick(`${'unchanged'.padEnd(10)} ${file}`, file);
  }
  const fail = (file: string, problem: string) => {
    // Pipeline messages name their file already.
    const message = problem.startsWith(file) ? problem : `${file}: ${problem}`;
    tally.failed.push({ file, message });
    bar.tick(`failed     ${message}`, file);
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
 * Splits the inputs into those to extract and those whose content (its hash, the document id) is
 * stored already: a second run over the same files reads them but extracts nothing.
 */
async function skipStored(
  store: GraphStore,
  files: ReportInput[],
): Promise<{ fresh: ReportInput[]; unchanged: string[] }> {
  if ((await documentCount(store)) === 0) return { fresh: files, unchanged: [] };
  const ids = new Map<ReportInput, string>();
  for (const f of files) {
    if (f.error) continue;
    // A file that cannot be read is left to the pipeline, which reports it.
    const id = await readDocument(f.path).then(
      (d) => d.id,
      () => undefined,
    );
    if (id) ids.set(f, id);
  }
  const stored = await storedDocumentIds(store, [...new Set(ids.values())]);
  const isStored = (f: ReportInput) => stored.has(ids.get(f) ?? '');
  return { fresh: files.filter((f) => !isStored(f)), unchanged: files.filter(isStored).map((f) => f.path) };
}

/**
 * The whole of `govkg ingest`, callable from other commands (`govkg start` ingests seeds/ with
 * it): connects (failing before any work when Neo4j is unreachable), applies the schema, writes
 * every file, prints the summary. Returns the exit code: 1 when some file failed.
 */
export async function ingest(
  config: Config,
  paths: string[],
  opts: { dryRun?: boolean; jobs?: number } = {},
): Promise<number> {
  const t0 = performance.now();
  const store = opts.dryRun ? undefined : await GraphStore.connect(config);
  try {
    if (store) await applySchema(store);
    const files: ReportInput[] = [];
    for await (const input of listReportFiles(paths)) files.push(input);
    const { fresh, unchanged } = store ? await skipStored(store, files) : { fresh: files, unchanged: [] };
    const jobs = jobsForIngest(config, fresh.length, opts.jobs);
    const tally = await writeAll(extractFiles(fresh, { jobs }), files.length, store, unchanged);
    // The full-text index trails commits by a little: once it has caught up, search sees it all.
    if (store) await awaitSearchIndex(store);
    const secs = (performance.now() - t0) / 1000;
    process.stdout.write(
      `${opts.dryRun ? 'planned' : 'ingested'} ${files.length} documents in ${secs.toFixed(1)} s: ` +
        `${tally.written} ${opts.dryRun ? 'to write' : 'written'}, ${tally.replaced} replaced, ${tally.unchanged} unchanged, ${tally.failed.length} failed\n` +
        (opts.dryRun ? '' : `${fmtCounts(tally.counts)}\n`) +
        `${tally.facts} evidence entries (${Math.round(tally.facts / secs)}/s)\n`,
    );
    for (const f of tally.failed) process.stdout.write(`failed: ${f.message}\n`);
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
    .option('--jobs <n>', 'extraction worker threads (default: the cores, less one for a local Neo4j)', (v) =>
      Number.parseInt(v, 10),
    )
    .action(
      action((config, paths: string[], opts: { dryRun?: boolean; jobs?: number }) => ingest(config, paths, opts)),
    );
}
