import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { ReportInput } from '../ingest/index.js';
import { extractFile, type FileResult, type FileTask } from './file-result.js';

/** Options of a many-file run. */
export interface ExtractFilesOptions {
  /** Worker threads; 1 extracts in this thread. Default: all cores when there are enough files to pay for starting workers. */
  jobs?: number;
  /** Also produce extract's `explain` lines for each file. */
  explain?: boolean;
}

/** Fewer files than this are extracted in-process: starting a worker (and loading jieba in it) costs about a second. */
export const MIN_FILES_FOR_WORKERS = 8;

/** How many results may wait, per worker, before the run stops handing out files (backpressure). */
const IN_FLIGHT_PER_JOB = 2;

/** The number of worker threads a run of `files` files uses. */
export function jobsFor(files: number, requested?: number): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, files));
  return files >= MIN_FILES_FOR_WORKERS ? Math.min(availableParallelism(), files) : 1;
}

/**
 * Extracts files, yielding results in input order as soon as each one and those before it are done.
 * With several jobs, a worker pool runs at most `jobs × 2` files at a time, so memory holds only
 * that many extractions whatever the number of files; inputs that failed before reading (a
 * missing path) pass straight through as failures.
 */
export async function* extractFiles(
  inputs: readonly ReportInput[],
  options: ExtractFilesOptions = {},
): AsyncGenerator<FileResult> {
  const jobs = jobsFor(inputs.length, options.jobs);
  if (jobs === 1) {
    for (const i of inputs) yield i.error ? failed(i) : await extractFile({ path: i.path, explain: options.explain });
    return;
  }
  const pool = new Piscina<FileTask, FileResult>({
    filename: new URL('./extract-worker.ts', import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 1000,
  });
  const window: Promise<FileResult>[] = [];
  let next = 0;
  const fill = () => {
    while (next < inputs.length && window.length < jobs * IN_FLIGHT_PER_JOB) {
      const i = inputs[next++]!;
      window.push(
        i.error
          ? Promise.resolve(failed(i))
          : pool.run({ path: i.path, explain: options.explain }).catch((e: unknown) => crashed(i.path, e)),
      );
    }
  };
  try {
    fill();
    while (window.length) {
      const result = await window.shift()!;
      fill();
      yield result;
    }
  } finally {
    await pool.destroy();
  }
}

const failed = (i: ReportInput): FileResult => ({ path: i.path, error: i.error?.message ?? `${i.path}: failed` });
const crashed = (path: string, e: unknown): FileResult => ({
  path,
  error: `${path}: worker failed: ${e instanceof Error ? e.message : String(e)}`,
});
