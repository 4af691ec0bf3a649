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

// Lists under 领域 or 行业 also hold fields of public work and clauses; unknown items that end like
// one, or hold a preposition, a number or a governing verb, are no sectors.
describe('sectors: list items that are no industries', () => {
  it.each([
    ['在营商环境、政务服务、现代物流等领域深化改革。', ['现代物流']],
    ['推动食品药品安全、城市建设、文化旅游等领域协同发展。', ['文旅']],
    ['培育会展、融资租赁、共享经济等服务业。', ['会展', '融资租赁', '共享经济']],
    ['培育融资租赁、共享经济等服务业。', ['融资租赁', '共享经济']],
    // departments, verbs left on the first item and counts are no industries
    ['发展税务、审计、现代物流等服务业。', ['现代物流']],
    ['推动优化能源结构、新技术改造、三大数据库等产业。', []],
    ['支持城东发展电子信息、一批资源开发等产业。', ['电子信息']],
  ])('%s', (text, expected) => {
    expect(found(text).map(([name]) => name)).toEqual(expected);
  });
});
