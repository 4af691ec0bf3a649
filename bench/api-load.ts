/** One bounded autocannon run against one request, with a warm-up first. */
import autocannon from 'autocannon';
import { atRate, percentile } from './api-rate.js';

/** What the benchmark keeps of a run. */
export interface LoadResult {
  name: string;
  requests: number;
  /** Seconds the measured requests took. */
  seconds: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** CPU milliseconds per request of the servers' process and of Neo4j (undefined: not measurable). */
  serverCpu?: number;
  neo4jCpu?: number;
  /** The rate asked for (requests/s over all connections), when the run was held to one. */
  rate?: number;
  /** Each round's figures (a folded result only). */
  rounds?: LoadResult[];
}

/** How hard and how long: bounded both by a request count and by seconds. */
export interface LoadOptions {
  connections: number;
  amount: number;
  warmup: number;
  maxSeconds: number;
  /** CPU milliseconds used so far by the servers' process and by Neo4j (read before and after a run). */
  cpu?: () => { server?: number; neo4j?: number };
  /**
   * Requests per second, evenly spaced, over at most `connections` connections (api-rate.ts);
   * unset: as fast as the target answers (saturated, autocannon). The warm-up is not held.
   */
  rate?: number;
}

export interface Request {
  url: string;
  method: 'GET' | 'POST';
  body?: string;
}

const once = (o: autocannon.Options) =>
  new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(o, (err, result) => (err ? reject(err) : resolve(result)));
    // A stop by time as well as by count: the run ends by itself whatever happens.
    const timer = setTimeout(() => instance.stop(), (o.duration as number) * 1000);
    instance.on('done', () => clearTimeout(timer));
  });

/** Warms up, then measures; latencies in milliseconds. */
async function load(name: string, req: Request, o: LoadOptions): Promise<LoadResult> {
  const base: autocannon.Options = {
    url: req.url,
    method: req.method,
    body: req.body,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    connections: o.connections,
    duration: o.maxSeconds,
    // autocannon ends a run (`amount` reached) only at its next sample tick, by default a whole
    // second after the start: a run's wall time, hence its throughput, was rounded up to whole
    // seconds (500 requests in 1.1 s counted as 2 s). Ticks every 10 ms end it within 10 ms.
    sampleInt: 10,
  };
  await once({ ...base, amount: o.warmup });
  // Wall time measured here: autocannon's own `duration` is whole seconds.
  const cpu0 = o.cpu?.();
  const started = performance.now();
  const r = o.rate ? await heldRun(req, { ...o, rate: o.rate }) : summary(await once({ ...base, amount: o.amount }));
  const seconds = (performance.now() - started) / 1000;
  const cpu1 = o.cpu?.();
  const perRequest = (a?: number, b?: number) =>
    a === undefined || b === undefined || !r.requests ? undefined : (b - a) / r.requests;
  return {
    name,
    seconds,
    rps: Math.round(r.requests / seconds),
    ...r,
    serverCpu: perRequest(cpu0?.server, cpu1?.server),
    neo4jCpu: perRequest(cpu0?.neo4j, cpu1?.neo4j),
    ...(o.rate ? { rate: o.rate } : {}),
  };
}

type Figures = Pick<LoadResult, 'requests' | 'p50' | 'p90' | 'p99' | 'errors' | 'non2xx'>;

// autocannon's latencies are whole milliseconds.
const summary = (r: autocannon.Result): Figures => ({
  requests: r.requests.total,
  p50: r.latency.p50,
  p90: r.latency.p90,
  p99: r.latency.p99,
  errors: r.errors + r.timeouts,
  non2xx: r.non2xx,
});

/** A fixed-rate run (open loop, see api-rate.ts); latencies to 0.1 ms. */
async function heldRun(req: Request, o: LoadOptions & { rate: number }): Promise<Figures> {
  const r = await atRate(req, o);
  return {
    requests: r.latencies.length + r.errors + r.non2xx,
    p50: percentile(r.latencies, 50),
    p90: percentile(r.latencies, 90),
    p99: percentile(r.latencies, 99),
    errors: r.errors,
    non2xx: r.non2xx,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
const medianOf = (xs: (number | undefined)[]) =>
  xs.every((x) => x !== undefined) ? Math.round(median(xs as number[]) * 100) / 100 : undefined;

/**
 * Loads two targets in alternating rounds (A B, B A, A B, …) and keeps the median of each figure:
 * on a shared machine, other work comes and goes, and alternating (the order too, so neither side
 * always runs on a connection pool or a JIT the other has just warmed) spreads it over both sides.
 */
export async function compare(
  a: { name: string; req: Request },
  b: { name: string; req: Request },
  o: LoadOptions & { rounds: number },
): Promise<[LoadResult, LoadResult]> {
  const per = { ...o, amount: Math.ceil(o.amount / o.rounds) };
  const ra: LoadResult[] = [];
  const rb: LoadResult[] = [];
  for (let i = 0; i < o.rounds; i++) {
    const warm = { ...per, warmup: i === 0 ? o.warmup : 50 };
    if (i % 2 === 0) {
      ra.push(await load(a.name, a.req, warm));
      rb.push(await load(b.name, b.req, warm));
    } else {
      rb.push(await load(b.name, b.req, warm));
      ra.push(await load(a.name, a.req, warm));
    }
  }
  const fold = (name: string, rs: LoadResult[]): LoadResult => ({
    name,
    requests: rs.reduce((n, r) => n + r.requests, 0),
    seconds: rs.reduce((n, r) => n + r.seconds, 0),
    // Throughput over all rounds: every request over all the time they took.
    rps: Math.round(rs.reduce((n, r) => n + r.requests, 0) / (rs.reduce((n, r) => n + r.seconds, 0) || 1)),
    p50: median(rs.map((r) => r.p50)),
    p90: median(rs.map((r) => r.p90)),
    p99: median(rs.map((r) => r.p99)),
    errors: rs.reduce((n, r) => n + r.errors, 0),
    non2xx: rs.reduce((n, r) => n + r.non2xx, 0),
    serverCpu: medianOf(rs.map((r) => r.serverCpu)),
    neo4jCpu: medianOf(rs.map((r) => r.neo4jCpu)),
    ...(o.rate ? { rate: o.rate } : {}),
    rounds: rs,
  });
  return [fold(a.name, ra), fold(b.name, rb)];
}
