import { charFlags, hasPair } from '../../text/index.js';
import { endsToken, startsToken, tokenBoundaries, type Boundaries } from '../boundaries.js';
import type { TokenizedSentence } from '../recognizer.js';
import type { Division } from './divisions.js';
import { inIssuerCity, inIssuerProvince, type PlaceContext } from './context.js';
import nameHeads from './data/name-heads.json' with { type: 'json' };
import genericToponyms from './data/generic-toponyms.json' with { type: 'json' };
import { getGazetteer, type Gazetteer, type GazetteerEntry, type NameKind } from './gazetteer.js';
import { resolveName } from './resolve-name.js';

/** A place named in a sentence: the span, the division it resolves to, and the rule. */
export interface PlaceMatch {
  start: number;
  end: number;
  surface: string;
  division: Division;
  rule: string;
}

const RULE_OF: Record<NameKind, string> = {
  full: 'place.gazetteer.full',
  short: 'place.gazetteer.short',
  byname: 'place.byname',
  country: 'place.country',
};
/** Characters that make a neighbouring word a place in a list (江油、三台; 高新—綦江). */
const LIST_MARKS = new Set(['、', '—', '–', '-', '－', '～', '至', '经', '与', '和', '及']);
/** Marks that tie a county to a line or a partner on their own (自贡至永川, 高新—綦江). */
/** Words after a place that make it part of another name (天津街, 咸阳路, 马鞍山公园). */
const NAME_HEADS = new Set(nameHeads.words);
/** jieba tags of a word a weak place name would be glued to (nouns, names, numerals, measure words). */
const gluedTags = new Set(['n', 'nr', 'ns', 'nz', 'nt', 'nrt', 'nrfg', 'x', 'm', 'q', 'j', 'vn', 'an']);
/** List marks that enumerate (A、B; A和B) rather than trace a route (A经B, A—B). */
const ENUMERATION_MARKS = new Set(['、', '与', '和', '及']);
const LINE_MARKS = new Set(['—', '–', '-', '－', '至']);
/** An official name ending in one of these stands on its own even when jieba glues the next word to it (绵阳市中心). */
const FULL_SUFFIX = /(省|市|县|区|州|镇|乡|街道|旗|盟)$/;
/** Route marks (A至B, A经B) that jieba may glue to the following place name. */
const ROUTE_CODES = new Set([...'至经'].map((c) => c.charCodeAt(0)));
const SECTION_CODE = '段'.charCodeAt(0);
const SUFFIX_CODES = new Set([...'省市县区州镇乡道旗盟'].map((c) => c.charCodeAt(0)));

/**
 * Finds gazetteer names in a sentence, longest first, on token boundaries. Everyday words that
 * equal a place name (新兴, 合作, 南部) count only next to a list mark.
 */
export function findPlaces(sentence: TokenizedSentence, ctx: PlaceContext): PlaceMatch[] {
  const g = getGazetteer();
  const text = sentence.text;
  const base = sentence.start;
  const tokens = sentence.tokens;
  const out: Array<PlaceMatch & { weak?: Weak }> = [];
  const tokenEnds = tokenBoundaries(sentence);
  let next = 0;
  for (let k = 0; k < tokens.length; k++) {
    const i = tokens[k]!.start - base;
    const c = text.charCodeAt(i);
    if (i < next || g.firsts[c] === 0 || !hasPair(g.pairs, c, text.charCodeAt(i + 1))) continue;
    const match = longestAt(text, i, tokenEnds, base, g, ctx);
    if (!match) continue;
    out.push(match);
    next = match.end - base;
  }
  const routed = afterRouteMarks(sentence, out, tokenEnds, g, ctx);
  // most sentences name no place: no closures nor copies for them
  if (out.length === 0 && routed.length === 0) return [];
  if (routed.length > 0) {
    out.push(...routed);
    out.sort((a, b) => a.start - b.start);
  }
  // 重庆永川, 广州黄埔: a place right after its own province or city is sure.
  for (const m of out)
    if (
      (m.weak === 'far' || m.weak === 'toponym') &&
      out.some((o) => o.weak === undefined && o.end === m.start && encloses(o.division, m.division))
    )
      delete m.weak;
  const tagBefore = (offset: number): string | undefined => tokens.find((t) => t.end === offset)?.tag;
  const wordAfter = (offset: number): string | undefined => tokens.find((t) => t.start === offset)?.word;
  const kept: PlaceMatch[] = [];
  for (const match of out) {
    if (NAME_HEADS.has(wordAfter(match.end) ?? '')) continue;
    if (match.weak !== undefined && !listedWithPlace(match, out, text, base, tagBefore, ctx)) continue;
    const { weak: _weak, ...m } = match;
    kept.push(m);
  }
  return kept;
}

