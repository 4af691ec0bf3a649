import type { Token } from '../recognizer.js';
import type { FacilityHit } from './facility-index.js';
import { isFacilityWord } from './facility-index.js';
import type { RightEdge } from './right-suffix.js';
import type { Built, Scan } from './scan.js';
import type { TokenClass } from './token-class.js';

/** Longest part (a place name, 马鞍山) that may share a bare facility word with its neighbour. */
const BARE_PART_MAX = 3;
const SIDE = /^[东南西北]/u;
/** A phase word on its own (二期) and a name ending in one (沿江大道一期). */
export const PHASE_ONLY = /^(?:[一二三四五六七八九十]{1,2}|首)期$/u;
const PHASE_END = /(?:[一二三四五六七八九十]{1,2}|首)期(?:工程|项目)?$/u;

/** 南延线 and 西延线: the same facility word on another side, so the second shares the first one's stem. */
const sameOnAnotherSide = (a: string, b: string): boolean =>
  a.length === b.length && SIDE.test(a) && SIDE.test(b) && a.slice(1) === b.slice(1);

/** A conjunct that shares the head of the name after it: 江油|、北川抽水蓄能电站. Offsets sentence-relative. */
export interface Conjunct {
  start: number;
  end: number;
}

const MAX_CONJUNCT = 8;

const isProperish = (c: TokenClass): boolean => c === 'proper' || c === 'connector';

/** End (token index, exclusive) of the proper run a name starts with: 北川|抽水蓄能电站, 沿滩—长寿|产业合作示范园区. */
export function properRun(classes: TokenClass[], first: number, last: number): number {
  let r = first;
  while (r < last && isProperish(classes[r]!)) r++;
  return r > first && classes[r - 1] !== 'connector' ? r : first;
}

/**
 * The conjuncts before token `sep` (a 、 or 等), walking left over `A、B、` runs of short proper parts.
 * Empty when the part before is not a bare proper name (成兰铁路、… is a name of its own).
 */
export function conjunctsBefore(
  tokens: Token[],
  classes: TokenClass[],
  sep: number,
  base: number,
  hasFacility: (start: number, end: number) => boolean,
): Conjunct[] {
  const found: Conjunct[] = [];
  let j = sep - 1;
  for (;;) {
    const last = j;
    while (j >= 0 && isProperish(classes[j]!)) j--;
    if (j === last || classes[last] === 'connector') break;
    const start = tokens[j + 1]!.start - base;
    const end = tokens[last]!.end - base;
    if (end - start > MAX_CONJUNCT || hasFacility(start, end)) break;
    const before = j >= 0 ? classes[j]! : 'stop';
    if (before !== 'stop' && before !== 'enum') break;
    found.unshift({ start, end });
    if (before !== 'enum') break;
    j--;
  }
  return found;
}

/** 江油、北川抽水蓄能电站 → 江油抽水蓄能电站 too: conjuncts before the name share its head. */
export function coordinate(
  scan: Scan,
  candidate: Built,
  first: number,
  k: number,
  right: RightEdge,
  shared: Built[],
): void {
  const { text, base, tokens, classes } = scan;
  const run = properRun(classes, first, k);
  if (run === first) return;
  const head = text.slice(tokens[run]!.start - base, right.end);
  // A bare facility word shared (江油、北川|水库) needs short parts: 奥特莱斯、龙城万达|广场 are two names
  const bare = isFacilityWord(head);
  if (bare && tokens[run]!.start - tokens[first]!.start > BARE_PART_MAX) return;
  for (const c of conjunctsBefore(tokens, classes, first - 1, base, hasFacility(scan))) {
    if (bare && c.end - c.start > BARE_PART_MAX) continue;
    const { partOfName: _p, ...rest } = candidate;
    shared.push({
      ...rest,
      name: text.slice(c.start, c.end) + head,
      start: c.start + base,
      surface: text.slice(c.start, right.end),
      rule: 'project.coordinated',
      owner: candidate,
    });
  }
}

export function hasFacility(scan: Scan): (start: number, end: number) => boolean {
  return (start, end) => scan.hits.some((h) => h.start < end && h.end > start);
}

/** A facility word with no modifier: 创业大道南延线、西延线 (shares the stem) or 南河、开元等片区 (shares the head). */
export function coordinateBare(
  scan: Scan,
  hit: FacilityHit,
  right: RightEdge,
  k: number,
  found: Built[],
  shared: Built[],
  phasePrefix?: string,
): void {
  const { text, base, tokens, classes } = scan;
  const prev = tokens[k - 1];
  if (!prev) return;
  const head = text.slice(hit.start, right.end);
  // 沿江大道一期、二期工程: the second phase shares the first one's line (二期 its own token or glued to 工程)
  const phase = phasePrefix ?? (PHASE_ONLY.test(prev.word) ? prev.word : undefined);
  const sep = phasePrefix !== undefined ? prev : tokens[k - 2];
  if (phase !== undefined && sep?.word === '、') {
    const left = found.find((c) => c.end === sep.start && PHASE_END.test(c.name));
    if (left)
      shared.push({
        ...left,
        name: left.name.replace(PHASE_END, '') + phase + head,
        end: right.end + base,
        surface: text.slice(left.start - base, right.end),
        rule: 'project.coordinated',
        owner: left,
      });
    return;
  }
  if (prev.word === '、') {
    const left = found.find(
      (c) => c.end === prev.start && c.stem && c.facility && sameOnAnotherSide(c.facility, hit.facility.word),
    );
    if (left?.stem)
      shared.push({
        ...left,
        name: left.stem + head,
        end: right.end + base,
        surface: text.slice(left.start - base, right.end),
        rule: 'project.coordinated',
        owner: left,
      });
    return;
  }
  if (prev.word !== '等' || hit.facility.strength !== 'head') return;
  const conjuncts = conjunctsBefore(tokens, classes, k - 1, base, hasFacility(scan));
  if (conjuncts.length < 2) return;
  for (const c of conjuncts) {
    shared.push({
      type: 'Project',
      name: text.slice(c.start, c.end) + head,
      start: c.start + base,
      end: right.end + base,
      surface: text.slice(c.start, right.end),
      rule: 'project.coordinated',
      projectKind: hit.facility.kind,
    });
  }
}
