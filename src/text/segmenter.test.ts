import nodejieba from 'nodejieba';
import { describe, expect, it } from 'vitest';
import { addUserWords, segment, segmentSentences } from './segmenter.js';
import { splitSentences } from './split-sentences.js';

/** What `nodejieba.tag` gives for a text: the segmenter must give the same words and tags. */
const jiebaTag = (text: string): string[] => nodejieba.tag(text).map((t) => `${t.word}/${t.tag}`);
const tokensOf = (text: string): string[] =>
  segment({ index: 0, start: 0, end: text.length, text }).map((t) => `${t.word}/${t.tag}`);

describe('segment', () => {
  // Dictionary words, numbers (m), Latin letters (eng), a digit alone (x), and words jieba finds
  // only in context (下穿, 敢闯: alone it cuts them 下 | 穿, 敢 | 闯).
  const rows = [
    '完成襄渝铁路下穿、滨河路拓宽',
    '让国企敢干、民企敢闯、外企敢投',
    '2025年完成GDP增长5.2%，建成5G基站1200个。',
    '加快建设赣州至深圳高速铁路瑞金段',
    '推动黄河流域生态保护和高质量发展',
    '湘赣边区域合作示范区建设取得新进展',
    '新能源汽车产业园二期',
  ];
  it.each(rows)('%s: the words and tags of nodejieba.tag', (text) => {
    expect(tokensOf(text)).toEqual(jiebaTag(text));
    // Again, now that its words are known.
    expect(tokensOf(text)).toEqual(jiebaTag(text));
  });

  it('gives offsets into the document text', () => {
    const text = '推进高铁站建设';
    const tokens = segment({ index: 3, start: 100, end: 107, text });
    expect(tokens.map((t) => [t.start, t.end])).toEqual(
      tokens.map((t, i) => {
        const start = 100 + tokens.slice(0, i).reduce((n, u) => n + u.word.length, 0);
        return [start, start + t.word.length];
      }),
    );
    expect(tokens.at(-1)!.end).toBe(107);
  });

  it('follows a user word added after a word was tagged (its tag replaces the dictionary tag)', () => {
    const text = '建设生态文明示范区';
    expect(tokensOf(text)).toContain('示范区/n');
    addUserWords([{ word: '示范区', tag: 'nz' }]);
    expect(tokensOf(text)).toContain('示范区/nz');
    expect(tokensOf(text)).toEqual(jiebaTag(text));
  });
});

describe('segmentSentences', () => {
  it('hands each sentence the tokens of its own text, as segment gives them', () => {
    const text = '一、交通\n加快建设渝昆高铁。推进港口扩能；\n\n完成投资30亿元';
    const sentences = segmentSentences(text, splitSentences(text));
    expect(sentences).toHaveLength(4);
    for (const s of sentences) {
      expect(s.tokens.map((t) => text.slice(t.start, t.end))).toEqual(s.tokens.map((t) => t.word));
      expect(s.tokens.map((t) => `${t.word}/${t.tag}`)).toEqual(jiebaTag(s.text));
    }
  });
});
