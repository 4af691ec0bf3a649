import type { Candidate, TokenizedSentence } from '../recognizer.js';
import {
  ACTIVITY_PARTS,
  FACILITY_PARTS,
  FIRM_LIST_HEADS,
  KINDS_OF_BUSINESS,
  NOT_FIRM_PARTS,
} from './data/org-markers.js';
import { isCountryRun } from '../places/index.js';
import { wholeToken } from '../whole-token.js';
import { firstKnownForm } from './recognize-known.js';
import { properPart } from './recognize-organizations.js';

const CLAUSE_BREAK = /[，,。；;：:！!？?“”《》\s]/;
/** 等 closing a list, not inside a word (平等保护, 高等教育, 等级), nor a list of places (北上广深等地). */
const LIST_END = /(?<![平同对高均相初中优上特次])等(?![级待到同于价额值候地])/g;
/** 等 + up to six modifier characters + a firm word: …等骨干企业, …等央属军工集团. */
const firmHead = new RegExp(`^等[\\u4e00-\\u9fff]{0,6}?(${FIRM_LIST_HEADS.join('|')})`);
/** 等 + modifiers naming manufacturing + 项目: a list of plants named by their firm (…等百亿级制造业项目). */
const plantHead = /^等[\u4e00-\u9fff]{0,6}?(制造业|工业|产业)项目/;
const ITEM = /^[\u4e00-\u9fffA-Za-z]{2,10}$/;
/** jieba tags of words that open the clause before the first firm (支持|长虹、九洲等…, 加大|潍柴…). */
const LEAD_TAGS = new Set(['v', 'p', 'c', 'd', 'vd', 'ad', 'r', 'u', 'uj', 'ul']);
const LEAD_WORDS = new Set([
  '支持',
  '推动',
  '鼓励',
  '引导',
  '加快',
  '引进',
  '依托',
  '发挥',
  '培育',
  '做强',
  '壮大',
  '加大',
  '强化',
  '培强',
  '联合',
  '深化',
  '加强',
  '推进',
  '服务',
  '帮助',
]);

const endsInLeadWord = (word: string): boolean => word.length > 2 && [...LEAD_WORDS].some((w) => word.endsWith(w));
/** Prepositions and particles jieba glues to a firm's name (加大对|哈电, 集聚了|比亚迪). */
const GLUED_PREPOSITIONS = new Set(['对', '向', '为', '了', '在', '与']);

/**
 * Where the first firm starts: after the last verb, preposition or adverb before the first 、
 * (加大|潍柴、…), and no later than a known firm written there (通威|太阳|能: 能 is no verb here).
 */
function firstItemStart(sentence: TokenizedSentence, from: number, listEnd: number): number {
  const firstBreak = sentence.text.slice(from - sentence.start, listEnd).search(/、|与|和|及/);
  let firstEnd = firstBreak < 0 ? sentence.start + listEnd : from + firstBreak;
  const known = firstKnownForm(sentence.text.slice(from - sentence.start, firstEnd - sentence.start));
  if (known >= 0) firstEnd = from + known;
  let start = from;
  for (const t of sentence.tokens) {
    if (t.start < from || t.end > firstEnd) continue;
    // 全力支持 ends in a lead verb
    if (LEAD_TAGS.has(t.tag) || LEAD_WORDS.has(t.word) || endsInLeadWord(t.word)) start = t.end;
  }
  // jieba may glue the verb to the name (依托华|建铝业, 对哈电): cut a known verb written at the front
  const head = sentence.text.slice(start - sentence.start, start - sentence.start + 2);
  if (LEAD_WORDS.has(head)) return start + 2;
  return GLUED_PREPOSITIONS.has(head[0] ?? '') && start + 1 < firstEnd ? start + 1 : start;
}
const ORDINARY_TAGS = new Set(['n', 'v', 'vn', 'j']);
/** Tags of words that are never a firm's whole name (先后/d, 各自/r, 以上/f). */
const FUNCTION_TAGS = new Set(['d', 'ad', 'r', 'p', 'c', 'u', 'uj', 'ul', 'f', 't']); // not m: 一重, 一汽
/** A firm's name has two Han characters or is a Latin name (TCL, ABB): B级, 5G are no names. */
const NAME_SHAPE = /[\u4e00-\u9fff].*[\u4e00-\u9fff]|^[A-Za-z]{2,}$/;

