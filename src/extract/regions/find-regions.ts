import data from './data/regions.json' with { type: 'json' };
import { startsToken, tokenBoundaries } from '../boundaries.js';
import type { TokenizedSentence } from '../recognizer.js';
import { charFlags } from '../../text/index.js';

/** A region named in a sentence. */
export interface RegionMatch {
  start: number;
  end: number;
  surface: string;
  /** Canonical name (川南渝西地区 → 川南渝西). */
  name: string;
  rule: string;
}

interface RegionIndex {
  canonical: Map<string, string>;
  /** Name lengths by first UTF-16 code unit, longest first. */
  lengthsByFirst: Map<number, number[]>;
  /** The same first code units as flags. */
  firsts: Uint8Array;
}
let index: RegionIndex | undefined;

function getIndex(): RegionIndex {
  if (index) return index;
  const canonical = new Map<string, string>();
  for (const r of data.regions) for (const n of [r.name, ...r.aliases]) canonical.set(n, r.name);
  const lengths = new Map<number, Set<number>>();
  for (const n of canonical.keys())
    lengths.set(n.charCodeAt(0), (lengths.get(n.charCodeAt(0)) ?? new Set()).add(n.length));
  index = {
    canonical,
    lengthsByFirst: new Map([...lengths].map(([c, s]) => [c, [...s].sort((a, b) => b - a)])),
    firsts: charFlags(lengths.keys()),
  };
  return index;
}

/** The named regions of the data file in a sentence, longest first, starting on a token (川南 in 推进川南一体化, not in 四川南部). */
export function findNamedRegions(sentence: TokenizedSentence): RegionMatch[] {
  const { canonical, lengthsByFirst, firsts } = getIndex();
  const bounds = tokenBoundaries(sentence);
  const text = sentence.text;
  const base = sentence.start;
  const out: RegionMatch[] = [];
  // Region names start a word: only token starts are tried.
  for (let i = 0; i < text.length; i++) {
    if (!startsToken(bounds, i) || firsts[text.charCodeAt(i)] === 0) continue;
    for (const len of lengthsByFirst.get(text.charCodeAt(i)) ?? []) {
      if (i + len > text.length) continue;
      const surface = text.slice(i, i + len);
      const name = canonical.get(surface);
      if (name === undefined) continue;
      out.push({ start: base + i, end: base + i + len, surface, name, rule: 'region.named' });
      i += len - 1;
      break;
    }
  }
  return out;
}

const RIVER_END = new Set(data.riverEnds);
const SUFFIX = data.basinSuffix;

/**
 * Basins: a river name before 流域 (沱江流域, 釜溪河流域). The river is the token before 流域, or
 * the two tokens before it when jieba splits off the last character (釜溪 + 河).
 */
export function findBasins(sentence: TokenizedSentence): RegionMatch[] {
  const out: RegionMatch[] = [];
  const t = sentence.tokens;
  for (let k = 0; k < t.length; k++) {
    const tok = t[k]!;
    // jieba knows some basins whole: 嘉陵江流域.
    if (
      tok.word.length > SUFFIX.length + 1 &&
      tok.word.endsWith(SUFFIX) &&
      RIVER_END.has(tok.word.at(-SUFFIX.length - 1)!)
    ) {
      out.push({ start: tok.start, end: tok.end, surface: tok.word, name: tok.word, rule: 'region.basin' });
      continue;
    }
    if (tok.word !== SUFFIX || k === 0) continue;
    let first = k - 1;
    const river = t[first]!;
    if (!/^[\u4e00-\u9fa5]+$/.test(river.word) || !RIVER_END.has(river.word.at(-1)!)) continue;
    // jieba splits rare river names: 釜 + 溪河. One more name-like piece belongs to the name.
    if (river.word.length <= 2 && first > 0 && isNamePart(t[first - 1]!, river.word)) first--;
    const start = t[first]!.start;
    const surface = sentence.text.slice(start - sentence.start, tok.end - sentence.start);
    if (surface.length < 4) continue;
    out.push({ start, end: tok.end, surface, name: surface, rule: 'region.basin' });
  }
  return out;
}

/** Function words never start a river name (落实 沱江流域, 的 河流域). */
const NOT_NAME = new Set(['的', '和', '与', '及', '在', '对', '把', '将', '是', '了', '等', '、', '为', '从', '以']);

/** Tags of a piece of a proper name (釜/ns); a verb or adjective (好, 做好) is not one. */
const NAME_PIECE_TAGS = new Set(['ns', 'nr', 'nz', 'x', 'n']);

function isNamePart(token: { word: string; tag: string }, river: string): boolean {
  const { word } = token;
  if (!/^[\u4e00-\u9fa5]+$/.test(word) || NOT_NAME.has(word) || !NAME_PIECE_TAGS.has(token.tag)) return false;
  return river.length === 1 ? word.length <= 3 : word.length === 1;
}

/** The region suffixes (都市圈, 城市群) that make a region of the place name before them. */
export const REGION_SUFFIXES: readonly string[] = data.suffixes;
