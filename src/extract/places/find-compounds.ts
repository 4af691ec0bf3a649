import triggers from './data/compound-triggers.json' with { type: 'json' };
import type { TokenizedSentence } from '../recognizer.js';
import { abbreviationReadings, decodeAbbreviation } from './abbreviations.js';
import type { PlaceContext } from './context.js';
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
/** A run this long is a compound even with no trigger after it (成德绵科技成果转移转化示范区). */
const MIN_BARE = 3;

/**
 * Decodes abbreviation compounds: a run of 2–5 characters, each an abbreviation of a different
 * place, directly before a trigger word (成自泸高速, 内自同城化, 川渝合作), or of 3+ characters on
 * its own. Characters already covered by a place or region name are never part of a run.
 */
export function findCompounds(sentence: TokenizedSentence, ctx: PlaceContext, covered: (offset: number) => boolean): Compound[] {
  const text = sentence.text;
  const base = sentence.start;
  const tokenStarts = new Set(sentence.tokens.map((t) => t.start - base));
  const tokenEnds = new Set(sentence.tokens.map((t) => t.end - base));
  const out: Compound[] = [];
  let lastEnd = -1;
  for (let i = 0; i < text.length; i++) {
    if (i < lastEnd || covered(base + i) || !decodable(text[i]!, ctx)) continue;
    const places: PlaceMatch[] = [];
    let j = i;
    while (j < text.length && j - i < MAX_RUN && !covered(base + j)) {
      const division = decodeAbbreviation(text[j]!, ctx);
      if (!division || places.some((p) => p.division.code === division.code)) break;
      places.push({ start: base + j, end: base + j + 1, surface: text[j]!, division, rule: 'place.abbreviation' });
      j++;
    }
    preferPartnersProvince(places);
    const kind = triggerAt(text, j) ?? (places.length >= MIN_BARE ? 'bare' : undefined);
    if (places.length < 2 || kind === undefined) continue;
    // With no trigger word the run must be whole tokens: 西南自行车 is 西南 + 自行车, not 西安+南充+自贡.
    // …and name cities or counties only: 新港澳码头 is a wharf, not Xinjiang, Hong Kong and Macao.
    if (kind === 'bare' && !(tokenStarts.has(i) && tokenEnds.has(j) && places.every((p) => p.division.level !== 'province'))) continue;
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
    const better = abbreviationReadings(p.surface).find((d) => others.has(d.provinceCode) && !places.some((o) => o.division.code === d.code));
    if (better) p.division = better;
  });
}

function decodable(char: string, ctx: PlaceContext): boolean {
  return decodeAbbreviation(char, ctx) !== undefined;
}

function triggerAt(text: string, at: number): CompoundKind | undefined {
  if (!TRIGGER_FIRST.has(text[at] ?? '')) return undefined;
  return TRIGGERS.find((t) => text.startsWith(t.word, at))?.kind;
}
