import { Loaders } from './loaders.js';
import type { QueryName } from './queries.js';
import type { CypherReader } from './reader.js';

/** What every resolver gets: the batched loaders of this request. */
export interface ApiContext {
  loaders: Loaders;
}

/** A fresh context per request (DataLoader caches must not outlive a request). */
export const makeContext = (reader: CypherReader, queries: Record<QueryName, string>): ApiContext => ({
  loaders: new Loaders(reader, queries),
});
