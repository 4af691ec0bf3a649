/**
 * `npm run bench:ingest [-- --corpus DIR --rounds R --tx-docs N --profile]`: writes real reports
 * (every `.txt` of ../shared/corpus, extracted once beforehand) into Neo4j, in one run, three ways:
 * - batched: `writeExtraction` for each document in turn, exactly what `govkg ingest` does (one
 *   transaction per document, its statements pipelined);
 * - perRow: the same rows through the same builders, one row per statement, each awaited, one
 *   transaction per document;
 * - perRowTx: one row per statement, each in its own transaction (the usual naive loader), on the
 *   first N documents only (it is slow);
 * - floor: the same elements created by one statement per document with no MERGE, lookup or index
 *   (bench/ingest-floor.ts): what no writer with one transaction per document can beat.
 * The graph is cleared of the benchmark's documents before each timed pass, so every pass writes
 * the same thing into the same graph. Facts/s counts fact relationships written with evidence
 * (entities, hierarchy and mentions are written too, in the same time); evidence entries/s is
 * given beside it. Results: bench/out/ingest.json. With `--profile`, also the profile of each
 * batched statement (bench/out/ingest-profile.txt).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import {
  applySchema,
  awaitSearchIndex,
  createMentions,
  deleteDocument,
  GraphStore,
  mergeAdminPlaces,
  mergeDocument,
  mergeEntities,
  mergeFacts,
  mergeHierarchy,
  planWrite,
  runOneByOne,
  writeExtraction,
  type Statement,
  type WritePlan,
} from '../src/graph/index.js';
import type { Extraction } from '../src/model/index.js';
import { localServerOptions, status } from '../src/neo4j/index.js';
import { benchDocuments, planSize, totalSize, type DocumentSize } from './ingest-corpus.js';
import { clearFloor, floorCount, floorSize, floorStatement } from './ingest-floor.js';
import { profileDocument } from './ingest-profile.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: resolve(repoRoot, '..', 'shared', 'corpus') },
    rounds: { type: 'string', default: '3' },
    'tx-docs': { type: 'string', default: '1' },
    profile: { type: 'boolean', default: false },
    warmup: { type: 'string', default: '3' },
    modes: { type: 'string', default: 'batched,perRow,perRowTx,floor' },
  },
});
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
const clientCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

type Mode = 'batched' | 'perRow' | 'perRowTx' | 'floor';

async function write(store: GraphStore, docs: Extraction[], mode: Mode): Promise<void> {
  for (const x of docs) {
    if (mode === 'batched') {
      const out = await writeExtraction(store, x);
      if (out.status !== 'written') throw new Error(`${x.document.id}: ${out.status}, expected written`);
      continue;
    }
    if (mode === 'floor') {
      await store.executeWrite((tx) => tx.run(floorStatement(planWrite(x))));
      continue;
    }
    const statements = perRow(planWrite(x));
    if (mode === 'perRow') await store.executeWrite((tx) => runOneByOne(tx, statements));
    else for (const s of statements) await store.executeWrite((tx) => tx.run(s));
  }
  // As `govkg ingest` ends: the full-text index (updated after commits) has caught up, timed too.
  await awaitSearchIndex(store);
}

const clear = async (store: GraphStore, docs: Extraction[], mode: Mode) => {
  if (mode === 'floor') await store.executeWrite((tx) => tx.run(clearFloor));
  else for (const x of docs) await deleteDocument(store, x.document.id);
};

// The floor must write what it claims to: every node and relationship of the documents' plans.
async function checkFloor(store: GraphStore, docs: Extraction[]): Promise<void> {
  const want = docs.map((x) => floorSize(planWrite(x)));
  const { rows } = await store.executeRead((tx) => tx.run<{ nodes: number; relationships: number }>(floorCount));
  const [nodes, relationships] = [want.reduce((n, w) => n + w.nodes, 0), want.reduce((n, w) => n + w.relationships, 0)];
  if (rows[0]!.nodes !== nodes || rows[0]!.relationships !== relationships)
    throw new Error(`floor wrote ${JSON.stringify(rows[0])}, expected ${JSON.stringify({ nodes, relationships })}`);
}

interface Pass {
  ms: number;
  serverCpuMs?: number;
  clientCpuMs: number;
}

async function timed(store: GraphStore, docs: Extraction[], mode: Mode): Promise<Pass> {
  await clear(store, docs, mode);
  const [s0, c0, t0] = [serverCpuMs(), clientCpuMs(), performance.now()];
  await write(store, docs, mode);
  const [ms, s1, c1] = [performance.now() - t0, serverCpuMs(), clientCpuMs()];
  if (mode === 'floor') await checkFloor(store, docs);
  await clear(store, docs, mode);
  return { ms, clientCpuMs: c1 - c0, serverCpuMs: s0 !== undefined && s1 !== undefined ? s1 - s0 : undefined };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function summary(passes: Pass[], size: DocumentSize, docs: number) {
  if (!passes.length) return null;
  const ms = median(passes.map((p) => p.ms));
  const cpu = passes.every((p) => p.serverCpuMs !== undefined) ? median(passes.map((p) => p.serverCpuMs!)) : undefined;
  const per = (n: number, t: number) => Math.round(n / (t / 1000));
  return {
    documents: docs,
    facts: size.facts,
    passesMs: passes.map((p) => Math.round(p.ms)),
    medianMs: Math.round(ms),
    msPerDocument: Number((ms / docs).toFixed(1)),
    factsPerSec: per(size.facts, ms),
    evidencePerSec: per(size.evidence, ms),
    // Nodes and relationships written (facts are a tenth of them): a second figure, not the target's.
    elementsPerSec: per(size.elements, ms),
    // Neo4j's own CPU (local server only): fair on a machine shared with other work.
    serverCpuMs: cpu ?? null,
    factsPerServerCpuSec: cpu ? per(size.facts, cpu) : null,
    elementsPerServerCpuSec: cpu ? per(size.elements, cpu) : null,
    clientCpuMs: Math.round(median(passes.map((p) => p.clientCpuMs))),
  };
}

const docs = await benchDocuments(values.corpus);
const txDocs = docs.slice(0, Number(values['tx-docs']));
const sizes = docs.map((x) => planSize(planWrite(x)));
const store = await GraphStore.connect(config);
try {
  await applySchema(store);
  const sets: Record<Mode, Extraction[]> = { batched: docs, perRow: docs, perRowTx: txDocs, floor: docs };
  const passes: Record<Mode, Pass[]> = { batched: [], perRow: [], perRowTx: [], floor: [] };
  // Warm-up, not timed: plans compiled, the server's JIT warmed, page cache filled (perRowTx runs
  // the statements perRow compiled). A fresh server needs a few passes before its times settle.
  const modes = values.modes.split(',') as Mode[];
  for (let w = 0; w < Number(values.warmup); w++)
    for (const mode of modes.filter((m) => m !== 'perRowTx')) await timed(store, docs, mode);
  // Modes alternate within each round, so that each meets the same load from the rest of the machine.
  for (let r = 0; r < rounds; r++) for (const mode of modes) passes[mode].push(await timed(store, sets[mode], mode));
  const b = summary(passes.batched, totalSize(sizes), docs.length);
  const p = summary(passes.perRow, totalSize(sizes), docs.length);
  const t = summary(passes.perRowTx, totalSize(sizes.slice(0, txDocs.length)), txDocs.length);
  const f = summary(passes.floor, totalSize(sizes), docs.length);
  const out = {
    date: new Date().toISOString(),
    neo4j: config.neo4jUri,
    loadAverage: loadavg().map((x) => Number(x.toFixed(1))),
    corpus: values.corpus,
    written: totalSize(sizes),
    statementsPerDocument: {
      perRow: Math.round(docs.reduce((n, x) => n + perRow(planWrite(x)).length, 0) / docs.length),
    },
    batched: b,
    perRow: p,
    perRowTx: t,
    floor: f,
    speedupOverPerRow: b && p ? Number((b.factsPerSec / p.factsPerSec).toFixed(1)) : null,
    speedupOverPerRowOnServerCpu:
      b?.factsPerServerCpuSec && p?.factsPerServerCpuSec
        ? Number((b.factsPerServerCpuSec / p.factsPerServerCpuSec).toFixed(1))
        : null,
    speedupOverPerRowTx: b && t ? Number((b.factsPerSec / t.factsPerSec).toFixed(1)) : null,
    // The floor over per-row: the most any writer with one transaction per document could show.
    floorOverPerRow: f && p ? Number((f.factsPerSec / p.factsPerSec).toFixed(1)) : null,
  };
  mkdirSync('bench/out', { recursive: true });
  writeFileSync('bench/out/ingest.json', JSON.stringify(out, null, 2) + '\n');
  console.log(JSON.stringify(out, null, 2));
  if (values.profile) {
    const text = await profileDocument(store, docs);
    writeFileSync('bench/out/ingest-profile.txt', text);
    console.log(text);
  }
} finally {
  await store.close();
}
