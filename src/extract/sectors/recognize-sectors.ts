import type { Candidate, TokenizedSentence } from '../recognizer.js';
import {
  BARE_LIST_HEADS,
  ENUMERATION_HEADS,
  FACILITY_ENDINGS,
  FIRM_AFTER_HEAD,
  HEAD_NOT_BEFORE,
  INDUSTRY_HEADS,
  ITEM_LEFT_STOPS,
  NOT_SECTOR_AFTER,
  NOT_SECTOR_OPENINGS,
  NOT_SECTORS,
  PUBLIC_WORK_ENDINGS,
  SECTOR_HEADS,
} from './data/sector-context.js';
import { longestFormAt, lookupSector, type Sector } from './taxonomy.js';
import { wholeToken } from '../whole-token.js';

const bareListHead = new RegExp(`^(${BARE_LIST_HEADS.join('|')})`);
const headAfterList = new RegExp(
  `^等([\\u4e00-\\u9fff]{0,8}?)(${[...ENUMERATION_HEADS].sort((a, b) => b.length - a.length).join('|')})`,
);
const CLAUSE_BREAK = /[，,。；;：:！!？?“”《》\s]/;
const notSectors = new Set(NOT_SECTORS);
const ITEM = /^[\u4e00-\u9fff]{2,8}$/;
/** jieba tags of words that cannot start a sector's name: verbs, prepositions, adverbs, particles, conjunctions. */
const LEAD_TAGS = new Set(['v', 'p', 'd', 'c', 'u', 'uj', 'ul', 'uz', 'ad', 'vd', 'r', 'f']);
/** 等 closing a list, not inside a word (平等保护, 高等教育, 等级). */
const LIST_END = /(?<![平同对高均相初中优上特次])等(?![级待到同于价额值候])/g;
const JOINERS = /及|以及|和|与/;

function sectorCandidate(
  sentence: TokenizedSentence,
  at: number,
  surface: string,
  sector: Sector | undefined,
  rule: string,
): Candidate {
  const start = sentence.start + at;
  return {
    type: 'Sector',
    name: sector?.name ?? surface.replace(/(产业|行业)$/, ''),
    start,
    end: start + surface.length,
    surface,
    rule,
    ...(sector ? { sectorId: sector.id } : {}),
    ...(sector?.parent ? { sectorParent: sector.parent } : {}),
  };
}

/** A place before a known sector (酒泉|新能源, 天水|装备制造): the sector, without the place. */
function afterPlace(
  sentence: TokenizedSentence,
  at: number,
  item: string,
): { at: number; item: string; sector: Sector } | undefined {
  const start = sentence.start + at;
  const place = sentence.tokens.find((t) => t.start === start && t.tag === 'ns' && t.end < start + item.length);
  if (!place) return undefined;
  const rest = item.slice(place.word.length);
  const sector = lookupSector(rest);
  return sector ? { at: at + place.word.length, item: rest, sector } : undefined;
}

/**
 * Words inside an unknown item that make it a clause, not a name (膜基|向|光伏, 一批|资源…, 京山|发展|…):
 * prepositions, conjunctions, adverbs, pronouns, numbers and the verbs that govern an industry.
 * Other verbs are sectors' own (数字出版, 融资租赁, 共享经济).
 */
const CLAUSE_TAGS = new Set(['p', 'c', 'd', 'm', 'r']);
const GOVERNING_VERBS = new Set(['发展', '推进', '加快', '培育', '壮大', '做强', '打造', '建设']);
function hasClauseWord(sentence: TokenizedSentence, at: number, item: string): boolean {
  const start = sentence.start + at;
  const end = start + item.length;
  return sentence.tokens.some(
    (t) =>
      t.start >= start &&
      t.end <= end &&
      t.end - t.start < item.length &&
      (CLAUSE_TAGS.has(t.tag) || GOVERNING_VERBS.has(t.word)),
  );
}

/** True when the segmenter tags the item as a place (会昌、于都等…). */
function isPlace(sentence: TokenizedSentence, at: number, item: string): boolean {
  const start = sentence.start + at;
  return wholeToken(sentence, start, start + item.length)?.tag === 'ns';
}

/**
 * Where the first item of a list starts: at the longest known sector ending the segment
 * (整治|水泥、…), else after the last verb or stop word before it (发展|航空燃机、…).
 */
function firstItemStart(segment: string, sentence: TokenizedSentence, segmentStart: number): number {
  for (let k = 0; k < segment.length - 1; k++) if (lookupSector(segment.slice(k))) return k;
  let cut = 0;
  // after the last verb, preposition, adverb or particle the segmenter sees (打通|研发设计, 有条件的|量子信息)
  // that leaves an item: 培育|融资租赁/v, not 培育融资租赁|
  for (const t of sentence.tokens) {
    const at = t.start - sentence.start - segmentStart;
    if (at < 0 || at + t.word.length > segment.length) continue;
    if (LEAD_TAGS.has(t.tag) && segment.length - (at + t.word.length) >= 2) cut = Math.max(cut, at + t.word.length);
  }
  for (const stop of ITEM_LEFT_STOPS) {
    const at = segment.lastIndexOf(stop);
    if (at >= 0) cut = Math.max(cut, at + stop.length);
  }
  return cut;
}

