import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// graphql/index.js, not graphql: Vite would load the ESM copy while @graphql-tools (loaded by
// Node) uses the CommonJS one, and graphql refuses a schema from another copy.
import { parse, printSchema, validate } from 'graphql/index.js';
import { describe, expect, it } from 'vitest';
import { argumentLimitsRule } from './argument-limits.js';
import { EXAMPLES } from './graphiql-examples.js';
import { loadQueries, QUERY_NAMES } from './queries.js';
import { buildSchema } from './schema.js';

const schema = buildSchema();

describe('schema', () => {
  it('prints as the SDL says (snapshot)', () => {
    expect(printSchema(schema)).toMatchSnapshot();
  });

  it.each(EXAMPLES.map((e) => [e.title, e.query]))('GraphiQL example "%s" is valid', (_t, query) => {
    expect(validate(schema, parse(query))).toEqual([]);
  });

  it('refuses literal limits out of bounds before running anything', () => {
    const errors = validate(
      schema,
      parse(
        '{ projects(first: 1000000000) { totalCount } a: shortestPath(from: "x", to: "y", maxHops: 7) { length } }',
      ),
      [argumentLimitsRule],
    );
    expect(errors.map((e) => e.message)).toEqual([
      'first must be between 1 and 100 (got 1000000000)',
      'maxHops must be between 1 and 6 (got 7)',
    ]);
  });
});

describe('named queries', () => {
  const dir = join(import.meta.dirname, '..', '..', 'cypher', 'queries');
  it('has one file per name, and no file without a name', () => {
    const files = readdirSync(dir).filter((f) => f.startsWith('api-'));
    expect(files.sort()).toEqual(QUERY_NAMES.map((n) => `api-${n}.cypher`).sort());
    expect(Object.keys(loadQueries())).toHaveLength(QUERY_NAMES.length);
  });
  it.each(QUERY_NAMES)('api-%s reads only and takes parameters, never pasted values', (name) => {
    const cypher = loadQueries()[name];
    expect(cypher).not.toMatch(/\b(CREATE|MERGE|DELETE|SET|REMOVE|LOAD CSV)\b/);
    expect(cypher).not.toMatch(/\$\{/);
    expect(readFileSync(join(dir, `api-${name}.cypher`), 'utf8')).toMatch(/^\/\/ /);
  });
});
