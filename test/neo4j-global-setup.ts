/**
 * Vitest global setup for the integration tests: makes sure a real Neo4j answers. With NEO4J_URI
 * unset it starts the local server (fetching it the first time) and stops it afterwards, unless it
 * was already running, in which case it is left as it was.
 */
import { loadConfig } from '../src/config.js';
import { localServerOptions, start, stop, waitForBolt } from '../src/neo4j/index.js';

export default async function setup(): Promise<() => Promise<void>> {
  const config = loadConfig();
  if (!config.localNeo4j) {
    if (!(await waitForBolt(config.neo4jUri, 30_000))) throw new Error(`NEO4J_URI ${config.neo4jUri} does not answer`);
    return async () => {};
  }
  const opts = localServerOptions(config);
  const r = await start(opts);
  return async () => {
    if (!r.alreadyRunning) await stop(opts);
  };
}
