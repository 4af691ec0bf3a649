import { Option, type Command } from 'commander';
import { EXPORT_FORMATS, exportGraph, GraphStore, type ExportFormat } from '../graph/index.js';
import { action } from './run.js';

/** `govkg export --format csv|graphml|json --out DIR`: the whole graph, in a canonical order. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the graph as neo4j-admin import CSV, GraphML (Gephi) or JSON')
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).makeOptionMandatory())
    .requiredOption('--out <dir>', 'folder to write into (created if missing)')
    .action(
      action(async (config, opts: { format: ExportFormat; out: string }) => {
        const store = await GraphStore.connect(config);
        try {
          // Streamed page by page: memory stays flat on the whole corpus.
          const r = await exportGraph(store, opts.format, opts.out);
          process.stdout.write(
            `exported ${r.nodes} nodes and ${r.relationships} relationships:\n${r.files.map((f) => `  ${f}\n`).join('')}`,
          );
        } finally {
          await store.close();
        }
      }),
    );
}
