/** The `govkg` command: a thin shell that registers one module per command. */
import { Command } from 'commander';
import { registerExtract } from './commands/extract.js';
import { registerNeo4j } from './commands/neo4j.js';
import { registerServe } from './commands/serve.js';
import { registerStart } from './commands/start.js';

const program = new Command('govkg')
  .description('Knowledge graph of Chinese government work reports: extract, ingest into Neo4j, serve GraphQL')
  .showHelpAfterError();

registerStart(program);
registerNeo4j(program);
registerExtract(program);
registerServe(program);

await program.parseAsync(process.argv);
