/** The `govkg` command: a thin shell that registers one module per command. */
import { Command } from 'commander';
import { registerDelete } from './commands/delete.js';
import { registerExport } from './commands/export.js';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerNeo4j } from './commands/neo4j.js';
import { registerServe } from './commands/serve.js';
import { registerStart } from './commands/start.js';
import { registerStats } from './commands/stats.js';

const program = new Command('govkg')
  .description('Knowledge graph of Chinese government work reports: extract, ingest into Neo4j, serve GraphQL')
  .showHelpAfterError();

registerStart(program);
registerNeo4j(program);
registerExtract(program);
registerIngest(program);
registerDelete(program);
registerExport(program);
registerStats(program);
registerServe(program);

await program.parseAsync(process.argv);
