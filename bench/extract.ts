/**
 * `npm run bench:extract`: extraction speed against jieba's, in one run on the same text.
 *
 * The text is the two seeds and a few whole reports of the shared corpus, concatenated. Both
 * are warmed up first (jieba's dictionary, govkg's gazetteer and user words), then timed in
 * alternating whole passes for at least 2 × MIN_MS; the figure is the median pass, on the CPU
 * time of the process (the wall-time ratio is printed too).
 * nodejieba.tag runs after govkg's warm-up, so it segments with the same user dictionary.
 * Writes bench/out/extract.json. Target: extraction ≥ 0.5 × jieba's chars/s.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import nodejieba from 'nodejieba';
import { extract } from '../src/extract/index.js';
import type { Document } from '../src/model/index.js';

const ROOT = join(import.meta.dirname, '..');
const CORPUS = process.argv[2] ?? '/work/shared/corpus';
const SOURCES = [
  join(ROOT, 'seeds/000_80c5026a2abaecef.txt'),
  join(ROOT, 'seeds/003_8576f0fb256eacee.txt'),
  ...['deyang-2025.txt', 'quzhou-2025.txt', 'yuxi-2024.txt'].map((f) => join(CORPUS, f)),
];
const MIN_MS = 3000;
const MIN_PASSES = 3;

const text = SOURCES.map((f) => readFileSync(f, 'utf8').replace(/\r\n?/g, '\n')).join('\n\n');
const doc: Document = {
  id: createHash('sha256').update(text).digest('hex'),
  path: 'bench:concatenated',
  title: 'bench',
  issuer: { code: '510300', name: '自贡市' },
  year: 2024,
  text,
  chars: text.length,
};
const lines = text.split('\n').filter((l) => l.trim());

interface Pass {
  wallMs: number;
  cpuMs: number;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** One timed pass: wall time, and CPU time of the process (what the code costs, whatever else the machine runs). */
function pass(fn: () => unknown): Pass {
  const cpu = process.cpuUsage();
  const t = performance.now();
  fn();
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - t, cpuMs: (used.user + used.system) / 1000 };
}

const warm = extract(doc); // loads the gazetteer and gives jieba its user words
for (const l of lines) nodejieba.tag(l);

// Passes alternate, so that both sides meet the same load on a shared machine.
const exPasses: Pass[] = [];
const jbPasses: Pass[] = [];
const started = performance.now();
while (exPasses.length < MIN_PASSES || performance.now() - started < 2 * MIN_MS) {
  exPasses.push(pass(() => extract(doc)));
  jbPasses.push(
    pass(() => {
      for (const l of lines) nodejieba.tag(l);
    }),
  );
}
const ex = {
  medianMs: median(exPasses.map((p) => p.wallMs)),
  cpuMs: median(exPasses.map((p) => p.cpuMs)),
  passes: exPasses.length,
};
const jb = {
  medianMs: median(jbPasses.map((p) => p.wallMs)),
  cpuMs: median(jbPasses.map((p) => p.cpuMs)),
  passes: jbPasses.length,
};
// The ratio is taken on CPU time: wall time on a shared machine also counts waiting for a core.
const extractCharsPerSec = text.length / (ex.cpuMs / 1000);
const jiebaCharsPerSec = text.length / (jb.cpuMs / 1000);
const ratio = extractCharsPerSec / jiebaCharsPerSec;
const wallRatio = jb.medianMs / ex.medianMs;

const result = {
  when: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  sources: SOURCES.map((f) => f.replace(ROOT + '/', '')),
  chars: text.length,
  extraction: {
    ...ex,
    charsPerSec: Math.round(extractCharsPerSec),
    entities: warm.entities.length,
    relations: warm.relations.length,
  },
  jiebaTag: { ...jb, charsPerSec: Math.round(jiebaCharsPerSec) },
  ratio: Number(ratio.toFixed(3)),
  wallRatio: Number(wallRatio.toFixed(3)),
  target: 0.5,
};
mkdirSync(join(ROOT, 'bench/out'), { recursive: true });
writeFileSync(join(ROOT, 'bench/out/extract.json'), JSON.stringify(result, null, 2) + '\n');
console.log(`text: ${text.length} chars from ${SOURCES.length} reports`);
const line = (name: string, p: typeof ex, rate: number) =>
  `${name} ${Math.round(rate).toLocaleString('en')} chars/s (median of ${p.passes} passes: ${p.cpuMs.toFixed(0)} ms CPU, ${p.medianMs.toFixed(0)} ms wall)`;
console.log(
  line('extract():    ', ex, extractCharsPerSec) +
    `; ${warm.entities.length} entities, ${warm.relations.length} relations`,
);
console.log(line('nodejieba.tag:', jb, jiebaCharsPerSec));
console.log(
  `ratio: ${result.ratio} on CPU time, ${result.wallRatio} on wall time (target ≥ ${result.target}) ${ratio >= result.target ? 'OK' : 'BELOW TARGET'}`,
);
console.log('wrote bench/out/extract.json');
