import { describe, expect, it } from 'vitest';
import { buildTrie, type TrieNode } from './trie.js';

// The value at the end of `word`'s path, read in the given direction.
function at<T>(trie: TrieNode<T>, word: string, reversed = false): T | undefined {
  let node: TrieNode<T> | undefined = trie;
  for (let i = 0; node && i < word.length; i++)
    node = node.next.get(word.charCodeAt(reversed ? word.length - 1 - i : i));
  return node?.value;
}

describe('buildTrie', () => {
  const items = [
    { word: '电站', n: 1 },
    { word: '抽水蓄能电站', n: 2 },
    { word: '电站', n: 3 },
  ];

  it('holds each item where its word ends, a later same word replacing an earlier', () => {
    const trie = buildTrie(items, (x) => x.word);
    expect(at(trie, '电站')?.n).toBe(3);
    expect(at(trie, '抽水蓄能电站')?.n).toBe(2);
    expect(at(trie, '抽水')).toBeUndefined();
  });

  it('reads words from their last character when reversed', () => {
    const trie = buildTrie(items, (x) => x.word, true);
    expect([...trie.next.keys()]).toEqual(['站'.charCodeAt(0)]);
    expect(at(trie, '抽水蓄能电站', true)?.n).toBe(2);
    expect(at(trie, '抽水蓄能电站')).toBeUndefined();
  });
});
