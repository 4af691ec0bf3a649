/**
 * `npm run bench:extract`: extraction speed against jieba's, in one run on the same text.
 *
 * The text is the two seeds and a few whole reports of the shared corpus, concatenated. Both
 * are warmed up first (jieba's dictionary, govkg's gazetteer and user words), then each is timed
 * over whole passes until it has run for at least MIN_MS; the figure is the median pass.
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

/** Median milliseconds of one pass of `fn`, over at least MIN_PASSES passes and MIN_MS. */
function time(fn: () => unknown): { medianMs: number; passes: number } {
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < MIN_PASSES || performance.now() - started < MIN_MS) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: samples[Math.floor(samples.length / 2)]!, passes: samples.length };
}

const warm = extract(doc); // loads the gazetteer and gives jieba its user words
for (const l of lines) nodejieba.tag(l);

const ex = time(() => extract(doc));
const jb = time(() => {
  for (const l of lines) nodejieba.tag(l);
});
const extractCharsPerSec = text.length / (ex.medianMs / 1000);
const jiebaCharsPerSec = text.length / (jb.medianMs / 1000);
const ratio = extractCharsPerSec / jiebaCharsPerSec;

const result = {
  when: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  sources: SOURCES.map((f) => f.replace(ROOT + '/', '')),
  chars: text.length,
  extraction: { medianMs: ex.medianMs, passes: ex.passes, charsPerSec: Math.round(extractCharsPerSec), entities: warm.entities.length, relations: warm.relations.length },
  jiebaTag: { medianMs: jb.medianMs, passes: jb.passes, charsPerSec: Math.round(jiebaCharsPerSec) },
  ratio: Number(ratio.toFixed(3)),
  target: 0.5,
};
mkdirSync(join(ROOT, 'bench/out'), { recursive: true });
writeFileSync(join(ROOT, 'bench/out/extract.json'), JSON.stringify(result, null, 2) + '\n');
console.log(`text: ${text.length} chars from ${SOURCES.length} reports`);
console.log(`extract():     ${result.extraction.charsPerSec.toLocaleString('en')} chars/s (median of ${ex.passes} passes, ${ex.medianMs.toFixed(1)} ms; ${warm.entities.length} entities, ${warm.relations.length} relations)`);
console.log(`nodejieba.tag: ${result.jiebaTag.charsPerSec.toLocaleString('en')} chars/s (median of ${jb.passes} passes, ${jb.medianMs.toFixed(1)} ms)`);
console.log(`ratio: ${result.ratio} (target ≥ ${result.target}) ${ratio >= result.target ? 'OK' : 'BELOW TARGET'}`);
console.log('wrote bench/out/extract.json');
