import type { Candidate, Token, TokenizedSentence } from '../recognizer.js';
import { GENERIC_CONTENT } from './data/clause-words.js';
import { FACILITY_HEADS, PROGRAM_SUFFIXES, type ProgramSuffix } from './data/program-markers.js';
import type { QuoteSpan } from './find-quotes.js';
import { nameStart } from './name-span.js';
import { charFlags } from '../../text/index.js';
import { wholeToken } from '../whole-token.js';

const bySuffix = new Map(PROGRAM_SUFFIXES.map((s) => [s.suffix, s]));
// suffixes by first UTF-16 code unit, longest first: every position is tried, so 建设示范 does not hide
// 示范县 (…建设示范县)
const byFirstChar = new Map<number, string[]>();
for (const suffix of [...bySuffix.keys()].sort((a, b) => b.length - a.length)) {
  const list = byFirstChar.get(suffix.charCodeAt(0)) ?? [];
  list.push(suffix);
  byFirstChar.set(suffix.charCodeAt(0), list);
}

const FIRSTS = charFlags(byFirstChar.keys());

/** The first of `suffixes` (longest first) written at `index`; a plain loop, as it runs at every character. */
function suffixAt(text: string, index: number, suffixes: readonly string[] | undefined): string | undefined {
  if (suffixes === undefined) return undefined;
  for (const s of suffixes) if (text.startsWith(s, index)) return s;
  return undefined;
}
/** Levels written before a title: 国家|全域旅游示范区, 省级|乡村水务试点, 省级以上|改革试点. The name is kept without them. */
const LEVEL =
  /^(首批|第[一二三四五六七八九十0-9]+批)?(国家级|国家|全国|国省级|国省|省级|全省|省|市级|全市|县级)?(以上|以下)?(?=[\u4e00-\u9fff]{2})/;
const generic = new Set(GENERIC_CONTENT);
/** A count inside the span makes it a tally, not a name (364个美丽圩镇示范项目, 三项试点, 24条重点河涌, 三十年|试点). */
const COUNTED =
  /([0-9０-９]+|[一二两三四五六七八九十几数多首]+)(个|条|项|家|所|座|处|千伏|种)|[0-9０-９]+(批|类|万|亿)|^[0-9０-９]|^[一二两三四五六七八九十百]+年$/;
const CLOSING_QUOTES = new Set(['”', '》', '」', '"']);
/** Tags of words that describe with 的 (承诺的, 重要的, 重点的) rather than name (数字化的经济). */
const ADVERB_TAGS = new Set(['d', 'ad']);
/** Comparatives before the suffix make a phrase (赋予自贸试验区|更大|改革自主权). */
const COMPARATIVES = new Set(['更大', '更多', '更高', '更好', '更深', '更宽', '更广']);
const DESCRIBING_TAGS = new Set(['v', 'a', 'ad', 'd', 'f', 'm', 'r', 'b']);

// Plain loops over offsets, no slices nor closures: they run at every suffix written in a document.
/** True when one of `words` (of at most 6 characters) is written at `at`. */
function wordAt(text: string, at: number, words: readonly string[]): boolean {
  for (const w of words) if (w.length <= 6 && text.startsWith(w, at)) return true;
  return false;
}
/** True when one of `words` (of at most 2 characters) is written just before `at`. */
function wordBefore(text: string, at: number, words: readonly string[]): boolean {
  for (const w of words) if (w.length <= 2 && text.endsWith(w, at)) return true;
  return false;
}

/** Where each programme suffix ends in the sentence, with the suffix found there. */
export function suffixHits(text: string): { index: number; suffix: string; rule: ProgramSuffix }[] {
  const hits: { index: number; suffix: string; rule: ProgramSuffix }[] = [];
  for (let index = 0; index < text.length; index++) {
    if (FIRSTS[text.charCodeAt(index)] === 0) continue;
    const suffix = suffixAt(text, index, byFirstChar.get(text.charCodeAt(index)));
    if (!suffix) continue;
    const rule = bySuffix.get(suffix)!;
    const end = index + suffix.length;
    if (rule.notBefore && wordAt(text, end, rule.notBefore)) continue;
    if (wordAt(text, end, FACILITY_HEADS)) continue;
    if (rule.notAfter && wordBefore(text, index, rule.notAfter)) continue;
    hits.push({ index, suffix, rule });
  }
  return hits;
}

/** Tags of a word that describes or acts rather than names: 适当|改革, 主要|工程, 降低|工程, 控制|计划. */
const DESCRIBING_ONLY_TAGS = new Set(['a', 'ad', 'b', 'd', 'v', 'vd', 'r', 'm']);

/** Suffixes that read as plain nouns after a verb or adjective (控制|计划, 适当|改革); 脱贫|攻坚战, 找矿|行动 name. */
const BARE_NOUN_SUFFIXES = new Set(['改革', '工程', '计划', '战略', '方案']);

