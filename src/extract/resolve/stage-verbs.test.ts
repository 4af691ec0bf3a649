import { describe, expect, it } from 'vitest';
import { findStageVerbs, stageOf } from './stage-verbs.js';

describe('stageOf', () => {
  const rows: Array<[string, string, string | undefined]> = [
    ['加快建设滨江大道和临港物流园', '临港物流园', '加快建设'],
    ['争取开工城北污水处理厂', '城北污水处理厂', '争取开工'],
    ['城北污水处理厂建成投用', '城北污水处理厂', '建成投用'],
    ['做好东湖水库前期工作', '东湖水库', '前期工作'],
    // A verb of another clause does not count.
    ['开工建设滨江大道，东湖水库', '东湖水库', undefined],
  ];
  it.each(rows)('%s: %s', (text, name, verb) => {
    const start = text.indexOf(name);
    expect(stageOf(text, findStageVerbs(text), start, start + name.length)?.verb).toBe(verb);
  });
});
