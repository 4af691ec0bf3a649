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
const PUNCT = /^[\p{P}\p{S}\s]+$/u;
const ORDINAL = /^第[一二三四五六七八九十百0-9]+$/u;
const DIGITS = /^[0-9０-９.％%]+$/u;
/** 三大, 五大: "the N big …" counts a category even before a noun. */
const BIG = '大';
const NUMERAL = /^[一二两三四五六七八九十百千万亿半几数多]+$/u;
/** Time words (2025年, 今年, 三季度, 年底前); other words jieba tags `t` (西秦, 老年) are not times. */
const TIME =
  /^(?:[0-9０-９一二三四五六七八九十〇零]+(?:年|月|日|季度)|[上下]半年|今年|明年|去年|前年|近年|当年|全年|每年|历年|同年|年底|年初|年内|年末|年中|年底前|年内|目前|当前|今后|以来|期间|之前|之后|过去|未来|届时|同期)$/u;
/** A count: starts with a digit or numeral (3, 两个, 一大批, 十余); 元/m is not one. */
const COUNT = /^[0-9０-９一二两三四五六七八九十百千万亿半几数多][^]*$/u;
const CODE = /[A-Za-z]/u;

/**
 * Classifies each token of a sentence. `insideFacility(i)` is true when a facility word covers token i
 * (高铁站's 站/v is no verb). A run of two or more one-character words that are not function words is
 * an abbreviation compound jieba could not read (成/自/泸, 燊/海/井): proper.
 */
export function classifyAll(tokens: Token[], insideFacility: (i: number) => boolean): Array<TokenClass> {
  const classes = tokens.map((t, i) => (insideFacility(i) ? insideClass(t) : cachedClass(t)));
  for (let i = 0; i < tokens.length;) {
    let j = i;
    while (j < tokens.length && isLoneChar(tokens[j]!, classes[j]!)) j++;
    if (j - i >= 2) classes.fill('proper', i, j);
    i = Math.max(j, i + 1);
  }
  for (let i = 1; i + 1 < tokens.length; i++) {
    // 、兴/v 川南/ns 街: a one-character verb opening a list item before a place is the name's first character
    const t = tokens[i]!;
    if (
      t.word.length === 1 &&
      t.tag === 'v' &&
      classes[i] === 'stop' &&
      !STOP_VERBS.has(t.word) &&
      classes[i - 1] === 'enum' &&
      classes[i + 1] === 'proper'
    ) {
      classes[i] = 'proper';
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    // 三/江湖, 市/四/医院: a numeral not followed by a measure or number is part of a name
    if (
      classes[i] === 'number' &&
      NUMERAL.test(tokens[i]!.word) &&
      tokens[i + 1]?.word[0] !== BIG &&
      (classes[i + 1] === 'plain' || classes[i + 1] === 'proper')
    ) {
      classes[i] = 'plain';
    }
  }
  return classes;
}

function isLoneChar(token: Token, c: TokenClass): boolean {
  return (
    token.word.length === 1 &&
    (c === 'proper' ||
      c === 'plain' ||
      (c === 'stop' && !PUNCT.test(token.word) && !STOP_VERBS.has(token.word) && !STOP_FUNCTION.has(token.word)))
  );
}

/** Classes of words outside facility words, by word and tag: report vocabulary repeats, so most lookups hit. */
const CACHE = new Map<string, TokenClass>();
const CACHE_LIMIT = 200_000;

function cachedClass(token: Token): TokenClass {
  const key = `${token.word}\u0000${token.tag}`;
  let c = CACHE.get(key);
  if (c === undefined) {
    c = classify(token, false);
    if (CACHE.size < CACHE_LIMIT) CACHE.set(key, c);
  }
  return c;
}

function insideClass(token: Token): TokenClass {
  return classify(token, true);
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
  if (insideFacility) return 'plain';
  if (PUNCT.test(word)) return 'stop';
  if (CATEGORY_COUNTS.has(word)) return 'number';
  if (ZONE_WORDS.has(word)) return 'proper';
  if (STOP_VERBS.has(word) || STOP_FUNCTION.has(word)) return 'stop';
  if (ORDINAL.test(word)) return 'plain';
  if (DIGITS.test(word) || (tag === 'm' && !CODE.test(word))) return COUNT.test(word) ? 'number' : 'plain';
  if (tag === 'q') return 'measure';
  if (tag === 't') return TIME.test(word) ? 'stop' : 'proper';
  if (PROPER_TAGS.has(tag)) return 'proper';
  if (tag.startsWith('v') && tag !== 'vn') return NAME_VERBS.has(word) ? 'plain' : 'stop';
  if (STOP_TAGS.has(tag)) return 'stop';
  return 'plain';
}
