/**
 * The benchmark's servers in their own process (so the load generator does not share their
 * event loop): starts govkg, the direct-driver handler and @neo4j/graphql on ephemeral loopback
 * ports, prints their URLs as one JSON line, and stops them when stdin closes or on SIGTERM.
 */
import { loadConfig } from '../src/config.js';
import { setLogLevel } from '../src/log.js';
import { directTarget, govkgTarget, neo4jGraphqlTarget } from './api-targets.js';

const config = loadConfig();
setLogLevel('error');
const targets = {
  govkg: await govkgTarget(config),
  direct: await directTarget(config),
  peer: await neo4jGraphqlTarget(config),
};
process.stdout.write(JSON.stringify(Object.fromEntries(Object.entries(targets).map(([k, t]) => [k, t.url]))) + '\n');

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await Promise.all(Object.values(targets).map((t) => t.stop()));
  process.exit(0);
};
process.stdin.on('end', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
