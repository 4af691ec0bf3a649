import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { localServerOptions, start } from '../neo4j/index.js';
import { log } from '../log.js';
import { ingest } from './ingest.js';
import { action } from './run.js';
import { serve } from './serve.js';

/** The sample reports shipped with the project. */
const SEEDS = join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'), 'seeds');

/**
 * `govkg start`: the main job (`npm start`). Starts the local Neo4j unless NEO4J_URI points
 * elsewhere, ingests seeds/ (unchanged reports are skipped, so a restart is quick), then serves
 * GraphQL until stopped (Ctrl-C).
 */
export function registerStart(program: Command): void {
  program
    .command('start')
    .description('main job: start the local Neo4j (unless NEO4J_URI is set), ingest seeds/, serve GraphQL')
    .action(
      action(async (config) => {
        if (config.localNeo4j) {
          const r = await start(localServerOptions(config));
          log.info(
            r.alreadyRunning
              ? `Neo4j already running at ${r.status.bolt}`
              : `Neo4j ready at ${r.status.bolt} in ${(r.ms / 1000).toFixed(1)} s`,
          );
        }
        const failed = await ingest(config, [SEEDS]);
        if (failed) return failed;
        // Neo4j keeps running after the server stops: `govkg neo4j stop` ends it.
        await serve(config);
      }),
    );
}
