import DataLoader from 'dataloader';
import type { QueryName } from './queries.js';
import type { CypherReader, Row } from './reader.js';

/**
 * Per-request batching: every field that reads by entity id goes through a DataLoader made for
 * (named query, arguments), so a list of N items costs one round trip per field, not N.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();
  // The same loaders by parameter object: a list's items pass the same object (resolver plans,
  // look-ahead specs), so most look-ups skip serialising the parameters into the key.
  private readonly byParams = new WeakMap<object, Map<QueryName, DataLoader<string, unknown>>>();

  constructor(
    private readonly reader: CypherReader,
    private readonly queries: Record<QueryName, string>,
  ) {}

  /** Runs a named query once, unbatched (lists, traversals). */
  run(name: QueryName, params: Record<string, unknown>): Promise<Row[]> {
    return this.reader.read(this.queries[name], params);
  }

  /**
   * Loads `key` through the batched named query `name` (which takes `$ids` and returns a `key`
   * column); `pick` turns that key's row into the value; keys without a row get `missing`.
   * `extra` parameters (look-ahead) add to an answer without changing it: not part of the key.
   */
  load<T>(
    name: QueryName,
    params: Record<string, unknown>,
    key: string,
    pick: (row: Row) => T,
    missing: T,
    extra: Record<string, unknown> = {},
  ): Promise<T> {
    return this.loader(name, params, pick, missing, extra).load(key);
  }

  /**
   * Stores a value fetched ahead (look-ahead), so a later `load` with the same name and params
   * costs nothing; `pick`, `missing` and `extra` serve the keys that were not primed.
   */
  prime<T>(
    name: QueryName,
    params: Record<string, unknown>,
    key: string,
    value: T,
    pick: (row: Row) => T,
    missing: T,
    extra: Record<string, unknown> = {},
  ): void {
    this.loader(name, params, pick, missing, extra).prime(key, value);
  }

  private loader<T>(
    name: QueryName,
    params: Record<string, unknown>,
    pick: (row: Row) => T,
    missing: T,
    extra: Record<string, unknown>,
  ): DataLoader<string, T> {
    let same = this.byParams.get(params);
    const known = same?.get(name) as DataLoader<string, T> | undefined;
    if (known) return known;
    const cacheKey = `${name}:${JSON.stringify(params)}`;
    let loader = this.loaders.get(cacheKey) as DataLoader<string, T> | undefined;
    if (!loader) {
      loader = new DataLoader<string, T>(async (keys) => {
        const rows = await this.run(name, { ...params, ...extra, ids: [...keys] });
        const byKey = new Map(rows.map((r) => [String(r.key), pick(r)]));
        return keys.map((k) => (byKey.has(k) ? (byKey.get(k) as T) : missing));
      });
      this.loaders.set(cacheKey, loader as DataLoader<string, unknown>);
    }
    if (!same) this.byParams.set(params, (same = new Map()));
    same.set(name, loader as DataLoader<string, unknown>);
    return loader;
  }
}
