import { charFlags, segment } from '../text/index.js';
import { provinceWords } from './places/index.js';
import { buildTrie, type TrieNode } from './trie.js';
import type { Token, TokenizedSentence } from './recognizer.js';

/** One trie per province over its county and town names, with their first characters as flags; pure data, so caching it changes no result. */
const tries = new Map<string, { trie: TrieNode<string>; firsts: Uint8Array }>();

function localTrie(provinceCode: string): { trie: TrieNode<string>; firsts: Uint8Array } {
  let local = tries.get(provinceCode);
  if (local) return local;
  const trie = buildTrie(
    provinceWords(provinceCode).map((w) => w.word),
    (word) => word,
  );
  local = { trie, firsts: charFlags(trie.next.keys()) };
  tries.set(provinceCode, local);
  return local;
}

/**
 * Joins the tokens that together spell a county or town of the issuer's province into one `ns`
 * token (宁 | 都 → 宁都), as a user-dictionary word would, but per document: jieba's dictionary is
 * global to the process, so words added for one report would re-cut the next one and make a
 * report's extraction depend on what the process read before it. A name starts on a token start
 * and ends on a token end, or inside a word jieba did not know (tag x: 柯城成 | 为 → 柯城 | 成 | 为,
 * the rest re-tagged); the longest wins. Sentences with nothing to join come back as they are.
 */
export function joinLocalNames<S extends TokenizedSentence>(sentence: S, provinceCode: string | undefined): S {
  if (provinceCode === undefined) return sentence;
  const { trie, firsts } = localTrie(provinceCode);
  const { tokens, text, start: base } = sentence;
  let out: Token[] | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const from = tokens[k]!.start - base;
    let node = firsts[text.charCodeAt(from)] === 1 ? trie.next.get(text.charCodeAt(from)) : undefined;
    let end = -1;
    let last = -1;
    for (let e = from + 1, j = k; node && e <= text.length; e++) {
      while (j < tokens.length && tokens[j]!.end - base < e) j++;
      const t = tokens[j];
      if (node.value !== undefined && t && (t.end - base === e || t.tag === 'x')) {
        end = e;
        last = j;
      }
      node = e < text.length ? node.next.get(text.charCodeAt(e)) : undefined;
    }
    if (last < 0 || (last === k && tokens[k]!.tag === 'ns' && tokens[k]!.end - base === end)) {
      out?.push(tokens[k]!);
      continue;
    }
    out ??= tokens.slice(0, k);
    out.push({ word: text.slice(from, end), tag: 'ns', start: base + from, end: base + end });
    // A one-character rest is cut again with the next word (柯城成 | 为 → 柯城 | 成为).
    if (tokens[last]!.end - base > end && tokens[last]!.end - base - end === 1 && last + 1 < tokens.length) last++;
    const rest = tokens[last]!.end - base;
    if (rest > end)
      out.push(...segment({ index: sentence.index, start: base + end, end: base + rest, text: text.slice(end, rest) }));
    k = last;
  }
  // New tokens: boundaries of the old ones, if any, do not hold for them.
  return out ? { ...sentence, tokens: out, bounds: undefined } : sentence;
}
