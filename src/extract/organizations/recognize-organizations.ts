import type { Candidate, Token, TokenizedSentence } from '../recognizer.js';
import { GENERIC_ORG_WORDS, ORG_SUFFIXES } from './data/org-markers.js';
import { parentStart } from './parent-body.js';

const bySuffix = new Map(ORG_SUFFIXES.map((s) => [s.suffix, s]));
// a lookahead finds every suffix at every position (有限公司 and 公司 both; the longer span wins later)
const suffixPattern = new RegExp(`(?=(${[...bySuffix.keys()].sort((a, b) => b.length - a.length).join('|')}))`, 'g');
const genericWords = [...GENERIC_ORG_WORDS].sort((a, b) => b.length - a.length);
/** jieba tags that end a name on the left: verbs, prepositions, conjunctions, particles, adverbs, pronouns, numbers. */
const STOP_TAGS = new Set(['v', 'p', 'c', 'u', 'uj', 'ul', 'd', 'r', 'm', 'q', 'f', 'vd', 'ud', 'uz', 'ug']);
const STOP_WORDS = new Set([
  '等',
  '与',
  '和',
  '及',
  '同',
  '跟',
  '向',
  '对',
  '在',
  '为',
  '支持',
  '推动',
  '引进',
  '依托',
  '建设',
  '打造',
  '推进',
  '组建',
  '成立',
  '设立',
  '联合',
  '携手',
  '合作',
  '共建',
  '加快',
  '新建',
  '培育',
  '发挥',
  '充分发挥',
  '建成',
  '投用',
  '晋升',
  '成功',
  '加大',
  '强化',
  '培强',
  '引育',
  '新增',
  '落户',
  '签约',
  '服务',
  '扶持',
  '鼓励',
  '壮大',
  '做强',
  '做大',
  '带动',
  '招引',
  '对接',
  '争创',
  '创建',
  '升格',
  '筹建',
  '办好',
  '办学',
  '深化',
  '总结',
  '规范',
  '解决',
  '化解',
  '有效化解',
  '以',
  '由',
  '全面解决',
  '调整',
  '完成',
  '组建成立',
  '重组',
  '整合',
  '新设',
  '新设立',
  '改扩建',
  '扩建',
  '迁建',
  '指',
]);
/** One-character complements of verbs that jieba leaves alone: 做好, 做强, 做优, 搞活, 做实, 做细. */
const COMPLEMENTS = new Set(['好', '强', '优', '活', '实', '细']);
/** An ordinal inside a name (市第一人民医院), not a count (3家医院). */
const ORDINAL = /^第[一二三四五六七八九十]+$/;
const PUNCTUATION = /^[^\u4e00-\u9fffA-Za-z0-9]+$/;
const MAX_NAME_CHARS = 16;

/** What is left of the proper part once generic words are removed (市属国有 → ''). */
export function properPart(text: string): string {
  // a count is no name: 6大企业集团, 十大集团
  let rest = text.replace(/^[0-9一二两三四五六七八九十百]+(大|家|个|所)/, '');
  for (let changed = true; changed && rest;) {
    changed = false;
    for (const w of genericWords) {
      if (rest.startsWith(w)) {
        rest = rest.slice(w.length);
        changed = true;
        break;
      }
    }
  }
  return rest;
}

const suffixWords = [...bySuffix.keys()];

/**
 * A token no organisation name runs across: a verb, a particle, punctuation, or a word ending in
 * an organisation's kind word (人民医院 | 天府医院: another body ends there; parent-body.ts joins
 * the units that belong to it).
 */
function isStop(token: Token): boolean {
  return (
    (STOP_TAGS.has(token.tag) && !ORDINAL.test(token.word)) ||
    // a verb's complement (做好|高风险…, 做强|国有资本…) starts no name
    COMPLEMENTS.has(token.word) ||
    STOP_WORDS.has(token.word) ||
    PUNCTUATION.test(token.word) ||
    suffixWords.some((w) => token.word.endsWith(w))
  );
}

/** Length of the stop word a longer token starts with (完成市 → 2), or 0. */
function stopWordPrefix(word: string): number {
  for (let n = Math.min(4, word.length - 1); n >= 1; n--) if (STOP_WORDS.has(word.slice(0, n))) return n;
  return 0;
}

/** Where a name starts past a completion verb jieba split across tokens (天完|成市|第三人民医院 → 市第三人民医院). */
function afterGluedVerb(text: string, from: number, to: number): number {
  let start = from;
  const span = text.slice(from, to);
  for (const w of GLUE_VERBS) {
    const at = span.lastIndexOf(w);
    if (at >= 0) start = Math.max(start, from + at + w.length);
  }
  return start;
}
/** Verbs of completion and building that end no name (完成, 建成, 改扩建), wherever the segmenter cut them. */
const GLUE_VERBS = ['完成', '建成', '投用', '改扩建', '扩建', '新建', '迁建', '办好', '支持', '推动', '引进'];

/** Verbs that end no name, so a longer token ending in one is adverb + verb (全力支持, 大力推动), unlike 特区建设. */
const LEAD_VERBS = [
  '支持',
  '推动',
  '推进',
  '引进',
  '依托',
  '加快',
  '鼓励',
  '深化',
  '强化',
  '培育',
  '扶持',
  '壮大',
  '带动',
  '招引',
  '对接',
  '争创',
  '办好',
];

