import { Loaders } from './loaders.js';
import type { QueryName } from './queries.js';
import type { CypherReader } from './reader.js';

/** What every resolver gets: the batched loaders of this request. */
export interface ApiContext {
  loaders: Loaders;
  /**
   * What a field's resolver works out from its selection (parameters, look-ahead), by the field's
   * nodes in the query: the same for every item of a list, so worked out once per request.
   */
  plans: WeakMap<object, Map<object, unknown>>;
}

/** A fresh context per request (DataLoader caches must not outlive a request). */
export const makeContext = (reader: CypherReader, queries: Record<QueryName, string>): ApiContext => ({
  loaders: new Loaders(reader, queries),
  plans: new WeakMap(),
});

/**
 * The plan of resolver `owner` (its spec) for the field nodes `nodes` (`info.fieldNodes`), made on
 * first use in this request.
 */
export function planFor<T>(ctx: ApiContext, nodes: object, owner: object, make: () => T): T {
  let byOwner = ctx.plans.get(nodes);
  if (!byOwner) ctx.plans.set(nodes, (byOwner = new Map()));
  let plan = byOwner.get(owner) as T | undefined;
  if (plan === undefined) byOwner.set(owner, (plan = make()));
  return plan;
}
