import { createServer as createHttpServer, type Server } from 'node:http';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { GraphQLError, type FieldNode, type ValidationContext } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Config } from '../config.js';
import { makeContext, type ApiContext } from './context.js';
import { argumentLimits } from './argument-limits.js';
import { bodyLimit } from './body-limit.js';
import { EXAMPLES } from './graphiql-examples.js';
import { LIMITS } from './limits.js';
import { maskError } from './mask-error.js';
import { loadQueries } from './queries.js';
import { neo4jReader, type CypherReader } from './reader.js';
import { buildSchema } from './schema.js';

/** The parts of the configuration the API reads. */
export type ApiConfig = Pick<
  Config,
  | 'neo4jUri'
  | 'NEO4J_USER'
  | 'NEO4J_PASSWORD'
  | 'NEO4J_DATABASE'
  | 'GOVKG_QUERY_TIMEOUT_MS'
  | 'GOVKG_INTROSPECTION'
  | 'GOVKG_CORS_ORIGINS'
  | 'PORT'
  | 'HOST'
>;

/** The GraphQL app: `yoga.fetch` for tests, `yoga` as a Node request handler for the server. */
export interface GovkgApi {
  yoga: YogaServerInstance<Record<string, unknown>, ApiContext>;
  reader: CypherReader;
  /** Closes the Neo4j driver (the reader's, when this function made it). */
  close(): Promise<void>;
}

/** `/health`: 200 when Neo4j answers, 503 when it does not. (`/live` only says the process runs.) */
const healthPlugin = (reader: CypherReader): Plugin => ({
  async onRequest({ url, endResponse }) {
    if (url.pathname !== '/health') return;
    const up = await reader.ping();
    endResponse(
      Response.json({ status: up ? 'ok' : 'unavailable', neo4j: up ? 'up' : 'down' }, { status: up ? 200 : 503 }),
    );
  },
});

/** Refuses introspection (`__schema`, `__type`; `__typename` stays) when the configuration turns it off. */
const noIntrospection: Plugin = {
  onValidate({ addValidationRule }) {
    addValidationRule((context: ValidationContext) => ({
      Field(node: FieldNode) {
        if (node.name.value === '__schema' || node.name.value === '__type')
          context.reportError(
            new GraphQLError('introspection is turned off on this server (GOVKG_INTROSPECTION=false)', {
              nodes: node,
              extensions: { code: 'INTROSPECTION_DISABLED' },
            }),
          );
      },
    }));
  },
};

/**
 * graphql-armor's rejections, reported as validation errors (so every limit a query breaks is
 * listed, not only the first) with a code, and without armor's misleading "Syntax Error:".
 */
const reportLimit = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(
        new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: 'QUERY_TOO_COMPLEX' } }),
      ),
  ],
};

const corsOf = (origins: string) => {
  const list = origins
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  if (list.length === 0) return false;
  return { origin: list.includes('*') ? '*' : list, methods: ['GET', 'POST', 'OPTIONS'] };
};

/**
 * Builds the API over a reader (by default one on the configured Neo4j): schema, limits,
 * error masking, health, GraphiQL with worked examples. Nothing listens yet.
 */
export function createServer(config: ApiConfig, options: { reader?: CypherReader } = {}): GovkgApi {
  const reader =
    options.reader ??
    neo4jReader({
      uri: config.neo4jUri,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
      timeoutMs: config.GOVKG_QUERY_TIMEOUT_MS,
    });
  const queries = loadQueries();
  const armor = EnvelopArmorPlugin({
    maxDepth: { n: LIMITS.maxQueryDepth, exposeLimits: true, ...reportLimit },
    maxAliases: { n: LIMITS.maxAliases, exposeLimits: true, ...reportLimit },
    costLimit: { maxCost: LIMITS.maxCost, exposeLimits: true, ...reportLimit },
    maxTokens: { n: LIMITS.maxTokens, exposeLimits: true, ...reportLimit },
    maxDirectives: { n: 20, exposeLimits: true, ...reportLimit },
    blockFieldSuggestion: { enabled: !config.GOVKG_INTROSPECTION },
  });
  const yoga = createYoga<Record<string, unknown>, ApiContext>({
    schema: buildSchema(),
    context: () => makeContext(reader, queries),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/live',
    landingPage: false,
    logging: false,
    // Replaced by bodyLimit, which reads the Content-Length instead of streaming every body.
    maxRequestBodySize: false,
    cors: corsOf(config.GOVKG_CORS_ORIGINS),
    maskedErrors: { maskError, isDev: false },
    graphiql: config.GOVKG_INTROSPECTION
      ? {
          title: 'govkg',
          defaultQuery: EXAMPLES[0]?.query,
          defaultTabs: EXAMPLES.map((e) => ({ query: `# ${e.title}\n${e.query}` })),
        }
      : false,
    plugins: [
      healthPlugin(reader),
      bodyLimit(LIMITS.maxRequestBytes),
      argumentLimits,
      armor,
      ...(config.GOVKG_INTROSPECTION ? [] : [noIntrospection]),
      // Executes each (validated) document compiled once to JavaScript, cached by its text.
      useGraphQlJit(),
    ],
  });
  return { yoga, reader, close: () => (options.reader ? Promise.resolve() : reader.close()) };
}

/** Starts the API on HOST:PORT; resolves with the listening server and a stop function. */
export async function startServer(config: ApiConfig, options: { reader?: CypherReader } = {}) {
  const api = createServer(config, options);
  const http: Server = createHttpServer(api.yoga);
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.PORT, config.HOST, () => resolve());
  });
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  return {
    api,
    http,
    url: `http://${config.HOST}:${port}/graphql`,
    async stop() {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await api.close();
    },
  };
}
