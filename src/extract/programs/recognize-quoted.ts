import type { Candidate, Token, TokenizedSentence } from '../recognizer.js';
import { lookupSector } from '../sectors/index.js';
import {
  FIGURE_TAGS,
  NUMBERED,
  PROGRAM_AFTER,
  QUOTE_FILTERS,
  WORK_OF_ART_AFTER,
  WORK_OF_ART_BEFORE,
} from './data/quote-filters.js';
import type { QuoteSpan } from './find-quotes.js';
import { CLAUSE_BREAKS, isClauseBreak } from './name-span.js';
import { NAMED_PROGRAMS } from './recognize-named.js';
import { suffixHits } from './recognize-suffixed.js';

/** Most characters between a closing mark and the programme word that completes the name (“一网通办”三年行动). */
const MAX_TAIL_CHARS = 12;
/** A plan period is no name by itself: “十四五”规划, “八五”普法 are named with what follows. */
const PLAN_PERIOD = /^[一二三四五六七八九十]{1,3}五$/;
/** Titles of reports, speeches and periodicals are no programmes (《政府工作报告》, 《人民日报》). */
const NOT_PLAN_TITLE = /(报告|讲话|日报|晚报|杂志|周刊)$/;
/** What a plan period names with it: “十四五”规划, “八五”普法. */
const PLAN_WORDS = new Set(['规划', '普法', '纲要', '计划']);
/** Words that start a new item rather than continue the name (“厕所革命”和农村生活污水示范工程). */
const NOT_CONTINUING = /^[和及与或等、]/;

/** A quoted sector, or a sum of sectors, is no programme (“人工智能”, “电商+直播”, “文化+旅游”). */
function isSectorFormula(inner: string): boolean {
  return inner.split(/[+＋、]/).every((p) => lookupSector(p) !== undefined);
}

/** The id of the filter that says this quote is not a programme, if any. */
export function quoteFilter(inner: string, after: string, before = ''): string | undefined {
  return QUOTE_FILTERS.find(
    (f) => (f.inner?.test(inner) ?? true) && (f.after?.test(after) ?? true) && (f.before?.test(before) ?? true),
  )?.id;
}

const named = new Set(NAMED_PROGRAMS);

/** A title that names a report, a periodical or a work of art (花鼓戏《情怀》获奖), not a plan. */
function isNoPlanTitle(text: string, quote: QuoteSpan): boolean {
  return (
    NOT_PLAN_TITLE.test(quote.inner) ||
    WORK_OF_ART_BEFORE.test(text.slice(Math.max(0, quote.open - 4), quote.open)) ||
    WORK_OF_ART_AFTER.test(text.slice(quote.close + 1, quote.close + 4))
  );
}

/** A quote holding one everyday dictionary word is a figure of speech (“牛鼻子”, “紧日子”), unless numbered or named. */
function isFigure(sentence: TokenizedSentence, quote: QuoteSpan, after: string): boolean {
  if (NUMBERED.test(quote.inner) || named.has(quote.inner) || PROGRAM_AFTER.test(after)) return false;
  const from = sentence.start + quote.open + 1;
  const to = sentence.start + quote.close;
  // The one token inside, if there is exactly one (a loop, not a filtered copy of the tokens per quote).
  let only: Token | undefined;
  for (const t of sentence.tokens) {
    if (t.start < from || t.end > to) continue;
    if (only) return false;
    only = t;
  }
  return only !== undefined && only.word === quote.inner && FIGURE_TAGS.has(only.tag);
}

/** The clause text right before the opening mark (up to 12 characters, from the last break), found by a scan back: no pattern is built per quote. */
function clauseBefore(text: string, to: number): string {
  const from = Math.max(0, to - 12);
  let at = to;
  while (at > from && !isClauseBreak(text.charCodeAt(at - 1))) at--;
  return text.slice(at, to);
}

/** The clause text right after the closing mark (up to the next break). */
function clauseAfter(text: string, from: number): string {
  const window = text.slice(from, from + MAX_TAIL_CHARS + 8);
  const breakAt = window.search(CLAUSE_BREAKS);
  return breakAt < 0 ? window : window.slice(0, breakAt);
}

/** How far a programme word right after the mark extends the span (“天府良机”计划, “一网通办”三年行动). */
function tailEnd(after: string): number | undefined {
  if (NOT_CONTINUING.test(after)) return undefined;
  const hit = suffixHits(after).find((h) => h.index <= MAX_TAIL_CHARS);
  return hit ? hit.index + hit.suffix.length : undefined;
}

function candidate(sentence: TokenizedSentence, quote: QuoteSpan): Candidate | undefined {
  const text = sentence.text;
  const after = clauseAfter(text, quote.close + 1);
  if (quote.rule === 'program.quoted' && PLAN_PERIOD.test(quote.inner)) {
    const word = sentence.tokens.find((t) => t.start === sentence.start + quote.close + 1);
    const firstWord = word && PLAN_WORDS.has(word.word) ? word.word.length : 0;
    const tail = after.length > 0 && !NOT_CONTINUING.test(after) ? (tailEnd(after) ?? firstWord) : 0;
    if (tail === 0) return undefined;
    const surface = text.slice(quote.open, quote.close + 1 + tail);
    const name = quote.inner + after.slice(0, tail);
    return {
      type: 'Program',
      name,
      start: sentence.start + quote.open,
      end: sentence.start + quote.open + surface.length,
      surface,
      rule: 'program.quoted.period',
    };
  }
  const tail = quote.rule === 'program.quoted' ? tailEnd(after) : undefined;
  // a programme word after the mark makes it one (水电气“零成本”接入改革): the filters do not apply
  // 《…》 names a document: always a name; quoted words pass the filters unless a programme word follows
  const filtered =
    quote.rule === 'program.quoted' &&
    tail === undefined &&
    quoteFilter(quote.inner, text.slice(quote.close + 1, quote.close + 6), clauseBefore(text, quote.open));
  if (filtered || (quote.rule === 'program.title' && isNoPlanTitle(text, quote))) return undefined;
  if (quote.rule === 'program.quoted' && tail === undefined && isSectorFormula(quote.inner)) return undefined;
  if (quote.rule === 'program.quoted' && tail === undefined && isFigure(sentence, quote, after)) return undefined;
  // “天府良机”计划 → 天府良机: the quoted words are the name, what follows says its kind
  const end = quote.close + 1 + (tail ?? 0);
  const surface = text.slice(quote.open, end);
  return {
    type: 'Program',
    name: quote.inner,
    start: sentence.start + quote.open,
    end: sentence.start + end,
    surface,
    rule: quote.rule,
  };
}

/** Programmes named in quotation or book-title marks. */
export function recognizeQuoted(sentence: TokenizedSentence, quotes: readonly QuoteSpan[]): Candidate[] {
  const out: Candidate[] = [];
  for (const quote of quotes) {
    const c = candidate(sentence, quote);
    if (c) out.push(c);
  }
  return out;
}
