/**
 * A character trie. Children are keyed by UTF-16 code unit: `charCodeAt` allocates nothing, where
 * `text[i]` allocates a string per CJK character. `value` is set where a word ends.
 */
export interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  value?: T;
}

/**
 * A trie over the word of each item, holding the item where its word ends (a later item with the
 * same word replaces an earlier one). `reversed`: each word is read from its last character, for
 * walking back from where a word ends.
 */
export function buildTrie<T>(items: Iterable<T>, wordOf: (item: T) => string, reversed = false): TrieNode<T> {
  const root: TrieNode<T> = { next: new Map() };
  for (const item of items) {
    const word = wordOf(item);
    let node = root;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(reversed ? word.length - 1 - i : i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map() }));
      node = child;
    }
    node.value = item;
  }
  return root;
}
