import { zeroedBytes } from '../byte-blocks.js';
import type { Candidate, RecognizeContext, TokenizedSentence } from '../recognizer.js';
import { MODIFIED_FOLLOWERS, TITLE_VERBS } from './data/suffixes.js';
import { coordinate, coordinateBare, PHASE_ONLY } from './coordinate.js';
import { findFacilities, type FacilityHit } from './facility-index.js';
import { endsAtWordEnd, hasProper, named, prefixOf } from './judge-name.js';
import { leftEdge, trimGeneric } from './left-boundary.js';
import { pastSplitVerbs } from './split-verb.js';
import { rightEdge, type RightEdge } from './right-suffix.js';
import type { Built, Scan } from './scan.js';
import { classifyAll } from './classify-sentence.js';
import type { TokenClass } from './token-class.js';

const FOLLOWER = new RegExp(`^(?:${MODIFIED_FOLLOWERS.join('|')})`, 'u');
/** 两大, 三大 after names count the list they close, not a category the name belongs to. */
const APPOSITIVE_COUNT = /^[两二三四五六七八九十]大/u;
const QUOTES = /[“”‘’"]/gu;
const QUOTED = /“[^“”]{1,40}”/gu;

/** Finds the named projects of a sentence: facility word, left edge from tokens, suffixes, coordination. */
export function recognizeProjects(sentence: TokenizedSentence, _ctx: RecognizeContext): Candidate[] {
  const text = sentence.text;
  const hits = withoutQuoted(text, findFacilities(text));
  if (hits.length === 0) return [];
  const base = sentence.start;
  const tokens = sentence.tokens;
  const covered = zeroedBytes(text.length + 1);
  for (const h of hits) covered.fill(1, h.start, h.end);
  const inside = (i: number): boolean =>
    covered[tokens[i]!.start - base] === 1 && covered[tokens[i]!.end - base - 1] === 1;
  const scan: Scan = { text, base, tokens, classes: classifyAll(tokens, inside), hits };
  const found: Built[] = [];
  const shared: Built[] = [];
  for (const hit of hits) recognizeAt(scan, hit, found, shared);
  const kept = outermost(found);
  const siblings = shared.filter((c) => (!c.owner || kept.includes(c.owner)) && !kept.some((f) => f.name === c.name));
  return [...kept, ...siblings].map(({ stem: _stem, owner: _owner, facility: _facility, ...c }) => c);
}

/** Facility words inside quotes belong to programme names and slogans (“金通工程”, “三线一单”). */
function withoutQuoted(text: string, hits: FacilityHit[]): FacilityHit[] {
  if (!text.includes('“')) return hits;
  const spans = [...text.matchAll(QUOTED)].map((m) => [m.index, m.index + m[0].length] as const);
  return hits.filter((h) => !spans.some(([s, e]) => h.start > s && h.end < e));
}

function recognizeAt(scan: Scan, hit: FacilityHit, found: Built[], shared: Built[]): void {
  const { text, base, tokens, classes } = scan;
  const k = tokens.findIndex((t) => t.end - base > hit.start);
  if (k < 0) return;
  const right = rightEdge(text, tokens, classes, hit.end, base);
  if (hit.facility.strength !== 'code' && !endsAtWordEnd(scan, hit, right.end)) return;
  if (FOLLOWER.test(text.slice(right.end))) return;
  const endsName = (i: number): boolean => scan.hits.some((h) => h !== hit && h.end === tokens[i]!.end - base);
  const edge = pastSplitVerbs(scan, leftEdge(tokens, classes, k - 1, hit.start + base, endsName), k);
  if (!edge) return;
  const first = trimGeneric(tokens, classes, edge.first, k);
  const prefix = prefixOf(tokens[k]!, hit, base, tokens[k - 1]);
  if (!prefix && tokens[k]!.start - base < hit.start) return; // 建设项目/n, 推进机/场: a verb glued to the facility word
  const code = hit.facility.strength === 'code';
  const phasePrefix = prefix && PHASE_ONLY.test(prefix.word) ? prefix.word : undefined; // 二期工程/l
  if (!code && first === k && (!prefix || phasePrefix || (prefix.generic && !right.phased))) {
    coordinateBare(scan, hit, right, k, found, shared, phasePrefix);
    return;
  }
  if (countFollows(scan, right.end) || edge.reason === 'number') return; // 7个…项目, 工厂32个
  if (!named(scan, hit, right, first, k, prefix)) return;
  const before = tokens[edge.first - 1];
  if (before && TITLE_VERBS.has(before.word) && !hasProper(scan, first, k)) return; // 争创省级…园区 is a title
  const start =
    edge.cut !== undefined && first === edge.first
      ? edge.cut - base
      : first < k || prefix
        ? tokens[Math.min(first, k)]!.start - base
        : hit.start;
  const candidate = makeCandidate(scan, hit, right, start, ruleOf(classes, first, k, right));
  found.push(candidate);
  if (edge.reason === 'enum' && first === edge.first) coordinate(scan, candidate, first, k, right, shared);
}

function makeCandidate(scan: Scan, hit: FacilityHit, right: RightEdge, start: number, rule: string): Built {
  const { text, base } = scan;
  const line = text.slice(start, right.sectionAt ?? right.end).replace(QUOTES, '');
  let rest = text.slice(right.sectionAt ?? right.end, right.end);
  if (right.bracketed) rest = rest.replace(/^[(（]/u, '').replace(/[)）]/u, ''); // 绵遂内铁路(绵遂段) → 绵遂内铁路绵遂段
  const candidate: Built = {
    type: 'Project',
    name: line + rest,
    start: start + base,
    end: right.end + base,
    surface: text.slice(start, right.end),
    rule,
    projectKind: hit.facility.kind,
    stem: text.slice(start, hit.start),
    facility: hit.facility.word,
  };
  if (right.sectionAt !== undefined) candidate.partOfName = line;
  return candidate;
}

function ruleOf(classes: TokenClass[], first: number, last: number, right: RightEdge): string {
  if (right.sectionAt !== undefined) return 'project.section';
  if (classes.slice(first, last).includes('connector')) return 'project.endpoints';
  return 'project.suffix';
}

/** A count right after the name (智能工厂32个, 促进中心2家) makes it a category. */
function countFollows(scan: Scan, end: number): boolean {
  const k = scan.tokens.findIndex((t) => t.start - scan.base >= end);
  if (k < 0 || scan.tokens[k]!.start - scan.base !== end || scan.classes[k] !== 'number') return false;
  return !APPOSITIVE_COUNT.test(scan.tokens[k]!.word); // 天美奥莱、龙城万达广场两大商业新地标: the count sums a list
}

/** Keeps the outermost of nested names (向家坝灌区 inside 向家坝灌区北总干渠一期二步项目); of equal spans, the first. */
function outermost(found: Built[]): Built[] {
  const longer = (o: Built, c: Built, earlier: boolean): boolean =>
    o.end - o.start > c.end - c.start || (earlier && o.end - o.start === c.end - c.start);
  return found.filter(
    (c, i) => !found.some((o, j) => j !== i && o.start <= c.start && o.end >= c.end && longer(o, c, j < i)),
  );
}
