import { findCompounds, findForeignRuns, findPlaces, type Compound, type PlaceContext, type PlaceMatch } from './places/index.js';
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
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/**
 * Runs the recognisers over a sentence. Regions first, so a place inside a region name (成都 in
 * 成都平原经济区) is not a place of its own; then places, then abbreviation compounds on what is
 * left; a place followed by 都市圈 / 城市群 becomes a region; then the other modules.
 */
export function findInSentence(sentence: TokenizedSentence, ctx: PlaceContext, rctx: RecognizeContext): SentenceFindings {
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
  const covered = (offset: number): boolean =>
    regions.some((r) => r.start <= offset && offset < r.end) || places.some((p) => p.start <= offset && offset < p.end);
  const compounds = findCompounds(sentence, ctx, covered);
  places.push(...findForeignRuns(sentence, (offset) => covered(offset) || compounds.some((c) => c.start <= offset && offset < c.end)));
  const candidates = MODULES.flatMap((m) => m.recognize(sentence, rctx));
  return { sentence, regions: regions.sort((a, b) => a.start - b.start), places, compounds, candidates };
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
