/**
 * All configuration, read from the environment in this one place. Library code takes a `Config`
 * (or the part it needs) as an argument and never reads `process.env` itself.
 */
import { z } from 'zod';

const schema = z.object({
  /** Bolt URI of the Neo4j to use. Unset: the local server that `govkg neo4j start` runs. */
  NEO4J_URI: z.string().url().optional(),
  /** Neo4j user (the local server runs without auth, so any value works there). */
  NEO4J_USER: z.string().default('neo4j'),
  /** Neo4j password. */
  NEO4J_PASSWORD: z.string().default('neo4j'),
  /** Database name; Community has one, `neo4j`. */
  NEO4J_DATABASE: z.string().default('neo4j'),
  /** Bolt port of the local server that `govkg neo4j start` runs (loopback only). */
  GOVKG_NEO4J_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  /** HTTP port of the local server (Neo4j's HTTP API). */
  GOVKG_NEO4J_HTTP_PORT: z.coerce.number().int().min(1).max(65535).default(7474),
  /** Where the local server keeps its jars, data, PID and log (git-ignored). */
  GOVKG_NEO4J_HOME: z.string().default('.neo4j'),
  /** Java home to run the local server with; unset: found among the installed JDKs (17 or 21). */
  GOVKG_JAVA_HOME: z.string().optional(),
  /** The usual JAVA_HOME, tried after GOVKG_JAVA_HOME. */
  JAVA_HOME: z.string().optional(),
  /** Heap cap for the local server. */
  GOVKG_NEO4J_HEAP: z.string().default('1536m'),
  /** Page cache for the local server. */
  GOVKG_NEO4J_PAGECACHE: z.string().default('512m'),
  /** Seconds to wait for the local server to answer on Bolt. */
  GOVKG_NEO4J_START_TIMEOUT: z.coerce.number().int().positive().default(180),
  /** GraphQL server port. */
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Host the GraphQL server binds. */
  HOST: z.string().default('127.0.0.1'),
  /** Allowed CORS origins, comma-separated; empty: CORS off. `*` allows any. */
  GOVKG_CORS_ORIGINS: z.string().default(''),
  /** Whether GraphQL introspection (and GraphiQL) is on. */
  GOVKG_INTROSPECTION: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Per-query Neo4j transaction timeout, milliseconds. */
  GOVKG_QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
  /** Log level: error, warn, info, debug (debug logs Cypher with its parameters). */
  GOVKG_LOG_LEVEL: z.enum(['silent', 'error', 'warn', 'info', 'debug']).default('info'),
});

export type Config = z.output<typeof schema> & {
  /** Bolt URI actually used: NEO4J_URI, or the local server's. */
  neo4jUri: string;
  /** True when NEO4J_URI is unset and govkg manages the local server. */
  localNeo4j: boolean;
};

/** Reads and checks the environment once; a bad value is a clear error naming the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`bad environment: ${issues}`);
  }
  const c = parsed.data;
  return {
    ...c,
    neo4jUri: c.NEO4J_URI ?? `bolt://127.0.0.1:${c.GOVKG_NEO4J_BOLT_PORT}`,
    localNeo4j: !c.NEO4J_URI,
  };
}
