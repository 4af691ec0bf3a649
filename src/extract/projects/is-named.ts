import type { Token } from '../recognizer.js';
import { GENERIC_MODIFIERS } from './data/boundaries.js';
import { CONCRETE_KINDS, type Facility } from './data/facilities.js';
import { isFacilityWord } from './facility-index.js';
import type { TokenClass } from './token-class.js';

/** Characters of specific (non-generic) words a modifier needs to name a `head` facility by itself. */
const MIN_SPECIFIC_CHARS = 3;
/** …and for kinds that nearly always follow a proper name (石门|水库, 双柳|大桥). */
const MIN_SPECIFIC_CONCRETE = 2;
const CODE = /[A-Za-z0-9]/u;
const MAX_GENERIC = 4;

/** Whether a word is made only of generic modifiers (技术创新 = 技术 + 创新), so says nothing specific. */
export function isGenericText(word: string): boolean {
  if (GENERIC_MODIFIERS.has(word)) return true;
  const known = GENERIC_CACHE.get(word);
  if (known !== undefined) return known;
  const generic = composedOfGeneric(word);
  if (GENERIC_CACHE.size < 50_000) GENERIC_CACHE.set(word, generic);
  return generic;
}

const GENERIC_CACHE = new Map<string, boolean>();

function composedOfGeneric(word: string): boolean {
  const ok = new Uint8Array(word.length + 1);
  ok[0] = 1;
  for (let end = 1; end <= word.length; end++) {
    for (let len = 1; len <= MAX_GENERIC && len <= end && !ok[end]; len++) {
      if (ok[end - len] && GENERIC_MODIFIERS.has(word.slice(end - len, end))) ok[end] = 1;
    }
  }
  return ok[word.length] === 1;
}

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
  let facilityChars = 0;
  let otherWords = 0;
  for (let i = first; i < last; i++) {
    const c = classes[i]!;
    const word = tokens[i]!.word;
    if (isGenericText(word)) {
      otherWords++; // jieba tags some common words ns (城市, 创新); 技术创新/l is two
      continue;
    }
    if (c === 'plain' && isFacilityWord(word)) {
      facilityChars += word.length; // 机场|铁路: facility words alone name nothing; 创业大道|南延线 does
      continue;
    }
    otherWords++;
    if (c === 'proper' || c === 'open' || c === 'quote-open' || c === 'connector' || CODE.test(word)) return true;
    specific += word.length;
  }
  // 科技物流产业园|铁路专用线: a facility word after its own modifiers is a named part; 机场|铁路, 民用机场|通道 are not
  if (otherWords >= 2 || extraSpecific > 0 || specific > 0) specific += facilityChars;
  const min = CONCRETE_KINDS.has(facility.kind) ? MIN_SPECIFIC_CONCRETE : MIN_SPECIFIC_CHARS;
  return facility.strength === 'head' && specific >= min;
}
