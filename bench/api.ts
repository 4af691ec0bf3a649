/**
 * `npm run bench:api`: loopback load on the GraphQL API, all in one run, bounded, stops by itself.
 *  (a) three representative queries through govkg's GraphQL vs the same Cypher run directly by
 *      neo4j-driver behind a bare HTTP handler: p50 / p99 and the ratio (target ≤ 1.3×);
 *  (b) a place with its projects and their sectors through govkg vs @neo4j/graphql over the same
 *      graph: throughput ratio (target ≥ 1.0×).
 * Uses the graph in Neo4j (after `govkg ingest`); an empty graph gets the test fixture, removed
 * afterwards. Results: a table on stdout and JSON in bench/out/.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { cpus, loadavg } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import { setLogLevel } from '../src/log.js';
import { localServerOptions, status } from '../src/neo4j/index.js';
import { compare, type LoadOptions, type LoadResult, type Request } from './api-load.js';
import { cleanFixture, loadFixture } from '../test/integration/api-helpers.js';

const config = loadConfig();
setLogLevel('error');
const opts: LoadOptions & { rounds: number } = {
  connections: Number(process.env.BENCH_CONNECTIONS ?? 8),
  amount: Number(process.env.BENCH_REQUESTS ?? 3000),
  warmup: 500,
  maxSeconds: 30,
  rounds: Number(process.env.BENCH_ROUNDS ?? 6),
};
// The fixed-rate runs of (a): as many rounds of BENCH_RATE_SECONDS each, at BENCH_RATE requests/s,
// or else at a quarter of the slower side's saturated throughput: the same rate for both sides.
// (At half, on the 2 shared cores, rounds where other jobs took a core queued up to 100-300 ms.)
const fixed = {
  seconds: Number(process.env.BENCH_RATE_SECONDS ?? 3),
  rate: process.env.BENCH_RATE ? Number(process.env.BENCH_RATE) : undefined,
};
// Which parts run (all by default): any of lookup, projects, cooperation, peer.
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const runs = (part: string) => !only || only.includes(part);

const driver = neo4j.driver(config.neo4jUri, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD), {
  disableLosslessIntegers: true,
});
const count = async (cypher: string) => Number((await driver.executeQuery(cypher)).records[0]?.get(0) ?? 0);

// The subject: the place with the most projects located in it (on the seeds: 绵阳市 or a county).
let usedFixture = false;
if ((await count('MATCH (p:Project) RETURN count(p)')) === 0) {
  await loadFixture(driver);
  usedFixture = true;
}
const subject = String(
  (
    await driver.executeQuery(
      'MATCH (p:Place)<-[:LOCATED_IN]-(x:Project) RETURN p.name AS name, count(x) AS n ORDER BY n DESC, name LIMIT 1',
    )
  ).records[0]?.get('name'),
);
const graph = {
  places: await count('MATCH (n:Place) RETURN count(n)'),
  projects: await count('MATCH (n:Project) RETURN count(n)'),
  relationships: await count('MATCH ()-[r]->() RETURN count(r)'),
  fixture: usedFixture,
  subject,
};

const gql = (url: string, query: string, variables: Record<string, unknown>): Request => ({
  url,
  method: 'POST',
  body: JSON.stringify({ query, variables }),
});
const QUERIES = {
  lookup: 'query($n: String) { place(name: $n) { id name code level parent { name } children(first: 20) { name } } }',
  projects:
    'query($n: String) { place(name: $n) { name projects(first: 100) { project { name sectors { sector { name } } } } } }',
  cooperation:
    'query($n: ID!) { cooperation(place: $n, first: 20) { partner { name } strength via support { via evidence { text } } } }',
};
const PEER = 'query($n: String!) { places(where: { name: { eq: $n } }) { name projects { name sectors { name } } } }';

// Every target must answer the query correctly before it is timed.
async function check(req: Request, what: string): Promise<unknown> {
  const res = await fetch(req.url, {
    method: req.method,
    body: req.body,
    headers: { 'content-type': 'application/json' },
  });
  const body = (await res.json()) as { errors?: unknown; data?: unknown };
  if (res.status !== 200 || body.errors || !body.data)
    throw new Error(`${what} answered ${res.status}: ${JSON.stringify(body).slice(0, 300)}`);
  return body.data;
}

// The servers run in a child process; this one only generates load.
const child = spawn(process.execPath, ['--import', 'tsx', 'bench/api-servers.ts'], {
  stdio: ['pipe', 'pipe', 'inherit'],
});
const urls = await new Promise<{ govkg: string; direct: string; peer: string }>((resolve, reject) => {
  child.once('exit', (code) => reject(new Error(`bench servers exited (${code})`)));
  createInterface({ input: child.stdout! }).once('line', (line) => resolve(JSON.parse(line)));
});
// CPU time from /proc (Linux): the servers' process (one target is loaded at a time, so a run's
// share is its target's) and the local Neo4j; on a shared machine the fair per-request figure.
const cpuMs = (pid: number | undefined) => {
  const stat = `/proc/${pid}/stat`;
  if (!pid || !existsSync(stat)) return undefined;
  const fields = readFileSync(stat, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, 10 ms ticks
};
const neo4jPid = config.localNeo4j ? status(localServerOptions(config)).pid : undefined;
opts.cpu = () => ({ server: cpuMs(child.pid), neo4j: cpuMs(neo4jPid) });
const load0 = loadavg();
const govkg = { url: urls.govkg };
const direct = { url: urls.direct };
const peer = { url: urls.peer };
const results: {
  a: Record<string, { govkg: LoadResult; direct: LoadResult }>;
  fixedRate: Record<string, { govkg: LoadResult; direct: LoadResult }>;
  b?: { govkg: LoadResult; peer: LoadResult };
} = { a: {}, fixedRate: {} };
// A rate both sides sustain (a multiple of the connections, so each gets the same share).
const rateFor = (a: LoadResult, b: LoadResult) =>
  fixed.rate ??
  Math.max(opts.connections, Math.floor(Math.min(a.rps, b.rps) / 4 / opts.connections) * opts.connections);
try {
  for (const [name, query] of Object.entries(QUERIES)) {
    if (!runs(name)) continue;
    const g = gql(govkg.url, query, { n: subject });
    const d: Request = { url: `${direct.url}/${name}?name=${encodeURIComponent(subject)}`, method: 'GET' };
    // Equivalent work: the direct handler answers exactly govkg's data.
    if (!isDeepStrictEqual(await check(g, `govkg ${name}`), await check(d, `direct ${name}`)))
      throw new Error(`${name}: the direct handler's answer differs from govkg's`);
    const [gr, dr] = await compare({ name: `govkg ${name}`, req: g }, { name: `direct ${name}`, req: d }, opts);
    results.a[name] = { govkg: gr, direct: dr };
    // Saturated, p50 is mostly queueing (connections ÷ throughput): held to a rate both sides
    // sustain, latency is a request's own time. Both sides get the same rate.
    const rate = rateFor(gr, dr);
    const [gf, df] = await compare(
      { name: `govkg ${name}`, req: g },
      { name: `direct ${name}`, req: d },
      { ...opts, amount: rate * fixed.seconds * opts.rounds, warmup: 100, rate },
    );
    results.fixedRate[name] = { govkg: gf, direct: df };
  }
  if (runs('peer')) {
    const g = gql(govkg.url, QUERIES.projects, { n: subject });
    const p = gql(peer.url, PEER, { n: subject });
    // Equivalent work: the same projects (by name, with their sectors), whatever the order.
    const mine = (await check(g, 'govkg projects')) as {
      place: { projects: { project: { name: string; sectors: { sector: { name: string } }[] } }[] };
    };
    const theirs = (await check(p, '@neo4j/graphql')) as {
      places: { projects: { name: string; sectors: { name: string }[] }[] }[];
    };
    const key = (name: string, sectors: string[]) => `${name}:${[...sectors].sort().join(',')}`;
    const a = mine.place.projects
      .map((x) =>
        key(
          x.project.name,
          x.project.sectors.map((y) => y.sector.name),
        ),
      )
      .sort();
    const b = (theirs.places[0]?.projects ?? [])
      .map((x) =>
        key(
          x.name,
          x.sectors.map((y) => y.name),
        ),
      )
      .sort();
    if (!isDeepStrictEqual(a, b))
      throw new Error(`@neo4j/graphql's projects differ from govkg's: ${a.length} vs ${b.length}`);
    process.stderr.write(`projects of ${subject}: ${a.length} on both\n`);
    const [gr, pr] = await compare(
      { name: 'govkg place→projects→sectors', req: g },
      { name: '@neo4j/graphql same', req: p },
      opts,
    );
    results.b = { govkg: gr, peer: pr };
  }
} finally {
  child.stdin?.end();
  await new Promise((r) => child.once('exit', r));
  if (usedFixture) await cleanFixture(driver);
  await driver.close();
}

// The table, then the JSON.
const load1 = loadavg();
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const ratio = (x: number | undefined, y: number | undefined) =>
  x !== undefined && y !== undefined && y > 0 ? (x / y).toFixed(2) : 'n/a';
const cpu = (r: LoadResult) =>
  r.serverCpu === undefined ? 'n/a' : `${r.serverCpu.toFixed(2)} + ${r.neo4jCpu?.toFixed(2) ?? '?'}`;
const total = (r: LoadResult) => (r.serverCpu === undefined ? undefined : r.serverCpu + (r.neo4jCpu ?? 0));
// One row per query: latencies, throughput, CPU per request, govkg ÷ direct.
const tableA = (title: string, part: Record<string, { govkg: LoadResult; direct: LoadResult }>) => [
  row([
    title,
    'govkg p50 ms',
    'direct p50 ms',
    'p50 ×',
    'govkg p99 ms',
    'direct p99 ms',
    'p99 ×',
    'govkg req/s',
    'direct req/s',
    'govkg CPU ms',
    'direct CPU ms',
    'CPU ×',
  ]),
  row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
  ...Object.entries(part).map(([n, { govkg: g, direct: d }]) =>
    row([
      g.rate ? `${n} at ${g.rate}/s` : n,
      g.p50,
      d.p50,
      ratio(g.p50, d.p50),
      g.p99,
      d.p99,
      ratio(g.p99, d.p99),
      g.rps,
      d.rps,
      cpu(g),
      cpu(d),
      ratio(total(g), total(d)),
    ]),
  ),
];
const lines = [
  `graph: ${graph.places} places, ${graph.projects} projects, ${graph.relationships} relationships${graph.fixture ? ' (test fixture)' : ''}; subject ${subject}`,
  `load: ${opts.connections} connections, ${opts.amount} requests per target in ${opts.rounds} alternating rounds (medians) after ${opts.warmup} warm-up; fixed rate: ${fixed.seconds} s rounds, as many; ${cpus().length} CPUs, Node ${process.version}`,
  `load average (1, 5, 15 min): ${load0.map((x) => x.toFixed(1)).join(' ')} at the start, ${load1.map((x) => x.toFixed(1)).join(' ')} at the end`,
  "CPU ms/request: the servers' Node process + Neo4j (median of rounds; the load generator excluded)",
  '',
  ...tableA('(a) saturated', results.a),
  '',
  ...tableA('(a) at a fixed rate', results.fixedRate),
  '',
  row(['(b) place → projects → sectors', 'req/s', 'p50 ms', 'p99 ms', 'CPU ms/request']),
  row(['---', '---:', '---:', '---:', '---:']),
  ...(results.b ? [results.b.govkg, results.b.peer].map((r) => row([r.name, r.rps, r.p50, r.p99, cpu(r)])) : []),
  results.b
    ? `\ngovkg / @neo4j/graphql throughput: ${ratio(results.b.govkg.rps, results.b.peer.rps)}× (per CPU ms: ${ratio(total(results.b.peer), total(results.b.govkg))}×)`
    : '',
];
const failures = [
  ...[...Object.values(results.a), ...Object.values(results.fixedRate)].flatMap((x) => [x.govkg, x.direct]),
  ...(results.b ? [results.b.govkg, results.b.peer] : []),
].filter((r) => r.errors || r.non2xx);
if (failures.length) lines.push(`\nWARNING: errors in ${failures.map((f) => f.name).join(', ')}`);
// A side that fell short of the rate was saturated after all: its latencies are queueing again.
const short = Object.values(results.fixedRate)
  .flatMap((x) => [x.govkg, x.direct])
  .filter((r) => r.rate && r.rps < 0.9 * r.rate);
if (short.length) lines.push(`\nWARNING: below the fixed rate: ${short.map((r) => `${r.name} ${r.rps}/s`).join(', ')}`);
console.log(lines.join('\n'));
mkdirSync('bench/out', { recursive: true });
const file = `bench/out/api-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(
  file,
  JSON.stringify(
    { graph, opts, loadavg: [load0, load1], results, node: process.version, cpus: cpus().length },
    null,
    2,
  ),
);
console.log(`\nwrote ${file}`);
