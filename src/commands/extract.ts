import type { Command } from 'commander';
import { extract } from '../extract/index.js';
import { readDocument } from '../ingest/index.js';
import { action } from './run.js';

/** `govkg extract FILE... [--json]`: what each report names and states. (Skeleton: issue 3 completes it.) */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract entities and relations from reports')
    .argument('<files...>', 'report files or folders')
    .option('--json', 'print the output contract as JSON')
    .action(
      action(async (_config, files: string[], opts: { json?: boolean }) => {
        for (const f of files) {
          const x = extract(await readDocument(f));
          process.stdout.write(opts.json ? JSON.stringify(x) + '\n' : `${f}: ${x.entities.length} entities, ${x.relations.length} relations\n`);
        }
      }),
    );
}
