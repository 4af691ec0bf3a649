import type { Token } from '../recognizer.js';
import { NAME_VERBS, STOP_FUNCTION, STOP_VERBS } from './data/boundaries.js';
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
]);
const PUNCT = /^[\p{P}\p{S}\s]+$/u;
const ORDINAL = /^第[一二三四五六七八九十百0-9]+$/u;
const DIGITS = /^[0-9０-９.％%]+$/u;
const NUMERAL = /^[一二两三四五六七八九十百千万亿半几数多]+$/u;
const TIME = /(?:年|月|日|季度|期间|以来|之前|之后|目前|当前|今后|近年)$/u;
const CODE = /[A-Za-z]/u;

/**
 * Classifies each token of a sentence. `insideFacility(i)` is true when a facility word covers token i
 * (高铁站's 站/v is no verb). A run of two or more one-character words that are not function words is
 * an abbreviation compound jieba could not read (成/自/泸, 燊/海/井): proper.
 */
export function classifyAll(tokens: Token[], insideFacility: (i: number) => boolean): Array<TokenClass> {
  const classes = tokens.map((t, i) => classify(t, insideFacility(i)));
  for (let i = 0; i < tokens.length;) {
    let j = i;
    while (j < tokens.length && isLoneChar(tokens[j]!, classes[j]!)) j++;
    if (j - i >= 2) classes.fill('proper', i, j);
    i = Math.max(j, i + 1);
  }
  for (let i = 0; i < tokens.length; i++) {
    // 三/江湖, 市/四/医院: a numeral not followed by a measure or number is part of a name
    if (
      classes[i] === 'number' &&
      NUMERAL.test(tokens[i]!.word) &&
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

function classify(token: Token, insideFacility: boolean): TokenClass {
  const { word, tag } = token;
  if (word === '、') return 'enum';
  if (word === '与') return 'and';
  if (word === '(' || word === '（') return 'open';
  if (word === ')' || word === '）') return 'close';
  if (word === '“' || word === '‘' || word === '"') return 'quote-open';
  if (word === '”' || word === '’') return 'quote-close';
  if (CONNECTORS.has(word)) return 'connector';
  if (insideFacility) return 'plain';
  if (PUNCT.test(word)) return 'stop';
  if (STOP_VERBS.has(word) || STOP_FUNCTION.has(word)) return 'stop';
  if (ORDINAL.test(word)) return 'plain';
  if (DIGITS.test(word) || (tag === 'm' && !CODE.test(word)))
    return NUMERAL.test(word) || DIGITS.test(word) ? 'number' : 'plain';
  if (tag === 'q') return 'measure';
  if (tag === 't') return TIME.test(word) || /\d/u.test(word) ? 'stop' : 'plain';
  if (PROPER_TAGS.has(tag)) return 'proper';
  if (tag.startsWith('v') && tag !== 'vn') return NAME_VERBS.has(word) ? 'plain' : 'stop';
  if (STOP_TAGS.has(tag)) return 'stop';
  return 'plain';
}
