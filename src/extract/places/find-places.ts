import type { TokenizedSentence } from '../recognizer.js';
import type { Division } from './divisions.js';
import { inIssuerProvince, type PlaceContext } from './context.js';
import { getGazetteer, type GazetteerEntry, type NameKind } from './gazetteer.js';
import { resolveName } from './resolve-name.js';

/** A place named in a sentence: the span, the division it resolves to, and the rule. */
export interface PlaceMatch {
  start: number;
  end: number;
  surface: string;
  division: Division;
  rule: string;
}

const RULE_OF: Record<NameKind, string> = {
  full: 'place.gazetteer.full',
  short: 'place.gazetteer.short',
  byname: 'place.byname',
  country: 'place.country',
};
/** Characters that make a neighbouring word a place in a list (江油、三台; 高新—綦江). */
const LIST_MARKS = new Set(['、', '—', '–', '-', '－', '～', '至', '经', '与', '和', '及']);
/** Marks that tie a county to a line or a partner on their own (自贡至永川, 高新—綦江). */
const LINE_MARKS = new Set(['—', '–', '-', '－', '至']);
/** An official name ending in one of these stands on its own even when jieba glues the next word to it (绵阳市中心). */
const FULL_SUFFIX = /(省|市|县|区|州|镇|乡|街道|旗|盟)$/;

/**
 * Finds gazetteer names in a sentence, longest first, on token boundaries. Everyday words that
 * equal a place name (新兴, 合作, 南部) count only next to a list mark.
 */
export function findPlaces(sentence: TokenizedSentence, ctx: PlaceContext): PlaceMatch[] {
  const g = getGazetteer();
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const t of sentence.tokens) {
    starts.add(t.start);
    ends.add(t.end);
  }
  const text = sentence.text;
  const base = sentence.start;
  const out: Array<PlaceMatch & { weak?: 'common' | 'far' }> = [];
  for (let i = 0; i < text.length; ) {
    const lengths = starts.has(base + i) ? g.lengthsByFirst.get(text[i]!) : undefined;
    let matched = 0;
    for (const len of lengths ?? []) {
      if (i + len > text.length) continue;
      const surface = text.slice(i, i + len);
      const entries = g.byName.get(surface);
      if (!entries) continue;
      const aligned = ends.has(base + i + len) || (len >= 3 && FULL_SUFFIX.test(surface) && entries.some((e) => e.kind === 'full'));
      if (!aligned) continue;
      const entry = resolveName(entries, ctx);
      if (!entry) continue;
      const weak = g.commonWords.has(surface) ? 'common' : farCounty(entry, ctx) ? 'far' : undefined;
      out.push({ start: base + i, end: base + i + len, surface, division: entry.division, rule: RULE_OF[entry.kind], ...(weak ? { weak } : {}) });
      matched = len;
      break;
    }
    i += matched || 1;
  }
  // 重庆永川, 广州黄埔: a place right after its own province or city is sure.
  for (const m of out) if (m.weak === 'far' && out.some((o) => o.weak === undefined && o.end === m.start && encloses(o.division, m.division))) delete m.weak;
  return out.filter((m) => m.weak === undefined || listedWithPlace(m, out, text, base)).map(({ weak: _weak, ...m }) => m);
}

/**
 * A weak match (an everyday word, or a county of another province) counts when a list mark ties
 * it to a sure place (江油、三台; 沿滩—长寿); a county also beside 至 / 经 / — alone (高新—綦江).
 */
function listedWithPlace(m: PlaceMatch & { weak?: string }, all: Array<PlaceMatch & { weak?: string }>, text: string, base: number): boolean {
  const before = text[m.start - base - 1] ?? '';
  const after = text[m.end - base] ?? '';
  if (m.weak === 'far' && (LINE_MARKS.has(before) || LINE_MARKS.has(after))) return true;
  const sure = (o: PlaceMatch & { weak?: string }): boolean => o.weak === undefined;
  return (
    (LIST_MARKS.has(before) && all.some((o) => o.end === m.start - 1 && sure(o))) ||
    (LIST_MARKS.has(after) && all.some((o) => o.start === m.end + 1 && sure(o)))
  );
}

function encloses(outer: Division, inner: Division): boolean {
  return outer.code !== inner.code && (inner.cityCode === outer.code || inner.provinceCode === outer.code);
}

/**
 * A county short form from another province (卧龙 in 卧龙湖, 三水 in 三水共治) is more often a
 * word than that county: it counts only in a list or beside 至 / 经 (自贡至永川, 沿滩—长寿).
 */
function farCounty(e: GazetteerEntry, ctx: PlaceContext): boolean {
  return e.kind === 'short' && e.division.level === 'county' && ctx.issuerProvince !== undefined && !inIssuerProvince(e.division, ctx);
}
