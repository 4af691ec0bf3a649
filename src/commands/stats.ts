import type { Command } from 'commander';
import { graphStats, GraphStore } from '../graph/index.js';
import { action } from './run.js';

/** `govkg stats [--json] [--top N]`: counts by label and type, and the places with most projects and partners. */
export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('counts by label and relationship type; places with the most projects and partners')
    .option('--json', 'print JSON')
    .option('--top <n>', 'how many places to list', (v) => Number.parseInt(v, 10), 10)
    .action(
      action(async (config, opts: { json?: boolean; top: number }) => {
        const store = await GraphStore.connect(config);
        try {
          const s = await graphStats(store, opts.top);
          if (opts.json) return void process.stdout.write(JSON.stringify(s, null, 2) + '\n');
          const lines = [
            'nodes',
            ...s.labels.map((l) => `  ${l.label.padEnd(14)} ${l.count}`),
            'relationships',
            ...s.relationships.map((r) => `  ${r.type.padEnd(16)} ${r.count}`),
            `evidence entries   ${s.evidence}`,
            'places with most projects',
            ...s.topProjectPlaces.map((p) => `  ${p.name} (${p.code}) ${p.projects}`),
            'places with most cooperation partners',
            ...s.topPartnerPlaces.map((p) => `  ${p.name} (${p.code}) ${p.partners}`),
          ];
          process.stdout.write(lines.join('\n') + '\n');
        } finally {
          await store.close();
        }
      }),
    );
}
