import type { Token } from '../recognizer.js';
import {
  CATEGORY_BEFORE_HEAD,
  GENERIC_LEADING,
  GENERIC_MODIFIERS,
  POSITIONING_LEADS,
  STOP_FUNCTION,
  STOP_VERBS,
  WEAK_CATEGORY_BEFORE_HEAD,
} from './data/boundaries.js';
import { isFacilityWord, type FacilityHit } from './facility-index.js';
import { isGenericText, isNamed } from './is-named.js';
import type { RightEdge } from './right-suffix.js';
import type { Scan } from './scan.js';

/** What may remain of the facility's token after it: 项目|前期. */
const STAGE_REST = new Set(['前期', '前期工作', '工作']);
const PROPER_TAGS = new Set(['ns', 'nr', 'nrt', 'nz', 'nt', 'x', 'eng', 'j']);

/**
 * The facility word ends a token, or a token whose rest is a stage word (工程|建设, 项目|前期), or the
 * name's suffix runs past the token (灯城中|街北|二段: jieba glued the section to the street).
 */
export function endsAtWordEnd(scan: Scan, hit: FacilityHit, nameEnd: number): boolean {
  const t = scan.tokens.find((x) => x.end - scan.base >= hit.end);
  if (!t) return false;
  if (nameEnd > hit.end && nameEnd >= t.end - scan.base) return true;
  const rest = t.word.slice(hit.end - (t.start - scan.base));
  return rest === '' || STOP_VERBS.has(rest) || STAGE_REST.has(rest);
}

export interface Prefix {
  word: string;
  proper: boolean;
  place: boolean;
  generic: boolean;
}

/** The part of the facility's token before the facility word (jieba's 大通道, 市图书馆, 老蛮桥水库), if any. */
export function prefixOf(token: Token, hit: FacilityHit, base: number, before?: Token): Prefix | undefined {
  const cut = hit.start - (token.start - base);
  if (cut <= 0) return undefined;
  const word = token.word.slice(0, cut);
  if (STOP_VERBS.has(word) || STOP_FUNCTION.has(word)) return undefined; // 推进机/场: jieba glued the verb on
  // 力推/v 动通道/x: the verb 推动 straddles the words, its second half glued to the facility
  if (before && token.tag === 'x' && STOP_VERBS.has(before.word.slice(-1) + word[0])) return undefined;
  const generic = isGenericText(word) || GENERIC_LEADING.has(word) || isFacilityWord(word); // 技术创新中心, 道路工程
  return { word, proper: PROPER_TAGS.has(token.tag), place: token.tag === 'ns', generic };
}

/** Whether the words before the facility word make a name rather than a generic phrase. */
export function named(
  scan: Scan,
  hit: FacilityHit,
  right: RightEdge,
  first: number,
  k: number,
  prefix?: Prefix,
): boolean {
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
  if (strength !== 'head' && last !== undefined && WEAK_CATEGORY_BEFORE_HEAD.has(last) && !hasProper(scan, first, k))
    return false; // 农村黑臭水体治理项目 is a category, 藉河生态综合治理项目 a project
  if (right.phased || right.sectionAt !== undefined) return true; // 市图书馆二期, …街北二段: a phase or section is concrete
  if (hit.facility.kind === 'center' && positioning(scan, first, k, prefix)) return false; // 国际航运中心 is a goal
  if (prefix?.proper && !prefix.generic) return !(prefix.place && first === k); // 厚街, 梁园区 are places
  return isNamed(tokens, classes, first, k, hit.facility, prefix && !prefix.generic ? prefix.word.length : 0);
}

/** 国际航运中心, 全球金融科技中心: a centre that opens with 国际/全球 and names no place is a positioning goal. */
function positioning(scan: Scan, first: number, k: number, prefix?: Prefix): boolean {
  const lead = first < k ? scan.tokens[first]!.word : (prefix?.word ?? '');
  if (![...POSITIONING_LEADS].some((p) => lead.startsWith(p))) return false;
  return !scan.classes.slice(first + 1, k).includes('proper');
}

/** Whether the words hold a proper part (a place, an unknown word, brackets, quotes). */
export function hasProper(scan: Scan, first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    const c = scan.classes[i];
    if ((c === 'proper' && !isGenericText(scan.tokens[i]!.word)) || c === 'quote-open' || c === 'open') return true;
  }
  return false;
}
