import { getGazetteer } from '../places/index.js';
import type { Token, TokenizedSentence } from '../recognizer.js';
import { CLAUSE_OPENERS, NAME_PREFIX_MODIFIERS, OBJECT_VERBS } from './data/clause-words.js';
import { MAX_NAME_CHARS } from './data/program-markers.js';
import { charFlags } from '../../text/index.js';
import { skipSplitVerbs, splitVerbAt, tokenAt } from '../split-verb.js';

const objectVerbs = new Set(OBJECT_VERBS);
const clauseOpeners = new Set(CLAUSE_OPENERS);
const prefixModifiers = new Set(NAME_PREFIX_MODIFIERS);
/** A full administrative name at the front of a span is where, not what: 富顺县|美丽四川建设先行试点培育县. */
const ADMIN_PLACE = /^[\u4e00-\u9fff]{1,8}(省|市|县|区|镇|乡)$/;
/** jieba tags a county name as a place, a person or a proper noun (富顺县/nr). */
const PLACE_TAGS = new Set(['ns', 'nr', 'nz']);
const ADMIN_UNITS = new Set(['省', '市', '县', '区', '镇', '乡']);
/** Words shaped like place names that are common nouns (城市|一刻钟便民生活圈试点). */
const NOT_PLACES = new Set([
  '城市',
  '都市',
  '城区',
  '市区',
  '县城',
  '新区',
  '园区',
  '社区',
  '乡镇',
  '城镇',
  '辖区',
  '景区',
  '街区',
  '片区',
  '湾区',
  '山区',
  '老区',
  '库区',
  '城乡',
]);

/** A token naming a place: tagged so, or a gazetteer name that is not an everyday word. */
function isPlaceWord(token: Token): boolean {
  if (NOT_PLACES.has(token.word)) return false;
  const gazetteer = getGazetteer();
  return token.tag === 'ns' || (gazetteer.byName.has(token.word) && !gazetteer.commonWords.has(token.word));
}

/** The complement of a verb cut off it (做|好, 抓|好); 强 and 优 start names (强省会行动), so only 好. */
const COMPLEMENTS = new Set(['好']);

const VERB_TAGS = new Set(['d', 'ad', 'vd']);
const JOINING = new Set(['和', '及', '并', '并且', '同时']);
/** Prepositions, conjunctions and aspect particles end a clause's lead-in… */
const FUNCTION_TAGS = new Set(['p', 'c', 'ul', 'uz', 'ug', 'uv']);
/** …except the ones names use (综合治理与可持续发展试点, 宜居宜业和美乡村, 三医联动暨…). */
const INSIDE_NAMES = new Set(['与', '和', '暨', '及', '或', '同', '对', '为', '以']);

