import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { cooperationResolvers } from './resolvers/cooperation.js';
import { entityFieldResolvers } from './resolvers/entity-fields.js';
import { listResolvers } from './resolvers/query-lists.js';
import { lookupResolvers } from './resolvers/query-lookups.js';
import { traversalResolvers } from './resolvers/query-traversals.js';

/** The SDL, the schema's one definition (src/api/schema.graphql). */
export const typeDefs = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'schema.graphql'), 'utf8');

/** The executable schema: the SDL with its resolvers. */
export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs,
    resolvers: {
      Query: { ...lookupResolvers, ...listResolvers, ...traversalResolvers, ...cooperationResolvers },
      ...entityFieldResolvers,
    },
    // Every field of the SDL must have a resolver or a property of the same name.
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}
