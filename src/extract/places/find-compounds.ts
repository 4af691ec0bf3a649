import triggers from './data/compound-triggers.json' with { type: 'json' };
import twins from './data/twin-compounds.json' with { type: 'json' };
import { endsToken, startsToken, tokenBoundaries } from '../boundaries.js';
import type { TokenizedSentence } from '../recognizer.js';
import {
  ABBREVIATION_CHARS,
  ABBREVIATION_CODES,
  abbreviationReadings,
  decodeAbbreviation,
  isAmbiguous,
  readEverywhere,
  readForIssuer,
} from './abbreviations.js';
import { inIssuerProvince, type PlaceContext } from './context.js';
import { charFlags } from '../../text/index.js';
import type { PlaceMatch } from './find-places.js';

/** What the word after a compound says it is: a line, a cooperation, a section of a line, or nothing (成德绵 …). */
export type CompoundKind = 'line' | 'cooperation' | 'section' | 'bare';

/** A run of one-character abbreviations (成自泸, 内自, 川渝) with the places it stands for. */
export interface Compound {
  start: number;
  end: number;
  surface: string;
  kind: CompoundKind;
  /** One match per character, in order. */
  places: PlaceMatch[];
}

const TRIGGERS: ReadonlyArray<{ word: string; kind: CompoundKind }> = [
  ...triggers.line.map((word) => ({ word, kind: 'line' as const })),
  ...triggers.cooperation.map((word) => ({ word, kind: 'cooperation' as const })),
  ...triggers.section.map((word) => ({ word, kind: 'section' as const })),
].sort((a, b) => b.word.length - a.word.length);
const TRIGGER_FIRST = new Set(TRIGGERS.map((t) => t.word[0]!));
const MAX_RUN = 5;
const ABBREVIATION_FLAGS = charFlags(ABBREVIATION_CODES);
/** Standing pairs written bare (成渝, 京津, 广佛). */
const TWINS = new Set(twins.twins);
/** A run this long is a compound even with no trigger after it (成德绵科技成果转移转化示范区). */
const MIN_BARE = 3;

/**
 * Decodes abbreviation compounds: a run of 2–5 characters, each an abbreviation of a different
 * place, directly before a trigger word (成自泸高速, 内自同城化, 川渝合作), or of 3+ characters on
 * its own. Characters already covered by a place or region name are never part of a run.
 */
export function findCompounds(
  sentence: TokenizedSentence,
  ctx: PlaceContext,
  covered: (offset: number) => boolean,
): Compound[] {
  const text = sentence.text;
  const base = sentence.start;
  const bounds = tokenBoundaries(sentence);
  const out: Compound[] = [];
  let lastEnd = -1;
  for (let i = 0; i < text.length; i++) {
    if (
      i < lastEnd ||
      ABBREVIATION_FLAGS[text.charCodeAt(i)] === 0 ||
      covered(base + i) ||
      !decodable(text[i]!, ctx) ||
      insideWord(sentence, base + i, startsToken(bounds, i))
    )
      continue;
    let j = i;
    while (j < text.length && j - i < MAX_RUN && !covered(base + j) && decodable(text[j]!, ctx)) j++;
    if (j - i < 2) continue;
    const places: PlaceMatch[] = [];
    for (let k = i; k < j; k++) {
      const division = decodeAbbreviation(text[k]!, ctx)!;
      if (places.some((p) => p.division.code === division.code)) break;
      places.push({ start: base + k, end: base + k + 1, surface: text[k]!, division, rule: 'place.abbreviation' });
    }
    j = i + places.length;
    const kind = triggerAt(text, j) ?? (places.length >= MIN_BARE || TWINS.has(text.slice(i, j)) ? 'bare' : undefined);
    if (places.length < 2 || kind === undefined || isOneWord(sentence, base + i, base + j)) continue;
    preferPartnersProvince(places);
    if (!readNearIssuer(places, ctx)) continue;
    // With no trigger word the run must be whole tokens: 西南自行车 is 西南 + 自行车, not 西安+南充+自贡.
    // …and name cities or counties only: 新港澳码头 is a wharf, not Xinjiang, Hong Kong and Macao.
    // …and hold a place of the issuer's province, all in at most two provinces (宝汉天; 乌兰哈达 is a volcano, not four cities).
    if (kind === 'bare' && !(endsToken(bounds, j) && (TWINS.has(text.slice(i, j)) || coherent(places, ctx)))) continue;
    // …and be whole tokens that are no ordinary words (引|汉济渭 is a canal, 资金|达 money), nor a list of
    // cities (北上广深等城市)
    if (kind === 'bare' && (!startsToken(bounds, i) || holdsWord(sentence, base + i, base + j) || text[j] === '等'))
      continue;
    out.push({ start: base + i, end: base + j, surface: text.slice(i, j), kind, places });
    lastEnd = j;
  }
  return out;
}

