import { describe, expect, it } from 'vitest';
import { tokenizeForTest } from '../test-helpers.js';
import { sectors } from './index.js';

const found = (text: string) =>
  sectors.recognize(tokenizeForTest(text), {}).map((c) => [c.name, c.sectorId ?? null, c.sectorParent ?? null]);

// Sentences composed in the style of other provinces' and cities' reports.
describe('sectors', () => {
  it.each([
    [
      '壮大氢能、储能等新兴产业。',
      [
        ['氢能', 'hydrogen', 'new-energy'],
        ['储能', 'energy-storage', 'new-energy'],
        ['战略性新兴产业', 'sei', 'industry'],
      ],
    ],
    [
      '培育生物医药及医疗装备产业集群。',
      [
        ['生物医药', 'biomedicine', 'sei'],
        ['医疗装备', 'medical-equipment', 'equipment-manufacturing'],
      ],
    ],
    [
      '推动检验检测、工业设计、现代金融等生产性服务业提质。',
      [
        ['检验检测', 'testing-certification', 'tech-services'],
        ['工业设计', 'industrial-design', 'tech-services'],
        ['现代金融', 'finance', 'services'],
        ['生产性服务业', 'producer-services', 'services'],
      ],
    ],
    ['发展文化产业，建设文化馆。', [['文化', 'culture', 'services']]],
    [
      '整治水泥、陶瓷企业。',
      [
        ['水泥', 'cement', 'building-materials'],
        ['陶瓷', 'ceramics', 'building-materials'],
      ],
    ],
    ['新增电子商务企业50家。', [['电商', 'ecommerce', 'commerce']]],
    // a park in a list of industries is a place of business: only the industries are sectors
    ['建设鞋服、长乐百亿纺织城等产业集群。', [['鞋服', null, null]]],
    // firms listed before a sector word are not sectors: only the sector word is
    ['加快华胜、顺达等百亿级制造业项目建设。', [['制造业', 'manufacturing', 'industry']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['加强道路交通、城镇燃气等重点行业领域安全监管。'],
    ['建设机器人产业技术研究院。'],
    ['完善城市物流配送网络。'],
    ['建成国际会展中心。'],
    ['加强教育、卫生、社会保障等领域投入。'],
  ])('no sector in %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});
