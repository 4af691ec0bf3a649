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
}

/** How hard and how long: bounded both by a request count and by seconds. */
export interface LoadOptions {
  connections: number;
  amount: number;
  warmup: number;
  maxSeconds: number;
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
  const started = performance.now();
  const r = await once({ ...base, amount: o.amount });
  const seconds = (performance.now() - started) / 1000;
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
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;

/**
 * Loads two targets in alternating rounds (A, B, A, B, …) and keeps the median of each figure:
 * on a shared machine, other work comes and goes, and alternating spreads it over both sides.
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
    ra.push(await load(a.name, a.req, { ...per, warmup: i === 0 ? o.warmup : 50 }));
    rb.push(await load(b.name, b.req, { ...per, warmup: i === 0 ? o.warmup : 50 }));
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
  });
  return [fold(a.name, ra), fold(b.name, rb)];
}
