/** Public face of src/api: the GraphQL server over the graph. */
export { createServer, startServer, type ApiConfig, type GovkgApi } from './server.js';
export { countingReader, neo4jReader, type CypherReader, type Row } from './reader.js';
export { typeDefs, buildSchema } from './schema.js';
export { LIMITS } from './limits.js';
export { EXAMPLES } from './graphiql-examples.js';
