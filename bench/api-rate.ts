/**
 * Open-loop load at a fixed rate: request i is sent at start + i / rate whatever the answers do,
 * over at most `connections` keep-alive connections, so a request's latency is its own time (plus
 * waiting for a free connection, if the target falls behind) rather than the queue that a
 * saturating closed loop builds. autocannon's `overallRate` does not do this: each connection sends
 * its whole second's share back to back at the start of every second, then waits, and its
 * coordinated-omission correction takes `1 / rate` seconds as milliseconds, adding a sample per
 * millisecond of every answer's time.
 */
import { Agent, request as httpRequest } from 'node:http';
import type { Request } from './api-load.js';

/** The latencies (ms, from the moment each request was issued) and the failures of one run. */
export interface RateRun {
  latencies: number[];
  errors: number;
  non2xx: number;
  /** Wall seconds from the first request issued to the last answer. */
  seconds: number;
}

/** One request on `agent`: resolves with its latency in ms, or -1 (failure) / -2 (not 2xx). */
function send(agent: Agent, req: Request, url: URL): Promise<number> {
  const started = performance.now();
  return new Promise((resolve) => {
    const r = httpRequest(
      url,
      {
        agent,
        method: req.method,
        headers: { 'content-type': 'application/json', accept: 'application/json' },
      },
      (res) => {
        res.on('data', () => {});
        res.on('end', () => {
          const ok = res.statusCode !== undefined && res.statusCode >= 200 && res.statusCode < 300;
          resolve(ok ? performance.now() - started : -2);
        });
        res.on('error', () => resolve(-1));
      },
    );
    r.on('error', () => resolve(-1));
    r.end(req.body);
  });
}

/**
 * Sends `amount` requests at `rate` per second (stopping after `maxSeconds` whatever happens) and
 * waits for their answers.
 */
export async function atRate(
  req: Request,
  o: { rate: number; amount: number; connections: number; maxSeconds: number },
): Promise<RateRun> {
  const agent = new Agent({ keepAlive: true, maxSockets: o.connections });
  const url = new URL(req.url);
  const pending: Promise<number>[] = [];
  const start = performance.now();
  const interval = 1000 / o.rate;
  await new Promise<void>((done) => {
    const tick = () => {
      const now = performance.now();
      // Every request whose time has come (a late timer sends the ones it missed at once).
      while (pending.length < o.amount && start + pending.length * interval <= now) pending.push(send(agent, req, url));
      if (pending.length >= o.amount || now - start > o.maxSeconds * 1000) return done();
      setTimeout(tick, Math.max(0, start + pending.length * interval - performance.now()));
    };
    tick();
  });
  const results = await Promise.all(pending);
  const seconds = (performance.now() - start) / 1000;
  agent.destroy();
  return {
    latencies: results.filter((x) => x >= 0),
    errors: results.filter((x) => x === -1).length,
    non2xx: results.filter((x) => x === -2).length,
    seconds,
  };
}

/** The p-th percentile (0–100) of latencies, nearest rank, to 0.1 ms. */
export function percentile(latencies: number[], p: number): number {
  if (!latencies.length) return 0;
  const sorted = [...latencies].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[i]! * 10) / 10;
}