/** A longer token ending in a lead verb (全力支持): the name starts after it. */
const endsInStopWord = (word: string): boolean => LEAD_VERBS.some((w) => word.length > w.length && word.endsWith(w));

/** Where the name ending at the suffix starts: at the first word of the run of name-like words before it. */
function orgStart(sentence: TokenizedSentence, suffixStart: number): number {
  const floor = Math.max(sentence.start, suffixStart - MAX_NAME_CHARS);
  let start = suffixStart;
  const straddling = sentence.tokens.find((t) => t.start < suffixStart && t.end > suffixStart);
  if (straddling) start = straddling.start;
  for (let i = sentence.tokens.length - 1; i >= 0; i--) {
    const token = sentence.tokens[i]!;
    if (token.end > start) continue;
    if (token.end < start || token.start < floor || isStop(token) || endsInStopWord(token.word)) break;
    // jieba glues a verb to what follows (等央属|军工集团, 完成市|第四医院)
    const glued = stopWordPrefix(token.word);
    if (glued > 0) {
      start = token.start + glued;
      break;
    }
    start = token.start;
  }
  return start;
}

/** A category right before the kind word (省公立|医院, 沪跨国|公司, 试点城市公立|医院): whoever owns it, a kind of body. */
const CATEGORY_BEFORE_KIND = /(公立|民营|民办|公办|定点|试点|高水平|跨国)$/;
/** …and for hospitals: 互联网医院 (but 中国联通工业互联网研究院 is a name). */
const HOSPITAL_CATEGORY = /互联网$/;
/** jieba's tags of proper names: places, people, organisations, other names, abbreviations, unknown words. */
const PROPER_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nz', 'nt', 'x', 'j', 'eng']);
/**
 * An administrative owner (市人才发展集团, 省科学院, 县中医院), a zone (科技城人才发展集团) or an ordinal
 * (第一人民医院): the report says whose body it is.
 */
const OWNED = /^[省市县区州]|^[\u4e00-\u9fff]{1,4}(城|新区|高新区|开发区)|第[一二三四五六七八九十]/;

/**
 * A name says whose body it is: a proper word (长虹, 四川, 邵逸夫), an owner or an ordinal. Common
 * nouns alone before the kind word make a category (财务公司, 路桥公司, 职工大学, 试点医院).
 */
function namesSomeone(
  sentence: TokenizedSentence,
  start: number,
  suffixStart: number,
  proper: string,
  kind: string,
): boolean {
  if (CATEGORY_BEFORE_KIND.test(proper) || (kind === 'hospital' && HOSPITAL_CATEGORY.test(proper))) return false;
  if (OWNED.test(proper)) return true;
  for (const t of sentence.tokens) {
    if (t.end <= start) continue;
    if (t.start >= suffixStart) break;
    if (PROPER_TAGS.has(t.tag) || /[A-Za-z]/.test(t.word)) return true;
  }
  return false;
}

/** Names ending in an organisation word: 四川大学, 中国航发集团, 军事科学院防化研究院. */
export function recognizeSuffixedOrgs(sentence: TokenizedSentence): Candidate[] {
  const out: Candidate[] = [];
  const text = sentence.text;
  // exec on the one global pattern, as matchAll would on a copy of it made for every sentence; its
  // matches are empty (a lookahead), so each step starts one past the last match, as matchAll's do.
  suffixPattern.lastIndex = 0;
  for (
    let m = suffixPattern.exec(text);
    m !== null;
    suffixPattern.lastIndex = m.index + 1, m = suffixPattern.exec(text)
  ) {
    const suffix = bySuffix.get(m[1]!)!;
    const rest = text.slice(m.index + suffix.suffix.length, m.index + suffix.suffix.length + 6);
    if (suffix.notBefore?.some((w) => rest.startsWith(w))) continue;
    const suffixStart = sentence.start + m.index;
    const ownStart = afterGluedVerb(text, orgStart(sentence, suffixStart) - sentence.start, m.index) + sentence.start;
    const parent = parentStart(sentence, ownStart, out);
    const start = parent ?? ownStart;
    const name = text.slice(start - sentence.start, m.index + suffix.suffix.length);
    const proper = name.slice(0, name.length - suffix.suffix.length);
    // 第二人民医院 alone names no one: whose second hospital?
    if (/^第[一二三四五六七八九十]/.test(proper)) continue;
    if ((properPart(proper).match(/[\u4e00-\u9fffA-Za-z]/g)?.length ?? 0) < 2) continue;
    if (suffix.needs && !suffix.needs.some((w) => proper.includes(w))) continue;
    if (!namesSomeone(sentence, start, suffixStart, proper, suffix.kind)) continue;
    // a hospital right after another is its campus (市四医院|南湖医院), a project
    if (suffix.kind === 'hospital' && text.slice(0, start - sentence.start).endsWith('医院')) continue;
    out.push({
      type: 'Organization',
      name,
      start,
      end: suffixStart + suffix.suffix.length,
      surface: name,
      rule: parent === undefined ? 'organization.suffix' : 'organization.suffix.parent',
      organizationKind: suffix.kind,
    });
  }
  return out;
}
