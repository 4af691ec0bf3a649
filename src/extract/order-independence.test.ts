import { describe, expect, it } from 'vitest';
import type { Document } from '../model/index.js';
import { runPipeline } from './extract.js';
import { documentFor } from './test-helpers.js';

/**
 * jieba's dictionary is global to the process: a report must come out the same whatever the
 * process read before it. Each pair holds reports of two provinces whose county and town names
 * (大厂, 桥西, 龙马潭 …) appear as plain text in the other one.
 */
const ZIGONG = documentFor(
  '推动政务服务向乡镇（街道）延伸，支持本地大厂扩大产能，新建釜溪河大桥西至高铁站连接线，推进龙马潭至自流井快速通道。',
  { code: '510300', name: '自贡市' },
);
const SHIJIAZHUANG = documentFor(
  '推动桥西区、长安区老旧小区改造，加快正定新区建设，深化与雄安新区协同发展，龙马潭区客商来石投资。',
  { code: '130100', name: '石家庄市' },
);
const QUZHOU = documentFor('推进江山、龙游、常山特色小镇建设，新建大桥西侧游客中心。', {
  code: '330800',
  name: '衢州市',
});
const GUANGZHOU = documentFor('推动黄埔、南沙联动发展，深化穗港澳合作。', { code: '440100', name: '广州市' });
const WEIFANG = documentFor('支持寿光、青州建设蔬菜产业园，推进滨海区海水淡化项目。', {
  code: '370700',
  name: '潍坊市',
});

/** Tokens and extraction of a document, as JSON. */
const run = (doc: Document): string => {
  const r = runPipeline(doc);
  return JSON.stringify({ tokens: r.tokenized.map((s) => s.tokens), extraction: r.extraction });
};

describe('extract: the same report gives the same result whatever was read before', () => {
  const orders: Array<[string, Document[]]> = [
    ['自贡, 石家庄, 衢州, 广州, 潍坊', [ZIGONG, SHIJIAZHUANG, QUZHOU, GUANGZHOU, WEIFANG]],
    ['潍坊, 广州, 衢州, 石家庄, 自贡', [WEIFANG, GUANGZHOU, QUZHOU, SHIJIAZHUANG, ZIGONG]],
  ];
  it.each(orders)('%s, then each again', (_order, docs) => {
    const first = docs.map(run);
    const again = [...docs].reverse().map(run).reverse();
    expect(again).toEqual(first);
  });
});
