import { GraphQLError } from 'graphql';

/** The API's hard limits, in one place (the SDL's descriptions and the README quote them). */
export const LIMITS = {
  /** Largest page (`first`). */
  maxFirst: 100,
  /** Deepest `neighbors` traversal. */
  maxNeighborDepth: 3,
  /** Longest `shortestPath`. */
  maxHops: 6,
  /** Deepest selection set in a query. */
  maxQueryDepth: 12,
  /** Most aliases in one operation. */
  maxAliases: 20,
  /** Largest estimated cost (graphql-armor's cost model). */
  maxCost: 10_000,
  /** Most tokens in one document. */
  maxTokens: 2000,
  /** Longest text argument (names, search text). */
  maxTextLength: 200,
  /** Largest request body, bytes (a query at the token limit is a few kilobytes). */
  maxRequestBytes: 1_000_000,
  /** Most places a cooperation network is computed over. */
  maxNetworkPlaces: 400,
} as const;

/** A client error with a stable code: shown to the client as is (not masked). */
export const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/** Not found, where a missing thing makes the question meaningless (a place to list within). */
export const notFound = (message: string) => new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });

/** Checks an integer argument is within [min, max]; the error names the argument and the bounds. */
export function intIn(
  value: number | null | undefined,
  fallback: number,
  min: number,
  max: number,
  name: string,
): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min || v > max)
    throw badInput(`${name} must be between ${min} and ${max} (got ${v})`);
  return v;
}

/** `first` of a list: 1 to 100. */
export const pageSize = (first: number | null | undefined, fallback = 20) =>
  intIn(first, fallback, 1, LIMITS.maxFirst, 'first');

/** A text argument: trimmed, non-empty, at most 200 characters; null stays null. */
export function text(value: string | null | undefined, name: string): string | null {
  if (value === null || value === undefined) return null;
  const t = value.trim();
  if (t.length === 0) throw badInput(`${name} must not be empty`);
  if (t.length > LIMITS.maxTextLength) throw badInput(`${name} must be at most ${LIMITS.maxTextLength} characters`);
  return t;
}

/** Opaque cursors: the offset of the last item seen. */
export const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

/** Reads `after`; anything that is not a cursor this API gave out is a clear error. */
export function decodeCursor(after: string | null | undefined): number {
  if (!after) return 0;
  const m = /^o:(\d{1,9})$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
  if (!m) throw badInput('after is not a cursor from pageInfo.endCursor');
  return Number(m[1]) + 1;
}

/** A connection page from a list query's `total` and `nodes`. */
export function connection<T>(total: number, nodes: T[], skip: number) {
  const last = skip + nodes.length - 1;
  return {
    nodes,
    totalCount: total,
    pageInfo: { hasNextPage: last + 1 < total, endCursor: nodes.length ? encodeCursor(last) : null },
  };
}
