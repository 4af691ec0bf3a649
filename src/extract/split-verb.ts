import type { Token } from './recognizer.js';

/**
 * jieba's guesser sometimes splits a verb across words (实|现金|温铁路, 开|展开|放, 推|进城|商行) or glues
 * it to the next word (确保全/l, 建立健全/nr), so a walk over tokens
 * cannot see it and takes the verb into the name that follows. This reads the verb from the text.
 */
const LONGEST_VERB = 4;
/** Tags of the words jieba's guesser makes up (unknown words, and names it takes for people's). */
const GUESSED_TAGS = new Set(['x', 'nr']);

/**
 * Length of a verb of `verbs` (2 to 4 characters, longest first) written at `at` (an offset in the
 * document, inside `tokens[i]`) that ends before `limit` and that the tokens split or glued on;
 * 0 when there is none, or when the verb is a word of its own or opens a real word (保障|性住房 in
 * 保障性住房/n): those the token walk already judged.
 */
export function splitVerbAt(
  text: string,
  base: number,
  tokens: readonly Token[],
  i: number,
  at: number,
  limit: number,
  verbs: ReadonlySet<string>,
): number {
  const token = tokens[i]!;
  const from = at - base;
  for (let n = Math.min(LONGEST_VERB, limit - at - 1); n >= 2; n--) {
    if (!verbs.has(text.slice(from, from + n))) continue;
    const opensWord = token.start === at && at + n <= token.end;
    if (!opensWord) return n;
    // glued on: a made-up word, or a word that is the verb and one character (确保全/l); 扩大内需/l is a phrase
    return GUESSED_TAGS.has(token.tag) || token.word.length === n + 1 ? n : 0;
  }
  // the verb straddles the edge, its first character a word of its own or the name a made-up word
  // (推/v 进城/v → 推进; 对/p 接道/x → 对接; 力推/v 动通道/x → 推动)
  const before = tokens[i - 1];
  const straddles =
    token.start === at &&
    before !== undefined &&
    (before.word.length === 1 || GUESSED_TAGS.has(token.tag)) &&
    at + 1 < limit;
  return straddles && verbs.has(text.slice(from - 1, from + 1)) ? 1 : 0;
}

/**
 * Walks a name's start past split verbs: `lengthAt(at, i)` says how far the one at `at` (in token i)
 * reaches, 0 when there is none. Returns the new start and the token holding it.
 */
export function skipSplitVerbs(
  tokens: readonly Token[],
  at: number,
  i: number,
  lengthAt: (at: number, i: number) => number,
): { at: number; i: number } {
  for (let n = lengthAt(at, i); n > 0; n = lengthAt(at, i)) {
    at += n;
    i = tokenAt(tokens, at, i);
  }
  return { at, i };
}

/** Index of the token holding document offset `at`, searching forward from `from`. */
export function tokenAt(tokens: readonly Token[], at: number, from: number): number {
  let i = from;
  while (i < tokens.length - 1 && tokens[i]!.end <= at) i++;
  return i;
}
