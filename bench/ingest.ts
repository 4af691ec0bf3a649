/**
 * `npm run bench:ingest [-- --facts N --rounds R]`: writes the same extraction into Neo4j, in one
 * run, three ways: batched (one UNWIND statement per group, pipelined in one transaction: what
 * `govkg ingest` does); one statement per row (the same builders given one row at a time, each
 * awaited, in one transaction); and one statement per row each in its own transaction (the usual
 * naive loader). Reports facts/s for each: fact relationships written per second of the whole
 * write, entities and mentions included.
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

/** How statements are sent: batched groups pipelined in one transaction; rows one by one in one transaction; or each row its own transaction. */
type Mode = 'batched' | 'perRow' | 'perRowTx';

async function send(store: GraphStore, statements: Statement[], mode: Mode): Promise<void> {
  if (mode === 'batched') await store.executeWrite((tx) => runAll(tx, statements));
  else if (mode === 'perRow') await store.executeWrite((tx) => runOneByOne(tx, statements));
  else for (const s of statements) await store.executeWrite((tx) => tx.run(s));
}

async function timed(store: GraphStore, statements: Statement[], docId: string, mode: Mode) {
  await deleteDocument(store, docId);
  const cpu0 = serverCpuMs();
  const t0 = performance.now();
  await send(store, statements, mode);
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
  const modes: [Mode, Statement[]][] = [
    ['batched', batched],
    ['perRow', single],
    ['perRowTx', single],
  ];
  const runs = new Map<Mode, Awaited<ReturnType<typeof timed>>[]>(modes.map(([m]) => [m, []]));
  // Warm-up: plans compiled, page cache filled.
  for (const [mode, statements] of modes) await timed(store, statements, docId, mode);
  for (let r = 0; r < rounds; r++)
    for (const [mode, statements] of modes) runs.get(mode)!.push(await timed(store, statements, docId, mode));
  const rate = (ms: number) => Math.round(factRows / (ms / 1000));
  const summary = (mode: Mode) => {
    const xs = runs.get(mode)!;
    const cpu = xs.every((x) => x.serverCpuMs !== undefined) ? median(xs.map((x) => x.serverCpuMs!)) : undefined;
    return {
      ms: xs.map((x) => Math.round(x.ms)),
      factsPerSec: rate(median(xs.map((x) => x.ms))),
      // Per second of Neo4j's own CPU (local server only): fair on a machine shared with other work.
      factsPerServerCpuSec: cpu ? rate(cpu) : null,
    };
  };
  const [b, p, t] = (['batched', 'perRow', 'perRowTx'] as const).map(summary);
  const out = {
    date: new Date().toISOString(),
    neo4j: config.neo4jUri,
    loadAverage: loadavg().map((x) => Number(x.toFixed(1))),
    facts: factRows,
    entities: plan.entities.reduce((n, g) => n + g.rows.length, 0),
    mentions: plan.mentions.length,
    statements: { batched: batched.length, perRow: single.length },
    batched: b,
    perRow: p,
    perRowTx: t,
    speedupOverPerRow: Number((b!.factsPerSec / p!.factsPerSec).toFixed(1)),
    speedupOverPerRowTx: Number((b!.factsPerSec / t!.factsPerSec).toFixed(1)),
  };
  mkdirSync('bench/out', { recursive: true });
  writeFileSync('bench/out/ingest.json', JSON.stringify(out, null, 2) + '\n');
  console.log(JSON.stringify(out, null, 2));
} finally {
  await store.close();
}
