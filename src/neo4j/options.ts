import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.js';
import type { LocalServerOptions } from './server.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The local server's options from the configuration; relative homes are taken from the repo root. */
export function localServerOptions(c: Config): LocalServerOptions {
  return {
    home: resolve(repoRoot, c.GOVKG_NEO4J_HOME),
    scriptsDir: join(repoRoot, 'scripts', 'neo4j'),
    boltPort: c.GOVKG_NEO4J_BOLT_PORT,
    httpPort: c.GOVKG_NEO4J_HTTP_PORT,
    heap: c.GOVKG_NEO4J_HEAP,
    pageCache: c.GOVKG_NEO4J_PAGECACHE,
    startTimeoutSec: c.GOVKG_NEO4J_START_TIMEOUT,
    javaHome: c.GOVKG_JAVA_HOME,
    envJavaHome: c.JAVA_HOME,
  };
}
