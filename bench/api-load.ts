/** One bounded autocannon run against one request, with a warm-up first. */
import autocannon from 'autocannon';

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
}

/** How hard and how long: bounded both by a request count and by seconds. */
export interface LoadOptions {
  connections: number;
  amount: number;
  warmup: number;
  maxSeconds: number;
  /** CPU milliseconds used so far by the servers' process and by Neo4j (read before and after a run). */
  cpu?: () => { server?: number; neo4j?: number };
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
  };
  await once({ ...base, amount: o.warmup });
  // Wall time measured here: autocannon's own `duration` is whole seconds.
  const cpu0 = o.cpu?.();
  const started = performance.now();
  const r = await once({ ...base, amount: o.amount });
  const seconds = (performance.now() - started) / 1000;
  const cpu1 = o.cpu?.();
  const perRequest = (a?: number, b?: number) =>
    a === undefined || b === undefined || !r.requests.total ? undefined : (b - a) / r.requests.total;
  return {
    name,
    requests: r.requests.total,
    seconds,
    rps: Math.round(r.requests.total / seconds),
    p50: r.latency.p50,
    p90: r.latency.p90,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    serverCpu: perRequest(cpu0?.server, cpu1?.server),
    neo4jCpu: perRequest(cpu0?.neo4j, cpu1?.neo4j),
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
  });
  return [fold(a.name, ra), fold(b.name, rb)];
}
