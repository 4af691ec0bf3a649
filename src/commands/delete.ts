import type { Command } from 'commander';
import { GovkgError } from '../errors.js';
import { awaitSearchIndex, deleteDocument, GraphStore } from '../graph/index.js';
import { action } from './run.js';

/** `govkg delete DOC...`: removes documents (by id or path), their mentions and evidence, and what only they held. */
export function registerDelete(program: Command): void {
  program
    .command('delete')
    .description('remove documents (by id or by path) and every entity or fact left without evidence')
    .argument('<docs...>', 'document ids (sha256) or the paths they were ingested from')
    .action(
      action(async (config, docs: string[]) => {
        const store = await GraphStore.connect(config);
        try {
          const missing: string[] = [];
          for (const ref of docs) {
            const r = await deleteDocument(store, ref);
            if (!r.documents.length) missing.push(ref);
            else
              process.stdout.write(
                `deleted ${r.documents.join(', ')}: nodes −${r.counts.nodesDeleted}, relationships −${r.counts.relationshipsDeleted}\n`,
              );
          }
          await awaitSearchIndex(store);
          if (missing.length) throw new GovkgError('NOT_FOUND', `no document with id or path ${missing.join(', ')}`);
        } finally {
          await store.close();
        }
      }),
    );
}
