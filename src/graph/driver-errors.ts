import { Neo4jError } from 'neo4j-driver';
import { GovkgError } from '../errors.js';

/**
 * The one place that turns neo4j-driver errors into GovkgErrors a user can act on.
 * Unreachable server → NEO4J_UNAVAILABLE (naming the URI), bad credentials → BAD_CONFIG, anything
 * else from the server → NEO4J_ERROR with its code; the driver error stays as `cause`.
 */
export function toGovkgError(e: unknown, uri: string): GovkgError {
  if (e instanceof GovkgError) return e;
  if (e instanceof Neo4jError) {
    if (e.code === 'ServiceUnavailable' || e.code === 'SessionExpired')
      return new GovkgError(
        'NEO4J_UNAVAILABLE',
        `Neo4j is not reachable at ${uri}: start it with \`govkg neo4j start\`, or set NEO4J_URI to a running server`,
        { cause: e },
      );
    if (e.code.startsWith('Neo.ClientError.Security.'))
      return new GovkgError(
        'BAD_CONFIG',
        `Neo4j at ${uri} refused the credentials: check NEO4J_USER and NEO4J_PASSWORD`,
        {
          cause: e,
        },
      );
    return new GovkgError('NEO4J_ERROR', `Neo4j error ${e.code}: ${e.message}`, { cause: e });
  }
  return new GovkgError('NEO4J_ERROR', `Neo4j call failed: ${e instanceof Error ? e.message : String(e)}`, {
    cause: e,
  });
}