/** Characters that end a clause or enclose a quotation: a name never crosses them. */
export const CLAUSE_BREAKS = /[，,。；;：:！!？?、“”"《》「」\s]/;
/** CLAUSE_BREAKS as flags by code unit (the pattern reads one code unit), for the scan back from a name's end. */
const BREAKS = charFlags(
  Array.from({ length: 0x10000 }, (_, c) => c).filter((c) => CLAUSE_BREAKS.test(String.fromCharCode(c))),
);
/** True when the UTF-16 code unit is one of CLAUSE_BREAKS. */
export const isClauseBreak = (code: number): boolean => BREAKS[code] === 1;
/** A section number before the text ((四)打好…) ends a clause too. */
const SECTION_NUMBER = /[（(][一二三四五六七八九十\d]{1,3}[）)]$/;
const CLOSE_PAREN = ')'.charCodeAt(0);
const CLOSE_FULL_PAREN = '）'.charCodeAt(0);

/** Offset (in document text) after the last clause break before `pos`, no further back than `maxChars`. */
export function clauseFloor(sentence: TokenizedSentence, pos: number, maxChars = MAX_NAME_CHARS): number {
  const limit = Math.max(sentence.start, pos - maxChars);
  for (let i = pos - 1; i >= limit; i--) {
    const c = sentence.text.charCodeAt(i - sentence.start);
    if (isClauseBreak(c)) return i + 1;
    // A section number ends in a closing bracket: only there can the pattern match.
    if (c !== CLOSE_PAREN && c !== CLOSE_FULL_PAREN) continue;
    if (SECTION_NUMBER.test(sentence.text.slice(Math.max(0, i - sentence.start - 5), i - sentence.start + 1)))
      return i + 1;
  }
  return limit;
}

/** Where a verb in this token ends, if the token is or ends with one (全面落实 → after 落实; 等国 → after 等). */
function verbEnd(token: Token): number | undefined {
  // pronouns and function words open a clause (我市|发展改革, 只有|朝着|改革, 了|创新型省份…)
  if (
    objectVerbs.has(token.word) ||
    token.tag === 'r' ||
    (FUNCTION_TAGS.has(token.tag) && !INSIDE_NAMES.has(token.word))
  ) {
    return token.end;
  }
  if (token.word.startsWith('等') && token.word.length > 1) return token.start + 1;
  if (token.word.endsWith('等') && token.word.length > 1) return token.end;
  if (token.word.length > 4) return undefined;
  for (let cut = 1; cut < token.word.length - 1; cut++) {
    if (objectVerbs.has(token.word.slice(cut))) return token.end;
  }
  // jieba glues a verb to the next word (用好跨境|贸易…): 用好|跨境
  if (token.word.length >= 3 && objectVerbs.has(token.word.slice(0, 2))) return token.start + 2;
  return undefined;
}

/** A place name standing as a clause's subject: first in the clause or after a conjunction (…和|于都|深化…). */
function isSubjectPlace(inside: readonly Token[], i: number): boolean {
  const token = inside[i];
  if (!token || !isPlaceWord(token)) return false;
  const before = inside[i - 1];
  // 支持|烟台|建设…: the object of one verb and the subject of the next
  return !before || JOINING.has(before.word) || FUNCTION_TAGS.has(before.tag) || objectVerbs.has(before.word);
}

/**
 * After a function word, a conjunction or a place as subject, an opener starts a new clause
 * (…体系上|深化改革, 扩大内需和|深化…, 和于都|深化商事制度改革, 烟台|建设…示范城市).
 */
function opensClause(inside: readonly Token[], i: number): boolean {
  const before = inside[i - 1];
  if (!clauseOpeners.has(inside[i]!.word) || !before) return false;
  if (JOINING.has(before.word) || isSubjectPlace(inside, i - 1)) return true;
  return (FUNCTION_TAGS.has(before.tag) && !INSIDE_NAMES.has(before.word)) || before.tag === 'f' || before.tag === 'd';
}

/**
 * Where a name ending before `end` starts: after the last verb that takes it as object
 * (实施|乡村建设行动), then past the adverbs and modifiers that are not part of it (持续|深化|,
 * 新一轮), and past a leading administrative place name. Tokens give the word boundaries.
 */
export function nameStart(sentence: TokenizedSentence, end: number): number {
  const floor = clauseFloor(sentence, end);
  const inside = sentence.tokens.filter((t) => t.start >= floor && t.end <= end);
  let start = floor;
  for (let i = inside.length - 1; i >= 0; i--) {
    if (opensClause(inside, i)) {
      start = inside[i]!.end;
      break;
    }
    // a verb and its complement cut in two (做|好|…试点): the name starts after the complement
    if (COMPLEMENTS.has(inside[i]!.word) && inside[i - 1]?.tag === 'v') {
      start = inside[i]!.end;
      break;
    }
    const cut = verbEnd(inside[i]!);
    if (cut !== undefined) {
      start = cut;
      break;
    }
  }
  for (let i = 0; i < inside.length; i++) {
    const token = inside[i]!;
    if (token.start < start) continue;
    if (token.start !== start) break;
    // an adverb opening the span is not part of the name (坚定不移|深化…)
    const governing = VERB_TAGS.has(token.tag) && end - token.end >= 4;
    const skippable = prefixModifiers.has(token.word) || clauseOpeners.has(token.word) || governing;
    if (skippable) {
      start = token.end;
      continue;
    }
    // 富顺县 or 富顺|县 before the name
    const unit = inside[i + 1];
    const whole =
      PLACE_TAGS.has(token.tag) && ADMIN_PLACE.test(token.word) && !NOT_PLACES.has(token.word) ? token : undefined;
    const split = PLACE_TAGS.has(token.tag) && unit && ADMIN_UNITS.has(unit.word) ? unit : undefined;
    const place = whole ?? split;
    if (!place || place.end >= end) break;
    start = place.end;
    if (split) i++;
  }
  return pastSplitVerbs(sentence, start, end);
}

/** Past verbs the tokens split or glued on (实|施工|业倍增计划 → 工业倍增计划, 开|展开|放…行动). */
function pastSplitVerbs(sentence: TokenizedSentence, start: number, end: number): number {
  const { tokens, text } = sentence;
  const lengthAt = (at: number, i: number) => splitVerbAt(text, sentence.start, tokens, i, at, end, objectVerbs);
  return skipSplitVerbs(tokens, start, tokenAt(tokens, start, 0), lengthAt).at;
}
