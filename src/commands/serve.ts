import type { Command } from 'commander';
import { startServer } from '../api/index.js';
import { GovkgError } from '../errors.js';
import { log } from '../log.js';
import type { Config } from '../config.js';
import { action } from './run.js';

/** `govkg serve [--port N]`: GraphQL over the graph (GraphiQL at /graphql, Neo4j health at /health). */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve GraphQL over the graph: /graphql (GraphiQL in a browser), /health checks Neo4j')
    .option('-p, --port <port>', 'port (default: PORT or 4000)')
    .action(
      action(async (config, opts: { port?: string }) => {
        const port = opts.port === undefined ? config.PORT : Number(opts.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          throw new GovkgError('BAD_INPUT', `--port must be a port number (got ${opts.port})`);
        await serve({ ...config, PORT: port });
      }),
    );
}

/**
 * Serves GraphQL until SIGINT/SIGTERM: the `serve` command and the main job (`start`) both run this.
 * Resolves once the server listens.
 */
export async function serve(config: Config): Promise<void> {
  const port = config.PORT;
  const server = await startServer(config).catch((e: NodeJS.ErrnoException) => {
    throw e.code === 'EADDRINUSE'
      ? new GovkgError('PORT_TAKEN', `port ${port} is already in use (set PORT or --port)`, { cause: e })
      : e;
  });
  if (!(await server.api.reader.ping()))
    log.warn(`Neo4j does not answer at ${config.neo4jUri} yet: /health says 503 until it does`);
  process.stdout.write(`govkg GraphQL at ${server.url} (health: ${server.url.replace(/graphql$/, 'health')})\n`);
  const stop = (signal: string) => {
    log.info(`${signal}: stopping`);
    void server.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}
