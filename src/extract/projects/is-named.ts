import type { Token } from '../recognizer.js';
import { GENERIC_MODIFIERS } from './data/boundaries.js';
import type { Facility } from './data/facilities.js';
import type { TokenClass } from './token-class.js';

/** Characters of specific (non-generic) words a modifier needs to name a `head` facility by itself. */
const MIN_SPECIFIC_CHARS = 3;
const CODE = /[A-Za-z0-9]/u;

/**
 * Tells a name from a generic phrase by its modifier (the tokens before the facility word).
 * Named: the modifier holds a proper part (a place, an unknown word, a code, brackets, quotes,
 * endpoints); or, for a `head` facility, enough specific words (先进碳材料产业技术|研究院).
 * Generic: 污水处理厂, 产业园区, 城市公园, 基础设施项目.
 */
export function isNamed(
  tokens: Token[],
  classes: TokenClass[],
  first: number,
  last: number,
  facility: Facility,
  extraSpecific = 0,
): boolean {
  let specific = extraSpecific;
  for (let i = first; i < last; i++) {
    const c = classes[i]!;
    const word = tokens[i]!.word;
    if (GENERIC_MODIFIERS.has(word)) continue; // jieba tags some common words ns (城市, 创新)
    if (c === 'proper' || c === 'open' || c === 'quote-open' || c === 'connector' || CODE.test(word)) return true;
    specific += word.length;
  }
  return facility.strength === 'head' && specific >= MIN_SPECIFIC_CHARS;
}
