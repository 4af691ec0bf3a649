import { charFlags } from '../../text/index.js';
import type { Token } from '../recognizer.js';
import { STOP_FUNCTION, STOP_VERBS } from './data/boundaries.js';
import { cachedClass, insideClass, PUNCT, type TokenClass } from './token-class.js';

const NEW = '新';
/** 三大, 五大: "the N big …" counts a category even before a noun. */
const BIG = '大';
const NUMERAL = /^[一二两三四五六七八九十百千万亿半几数多]+$/u;
// Two words are joined (a new string, hashed) only when they could spell a function word: one per token pair otherwise.
const STOP_FIRSTS = charFlags([...STOP_FUNCTION].map((w) => w.charCodeAt(0)));
const STOP_LONGEST = Math.max(...[...STOP_FUNCTION].map((w) => w.length));
const isStopPair = (a: string, b: string): boolean =>
  a.length + b.length <= STOP_LONGEST && STOP_FIRSTS[a.charCodeAt(0)] === 1 && STOP_FUNCTION.has(a + b);

/**
 * Classifies each token of a sentence. `insideFacility(i)` is true when a facility word covers token i
 * (高铁站's 站/v is no verb). A run of two or more one-character words that are not function words is
 * an abbreviation compound jieba could not read (成/自/泸, 燊/海/井): proper.
 */
export function classifyAll(tokens: Token[], insideFacility: (i: number) => boolean): Array<TokenClass> {
  const inside = tokens.map((_, i) => insideFacility(i));
  const classes = tokens.map((t, i) => (inside[i] ? insideClass(t) : cachedClass(t)));
  for (let i = 0; i < tokens.length;) {
    let j = i;
    while (j < tokens.length && !inside[j] && isLoneChar(tokens[j]!, classes[j]!)) j++;
    if (j - i >= 2) classes.fill('proper', i, j);
    i = Math.max(j, i + 1);
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    // 新/a 唐街: "new" before a proper name is the verb's, not the name's (新材料 stays)
    if (tokens[i]!.word === NEW && classes[i + 1] === 'proper' && tokens[i + 1]!.word.length > 1) classes[i] = 'stop';
  }
  for (let i = 1; i < tokens.length; i++) {
    // 重点/工程 split by jieba is still the appositive 重点工程
    if (isStopPair(tokens[i - 1]!.word, tokens[i]!.word)) classes.fill('stop', i - 1, i + 1);
  }
  for (let i = 1; i + 1 < tokens.length; i++) {
    // 阿尔塔/nrt 什/r 水利枢纽: a one-character word tagged as a function word between name parts is a name character
    const t = tokens[i]!;
    if (
      t.word.length === 1 &&
      !t.tag.startsWith('v') &&
      classes[i] === 'stop' &&
      classes[i - 1] === 'proper' &&
      !PUNCT.test(t.word) &&
      !STOP_VERBS.has(t.word) &&
      !STOP_FUNCTION.has(t.word) &&
      (classes[i + 1] === 'plain' || classes[i + 1] === 'proper') &&
      inside[i + 1]
    ) {
      classes[i] = 'plain';
    }
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
