import type { Candidate, RecognizeContext, Token, TokenizedSentence } from '../recognizer.js';
import { CATEGORY_BEFORE_HEAD, GENERIC_LEADING, GENERIC_MODIFIERS, STOP_VERBS } from './data/boundaries.js';
import { MODIFIED_FOLLOWERS, TITLE_VERBS } from './data/suffixes.js';
import { conjunctsBefore, properRun } from './coordinate.js';
import { findFacilities, type FacilityHit } from './facility-index.js';
import { isNamed } from './is-named.js';
import { leftEdge, trimGeneric } from './left-boundary.js';
import { rightEdge, type RightEdge } from './right-suffix.js';
import { classifyAll, type TokenClass } from './token-class.js';

const FOLLOWER = new RegExp(`^(?:${MODIFIED_FOLLOWERS.join('|')})`, 'u');
const QUOTES = /[“”‘’"]/gu;
const QUOTED = /“[^“”]{1,40}”/gu;
/** What may remain of the facility's token after it: 项目|前期. */
const STAGE_REST = new Set(['前期', '前期工作', '工作']);
const PROPER_TAGS = new Set(['ns', 'nr', 'nrt', 'nz', 'nt', 'x', 'eng', 'j']);

/** One sentence as the recogniser sees it: sentence-relative offsets throughout. */
interface Scan {
  text: string;
  base: number;
  tokens: Token[];
  classes: TokenClass[];
  hits: FacilityHit[];
}

/**
 * A candidate before output: the stem a shared-suffix conjunct reuses (创业大道|南延线、西延线), and for a
 * coordinated conjunct the name it shares a head with (kept only if that name is).
 */
type Built = Candidate & { stem?: string; owner?: Built; facility?: string };

const SIDE = /^[东南西北]/u;

/** 南延线 and 西延线: the same facility word on another side, so the second shares the first one's stem. */
const sameOnAnotherSide = (a: string, b: string): boolean =>
  a.length === b.length && SIDE.test(a) && SIDE.test(b) && a.slice(1) === b.slice(1);

/** Finds the named projects of a sentence: facility word, left edge from tokens, suffixes, coordination. */
export function recognizeProjects(sentence: TokenizedSentence, _ctx: RecognizeContext): Candidate[] {
  const text = sentence.text;
  const hits = withoutQuoted(text, findFacilities(text));
  if (hits.length === 0) return [];
  const base = sentence.start;
  const tokens = sentence.tokens;
  const covered = new Uint8Array(text.length + 1);
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
  if (k < 0 || !endsAtWordEnd(scan, hit)) return;
  const right = rightEdge(text, tokens, classes, hit.end, base);
  if (FOLLOWER.test(text.slice(right.end))) return;
  const endsName = (i: number): boolean => scan.hits.some((h) => h !== hit && h.end === tokens[i]!.end - base);
  const edge = leftEdge(tokens, classes, k - 1, hit.start + base, endsName);
  const first = trimGeneric(tokens, classes, edge.first, k);
  const prefix = prefixOf(tokens[k]!, hit, base);
  const code = hit.facility.strength === 'code';
  if (!code && first === k && (!prefix || (prefix.generic && !right.phased))) {
    coordinateBare(scan, hit, right, k, found, shared);
    return;
  }
  if (countFollows(scan, right.end) || edge.reason === 'number') return; // 7个…项目, 工厂32个
  if (!named(scan, hit, right, first, k, prefix)) return;
  const before = tokens[edge.first - 1];
  if (before && TITLE_VERBS.has(before.word) && !hasProper(classes, first, k)) return; // 争创省级…园区 is a title
  const start =
    edge.cut !== undefined && first === edge.first ? edge.cut - base : tokens[Math.min(first, k)]!.start - base;
  const candidate = makeCandidate(scan, hit, right, start, ruleOf(classes, first, k, right));
  found.push(candidate);
  if (edge.reason === 'enum' && first === edge.first) coordinate(scan, candidate, first, k, right, shared);
}

/** The facility word ends a token, or a token whose rest is a stage word (工程|建设, 项目|前期). */
function endsAtWordEnd(scan: Scan, hit: FacilityHit): boolean {
  const t = scan.tokens.find((x) => x.end - scan.base >= hit.end);
  if (!t) return false;
  const rest = t.word.slice(hit.end - (t.start - scan.base));
  return rest === '' || STOP_VERBS.has(rest) || STAGE_REST.has(rest);
}

interface Prefix {
  word: string;
  proper: boolean;
  place: boolean;
  generic: boolean;
}

/** The part of the facility's token before the facility word (jieba's 大通道, 市图书馆, 老蛮桥水库), if any. */
function prefixOf(token: Token, hit: FacilityHit, base: number): Prefix | undefined {
  const cut = hit.start - (token.start - base);
  if (cut <= 0) return undefined;
  const word = token.word.slice(0, cut);
  const generic = GENERIC_MODIFIERS.has(word) || GENERIC_LEADING.has(word);
  return { word, proper: PROPER_TAGS.has(token.tag), place: token.tag === 'ns', generic };
}

/** Whether the words before the facility word make a name rather than a generic phrase. */
function named(scan: Scan, hit: FacilityHit, right: RightEdge, first: number, k: number, prefix?: Prefix): boolean {
  const { tokens, classes, base } = scan;
  const strength = hit.facility.strength;
  if (strength === 'code') return true;
  if (strength !== 'head' && first < k && classes[k - 1] === 'quote-close' && !prefix) return false; // “头雁”项目
  if (strength === 'inner') {
    const start = first < k ? tokens[first]!.start - base : hit.start;
    const inner = scan.hits.some((h) => h !== hit && h.start >= start && h.end <= hit.start);
    if (!inner && !right.phased) return false; // 固碳增汇工程 is a programme
  }
  const last = prefix ? prefix.word : tokens[k - 1]?.word;
  if (strength !== 'head' && last !== undefined && (CATEGORY_BEFORE_HEAD.has(last) || GENERIC_MODIFIERS.has(last)))
    return false;
  if (right.phased) return true; // 市图书馆二期: a phase makes it a concrete undertaking
  if (prefix?.proper && !prefix.generic) return !(prefix.place && first === k); // 厚街, 梁园区 are places
  return isNamed(tokens, classes, first, k, hit.facility, prefix && !prefix.generic ? prefix.word.length : 0);
}

/** 江油、北川抽水蓄能电站 → 江油抽水蓄能电站 too: conjuncts before the name share its head. */
function coordinate(scan: Scan, candidate: Built, first: number, k: number, right: RightEdge, shared: Built[]): void {
  const { text, base, tokens, classes } = scan;
  const run = properRun(classes, first, k);
  if (run === first) return;
  const head = text.slice(tokens[run]!.start - base, right.end);
  for (const c of conjunctsBefore(tokens, classes, first - 1, base, hasFacility(scan))) {
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

function hasFacility(scan: Scan): (start: number, end: number) => boolean {
  return (start, end) => scan.hits.some((h) => h.start < end && h.end > start);
}

/** A facility word with no modifier: 创业大道南延线、西延线 (shares the stem) or 南河、开元等片区 (shares the head). */
function coordinateBare(
  scan: Scan,
  hit: FacilityHit,
  right: RightEdge,
  k: number,
  found: Built[],
  shared: Built[],
): void {
  const { text, base, tokens, classes } = scan;
  const prev = tokens[k - 1];
  if (!prev) return;
  const head = text.slice(hit.start, right.end);
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

function hasProper(classes: TokenClass[], first: number, last: number): boolean {
  return classes.slice(first, last).some((c) => c === 'proper' || c === 'quote-open' || c === 'open');
}

/** A count right after the name (智能工厂32个, 促进中心2家) makes it a category. */
function countFollows(scan: Scan, end: number): boolean {
  const k = scan.tokens.findIndex((t) => t.start - scan.base >= end);
  return k >= 0 && scan.tokens[k]!.start - scan.base === end && scan.classes[k] === 'number';
}

/** Keeps the outermost of nested names (向家坝灌区 inside 向家坝灌区北总干渠一期二步项目); of equal spans, the first. */
function outermost(found: Built[]): Built[] {
  const longer = (o: Built, c: Built, earlier: boolean): boolean =>
    o.end - o.start > c.end - c.start || (earlier && o.end - o.start === c.end - c.start);
  return found.filter(
    (c, i) => !found.some((o, j) => j !== i && o.start <= c.start && o.end >= c.end && longer(o, c, j < i)),
  );
}
