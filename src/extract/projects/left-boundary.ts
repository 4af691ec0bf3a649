import type { Token } from '../recognizer.js';
import { GENERIC_LEADING, STOP_VERBS } from './data/boundaries.js';
import type { TokenClass } from './token-class.js';

/** Why the walk stopped: a count or 一批 before the name makes it a category (建设7个…项目). */
export type StopReason = 'stop' | 'number' | 'enum' | 'start' | 'length';

/** Where a name starts: index of its first token, and what lies to its left. */
export interface LeftEdge {
  first: number;
  reason: StopReason;
  /** When jieba glued a function character to the name's first word (以市|行政…, 为省|…), where the name starts. */
  cut?: number;
}

/** Function characters jieba's unknown-word guesser glues onto a neighbour (以市, 为省, 延等). */
const GLUE_LEAD = new Set([...'以为在将把从被等并的及']);
const GLUE_TAIL = new Set([...'等和及与的']);
const DIVISION_CHARS = new Set([...'市省县区镇乡村州']);

/** Length of a verb or function word jieba glued to the front of an unknown word (建成市 → 2, 以市 → 1), else 0. */
function gluedVerb(word: string): number {
  for (let n = Math.min(4, word.length - 1); n >= 2; n--) if (STOP_VERBS.has(word.slice(0, n))) return n;
  return GLUE_LEAD.has(word[0]!) ? 1 : 0;
}

/** Longest name reports write (西南科技大学固体废物污染控制与循环利用教育部重点实验室 is 27). */
const MAX_CHARS = 34;

/**
 * Walks left from the token before the facility word over tokens that may sit inside a name: places,
 * proper and plain nouns, endpoint connectors, whole bracketed or quoted parts. Stops at verbs,
 * particles, punctuation and counts. `endsName(i)` says a facility word ends at token i. `first` may equal `from + 1` (nothing taken).
 */
export function leftEdge(
  tokens: Token[],
  classes: TokenClass[],
  from: number,
  end: number,
  endsName: (i: number) => boolean,
): LeftEdge {
  let i = from;
  while (i >= 0) {
    if (end - tokens[i]!.start > MAX_CHARS) return { first: i + 1, reason: 'length' };
    const c = classes[i]!;
    if (c === 'close' || c === 'quote-close') {
      const open = matchingOpen(classes, i, c === 'close' ? 'open' : 'quote-open');
      if (open < 0 || tokens[i]!.start - tokens[open]!.end > 20) return { first: i + 1, reason: 'stop' };
      i = open - 1;
      continue;
    }
    if (c === 'proper' || c === 'plain') {
      const word = tokens[i]!.word;
      if (c === 'proper' && word.length >= 2 && GLUE_TAIL.has(word.at(-1)!)) return { first: i + 1, reason: 'stop' };
      const glued = c === 'proper' && word.length >= 2 ? gluedVerb(word) : 0;
      if (glued > 0) {
        // 建成市/x → 市…; a one-character rest that is no division word (建强/x) goes whole
        const rest = word.slice(glued);
        if (rest.length === 1 && !DIVISION_CHARS.has(rest)) return { first: i + 1, reason: 'stop' };
        return { first: i, reason: 'stop', cut: tokens[i]!.start + glued };
      }
      i--;
      continue;
    }
    if (c === 'and' && i > 0 && i < from && classes[i - 1] === 'plain' && !endsName(i - 1)) {
      i--; // 工程材料与结构冲击振动实验室; but 环境友好能源材料实验室与… ends a name before 与
      continue;
    }
    if (c === 'connector' && i > 0 && i < from && isNamePart(classes[i - 1]!)) {
      i--;
      continue;
    }
    if (c === 'measure' && !(i > 0 && classes[i - 1] === 'number')) {
      i--; // 毛/nr 家/q 坝/n: a measure word not after a number is part of a name
      continue;
    }
    if (facesAbroad(tokens, i, from)) {
      i--; // 对|外文|化贸易基地, 对|俄|出口加工基地: 对外 and 对俄 are the name's
      continue;
    }
    const reason: StopReason = c === 'number' || c === 'measure' ? 'number' : c === 'enum' ? 'enum' : 'stop';
    return { first: i + 1, reason };
  }
  return { first: 0, reason: 'start' };
}

/** 对 before 外… or a one-character country abbreviation (俄/j): "facing abroad", inside a name. */
function facesAbroad(tokens: Token[], i: number, from: number): boolean {
  const next = tokens[i + 1];
  if (tokens[i]!.word !== '对' || i >= from || !next) return false;
  return next.word.startsWith('外') || (next.word.length === 1 && next.tag === 'j');
}

function isNamePart(c: TokenClass): boolean {
  return c === 'proper' || c === 'plain' || c === 'close' || c === 'quote-close';
}

function matchingOpen(classes: TokenClass[], close: number, open: TokenClass): number {
  for (let j = close - 1; j >= 0; j--) {
    if (classes[j] === open) return j;
    if (classes[j] === 'enum') return -1; // “国际邮件、国际快件”: a quoted list is no part of a name
    if (classes[j] === 'stop' && j < close - 8) return -1;
  }
  return -1;
}

/**
 * Drops generic leading words (重点, 全市, 一流) so 推进重点水利工程 leaves 水利工程 to be judged, and a
 * leading parenthesis, which glosses what came before ((一批、二批)项目, 县(区)融媒体中心).
 */
export function trimGeneric(tokens: Token[], classes: TokenClass[], first: number, last: number): number {
  let i = first;
  for (;;) {
    if (i < last && GENERIC_LEADING.has(tokens[i]!.word)) i++;
    else if (i < last && classes[i] === 'open') {
      const close = classes.indexOf('close', i);
      if (close < 0 || close >= last) return i;
      i = close + 1;
    } else return i;
  }
}
