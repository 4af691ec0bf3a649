/**
 * CPU profile of a piece of code with the inspector: where extraction spends its time. Writes a
 * `.cpuprofile` (open it in Chrome DevTools or speedscope) and returns the functions with the
 * most self time.
 */
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Runs `fn` under the CPU profiler, writes the profile to `out`, and lists the `top` functions by self time (ms). */
export async function profile(fn: () => void, out: string, top = 15): Promise<{ ms: number; fn: string }[]> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  fn();
  const { profile: p } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
  session.disconnect();
  writeFileSync(out, JSON.stringify(p));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    // Frames without a script are the profiler's own dispatch and the runtime; the collector stays, it is the code's cost.
    if (!f.url && f.functionName !== '(garbage collector)') return;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([f, ms]) => ({ ms: Math.round(ms), fn: f }));
}
