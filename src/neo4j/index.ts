/** The local Neo4j Community server that govkg fetches from Maven Central and runs without Docker. */
export { start, stop, status, waitForBolt, portInUse, type LocalServerOptions, type ServerStatus } from './server.js';
export { findJava, javaVersion } from './java.js';
export { localServerOptions } from './options.js';
