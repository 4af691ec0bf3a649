import nodejieba from 'nodejieba';
import type { Sentence } from '../model/index.js';

/** A word from the segmenter with offsets into the document text. */
export interface SegmentedToken {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/** Words already given to jieba in this process: insertWord is global, so each word goes in once. */
const inserted = new Set<string>();

/**
 * jieba's POS tag of every word met so far. `nodejieba.tag` is `cut` (with HMM) followed by a
 * dictionary look-up of each word on its own (cppjieba's PosTagger: the word's dictionary tag,
 * else m / eng / x by its ASCII characters), so a word's tag depends on the word and the
 * dictionary only. Cutting and taking tags from here gives `tag`'s result for ~60% of its CPU:
 * `tag` builds a {word, tag} object in native code for every word of every call.
 */
const TAGS = new Map<string, string>();
/**
 * The same for one-character words (a third of all words), by code unit: the index in TAG_NAMES
 * plus one, 0 when unknown. A byte table stays in the CPU cache where a Map of strings does not.
 */
const ONE_CHAR_TAGS = new Uint8Array(0x10000);
const TAG_NAMES: string[] = [];
const TAG_INDEX = new Map<string, number>();
/** Words a long run meets keep coming (a corpus has a few hundred thousand): past this, start again. */
const MAX_TAGS = 500_000;

/**
 * Adds words to jieba's in-memory user dictionary (no file is written). Later words with the same
 * text keep the first tag.
 */
export function addUserWords(words: Iterable<{ word: string; tag: string }>): void {
  for (const { word, tag } of words) {
    if (word.length < 2 || inserted.has(word)) continue;
    inserted.add(word);
    nodejieba.insertWord(word, tag);
    // A new word may change a known word's tag (a user word's tag replaces the dictionary's).
    forgetTags();
  }
}

/**
 * Cuts a text as `nodejieba.tag` does and gives the words and their tags (same words, same
 * tags: see TAGS). A word not met before is tagged on its own; if jieba cuts it differently
 * alone, the text is tagged whole.
 */
function tagText(text: string): { words: string[]; tags: string[] } {
  // The second argument is cppjieba's `hmm` flag (typed `strict`): on, as inside `tag`.
  const words = nodejieba.cut(text, true);
  const tags: string[] = new Array<string>(words.length);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const one = word.length === 1 ? ONE_CHAR_TAGS[word.charCodeAt(0)]! : 0;
    const tag = one > 0 ? TAG_NAMES[one - 1] : (TAGS.get(word) ?? tagAlone(word));
    if (tag === undefined) return tagWhole(text);
    tags[i] = tag;
  }
  return { words, tags };
}

function tagAlone(word: string): string | undefined {
  const alone = nodejieba.tag(word);
  if (alone.length !== 1 || alone[0]!.word !== word) return undefined;
  remember(word, alone[0]!.tag);
  return alone[0]!.tag;
}

function tagWhole(text: string): { words: string[]; tags: string[] } {
  const tagged = nodejieba.tag(text);
  for (const t of tagged) remember(t.word, t.tag);
  return { words: tagged.map((t) => t.word), tags: tagged.map((t) => t.tag) };
}

function remember(word: string, tag: string): void {
  if (word.length === 1) {
    let index = TAG_INDEX.get(tag);
    if (index === undefined) TAG_INDEX.set(tag, (index = TAG_NAMES.push(tag) - 1));
    // Tags are few (jieba has about 60): past 255 the word simply stays in TAGS.
    if (index < 255) {
      ONE_CHAR_TAGS[word.charCodeAt(0)] = index + 1;
      return;
    }
  }
  if (TAGS.size >= MAX_TAGS) TAGS.clear();
  TAGS.set(word, tag);
}

function forgetTags(): void {
  TAGS.clear();
  ONE_CHAR_TAGS.fill(0);
}

/** Segments one sentence with POS tags; offsets are shifted to the document text. */
export function segment(sentence: Sentence): SegmentedToken[] {
  const out: SegmentedToken[] = [];
  let pos = sentence.start;
  const { words, tags } = tagText(sentence.text);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    out.push({ word, tag: tags[i]!, start: pos, end: pos + word.length });
    pos += word.length;
  }
  return out;
}

/**
 * Segments a whole text line by line (one jieba call per line, as cheap as tagging the text) and
 * hands each sentence the tokens that start inside it. Sentences never cross a line, and jieba
 * keeps sentence-ending punctuation as tokens of its own, so tokens fall inside one sentence.
 */
export function segmentSentences<S extends Sentence>(
  text: string,
  sentences: readonly S[],
): Array<S & { tokens: SegmentedToken[] }> {
  const out = sentences.map((s) => ({ ...s, tokens: [] as SegmentedToken[] }));
  let k = 0;
  for (let lineStart = 0; lineStart <= text.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    while (k < out.length && out[k]!.end <= lineStart) k++;
    if (k < out.length && out[k]!.start < lineEnd) {
      let pos = lineStart;
      let m = k;
      const { words, tags } = tagText(text.slice(lineStart, lineEnd));
      for (let i = 0; i < words.length; i++) {
        const start = pos;
        pos += words[i]!.length;
        while (m < out.length && out[m]!.end <= start) m++;
        const s = out[m];
        if (s && start >= s.start && start < s.end) s.tokens.push({ word: words[i]!, tag: tags[i]!, start, end: pos });
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}
