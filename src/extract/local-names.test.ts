import { describe, expect, it } from 'vitest';
import { tokenizeForTest } from './test-helpers.js';

/** Words of a sentence after joining the issuer province's county and town names. */
const words = (text: string, provinceCode: string): string[] =>
  tokenizeForTest(text, provinceCode).tokens.map((t) => t.word);

describe('joinLocalNames: counties and towns of the issuer province become one token', () => {
  const rows: Array<[string, string, string[]]> = [
    // Split into characters by jieba, joined: 江西 counties.
    ['支持上犹和于都发展文旅。', '360000', ['上犹', '和', '于都', '发展']],
    // A name inside a word jieba guessed (tag x) is cut out, the rest cut again.
    ['支持柯城成为全省样板。', '330000', ['柯城', '成为']],
    // Another province's county stays as jieba cut it.
    ['支持上犹和于都发展文旅。', '510000', ['于', '都']],
  ];
  it.each(rows)('%s (%s)', (text, province, expected) => {
    expect(words(text, province)).toEqual(expect.arrayContaining(expected));
  });
});