/**
 * A character read for the issuer's province can mean a city of its partners' province instead:
 * in 宝汉天 (宝鸡, 天水) 汉 is 汉中, not 武汉. Re-reads each character preferring a province that
 * another character of the compound is in.
 */
function preferPartnersProvince(places: PlaceMatch[]): void {
  places.forEach((p, k) => {
    const others = new Set(places.filter((_, m) => m !== k).map((o) => o.division.provinceCode));
    if (others.has(p.division.provinceCode)) return;
    const better = abbreviationReadings(p.surface).find(
      (d) => others.has(d.provinceCode) && !places.some((o) => o.division.code === d.code),
    );
    if (better) p.division = better;
  });
}

/**
 * Every ambiguous character (宁: 南京 or 宁夏) read with certainty: near the issuer (its city, its
 * province, the table's reading for that province), in the province of an unambiguous city of the
 * compound (宝汉天: 汉 → 汉中 beside 宝鸡), as a province among provinces (闽宁, 苏陕), or as a city
 * by its everywhere reading (京广 → 广州). Otherwise the compound is left alone: 宁洛高速 in an Anhui
 * report is 南京–洛阳, not 宁夏–洛阳; 乌蒙 is a mountain range, not 乌兰察布 and 内蒙古.
 */
function readNearIssuer(places: readonly PlaceMatch[], ctx: PlaceContext): boolean {
  const partners = new Set(
    places
      .filter((p) => !isAmbiguous(p.surface) && p.division.level !== 'province')
      .map((p) => p.division.provinceCode),
  );
  const allProvinces = places.every((p) => p.division.level === 'province');
  return places.every((p) => {
    if (!isAmbiguous(p.surface) || p.division.code === ctx.issuerCity || inIssuerProvince(p.division, ctx)) return true;
    if (readForIssuer(p.surface, p.division.code, ctx) || partners.has(p.division.provinceCode)) return true;
    return p.division.level === 'province' ? allProvinces : readEverywhere(p.surface, p.division.code);
  });
}

/** Cities or counties only, one in the issuer's province, all in at most two provinces. */
function coherent(places: readonly PlaceMatch[], ctx: PlaceContext): boolean {
  const provinces = new Set(places.map((p) => p.division.provinceCode));
  return (
    provinces.size <= 2 &&
    places.every((p) => p.division.level !== 'province') &&
    places.some((p) => inIssuerProvince(p.division, ctx))
  );
}

/** Tags of a word whose last character is a word's own (建成/v), not an abbreviation glued on by jieba (入川/ns). */
const WORD_TAGS = /^(v|vn|vd|a|ad|an|d|p|c|u|m|q|r|f|t|l|i)$/;

/** A run starts a word: 建成 | 杭绍台铁路 — the 成 of the verb 建成 is no 成都. */
function insideWord(sentence: TokenizedSentence, offset: number, tokenStart: boolean): boolean {
  if (tokenStart) return false;
  const t = sentence.tokens.find((x) => x.start < offset && offset < x.end);
  return t === undefined || WORD_TAGS.test(t.tag);
}

/** A bare run holding an ordinary word (a word's tag, or a common noun: 资金/n in 资金达) is prose, not a compound. */
function holdsWord(sentence: TokenizedSentence, start: number, end: number): boolean {
  return sentence.tokens.some(
    (t) => t.start >= start && t.end <= end && t.end - t.start >= 2 && (t.tag === 'n' || WORD_TAGS.test(t.tag)),
  );
}

/** A run jieba reads as one ordinary word (达成合作: 达成 is a verb, not 达州 + 成都). */
function isOneWord(sentence: TokenizedSentence, start: number, end: number): boolean {
  return sentence.tokens.some((t) => t.start <= start && end <= t.end && WORD_TAGS.test(t.tag));
}

function decodable(char: string, ctx: PlaceContext): boolean {
  return ABBREVIATION_CHARS.has(char) && decodeAbbreviation(char, ctx) !== undefined;
}

function triggerAt(text: string, at: number): CompoundKind | undefined {
  if (!TRIGGER_FIRST.has(text[at] ?? '')) return undefined;
  return TRIGGERS.find((t) => text.startsWith(t.word, at))?.kind;
}
