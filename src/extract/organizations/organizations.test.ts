import { describe, expect, it } from 'vitest';
import { tokenizeForTest } from '../programs/tokenize-for-test.js';
import { organizations } from './index.js';

const found = (text: string) =>
  organizations.recognize(tokenizeForTest(text, organizations), {}).map((c) => [c.name, c.organizationKind]);

// Sentences composed in the style of other provinces' and cities' reports.
describe('organizations', () => {
  it.each([
    ['深化与浙江大学、中南大学等高校合作。', [['浙江大学', 'university'], ['中南大学', 'university']]],
    ['支持湘钢、华菱线缆等龙头企业做大做强。', [['湘钢', 'enterprise'], ['华菱线缆', 'enterprise']]],
    ['推动中国电科、中国商飞等央企落地项目。', [['中国电科', 'enterprise'], ['中国商飞', 'enterprise']]],
    ['加快建设中国科学院成都生物研究所成果转化基地。', [['中国科学院成都生物研究所', 'institute']]],
    ['支持株洲职业技术学院升格。', [['株洲职业技术学院', 'university']]],
    ['引进华为、比亚迪落户。', [['华为', 'enterprise'], ['比亚迪', 'enterprise']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['推动市属国有企业改革，深化集团化办学。'],
    ['新增规上工业公司30家。'],
    ['推进大学生就业创业。'],
    ['建设机器人产业技术研究院。'],
    ['开工建设市中心医院新院区。'],
  ])('no organisation in %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});
