import {
  findCompounds,
  findForeignRuns,
  findPlaces,
  type Compound,
  type PlaceContext,
  type PlaceMatch,
} from './places/index.js';
import type { ExtractionWarning } from '../model/index.js';
import type { Candidate, RecognizeContext, RecognizerModule, TokenizedSentence } from './recognizer.js';
import { findBasins, findNamedRegions, REGION_SUFFIXES, regionInfo, type RegionMatch } from './regions/index.js';
import { MODULES } from './modules.js';
import { byStart, sortSmall } from './sort-small.js';

/** Everything recognised in one sentence, before entities are resolved. */
export interface SentenceFindings {
  sentence: TokenizedSentence;
  regions: RegionMatch[];
  places: PlaceMatch[];
  compounds: Compound[];
  /** Projects, programmes, organisations and sectors from the recogniser modules. */
  candidates: Candidate[];
  /** A recogniser that failed on this sentence: the others' findings still stand. */
  warnings: ExtractionWarning[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/**
 * Runs the recognisers over every sentence of a document. Regions first, so a place inside a
 * region name (成都 in 成都平原经济区) is not a place of its own; then places, then abbreviation
 * compounds on what is left; a place followed by 都市圈 / 城市群 becomes a region; then the other
 * modules. Each step runs over all sentences before the next (the same results as sentence by
 * sentence: every step reads one sentence only), so a step's tables stay in the CPU cache.
 */
export function findInSentences(
  sentences: readonly TokenizedSentence[],
  ctx: PlaceContext,
  rctx: RecognizeContext,
): SentenceFindings[] {
  // One mask over the document for what places, regions and compounds cover: sentences do not
  // overlap, and every step asks only about offsets of its own sentence.
  const mask = new Uint8Array(sentences.reduce((n, s) => Math.max(n, s.end), 0));
  const span = {
    cover: (m: { start: number; end: number }): void => void mask.fill(1, m.start, m.end),
    covered: (offset: number): boolean => mask[offset] === 1,
  };
  const out = sentences.map((sentence) => placesAndRegions(sentence, ctx, span));
  for (const f of out) f.compounds = findCompounds(f.sentence, ctx, f.covered);
  for (const f of out) {
    f.compounds.forEach(f.cover);
    f.places.push(...findForeignRuns(f.sentence, f.covered));
  }
  for (const m of MODULES) for (const f of out) f.candidates.push(...recognizeWith(m, f, rctx));
  return out.map(({ sentence, regions, places, compounds, candidates, warnings }) => ({
    sentence,
    regions,
    places,
    compounds,
    candidates,
    warnings,
  }));
}

/** Findings under way: the span mask of what places and regions already cover. */
interface Partial extends SentenceFindings {
  cover: (m: { start: number; end: number }) => void;
  covered: (offset: number) => boolean;
}

function placesAndRegions(
  sentence: TokenizedSentence,
  ctx: PlaceContext,
  { cover, covered }: Pick<Partial, 'cover' | 'covered'>,
): Partial {
  // findNamedRegions gives a fresh array; filters run only when there is something to filter by
  const regions = findNamedRegions(sentence);
  for (const b of findBasins(sentence)) if (!regions.some((r) => overlaps(r, b))) regions.push(b);
  let places = findPlaces(sentence, ctx);
  if (regions.length > 0) places = places.filter((p) => !regions.some((r) => overlaps(r, p)));
  for (const p of places) {
    const suffix = REGION_SUFFIXES.find((s) => sentence.text.startsWith(s, p.end - sentence.start));
    if (suffix === undefined) continue;
    const end = p.end + suffix.length;
    if (regions.some((r) => overlaps(r, { start: p.start, end }))) continue;
    const surface = sentence.text.slice(p.start - sentence.start, end - sentence.start);
    regions.push({ start: p.start, end, surface, name: surface, rule: 'region.place-suffix' });
  }
  if (regions.length > 0) {
    places = places.filter((p) => !regions.some((r) => overlaps(r, p)));
    regions.push(...partsOf(regions));
  }
  regions.forEach(cover);
  places.forEach(cover);
  sortSmall(regions, byStart);
  return { sentence, regions, places, compounds: [], candidates: [], warnings: [], cover, covered };
}

/** One module's candidates in a sentence; a module that fails leaves a warning, the others' findings stand. */
function recognizeWith(m: RecognizerModule, f: Partial, rctx: RecognizeContext): Candidate[] {
  try {
    return m.recognize(f.sentence, rctx);
  } catch (err) {
    f.warnings.push({
      code: 'RECOGNIZER_FAILED',
      message: `${m.id}: ${err instanceof Error ? err.message : String(err)}`,
      sentence: f.sentence.index,
    });
    return [];
  }
}

/** The parts a composite region's name spells out (川南渝西 → 川南, 渝西), as regions at their own offsets. */
function partsOf(regions: readonly RegionMatch[]): RegionMatch[] {
  const out: RegionMatch[] = [];
  for (const r of regions) {
    let at = r.start;
    for (const part of regionInfo(r.name).parts) {
      if (!r.surface.startsWith(part, at - r.start)) break;
      out.push({ start: at, end: at + part.length, surface: part, name: part, rule: 'region.part' });
      at += part.length;
    }
  }
  return out;
}
