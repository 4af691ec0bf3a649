import type { Command } from 'commander';
import { localServerOptions, start } from '../neo4j/index.js';
import { log } from '../log.js';
import { action } from './run.js';

/**
 * `govkg start`: the main job (`npm start`). Starts the local Neo4j unless NEO4J_URI points
 * elsewhere, then ingests seeds/ and serves GraphQL (the ingest and serve steps join as they land).
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
        process.stdout.write(`govkg ready: Neo4j at ${config.neo4jUri}\n`);
      }),
    );
}
