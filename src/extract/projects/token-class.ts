import type { Token } from '../recognizer.js';
import { CATEGORY_COUNTS, NAME_VERBS, STOP_FUNCTION, STOP_VERBS, ZONE_WORDS } from './data/boundaries.js';
import { CONNECTORS } from './data/suffixes.js';

/** What a token is to a project name's left edge. */
export type TokenClass =
  | 'proper' // a place, proper noun, unknown or foreign word: distinguishes a name (绵阳, 成兰, T3)
  | 'plain' // an ordinary word that may sit inside a name (材料, 先进, 大熊猫)
  | 'connector' // joins endpoints or partners (至, 经, —)
  | 'and' // 与: inside names (…污染控制与循环利用…实验室) unless a name ends before it
  | 'open' // ( or （
  | 'close' // ) or ）
  | 'quote-open'
  | 'quote-close'
  | 'enum' // 、 between coordinated names
  | 'number' // 3, 十: counts make a category, not a name
  | 'measure' // 个, 条, 公里
  | 'stop'; // verbs, particles, punctuation: the name ends here

const PROPER_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nz', 'nt', 'j', 'eng', 'x']);
const STOP_TAGS = new Set([
  'd',
  'p',
  'c',
  'u',
  'uj',
  'ul',
  'uz',
  'ud',
  'ug',
  'uv',
  'r',
  'rr',
  'rz',
  'y',
  'e',
  'o',
  'i',
  'ad',
  'z',
]);
/** Punctuation and symbols. */
export const PUNCT = /^[\p{P}\p{S}\s]+$/u;
const ORDINAL = /^第[一二三四五六七八九十百0-9]+$/u;
const DIGITS = /^[0-9０-９.％%]+$/u;
/** 十大, 四横三纵: counted groups and road-network slogans, whatever jieba tags them. */
const COUNTED = /^[一二两三四五六七八九十百]+(?:大|横|纵|射)/u;
/** Time words (2025年, 今年, 三季度, 年底前); other words jieba tags `t` (西秦, 老年) are not times. */
const TIME =
  /^(?:[0-9０-９一二三四五六七八九十〇零]+(?:年|月|日|季度)|[上下]半年|今年|明年|去年|前年|近年|当年|全年|每年|历年|同年|年底|年初|年内|年末|年中|年底前|年内|目前|当前|今后|以来|期间|之前|之后|过去|未来|届时|同期)$/u;
/** A count: starts with a digit or numeral (3, 两个, 一大批, 十余); 元/m is not one. */
const COUNT = /^[0-9０-９一二两三四五六七八九十百千万亿半几数多][^]*$/u;
const CODE = /[A-Za-z]/u;

/** Classes of words outside facility words, by tag then word: report vocabulary repeats, so most lookups hit. */
const CACHE = new Map<string, Map<string, TokenClass>>();
const CACHE_LIMIT = 100_000;
let cached = 0;

export function cachedClass(token: Token): TokenClass {
  let byWord = CACHE.get(token.tag);
  if (byWord === undefined) CACHE.set(token.tag, (byWord = new Map()));
  let c = byWord.get(token.word);
  if (c === undefined) {
    c = classify(token, false);
    if (cached++ < CACHE_LIMIT) byWord.set(token.word, c);
  }
  return c;
}

export function insideClass(token: Token): TokenClass {
  return classify(token, true);
}

/** 全面完成, 加快推进 as one token: two stop verbs glued. */
function twoVerbs(word: string): boolean {
  return word.length >= 4 && STOP_VERBS.has(word.slice(0, 2)) && STOP_VERBS.has(word.slice(2));
}

function classify(token: Token, insideFacility: boolean): TokenClass {
  const { word, tag } = token;
  if (word === '、') return 'enum';
  if (word === '与') return 'and';
  if (word === '之') return 'plain'; // 南岸之芯, 天府之国
  if (word === '(' || word === '（') return 'open';
  if (word === ')' || word === '）') return 'close';
  if (word === '“' || word === '‘' || word === '"') return 'quote-open';
  if (word === '”' || word === '’') return 'quote-close';
  if (CONNECTORS.has(word)) return 'connector';
  if (STOP_FUNCTION.has(word)) return 'stop'; // 重点工程 is an appositive even though 工程 is a facility word
  if (insideFacility) return 'plain';
  if (PUNCT.test(word)) return 'stop';
  if (CATEGORY_COUNTS.has(word) || COUNTED.test(word)) return 'number';
  if (ZONE_WORDS.has(word)) return 'proper';
  if (STOP_VERBS.has(word) || STOP_FUNCTION.has(word) || twoVerbs(word)) return 'stop';
  if (ORDINAL.test(word)) return 'plain';
  if (DIGITS.test(word) || (tag === 'm' && !CODE.test(word))) return COUNT.test(word) ? 'number' : 'plain';
  if (tag === 'q') return 'measure';
  if (tag === 't') return TIME.test(word) ? 'stop' : 'proper';
  if (PROPER_TAGS.has(tag)) return 'proper';
  if (tag.startsWith('v') && tag !== 'vn') return NAME_VERBS.has(word) ? 'plain' : 'stop';
  if (STOP_TAGS.has(tag)) return 'stop';
  return 'plain';
}
