import {
  findCompounds,
  findForeignRuns,
  findPlaces,
  type Compound,
  type PlaceContext,
  type PlaceMatch,
} from './places/index.js';
import type { ExtractionWarning } from '../model/index.js';
import type { Candidate, RecognizeContext, TokenizedSentence } from './recognizer.js';
import { findBasins, findNamedRegions, REGION_SUFFIXES, regionInfo, type RegionMatch } from './regions/index.js';
import { MODULES } from './modules.js';

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
 * Runs the recognisers over a sentence. Regions first, so a place inside a region name (成都 in
 * 成都平原经济区) is not a place of its own; then places, then abbreviation compounds on what is
 * left; a place followed by 都市圈 / 城市群 becomes a region; then the other modules.
 */
export function findInSentence(
  sentence: TokenizedSentence,
  ctx: PlaceContext,
  rctx: RecognizeContext,
): SentenceFindings {
  const regions = [...findNamedRegions(sentence)];
  for (const b of findBasins(sentence)) if (!regions.some((r) => overlaps(r, b))) regions.push(b);
  let places = findPlaces(sentence, ctx).filter((p) => !regions.some((r) => overlaps(r, p)));
  for (const p of places) {
    const suffix = REGION_SUFFIXES.find((s) => sentence.text.startsWith(s, p.end - sentence.start));
    if (suffix === undefined) continue;
    const end = p.end + suffix.length;
    if (regions.some((r) => overlaps(r, { start: p.start, end }))) continue;
    const surface = sentence.text.slice(p.start - sentence.start, end - sentence.start);
    regions.push({ start: p.start, end, surface, name: surface, rule: 'region.place-suffix' });
  }
  places = places.filter((p) => !regions.some((r) => overlaps(r, p)));
  regions.push(...partsOf(regions));
  const mask = new Uint8Array(sentence.text.length);
  const cover = (m: { start: number; end: number }): void =>
    void mask.fill(1, m.start - sentence.start, m.end - sentence.start);
  regions.forEach(cover);
  places.forEach(cover);
  const covered = (offset: number): boolean => mask[offset - sentence.start] === 1;
  const compounds = findCompounds(sentence, ctx, covered);
  compounds.forEach(cover);
  places.push(...findForeignRuns(sentence, covered));
  const warnings: ExtractionWarning[] = [];
  const candidates = MODULES.flatMap((m) => {
    try {
      return m.recognize(sentence, rctx);
    } catch (err) {
      warnings.push({
        code: 'RECOGNIZER_FAILED',
        message: `${m.id}: ${err instanceof Error ? err.message : String(err)}`,
        sentence: sentence.index,
      });
      return [];
    }
  });
  return { sentence, regions: regions.sort((a, b) => a.start - b.start), places, compounds, candidates, warnings };
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
