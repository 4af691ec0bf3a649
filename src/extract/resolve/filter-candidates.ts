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
  const named = new Set([...f.places, ...f.regions].map((p) => `${p.start}:${p.end}`));
  const regionNames = new Set(f.regions.map((r) => r.name));
  const pool = sortSmall(
    f.candidates.filter((c) => !named.has(`${c.start}:${c.end}`) && !regionNames.has(c.name) && c.name.length > 1),
    longestThenFirst,
  );
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
