import {
  FACILITIES,
  LINE_CODE,
  LINE_CODE_FACILITY,
  ROAD_CODE,
  ROAD_CODE_FACILITY,
  type Facility,
} from './data/facilities.js';
import { NOT_FACILITIES } from './data/suffixes.js';
import { charFlags } from '../../text/index.js';
import { buildTrie } from '../trie.js';

/** A facility word found in a sentence, offsets relative to the sentence text. */
export interface FacilityHit {
  facility: Facility;
  start: number;
  end: number;
}

const BY_WORD = new Map(FACILITIES.map((f) => [f.word, f]));

/** The facility words read backwards: walking it back from an end position finds every facility word ending there, shortest first. */
const BY_FINAL = buildTrie(FACILITIES, (f) => f.word, true);
/** Last characters of facility words: most characters end none, and skip the trie. */
const FINALS = charFlags(BY_FINAL.next.keys());
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
 * skipping words inside a non-facility compound (中心城区, 副中心). One pass over the characters,
 * walking the reversed-word trie back from each.
 */
export function findFacilities(text: string): FacilityHit[] {
  const hits: FacilityHit[] = [];
  for (let end = 1; end <= text.length; end++) {
    if (FINALS[text.charCodeAt(end - 1)] === 0) continue;
    let node = BY_FINAL.next.get(text.charCodeAt(end - 1));
    let facility: Facility | undefined;
    for (let start = end - 1; node; start--) {
      facility = node.value ?? facility;
      node = start > 0 ? node.next.get(text.charCodeAt(start - 1)) : undefined;
    }
    // The longest word ending here decides: blocked (副中心), nothing shorter is tried.
    if (facility && !blocked(text, facility.word, end - facility.word.length))
      hits.push({ facility, start: end - facility.word.length, end });
  }
  const road = HAS_CODE.test(text);
  const line = text.includes('号线');
  if (road || line) {
    if (road) for (const m of text.matchAll(ROAD_CODE)) hits.push(codeHit(ROAD_CODE_FACILITY, m));
    if (line) for (const m of text.matchAll(LINE_CODE)) hits.push(codeHit(LINE_CODE_FACILITY, m));
    hits.sort((a, b) => a.end - b.end);
  }
  return dropShadowed(hits);
}

function codeHit(facility: Facility, m: RegExpExecArray | RegExpMatchArray): FacilityHit {
  return { facility, start: m.index!, end: m.index! + m[0].length };
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

/** Whether a word is itself a facility word (道路 in 道路工程). */
export function isFacilityWord(word: string): boolean {
  return BY_WORD.has(word);
}
