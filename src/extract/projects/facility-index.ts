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
const NOT_FACILITY = new RegExp(NOT_FACILITIES.map(escape).join('|'), 'gu');

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}

/**
 * Finds facility words: at each end position the longest word ending there (抽水蓄能电站 over 电站),
 * skipping words inside a non-facility compound (中心城区, 副中心). One pass, map lookups only.
 */
export function findFacilities(text: string): FacilityHit[] {
  const blocked = new Uint8Array(text.length + 1);
  for (const m of text.matchAll(NOT_FACILITY)) blocked.fill(1, m.index, m.index + m[0].length);
  const hits: FacilityHit[] = [];
  for (let end = 1; end <= text.length; end++) {
    for (let len = Math.min(MAX_LEN, end); len >= 1; len--) {
      const facility = BY_WORD.get(text.slice(end - len, end));
      if (!facility) continue;
      if (!blocked.subarray(end - len, end).includes(1)) hits.push({ facility, start: end - len, end });
      break;
    }
  }
  for (const m of text.matchAll(ROAD_CODE)) {
    hits.push({ facility: ROAD_CODE_FACILITY, start: m.index, end: m.index + m[0].length });
  }
  return dropShadowed(hits.sort((a, b) => a.end - b.end));
}

/** A hit wholly inside a longer hit (电站 inside 抽水蓄能电站 ends at the same place; 园 inside 产业园区) goes. */
function dropShadowed(hits: FacilityHit[]): FacilityHit[] {
  return hits.filter(
    (h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
  );
}
