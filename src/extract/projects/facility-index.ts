import { FACILITIES, ROAD_CODE, ROAD_CODE_FACILITY, type Facility } from './data/facilities.js';
import { NOT_FACILITIES } from './data/suffixes.js';

/** A facility word found in a sentence, offsets relative to the sentence text. */
export interface FacilityHit {
  facility: Facility;
  start: number;
  end: number;
}

const BY_WORD = new Map(FACILITIES.map((f) => [f.word, f]));
const MAX_LEN = Math.max(...FACILITIES.map((f) => f.word.length));
/** Only positions ending in one of these characters can end a facility word: most are skipped at once. */
const FINAL_CHARS = new Set(FACILITIES.map((f) => f.word.at(-1)!));
const HAS_CODE = /[GS]\d/u;

/** For each facility word, the non-facility compounds that contain it and where (中心 → 副中心 at 1). */
const BLOCKERS = new Map<string, Array<{ word: string; offset: number }>>();
for (const word of NOT_FACILITIES) {
  for (const f of FACILITIES) {
    for (let at = word.indexOf(f.word); at >= 0; at = word.indexOf(f.word, at + 1)) {
      const list = BLOCKERS.get(f.word) ?? [];
      list.push({ word, offset: at });
      BLOCKERS.set(f.word, list);
    }
  }
}

/**
 * Finds facility words: at each end position the longest word ending there (抽水蓄能电站 over 电站),
 * skipping words inside a non-facility compound (中心城区, 副中心). One pass over the characters.
 */
export function findFacilities(text: string): FacilityHit[] {
  const hits: FacilityHit[] = [];
  for (let end = 1; end <= text.length; end++) {
    if (!FINAL_CHARS.has(text[end - 1]!)) continue;
    for (let len = Math.min(MAX_LEN, end); len >= 1; len--) {
      const facility = BY_WORD.get(text.slice(end - len, end));
      if (!facility) continue;
      if (!blocked(text, facility.word, end - len)) hits.push({ facility, start: end - len, end });
      break;
    }
  }
  if (HAS_CODE.test(text)) {
    for (const m of text.matchAll(ROAD_CODE)) {
      hits.push({ facility: ROAD_CODE_FACILITY, start: m.index, end: m.index + m[0].length });
    }
    hits.sort((a, b) => a.end - b.end);
  }
  return dropShadowed(hits);
}

function blocked(text: string, word: string, start: number): boolean {
  const blockers = BLOCKERS.get(word);
  return blockers !== undefined && blockers.some((b) => b.offset <= start && text.startsWith(b.word, start - b.offset));
}

/** A hit wholly inside a longer hit (港 inside 物流港's neighbour 港区, 园 inside 产业园区) goes. */
function dropShadowed(hits: FacilityHit[]): FacilityHit[] {
  if (hits.length < 2) return hits;
  return hits.filter(
    (h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
  );
}
