import type { Candidate } from '../recognizer.js';
import type { SentenceFindings } from '../find-in-sentence.js';
import { byStart, sortSmall } from '../sort-small.js';

const length = (c: { start: number; end: number }): number => c.end - c.start;
const longestThenFirst = (a: Candidate, b: Candidate): number => length(b) - length(a) || a.start - b.start;

/**
 * The overlap policy between recognisers' candidates: a candidate that is exactly a place or
 * region name is dropped (the gazetteer knows better); of two candidates of the same type, one
 * inside the other, the outer stays; of two that cross, the longer stays. Different types nested
 * both stay (氢能 inside 氢能产业园: a sector in a project name).
 */
export function filterCandidates(f: SentenceFindings): Candidate[] {
  if (f.candidates.length === 0) return [];
  const pool: Candidate[] = [];
  for (const c of f.candidates) if (c.name.length > 1 && !isPlaceOrRegion(c, f)) pool.push(c);
  sortSmall(pool, longestThenFirst);
  const kept: Candidate[] = [];
  for (const c of pool) {
    const clash = kept.some((k) => {
      if (c.end <= k.start || k.end <= c.start) return false;
      // 江油、北川抽水蓄能电站: two projects read from one coordinated span.
      if (k.type === c.type && k.start === c.start && k.end === c.end) return k.name === c.name;
      const nested = k.start <= c.start && c.end <= k.end;
      // 梓潼、盐亭风电项目 named 梓潼风电项目 leaves room for 盐亭风电项目 inside its span.
      if (nested && k.type === c.type && !k.name.includes(c.name)) return false;
      return !nested || k.type === c.type;
    });
    if (!clash) kept.push(c);
  }
  return sortSmall(kept, byStart);
}

/** A candidate spanning exactly a place or region, or spelling a region's name (a few of each a sentence: plain loops, no keys built). */
function isPlaceOrRegion(c: Candidate, f: SentenceFindings): boolean {
  for (const p of f.places) if (p.start === c.start && p.end === c.end) return true;
  for (const r of f.regions) if ((r.start === c.start && r.end === c.end) || r.name === c.name) return true;
  return false;
}