/**
 * Lists of sectors closed by 等 and a sector word: 科技信息、现代金融、现代物流等生产性服务业;
 * 生物医药及医疗装备 splits in two. Items the taxonomy does not know keep their written name.
 */
export function recognizeEnumerations(sentence: TokenizedSentence): Candidate[] {
  const text = sentence.text;
  const out: Candidate[] = [];
  if (!text.includes('等')) return out; // LIST_END needs one; most sentences have none
  for (const m of text.matchAll(LIST_END)) {
    const head = headAfterList.exec(text.slice(m.index, m.index + 24));
    if (!head) continue;
    const afterHead = text.slice(m.index + head[0].length, m.index + head[0].length + 10);
    if (NOT_SECTOR_AFTER.some((w) => afterHead.includes(w) || head[1]!.includes(w))) continue;
    // unknown items count when the list is of industries: a strong head or a known sector among them
    const items = listItems(sentence, m.index).map((i) => ({ ...i, sector: lookupSector(i.item) }));
    const industries = INDUSTRY_HEADS.includes(head[2]!) || items.some((i) => i.sector);
    const firms = FIRM_AFTER_HEAD.some((w) => afterHead.startsWith(w));
    for (const { at, item, sector } of items) {
      const local = sector ? undefined : afterPlace(sentence, at, item);
      if (local) {
        out.push(sectorCandidate(sentence, local.at, local.item, local.sector, 'sector.enumeration'));
        continue;
      }
      const unknownOk =
        industries &&
        !firms &&
        !isPlace(sentence, at, item) &&
        !notSectors.has(item) &&
        !FACILITY_ENDINGS.test(item) &&
        !PUBLIC_WORK_ENDINGS.test(item) &&
        !NOT_SECTOR_OPENINGS.test(item) &&
        !item.includes('等') &&
        !hasClauseWord(sentence, at, item);
      if (sector || unknownOk) out.push(sectorCandidate(sentence, at, item, sector, 'sector.enumeration'));
    }
  }
  return out;
}

/** The items of the list that ends at `end` (the 等 or the head), split on 、 and on 及/和/与. */
function listItems(sentence: TokenizedSentence, end: number): { at: number; item: string }[] {
  const text = sentence.text;
  let from = end;
  while (from > 0 && !CLAUSE_BREAK.test(text[from - 1]!)) from--;
  const list = text.slice(from, end);
  const firstComma = list.indexOf('、');
  const skip = firstItemStart(list.slice(0, firstComma < 0 ? list.length : firstComma), sentence, from);
  const items: { at: number; item: string }[] = [];
  let offset = from + skip;
  for (const item of list.slice(skip).split('、')) {
    let partOffset = offset;
    for (const part of item.split(JOINERS)) {
      const at = text.indexOf(part, partOffset);
      partOffset = at + part.length;
      if (ITEM.test(part)) items.push({ at, item: part });
    }
    offset += item.length + 1;
  }
  return items;
}

/** Lists without 等 count only when every item is a known sector: 开展水泥、砖瓦、陶瓷企业深度整治. */
export function recognizeBareLists(sentence: TokenizedSentence): Candidate[] {
  const text = sentence.text;
  const out: Candidate[] = [];
  if (!text.includes('、')) return out;
  for (let at = text.indexOf('、'); at >= 0; at = text.indexOf('、', at + 1)) {
    // the last item runs from this 、 to a list head
    const rest = text.slice(at + 1, at + 12);
    const breakAt = rest.search(/[、，,。；;]/);
    if (breakAt >= 0 && rest[breakAt] === '、') continue;
    const headAt = rest.search(/企业|产业|行业|领域/);
    if (headAt < 0 || (breakAt >= 0 && headAt > breakAt)) continue;
    const end = at + 1 + headAt;
    if (!bareListHead.test(text.slice(end))) continue;
    const items = listItems(sentence, end);
    const sectors = items.map((i) => lookupSector(i.item));
    if (items.length < 2 || sectors.some((s) => !s)) continue;
    items.forEach((i, k) => out.push(sectorCandidate(sentence, i.at, i.item, sectors[k], 'sector.list')));
  }
  return out;
}

/** A sector word opens the text after a form (文化|产业), and not a word that only starts with one. */
function headed(after: string): boolean {
  return SECTOR_HEADS.some((h) => after.startsWith(h) && !HEAD_NOT_BEFORE.some((w) => after.startsWith(w, h.length)));
}

/** Sector names from the taxonomy, longest first; ambiguous ones (文化, 商贸) only before a sector word. */
export function recognizeTaxonomy(sentence: TokenizedSentence): Candidate[] {
  const text = sentence.text;
  const out: Candidate[] = [];
  for (let i = 0; i < text.length;) {
    const form = longestFormAt(text, i);
    if (!form) {
      i++;
      continue;
    }
    if (form.strict || headed(text.slice(i + form.form.length, i + form.form.length + 8))) {
      out.push(sectorCandidate(sentence, i, form.form, form.sector, 'sector.taxonomy'));
    }
    i += form.form.length;
  }
  return out;
}