/** The words before the suffix are one describing word (适当改革, 处置工程). */
function describesOnly(sentence: TokenizedSentence, from: number, to: number): boolean {
  const t = wholeToken(sentence, from, to);
  return t !== undefined && DESCRIBING_ONLY_TAGS.has(t.tag);
}

/** True when the words before the suffix name something (乡村建设) rather than describe (重点领域, 三年). */
export function isSpecificContent(content: string): boolean {
  if (!hasTwoHan(content)) return false;
  if (generic.has(content)) return false;
  if (COUNTED.test(content)) return false;
  return !/^[的和及与或等之]|[的和及与或]$/.test(content);
}

/** At least two CJK characters (U+4E00–U+9FFF), counted without building an array of matches. */
function hasTwoHan(text: string): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff && ++n === 2) return true;
  }
  return false;
}

/** Two names joined by 和 or 及 (服务业赋能融合计划和提档升级行动): the second starts after the joint. */
function afterPreviousName(sentence: TokenizedSentence, start: number, suffixStart: number): number {
  const span = sentence.text.slice(start - sentence.start, suffixStart - sentence.start);
  let cut = start;
  if (!span.includes('和') && !span.includes('及')) return cut;
  for (const m of span.matchAll(/[和及]/g)) {
    if (suffixHits(span.slice(0, m.index)).some((h) => h.index + h.suffix.length === m.index))
      cut = start + m.index + 1;
  }
  return cut;
}

/**
 * A name after a described 的 stands alone when what follows names something (年初承诺的|民生实事
 * 工程); 数字化的经济… keeps its 的 (a noun before it). 国防和军队改革 keeps its 和: one reform of two things.
 */
function afterJoint(sentence: TokenizedSentence, start: number, suffixStart: number): number {
  let cut = start;
  for (let i = 0; i < sentence.tokens.length; i++) {
    const t = sentence.tokens[i]!;
    if (t.start < start || t.end > suffixStart) continue;
    const before = sentence.tokens[i - 1];
    if (t.word !== '的' || before === undefined) continue;
    // …or a generic describer (重点的, 多种形式的): what it describes may stand alone
    const describer = sentence.text.slice(start - sentence.start, t.start - sentence.start);
    const genericDescriber = !DESCRIBING_TAGS.has(before.tag);
    if (genericDescriber && isSpecificContent(describer)) continue;
    const rest = sentence.text.slice(t.end - sentence.start, suffixStart - sentence.start);
    // after a generic describer the rest must name on its own (农村经济|改革, not 投资|计划)
    if (isSpecificContent(rest) && (!genericDescriber || rest.length >= 4)) cut = t.end;
  }
  return cut;
}

/**
 * Unquoted names ending in a programme word: 乡村建设行动, 全域土地综合整治试点, 国家全域旅游示范区.
 * A span that starts right after a closing quote belongs to the quoted recogniser.
 */
export function recognizeSuffixed(sentence: TokenizedSentence, quoted: readonly QuoteSpan[]): Candidate[] {
  const out: Candidate[] = [];
  for (const hit of suffixHits(sentence.text)) {
    if (quoted.some((q) => q.open < hit.index && hit.index < q.close)) continue;
    const suffixStart = sentence.start + hit.index;
    const end = suffixStart + hit.suffix.length;
    const start = afterJoint(
      sentence,
      afterPreviousName(sentence, nameStart(sentence, suffixStart), suffixStart),
      suffixStart,
    );
    if (CLOSING_QUOTES.has(sentence.text[start - sentence.start - 1] ?? '')) continue;
    const surface = sentence.text.slice(start - sentence.start, end - sentence.start);
    // a standalone title keeps its level (全国文明城市); other names lose it (省级|乡村水务试点)
    const name = hit.rule.standalone ? surface : surface.replace(LEVEL, '');
    if (hit.rule.notContaining?.test(name)) continue;
    // a locative, an adverb or a comparative before the suffix makes it a phrase (在思想上政治上|行动, 果断|行动, 更大|改革)
    const phrase = (t: Token) =>
      t.tag === 'f' || (hit.suffix === '行动' && ADVERB_TAGS.has(t.tag)) || COMPARATIVES.has(t.word);
    if (sentence.tokens.some((t) => t.end === suffixStart && t.start >= start && phrase(t))) continue;
    const content = name.slice(0, name.length - hit.suffix.length);
    if (!hit.rule.standalone && !isSpecificContent(content)) continue;
    if (
      !hit.rule.standalone &&
      BARE_NOUN_SUFFIXES.has(hit.suffix) &&
      describesOnly(sentence, suffixStart - content.length, suffixStart)
    )
      continue;
    out.push({ type: 'Program', name, start, end, surface, rule: 'program.suffix' });
  }
  return out;
}
