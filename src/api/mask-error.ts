import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { isGovkgError, type ErrorCode } from '../errors.js';
import { log } from '../log.js';

// What a client sees for the project's own errors: a stable code; the cause stays in the log.
const PUBLIC: Partial<Record<ErrorCode, { code: string; message: string }>> = {
  QUERY_TIMEOUT: {
    code: 'QUERY_TIMEOUT',
    message: 'the query took too long and was stopped; narrow it (smaller first, depth or area)',
  },
  NEO4J_UNAVAILABLE: { code: 'SERVICE_UNAVAILABLE', message: 'the graph database is not reachable; try again later' },
  NEO4J_ERROR: { code: 'INTERNAL_SERVER_ERROR', message: 'the graph database could not answer this query' },
};

// By name, not instanceof: a bundler or test runner may load two copies of graphql.
const isGraphQLError = (e: unknown): e is GraphQLError => e instanceof Error && e.name === 'GraphQLError';

/**
 * Yoga's error masking, with the project's errors translated once: a GovkgError becomes a
 * GraphQLError with `extensions.code` and a message that names no driver internals; GraphQL
 * errors made for the client pass; anything else is "Unexpected error." (Yoga's default).
 */
export function maskError(error: unknown, message: string): Error {
  // Client errors (validation, BAD_USER_INPUT, NOT_FOUND) pass as they are.
  if (isGraphQLError(error) && (!error.originalError || isGraphQLError(error.originalError))) return error;
  const original = isGraphQLError(error) ? error.originalError : error;
  if (isGovkgError(original)) {
    log.warn(
      `graphql: ${original.code}: ${original.message}`,
      original.cause instanceof Error ? original.cause.message : '',
    );
    const pub = PUBLIC[original.code] ?? { code: original.code, message: original.message };
    return new GraphQLError(pub.message, {
      nodes: isGraphQLError(error) ? error.nodes : undefined,
      path: isGraphQLError(error) ? error.path : undefined,
      extensions: { code: pub.code },
    });
  }
  log.error(
    'graphql: unexpected error',
    original instanceof Error ? (original.stack ?? original.message) : String(original),
  );
  return yogaMaskError(error, message, false);
}
