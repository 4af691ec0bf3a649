import { InvalidArgumentError, Option, type Command, type CommanderError } from 'commander';
import { listReportFiles, MAX_FILE_BYTES, REPORT_EXTENSIONS, type ReportInput } from '../ingest/index.js';
import { log } from '../log.js';
import type { Extraction } from '../model/index.js';
import { extractFiles } from '../pipeline/index.js';
import { toContractJson } from './extract-json.js';
import { formatSummary } from './extract-summary.js';
import { action } from './run.js';

/** How `govkg extract` prints each document. */
type Output = 'summary' | 'json' | 'explain';

interface ExtractOptions {
  json?: boolean;
  explain?: boolean;
  jobs?: number;
}

/** Exit codes: 0 every file extracted, 1 some file failed, 2 the command line was wrong. */
const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;

/** Files after which a many-file run logs its progress. */
const PROGRESS_EVERY = 100;

const HELP = `
Output:
  default    a readable summary per document: title, issuer, year, counts by type,
             the most-mentioned projects with their places, the cooperation pairs
  --json     the output contract of DESIGN.md: one JSON object per document, on one
             line each (JSON Lines when several files are given), nothing else on stdout
  --explain  per sentence: its tokens, each mention as token → entity [rule], and
             each relation read there with its rule

Folders are read recursively (${REPORT_EXTENSIONS.join(' ')}), in sorted order. Files over
${MAX_FILE_BYTES / 1024 / 1024} MB, empty, binary, in an unknown encoding or without Chinese text are
reported on stderr (one line naming the file) and the run goes on.

Exit status: ${EXIT.ok} all files extracted, ${EXIT.someFailed} some file failed, ${EXIT.usage} usage error.

Examples:
  govkg extract seeds/000_80c5026a2abaecef.txt
  govkg extract reports/ --json > extractions.jsonl`;

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('a whole number from 1 to 64');
  return n;
}

// A usage error exits 2 (commander would exit 1, the code that means "a file failed").
const usageExit = (e: CommanderError): never => process.exit(e.exitCode === 0 ? EXIT.ok : EXIT.usage);

/** `govkg extract FILE|DIR... [--json] [--explain] [--jobs N]`: what each report names and states. */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract projects, places, programmes, organisations, sectors and their relations from reports')
    .argument('<paths...>', 'report files (.txt, .md, .html; UTF-8, UTF-16 or GB18030) or folders of them')
    .option('--json', 'print the output contract as JSON (JSON Lines for several files)')
    .addOption(new Option('--explain', 'print token → entity → rule lines').conflicts('json'))
    .option('--jobs <n>', 'worker threads (default: every core when there are 8 files or more)', parseJobs)
    .addHelpText('after', HELP)
    .showHelpAfterError('(govkg extract --help shows the usage)')
    .exitOverride(usageExit)
    .action(action(async (_config, paths: string[], opts: ExtractOptions) => runExtract(paths, opts)));
}

async function runExtract(paths: string[], opts: ExtractOptions): Promise<number> {
  const output: Output = opts.json ? 'json' : opts.explain ? 'explain' : 'summary';
  process.stdout.on('error', stopOnClosedPipe);
  const inputs: ReportInput[] = [];
  for await (const i of listReportFiles(paths)) inputs.push(i);
  let failed = 0;
  let done = 0;
  for await (const r of extractFiles(inputs, { jobs: opts.jobs, explain: output === 'explain' })) {
    done++;
    if (r.error !== undefined) {
      failed++;
      log.error(`govkg: ${r.error}`);
    } else {
      const x = r.extraction;
      await writeOut(
        output === 'json'
          ? toContractJson(x) + '\n'
          : (output === 'explain' ? formatExplain(x, r.explain ?? []) : formatSummary(x)) + '\n\n',
      );
    }
    if (inputs.length >= PROGRESS_EVERY && done % PROGRESS_EVERY === 0)
      log.info(`govkg: ${done}/${inputs.length} files`);
  }
  if (inputs.length > 1)
    log.info(
      `govkg: ${inputs.length - failed} of ${inputs.length} files extracted${failed ? `, ${failed} failed` : ''}`,
    );
  return failed ? EXIT.someFailed : EXIT.ok;
}

/** The document line of the summary, then extract's own token → entity → rule lines. */
const formatExplain = (x: Extraction, lines: string[]) =>
  [formatSummary(x).split('\n').slice(0, 2).join('\n'), ...lines].join('\n');

// `govkg extract … | head`: the reader has what it wanted; stop without an error message.
function stopOnClosedPipe(e: NodeJS.ErrnoException): void {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
  log.error(`govkg: cannot write the output: ${e.message}`);
  process.exit(EXIT.someFailed);
}

/** Writes to stdout, waiting when the pipe is full, so a slow reader holds the run back instead of filling memory. */
function writeOut(text: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', resolve);
  });
}
