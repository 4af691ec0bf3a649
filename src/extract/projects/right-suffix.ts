import type { Token } from '../recognizer.js';
import {
  NOT_SECTIONS,
  NUMBERED_SECTION,
  PHASE_PATTERN,
  SECTION_CHAR,
  SECTION_MAX,
  TRAILING_HEADS,
  WORKS_SUFFIXES,
} from './data/suffixes.js';
import type { TokenClass } from './token-class.js';

/** How a name continues after its facility word (sentence-relative offsets). */
export interface RightEdge {
  end: number;
  /** End of the whole line before a section suffix (成兰铁路|绵阳段), when there is one. */
  sectionAt?: number;
  /** The section without its brackets, for the name (绵遂段). */
  section?: string;
  bracketed?: boolean;
  /** A phase (一期, 二期二步) or works (扩建) follows: the name is a concrete undertaking. */
  phased?: boolean;
}

const longestFirst = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');
const WORKS = new RegExp(`^(?:${longestFirst(WORKS_SUFFIXES)})`, 'u');
const TRAILING = new RegExp(`^(?:${TRAILING_HEADS.join('|')})`, 'u');
const BRACKET_SECTION = new RegExp(`^[(（]([^()（）]{1,${SECTION_MAX}}${SECTION_CHAR})[)）]`, 'u');

/**
 * Extends a name past its facility word: a section (绵阳段, 江油至平武段, (绵遂段)), a phase (一期, 二期二步),
 * works on it (扩建, 扩容, 改造提升) and a trailing 项目 / 工程.
 */
export function rightEdge(
  text: string,
  tokens: Token[],
  classes: TokenClass[],
  facilityEnd: number,
  base: number,
): RightEdge {
  let end = facilityEnd;
  const edge: RightEdge = { end };
  const bracketed = BRACKET_SECTION.exec(text.slice(end));
  const numbered = NUMBERED_SECTION.exec(text.slice(end));
  const plain = bracketed ? undefined : numbered ? end + numbered[0].length : plainSection(tokens, classes, end, base);
  if (bracketed) {
    Object.assign(edge, { sectionAt: end, section: bracketed[1], bracketed: true });
    end += bracketed[0].length;
  } else if (plain !== undefined) {
    Object.assign(edge, { sectionAt: end, section: text.slice(end, plain) });
    end = plain;
  }
  for (const pattern of [PHASE_PATTERN, WORKS, PHASE_PATTERN, TRAILING]) {
    const m = pattern.exec(text.slice(end));
    if (!m) continue;
    end += m[0].length;
    if (pattern !== TRAILING) edge.phased = true;
  }
  edge.end = end;
  return edge;
}

/** 绵阳段 or 江油至平武段: proper tokens (and 至) then 段, all within SECTION_MAX. Returns the end or undefined. */
function plainSection(tokens: Token[], classes: TokenClass[], from: number, base: number): number | undefined {
  let k = tokens.findIndex((t) => t.start - base === from);
  if (k < 0) return undefined;
  for (let n = 0; k < tokens.length && n < 5; k++, n++) {
    const t = tokens[k]!;
    if (t.end - base - from > SECTION_MAX + 1) return undefined;
    if (t.word.endsWith(SECTION_CHAR) && n + (t.word.length > 1 ? 1 : 0) > 0) {
      return NOT_SECTIONS.has(t.word) ? undefined : t.end - base;
    }
    const c = classes[k]!;
    if (!(c === 'proper' || c === 'connector' || (c === 'plain' && t.word.length <= 2 && t.tag === 'f')))
      return undefined;
  }
  return undefined;
}
