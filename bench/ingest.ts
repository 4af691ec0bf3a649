/**
 * `npm run bench:ingest [-- --facts N --rounds R]`: writes the same extraction into Neo4j, in one
 * run, batched (one UNWIND statement per group, pipelined in one transaction: what `govkg ingest`
 * does) and one statement per row (the same builders given one row at a time, each statement
 * awaited, in one transaction), and reports facts/s for both (fact relationships written per
 * second of the whole document transaction, entities and mentions included).
 * Results: bench/out/ingest.json. Needs the Neo4j of the environment (NEO4J_URI or the local one).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import {
  applySchema,
  createMentions,
  deleteDocument,
  GraphStore,
  mergeAdminPlaces,
  mergeDocument,
  mergeEntities,
  mergeFacts,
  mergeHierarchy,
  planWrite,
  runAll,
  runOneByOne,
  writeStatements,
  type Statement,
  type WritePlan,
} from '../src/graph/index.js';
import { localServerOptions, status } from '../src/neo4j/index.js';
import { benchExtraction } from './ingest-extraction.js';

const { values } = parseArgs({
  options: { facts: { type: 'string', default: '5000' }, rounds: { type: 'string', default: '3' } },
});
const facts = Number(values.facts);
const rounds = Number(values.rounds);

// The same rows through the same builders, one row per statement.
function perRow(plan: WritePlan): Statement[] {
  const doc = plan.document.id;
  return [
    mergeDocument(plan.document),
    ...plan.entities.flatMap((g) => g.rows.map((r) => mergeEntities(g.label, [r]))),
    ...plan.adminPlaces.map((r) => mergeAdminPlaces([r])),
    ...plan.hierarchy.map((r) => mergeHierarchy([r])),
    ...plan.facts.flatMap((g) => g.rows.map((r) => mergeFacts(g.type, doc, [r]))),
    ...plan.mentions.map((r) => createMentions(doc, [r])),
  ];
}

const config = loadConfig();
// CPU time of the local Neo4j (Linux /proc), so that a machine shared with other work still gives
// a fair figure: facts per second of the server's own CPU. Undefined for a remote server.
const serverPid = config.localNeo4j ? status(localServerOptions(config)).pid : undefined;
function serverCpuMs(): number | undefined {
  const stat = `/proc/${serverPid}/stat`;
  if (!serverPid || !existsSync(stat)) return undefined;
  const fields = readFileSync(stat, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in 10 ms ticks
}

async function timed(store: GraphStore, statements: Statement[], docId: string, pipelined: boolean) {
  await deleteDocument(store, docId);
  const cpu0 = serverCpuMs();
  const t0 = performance.now();
  await store.executeWrite((tx) => (pipelined ? runAll(tx, statements) : runOneByOne(tx, statements)));
  const ms = performance.now() - t0;
  const cpu1 = serverCpuMs();
  await deleteDocument(store, docId);
  return { ms, serverCpuMs: cpu0 !== undefined && cpu1 !== undefined ? cpu1 - cpu0 : undefined };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const store = await GraphStore.connect(config);
try {
  await applySchema(store);
  const docId = `bench-ingest-${facts}`;
  const x = benchExtraction(facts, docId);
  const plan = planWrite(x);
  const factRows = plan.facts.reduce((n, g) => n + g.rows.length, 0);
  const batched = writeStatements(plan);
  const single = perRow(plan);
  const result = {
    batched: [] as Awaited<ReturnType<typeof timed>>[],
    perRow: [] as Awaited<ReturnType<typeof timed>>[],
  };
  // Warm-up: plans compiled, page cache filled.
  await timed(store, batched, docId, true);
  for (let r = 0; r < rounds; r++) {
    result.batched.push(await timed(store, batched, docId, true));
    result.perRow.push(await timed(store, single, docId, false));
  }
  const rate = (ms: number) => Math.round(factRows / (ms / 1000));
  const wall = (xs: typeof result.batched) => median(xs.map((x) => x.ms));
  const cpu = (xs: typeof result.batched) =>
    xs.every((x) => x.serverCpuMs !== undefined) ? median(xs.map((x) => x.serverCpuMs!)) : undefined;
  const [cpuBatched, cpuPerRow] = [cpu(result.batched), cpu(result.perRow)];
  const out = {
    date: new Date().toISOString(),
    neo4j: config.neo4jUri,
    loadAverage: loadavg().map((x) => Number(x.toFixed(1))),
    facts: factRows,
    entities: plan.entities.reduce((n, g) => n + g.rows.length, 0),
    mentions: plan.mentions.length,
    statements: { batched: batched.length, perRow: single.length },
    batchedMs: result.batched.map((x) => Math.round(x.ms)),
    perRowMs: result.perRow.map((x) => Math.round(x.ms)),
    batchedFactsPerSec: rate(wall(result.batched)),
    perRowFactsPerSec: rate(wall(result.perRow)),
    speedup: Number((wall(result.perRow) / wall(result.batched)).toFixed(1)),
    // The same, per second of Neo4j's own CPU (local server only).
    batchedFactsPerServerCpuSec: cpuBatched ? rate(cpuBatched) : null,
    perRowFactsPerServerCpuSec: cpuPerRow ? rate(cpuPerRow) : null,
  };
  mkdirSync('bench/out', { recursive: true });
  writeFileSync('bench/out/ingest.json', JSON.stringify(out, null, 2) + '\n');
  console.log(JSON.stringify(out, null, 2));
} finally {
  await store.close();
}
