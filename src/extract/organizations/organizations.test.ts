import { describe, expect, it } from 'vitest';
import { tokenizeForTest } from '../test-helpers.js';
import { organizations } from './index.js';

const found = (text: string) =>
  organizations.recognize(tokenizeForTest(text), {}).map((c) => [c.name, c.organizationKind]);

// Sentences composed in the style of other provinces' and cities' reports.
describe('organizations', () => {
  it.each([
    [
      '深化与浙江大学、中南大学等高校合作。',
      [
        ['浙江大学', 'university'],
        ['中南大学', 'university'],
      ],
    ],
    [
      '支持湘钢、华菱线缆等龙头企业做大做强。',
      [
        ['湘钢', 'enterprise'],
        ['华菱线缆', 'enterprise'],
      ],
    ],
    [
      '推动中国电科、中国商飞等央企落地项目。',
      [
        ['中国电科', 'enterprise'],
        ['中国商飞', 'enterprise'],
      ],
    ],
    ['加快建设中国科学院成都生物研究所成果转化基地。', [['中国科学院成都生物研究所', 'institute']]],
    ['支持株洲职业技术学院升格。', [['株洲职业技术学院', 'university']]],
    [
      '引进华为、比亚迪落户。',
      [
        ['华为', 'enterprise'],
        ['比亚迪', 'enterprise'],
      ],
    ],
    // the second hospital is a campus of the first
    ['建成省人民医院天府医院。', [['省人民医院', 'hospital']]],
    // a list with a known firm in it lists firms, whatever follows 等
    [
      '支持通威太阳能、蜀道装备等争创智能工厂。',
      [
        ['通威太阳能', 'enterprise'],
        ['蜀道装备', 'enterprise'],
      ],
    ],
    // a unit named after its parent body runs back over it and a place between
    ['依托中国科学院西安光学精密机械研究所建设光电产业园。', [['中国科学院西安光学精密机械研究所', 'institute']]],
    ['推进与清华大学天津高端装备研究院共建中试平台。', [['清华大学天津高端装备研究院', 'institute']]],
    ['联合中国农业科学院郑州果树研究所选育新品种。', [['中国农业科学院郑州果树研究所', 'institute']]],
    ['支持徐州医科大学附属医院创建区域医疗中心。', [['徐州医科大学附属医院', 'hospital']]],
    // a hospital's campus is no second hospital; an ordinal belongs to the name
    ['推进市第一人民医院滨江医院投用。', [['市第一人民医院', 'hospital']]],
    ['建成中南大学湘雅医院长沙医院。', [['中南大学湘雅医院', 'hospital']]],
    // a verb the segmenter cuts in two (天完|成市) or glues on (改扩建) starts no name
    ['仅用20天完成市第三人民医院隔离病区改造。', [['市第三人民医院', 'hospital']]],
    // a place-like first character (长/a) is no verb's complement
    ['深化与长春中医药大学附属医院合作。', [['长春中医药大学附属医院', 'hospital']]],
    // a preposition or adverb + verb glued to the first firm is cut (加大对|哈电, 全力支持)
    [
      '加大对哈电、一重等央企支持力度。',
      [
        ['哈电', 'enterprise'],
        ['一重', 'enterprise'],
      ],
    ],
    // list items whose words the segmenter splits oddly (欣|旺|达) are kept whole
    [
      '支持比亚迪电子、欣旺达动力等拓展海外市场。',
      [
        ['比亚迪电子', 'enterprise'],
        ['欣旺达动力', 'enterprise'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['推动市属国有企业改革，深化集团化办学。'],
    ['新增规上工业公司30家。'],
    ['推进大学生就业创业。'],
    ['建设机器人产业技术研究院。'],
    ['开工建设市中心医院新院区。'],
    ['依法平等保护民营企业产权。'],
    ['扶持卷烟、报业、出版等骨干企业。'],
    ['鼓励电解铝、钢铁、铁合金等耗能行业企业技术改造。'],
    ['引进品牌酒店、旅行社等旅游企业。'],
    ['推进三级甲等医院和智慧医院建设。'],
    ['改扩建第一医院、中医院等医疗设施。'],
    // categories of hospitals, universities and firms, not names
    ['加快国家公立医院和互联网医院建设。'],
    ['做好高风险上市公司风险化解，做强国有资本投资运营公司。'],
    ['支持独角兽、瞪羚等企业加快成长。'],
    // works and rivers listed where firms could be
    ['推进钢铁绿色转型、煤矿智能化改造等工业项目。'],
    ['加强九洲江、南流江等重点流域治理。'],
    // a known firm's short name inside another word (宝中|铁路, 集中|建设) is no firm
    ['加快宝中铁路扩能改造。'],
    ['集中建设一批社区养老服务设施。'],
  ])('no organisation in %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

// A name says whose body it is: a proper word, an owner (市, 省), a zone or an ordinal. Common nouns
// alone before the kind word are a category.
describe('organizations: categories are no names', () => {
  it.each([
    ['鼓励设立消费金融公司和财务公司。', []],
    ['支持职工大学转型发展，规范小额贷款公司经营。', []],
    ['组建市文旅康养集团，支持省科学院建设。', ['市文旅康养集团', '省科学院']],
    ['推动市第三人民医院与海口友谊医院合作。', ['市第三人民医院', '海口友谊医院']],
    ['深化与中南大学湘雅医院合作。', ['中南大学湘雅医院']],
    ['支持高新区人才发展集团引才。', ['高新区人才发展集团']],
    // list items that are function words or no name's shape
    ['支持TCL、先后、B级等龙头企业扩产。', ['TCL']],
    // places and runs of countries listed where firms could be
    ['吸引欧美、日韩等跨国企业投资，引进华为、滇池等龙头企业。', ['华为']],
    // categories with an owner, events and complexes listed where firms could be
    ['建设省公立医院和互联网医院，吸引跨国公司。', []],
    ['举办华为开发者大会、引进万达综合体等重点企业项目。', ['华为', '万达']],
    ['由深圳华侨城集团投资建设。', ['深圳华侨城集团']],
  ])('%s', (text, expected) => {
    expect(found(text).map(([name]) => name)).toEqual(expected);
  });
});