/** The item is one function word by jieba's tags (先后, 以上). */
function isFunctionWord(sentence: TokenizedSentence, at: number, item: string): boolean {
  const t = wholeToken(sentence, at, at + item.length);
  return t !== undefined && FUNCTION_TAGS.has(t.tag);
}

/** The item is a place: one word jieba tags as one (滇池/ns), or a run of country abbreviations (欧美, 日韩). */
function isPlaceItem(sentence: TokenizedSentence, at: number, item: string): boolean {
  return isCountryRun(item) || wholeToken(sentence, at, at + item.length)?.tag === 'ns';
}
const PLACE_END = /(省|市|县|区|镇|乡|村)$/;

/** The share of items that are one ordinary dictionary word (卷烟, 出版): trades rather than firms' names. */
function ordinaryShare(sentence: TokenizedSentence, offset: number, items: readonly string[]): number {
  let at = offset;
  let ordinary = 0;
  for (const item of items) {
    const t = wholeToken(sentence, at, at + item.length);
    if (t !== undefined && ORDINARY_TAGS.has(t.tag)) ordinary++;
    at += item.length + 1;
  }
  return items.length ? ordinary / items.length : 0;
}

/** Firms named in a list closed by 等 and a firm word (支持长虹、九洲等骨干企业), or in a list with a known firm. */
export function recognizeFirmLists(
  sentence: TokenizedSentence,
  isSector: (item: string) => boolean,
  isKnownFirm: (item: string) => boolean,
): Candidate[] {
  const text = sentence.text;
  const out: Candidate[] = [];
  if (!text.includes('等')) return out; // LIST_END needs one; most sentences have none
  for (const m of text.matchAll(LIST_END)) {
    const after = text.slice(m.index, m.index + 16);
    const plants = plantHead.test(after);
    const headed = firmHead.test(after) || plants;
    let from = m.index;
    while (from > 0 && !CLAUSE_BREAK.test(text[from - 1]!)) from--;
    from += sentence.start;
    let offset = firstItemStart(sentence, from, m.index);
    const items = text.slice(offset - sentence.start, m.index).split(/、|与|和|及/);
    // a list that names a known firm lists firms (长虹新能源、东方绝缘材料等争创绿色工厂)
    const knownFirm = items.some(isKnownFirm);
    if (!headed && (items.length < 2 || !knownFirm)) continue;
    // a list of ordinary words lists trades (卷烟、报业、出版等企业), unless a known firm is among them
    if (!knownFirm && ordinaryShare(sentence, offset, items) > 0.6) continue;
    const found: Candidate[] = [];
    // a list with a known sector among its items is a list of industries (电解铝、钢铁、铁合金等…企业)
    if (items.some((item) => isSector(item))) continue;
    for (const item of items) {
      const at = offset;
      offset += item.length + 1;
      if (
        !ITEM.test(item) ||
        !NAME_SHAPE.test(item) ||
        isFunctionWord(sentence, at, item) ||
        (!isKnownFirm(item) && isPlaceItem(sentence, at, item)) ||
        PLACE_END.test(item) ||
        FACILITY_PARTS.test(item) ||
        ACTIVITY_PARTS.test(item) ||
        isSector(item) ||
        properPart(item).length < 2
      )
        continue;
      if (plants && NOT_FIRM_PARTS.some((w) => item.includes(w))) continue;
      if (KINDS_OF_BUSINESS.test(item)) continue;
      const start = at;
      found.push({
        type: 'Organization',
        name: item,
        start,
        end: start + item.length,
        surface: item,
        rule: 'organization.firm-list',
        organizationKind: 'enterprise',
      });
    }
    // a plant list counts only when every item reads as a firm
    if (plants && found.length !== items.length) continue;
    out.push(...found);
  }
  return out;
}