/**
 * Places jieba glued to the route mark before them and to 段 after them (新平|至元|江段): read
 * from just after the mark, ending on a token end or before 段, where no place was found yet.
 */
function afterRouteMarks(
  sentence: TokenizedSentence,
  found: ReadonlyArray<PlaceMatch & { weak?: Weak }>,
  tokenEnds: Boundaries,
  g: Gazetteer,
  ctx: PlaceContext,
): Array<PlaceMatch & { weak?: Weak }> {
  const out: Array<PlaceMatch & { weak?: Weak }> = [];
  for (const t of sentence.tokens) {
    if (t.word.length < 2 || !ROUTE_CODES.has(t.word.charCodeAt(0)) || isFound(found, t.start + 1)) continue;
    const match = longestAt(sentence.text, t.start + 1 - sentence.start, tokenEnds, sentence.start, g, ctx, true);
    if (match) out.push(match);
  }
  return out;
}

/**
 * True when a match covers document offset `at`. A function of its own, not a closure over a
 * loop variable: that would make the loop allocate a scope for every token of every sentence.
 */
function isFound(found: ReadonlyArray<PlaceMatch>, at: number): boolean {
  for (const m of found) if (m.start <= at && at < m.end) return true;
  return false;
}

/** Names found by `longestAt`, reused: it runs at every token start and never re-enters. */
const FOUND: string[] = [];

/** Longest name starting at text offset `i` that ends on a token end, or an official name ending in 市/县/区 …, found by walking the trie. */
function longestAt(
  text: string,
  i: number,
  tokenEnds: Boundaries,
  base: number,
  g: Gazetteer,
  ctx: PlaceContext,
  afterRoute = false,
): (PlaceMatch & { weak?: Weak }) | undefined {
  const found = FOUND;
  found.length = 0;
  let node = g.trie.next.get(text.charCodeAt(i));
  for (let e = i + 1; node && e <= text.length; e++) {
    const ends = endsToken(tokenEnds, e) || (afterRoute && text.charCodeAt(e) === SECTION_CODE);
    if (node.value !== undefined && (ends || (e - i >= 3 && SUFFIX_CODES.has(text.charCodeAt(e - 1)))))
      found.push(node.value);
    node = e < text.length ? node.next.get(text.charCodeAt(e)) : undefined;
  }
  for (let f = found.length - 1; f >= 0; f--) {
    const surface = found[f]!;
    const entries = g.byName.get(surface)!;
    const tokenEnd =
      endsToken(tokenEnds, i + surface.length) || (afterRoute && text.charCodeAt(i + surface.length) === SECTION_CODE);
    if (!tokenEnd && !(FULL_SUFFIX.test(surface) && entries.some((x) => x.kind === 'full'))) continue;
    // …but not when its 区, 市 or 县 opens a longer word: 大河西|区域 is no 河西区, 城|市场 no 城市
    if (!tokenEnd && startsToken(tokenEnds, i + surface.length - 1)) continue;
    const entry = resolveName(entries, ctx);
    if (!entry) continue;
    // An everyday word is sure inside the issuer's own city (安康 in a report of 安康).
    const common = g.commonWords.has(surface) && !inIssuerCity(entry.division, ctx);
    const far = farCounty(entry, ctx);
    const weak = common
      ? 'common'
      : far && isGenericToponym(surface)
        ? 'toponym'
        : far
          ? 'far'
          : farName(entry, ctx)
            ? 'glue'
            : undefined;
    return {
      start: base + i,
      end: base + i + surface.length,
      surface,
      division: entry.division,
      rule: RULE_OF[entry.kind],
      ...(weak ? { weak } : {}),
    };
  }
  return undefined;
}

/**
 * A weak match (an everyday word, or a county of another province) counts when a list mark ties
 * it to a sure place (江油、三台; 沿滩—长寿); a county also beside 至 / 经 / — alone (高新—綦江).
 */
