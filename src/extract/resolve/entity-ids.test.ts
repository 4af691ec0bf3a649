import { describe, expect, it } from 'vitest';
import { entityId, normaliseKey } from './entity-ids.js';

describe('normaliseKey: one key for the full-width and spaced spellings of a name', () => {
  const rows: Array<[string, string]> = [
    ['沪渝蓉高铁（武宜段）', '沪渝蓉高铁(武宜段)'],
    ['沪渝蓉高铁(武宜段)', '沪渝蓉高铁(武宜段)'],
    ['Ｇ７６厦蓉高速', 'G76厦蓉高速'],
    ['S210线', 'S210线'],
    ['数字 经济', '数字经济'],
    ['乡村振兴', '乡村振兴'],
  ];
  it.each(rows)('%s → %s', (key, expected) => {
    expect(normaliseKey(key)).toBe(expected);
    expect(normaliseKey(key)).toBe(key.normalize('NFKC').replace(/\s+/g, ''));
  });
  it('builds ids from the normalised key', () => {
    expect(entityId('Project', 'Ｇ７６厦蓉高速')).toBe('project:G76厦蓉高速');
  });
});
