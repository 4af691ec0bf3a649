import type { Command } from 'commander';
import { localServerOptions, start, status, stop } from '../neo4j/index.js';
import { action } from './run.js';

/** `govkg neo4j start | stop | status`: the local Neo4j without Docker. */
export function registerNeo4j(program: Command): void {
  const cmd = program
    .command('neo4j')
    .description('run a local Neo4j Community 5.26 (fetched from Maven Central) on 127.0.0.1');
  cmd
    .command('start')
    .description('fetch (first time), start and wait until Bolt answers')
    .action(
      action(async (config) => {
        const r = await start(localServerOptions(config));
        if (r.alreadyRunning) process.stdout.write(`Neo4j already running (pid ${r.status.pid}) at ${r.status.bolt}\n`);
        else
          process.stdout.write(
            `Neo4j ready at ${r.status.bolt} (pid ${r.status.pid}, ${r.fetched ? 'fetched and ' : ''}started in ${(r.ms / 1000).toFixed(1)} s; log ${r.status.log})\n`,
          );
      }),
    );
  cmd
    .command('stop')
    .description('stop the local server cleanly')
    .action(
      action(async (config) => {
        const r = await stop(localServerOptions(config));
        process.stdout.write(r.stopped ? `Neo4j stopped (pid ${r.pid})\n` : 'Neo4j was not running\n');
      }),
    );
  cmd
    .command('status')
    .description('say whether the local server runs, and where')
    .action(
      action(async (config) => {
        const s = status(localServerOptions(config));
        process.stdout.write(
          s.running
            ? `running (pid ${s.pid}) bolt ${s.bolt} http ${s.http} log ${s.log}\n`
            : `not running (bolt would be ${s.bolt})\n`,
        );
        return s.running ? 0 : 3;
      }),
    );
}