function listedWithPlace(
  m: PlaceMatch & { weak?: string },
  all: Array<PlaceMatch & { weak?: string }>,
  text: string,
  base: number,
  tagBefore: (offset: number) => string | undefined,
  ctx: PlaceContext,
): boolean {
  const before = text[m.start - base - 1] ?? '';
  const after = text[m.end - base] ?? '';
  // After a noun or numeral (产业兴县, 三龙湾, 沣西新城) it is part of a longer name; after a verb (开工江津…) it is free.
  const glued = !LIST_MARKS.has(before) && gluedTags.has(tagBefore(m.start) ?? '');
  // 上海城市精神: jieba cut 上 | 海城市, but a name starting just before (上海) runs into it.
  if (overlapsNameBefore(text, m.start - base, getGazetteer())) return false;
  if (m.weak === 'glue') return !glued;
  if (glued) return false;
  // 法治四川、平安四川: an everyday word right before a place qualifies it.
  if (m.weak === 'common' && all.some((o) => o.start === m.end)) return false;
  if (m.weak === 'far' && (LINE_MARKS.has(before) || LINE_MARKS.has(after))) return true;
  // 滨海、高密 in a report of 潍坊: listed with the issuer's own places, a far county's name is a
  // local one (a zone, a district) that the gazetteer lacks; 衢州、大同、开州 lists far places, and a
  // route (江津经泸州) joins any.
  const sure = (o: PlaceMatch & { weak?: string }, mark: string): boolean =>
    o.weak === undefined &&
    ((m.weak !== 'far' && m.weak !== 'toponym') ||
      !ENUMERATION_MARKS.has(mark) ||
      o.division.provinceCode === m.division.provinceCode ||
      !inIssuerProvince(o.division, ctx));
  return (
    (LIST_MARKS.has(before) && all.some((o) => o.end === m.start - 1 && sure(o, before))) ||
    (LIST_MARKS.has(after) && all.some((o) => o.start === m.end + 1 && sure(o, after)))
  );
}

function encloses(outer: Division, inner: Division): boolean {
  return outer.code !== inner.code && (inner.cityCode === outer.code || inner.provinceCode === outer.code);
}

/**
 * A county short form from another province (卧龙 in 卧龙湖, 三水 in 三水共治), or a two-character
 * county name (兴县 in 产业兴县), is more often a word than that county: it counts only in a list
 * or beside 至 / — (自贡至永川, 沿滩—长寿).
 */
/** True when a gazetteer name starting one or two characters before `i` reaches past `i`. */
function overlapsNameBefore(text: string, i: number, g: Gazetteer): boolean {
  for (let from = Math.max(0, i - 2); from < i; from++) {
    let node = g.trie.next.get(text.charCodeAt(from));
    for (let e = from + 1; node && e <= text.length; e++) {
      if (node.value !== undefined && e > i && node.value.length >= 2) return true;
      node = e < text.length ? node.next.get(text.charCodeAt(e)) : undefined;
    }
  }
  return false;
}

/**
 * How sure a match is: an everyday word, a bare county name of another province (one shaped like
 * a lake's or a gate's name: 'toponym'), or an official county name of another province.
 */
type Weak = 'common' | 'far' | 'toponym' | 'glue';

/** An official county name of another province (江源区 in 湘江源区) counts unless glued to the word before it. */
function farName(e: GazetteerEntry, ctx: PlaceContext): boolean {
  return (
    e.kind === 'full' &&
    e.division.level === 'county' &&
    ctx.issuerProvince !== undefined &&
    !inIssuerProvince(e.division, ctx)
  );
}

function farCounty(e: GazetteerEntry, ctx: PlaceContext): boolean {
  const bare = e.kind === 'short' || (e.kind === 'full' && e.division.name.length === 2);
  return (
    bare && e.division.level === 'county' && ctx.issuerProvince !== undefined && !inIssuerProvince(e.division, ctx)
  );
}

const TOPONYM_FIRSTS = charFlags(Array.from(genericToponyms.firsts, (c) => c.charCodeAt(0)));
const TOPONYM_LASTS = charFlags(Array.from(genericToponyms.lasts, (c) => c.charCodeAt(0)));
/** 东湖, 南关, 古城: a direction or size and a landform, a name every city has (data/generic-toponyms.json). */
function isGenericToponym(surface: string): boolean {
  return (
    surface.length === 2 && TOPONYM_FIRSTS[surface.charCodeAt(0)] === 1 && TOPONYM_LASTS[surface.charCodeAt(1)] === 1
  );
}
